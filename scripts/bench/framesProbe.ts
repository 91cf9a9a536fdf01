/**
 * In-page scripts of the big-map benchmark, the same for both apps: when the first cards were
 * painted, and animation-frame intervals while the view moves.
 */

/** Run before the page's own scripts: window.__open.firstCards becomes the time (ms since navigation) of the first frame rendered with a card or the overview. */
export const FIRST_CARDS_SCRIPT = `(() => {
  const open = { firstCards: null };
  window.__open = open;
  let seen = false;
  const look = () => {
    if (seen || !document.querySelector('.react-flow__node, [data-testid="map-overview"]')) return;
    seen = true;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { open.firstCards = performance.now(); };
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** window.__frames.start() / stop(): the intervals between animation frames in between, in ms. */
export const FRAME_SAMPLER_SCRIPT = `(() => {
  let times = [];
  let running = false;
  const tick = (time) => { if (!running) return; times.push(time); requestAnimationFrame(tick); };
  window.__frames = {
    start() { times = []; running = true; requestAnimationFrame(tick); },
    stop() { running = false; return times.slice(1).map((time, i) => time - times[i]); },
  };
})();`;
