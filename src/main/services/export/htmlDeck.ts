import type { ArgumentMap, StoryStep } from '../../../shared/model/argumentMap';
import type { ExportTheme } from '../../../shared/render/exportOptions';
import { escapeXml, svgDocument } from '../../../shared/render/svgDocument';
import { DRAWING_THEMES } from '../../../shared/render/themes';
import { deckPages, pageDrawing } from '../../../shared/storyline/deckPages';
import { WIDESCREEN } from '../../../shared/storyline/stepSlide';
import type { ExportFonts } from './exportFonts';
import { charactersByWeight } from './renderSvg';
import { PLAYER_CSS, PLAYER_SCRIPT } from './htmlPlayer';

/**
 * The storyline as one HTML file that plays in any browser with no network: the title slide and
 * each step as inline SVG (arrowheads as paths, so nothing refers outside its slide), the font's
 * subsets embedded once as data, the speaker notes beside each slide, and a few lines of script
 * for the keys (see htmlPlayer.ts). A strict Content-Security-Policy keeps it from fetching anything.
 */
export async function deckToHtml(
  map: ArgumentMap,
  steps: readonly StoryStep[],
  theme: ExportTheme,
  fonts: Pick<ExportFonts, 'measurer' | 'fontFaceCss'>,
): Promise<Buffer> {
  const pages = deckPages(map, steps, { page: WIDESCREEN, theme, notesPages: false }, fonts.measurer);
  const drawings = pages.map(pageDrawing);
  const fontCss = await fonts.fontFaceCss(charactersByWeight({ shapes: drawings.flatMap((d) => d.shapes) }));
  const slides = pages.map((page, i) => {
    const svg = svgDocument(drawings[i], { arrowheads: 'paths' }).replace(/ width="[^"]*" height="[^"]*"/, '');
    const label = page.kind === 'step' ? `Step ${page.index + 1} of ${steps.length}` : 'Title';
    const notes = page.kind === 'step' ? (page.step.notes ?? '') : (map.meta.description ?? '');
    return (
      `<section class="slide" role="group" aria-roledescription="slide" aria-label="${escapeXml(label)}" data-label="${escapeXml(label)}">\n` +
      `${svg}<aside class="notes">${escapeXml(notes)}</aside>\n</section>`
    );
  });
  const title = escapeXml(map.meta.title.trim() || 'Untitled map');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; font-src data:; img-src data:">
<meta name="generator" content="Argmap">
${map.meta.author ? `<meta name="author" content="${escapeXml(map.meta.author)}">\n` : ''}<title>${title}</title>
<style>${fontCss}
${PLAYER_CSS(DRAWING_THEMES[theme].background)}</style>
</head>
<body>
<main class="player" aria-label="Presentation" tabindex="-1">
${slides.join('\n')}
</main>
<footer class="player-bar"><span class="player-counter" aria-live="polite"></span><span class="player-help">← → to step · N notes · F full screen</span></footer>
<script>${PLAYER_SCRIPT}</script>
</body>
</html>
`;
  return Buffer.from(html, 'utf8');
}
