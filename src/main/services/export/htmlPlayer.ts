/** The HTML player's style: one slide at a time, as large as the window allows, fading in. */
export const PLAYER_CSS = (background: string): string => `
html, body { margin: 0; height: 100%; background: #1f2328; color: #f6f7f9; font-family: Inter, system-ui, sans-serif; }
.player { position: fixed; inset: 0 0 40px 0; display: grid; place-items: center; outline: none; }
.slide { display: none; width: min(100vw, calc((100vh - 40px) * 16 / 9)); aspect-ratio: 16 / 9; background: ${background}; box-shadow: 0 4px 24px rgb(0 0 0 / 0.4); }
.slide.is-current { display: block; animation: fade-in 450ms ease-out; }
.slide svg { display: block; width: 100%; height: 100%; }
.slide .notes { display: none; }
body.show-notes .slide.is-current .notes { display: block; position: fixed; left: 0; right: 0; bottom: 40px; max-height: 30vh; overflow: auto; padding: 12px 24px; background: rgb(0 0 0 / 0.85); color: #fff; font-size: 18px; line-height: 1.45; white-space: pre-wrap; }
.player-bar { position: fixed; left: 0; right: 0; bottom: 0; height: 40px; display: flex; align-items: center; justify-content: space-between; padding: 0 16px; font-size: 15px; color: #d0d7de; }
@keyframes fade-in { from { opacity: 0; } to { opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .slide.is-current { animation: none; } }
`;

/**
 * The player's keys: Right, Space, Page Down or a click go on; Left or Page Up go back; Home and
 * End jump; N shows the speaker notes; F goes full screen. The slide's number is kept in the
 * address (#3), so a reload stays on it.
 */
export const PLAYER_SCRIPT = `(() => {
  const slides = [...document.querySelectorAll('.slide')];
  const counter = document.querySelector('.player-counter');
  let current = 0;
  const show = (index) => {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach((slide, i) => slide.classList.toggle('is-current', i === current));
    counter.textContent = slides[current].dataset.label;
    history.replaceState(null, '', '#' + (current + 1));
  };
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const keys = {
      ArrowRight: () => show(current + 1), ' ': () => show(current + 1), PageDown: () => show(current + 1),
      ArrowLeft: () => show(current - 1), PageUp: () => show(current - 1),
      Home: () => show(0), End: () => show(slides.length - 1),
      n: () => document.body.classList.toggle('show-notes'), N: () => document.body.classList.toggle('show-notes'),
      f: () => (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()),
    };
    const run = keys[event.key];
    if (run) { event.preventDefault(); run(); }
  });
  document.querySelector('.player').addEventListener('click', () => show(current + 1));
  show((parseInt(location.hash.slice(1), 10) || 1) - 1);
})();`;
