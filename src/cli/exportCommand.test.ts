import { execFile } from 'node:child_process';
import { link, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { runCli } from './main';
import { EXPORT_USAGE } from './exportArgs';
import { EXPORT_HELP_HINT, exportCommand, type ExportIo } from './exportCommand';
import { formatSize } from './exportOutput';
import { findResourcesDir } from './resourcesDir';
import { extractPdfText } from '../main/services/export/testing/pdfText';
import { decodePng } from '../main/services/export/testing/pngPixels';
import { svgSize } from '../main/services/export/pngPdfSvg';
import { pngPixelSize } from '../main/services/export/pngSize';
import { readMapFile } from '../main/services/mapFiles';
import { plainTextOutline } from '../shared/formats/outline';
import { markdownOutline } from '../shared/formats/markdownOutline';
import { serializeArgmap } from '../shared/formats/argmapFormat';
import type { ArgumentMap } from '../shared/model/argumentMap';
import { DRAWING_THEMES } from '../shared/render/themes';
import { CURRENT_VERSION } from '../shared/schema/migrations';
import { tinyMap } from '../shared/testing/tinyMap';
import { SAMPLE_PATH, loadSampleMap } from '../../scripts/sampleFiles';
import { buildCli } from '../../scripts/buildCli';

const ROOT = resolve(import.meta.dirname, '../..');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A4 in PostScript points, as pdfkit writes it. */
const A4 = { width: 595.28, height: 841.89 };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sample = loadSampleMap();
const at = (name: string): string => join(dir, name);
const exportArgs = (...args: string[]) => runCli(['export', ...args]);

/** Writes a map into the temp folder as an .argmap file and returns its path. */
async function mapFile(name: string, map: ArgumentMap = tinyMap()): Promise<string> {
  await writeFile(at(name), serializeArgmap(map));
  return at(name);
}

/** Exports, expects success with the `wrote …` line, and returns the file's bytes. */
async function exported(out: string, ...args: string[]): Promise<Buffer> {
  const outcome = await exportArgs(...args, '--out', out);
  expect(outcome.stderr).toEqual([]);
  expect(outcome.exitCode).toBe(0);
  expect(outcome.stdout).toEqual([
    expect.stringMatching(new RegExp(`^wrote ${escape(out)} \\(\\d+(\\.\\d)? (B|kB|MB)\\)$`)),
  ]);
  return readFile(out);
}
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** All text an SVG shows, entities decoded, with every run of white space removed. */
function svgTextSquashed(svg: string): string {
  const runs = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((match) => match[1].replace(/<[^>]+>/g, ''));
  return squash(decodeEntities(runs.join('')));
}
const squash = (text: string): string => text.replace(/\s+/g, '');
const decodeEntities = (text: string): string =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The PNG's resolution from its pHYs chunk, in dots per inch. */
function pngDpi(png: Buffer): number {
  const at = png.indexOf('pHYs', 8, 'latin1');
  expect(at).toBeGreaterThan(0);
  return Math.round(png.readUInt32BE(at + 4) * 0.0254);
}

/** Expects a refusal: the message on stderr, the exit code, nothing on stdout and no new file. */
async function expectRefused(args: string[], exitCode: 1 | 2, message: RegExp | string): Promise<void> {
  const before = await readdir(dir);
  const outcome = await exportArgs(...args);
  expect(outcome.exitCode).toBe(exitCode);
  expect(outcome.stdout).toEqual([]);
  expect(outcome.data).toBeUndefined();
  expect(outcome.stderr[0]).toMatch(/^argmap: /);
  if (typeof message === 'string') expect(outcome.stderr[0]).toContain(message);
  else expect(outcome.stderr[0]).toMatch(message);
  if (exitCode === 2) expect(outcome.stderr).toContain(EXPORT_HELP_HINT);
  expect(await readdir(dir)).toEqual(before);
}

// Drawing the sample to PNG and PDF takes seconds on a busy machine: correctness is tested here, speed in npm run bench.
const SLOW = { timeout: 60_000 };

describe('argmap export: each format', SLOW, () => {
  it('md: the title as a heading and every node, the same outline the app writes', async () => {
    const md = (await exported(at('k.md'), SAMPLE_PATH)).toString('utf8');
    expect(md.split('\n')[0]).toBe(`# ${sample.meta.title}`);
    expect(md).toBe(markdownOutline(sample));
    const unescaped = squash(md.replace(/\\(.)/g, '$1'));
    for (const node of Object.values(sample.nodes)) expect(unescaped).toContain(squash(node.text));
  });

  it('txt: one line per node', async () => {
    const txt = (await exported(at('k.txt'), SAMPLE_PATH)).toString('utf8');
    expect(txt).toBe(plainTextOutline(sample));
    expect(txt.split('\n')).toHaveLength(Object.keys(sample.nodes).length);
    for (const node of Object.values(sample.nodes)) expect(squash(txt)).toContain(squash(node.text));
  });

  it('svg: well-formed, every node’s text as text, no foreignObject', async () => {
    const svg = (await exported(at('k.svg'), SAMPLE_PATH)).toString('utf8');
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg\b/);
    expect(svg).not.toContain('<foreignObject');
    expect(() => new Resvg(svg)).not.toThrow(); // resvg parses strict XML
    const text = svgTextSquashed(svg);
    expect(text).toContain(squash(sample.meta.title));
    for (const node of Object.values(sample.nodes)) expect(text).toContain(squash(node.text));
  });

  it('svg --text-as-outlines: glyphs as paths, no text elements', async () => {
    const svg = (await exported(at('k.svg'), SAMPLE_PATH, '--text-as-outlines')).toString('utf8');
    expect(svg).not.toMatch(/<text\b/);
    expect(svg).not.toContain('@font-face');
    expect(svgTextSquashed(svg)).toBe('');
    expect(svg.length).toBeGreaterThan(10_000);
  });

  it('png: the PNG signature, round(size × 2) pixels at --scale 2, and its DPI recorded', async () => {
    const svg = (await exported(at('k.svg'), SAMPLE_PATH)).toString('utf8');
    const png = await exported(at('k.png'), SAMPLE_PATH, '--scale', '2');
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const decoded = decodePng(png);
    expect({ width: decoded.width, height: decoded.height }).toEqual(pngPixelSize(svgSize(svg), 2));
    expect(pngDpi(png)).toBe(192);
  });

  it('png --dpi 96 is --scale 1, --dpi 288 is --scale 3', async () => {
    const input = await mapFile('plan.argmap');
    const size = svgSize((await exported(at('plan.svg'), input)).toString('utf8'));
    for (const [dpi, scale] of [
      ['96', 1],
      ['288', 3],
    ] as const) {
      const png = await exported(at(`plan-${dpi}.png`), input, '--dpi', dpi);
      expect(pngDpi(png)).toBe(Number(dpi));
      const decoded = decodePng(png);
      expect({ width: decoded.width, height: decoded.height }).toEqual(pngPixelSize(size, scale));
    }
  });

  it('pdf: a PDF document with the map’s texts on one page', async () => {
    const pdf = await exported(at('k.pdf'), SAMPLE_PATH);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages } = await extractPdfText(pdf);
    expect(pages).toHaveLength(1);
    expect(squash(pages[0].text)).toContain(squash(sample.meta.title));
    const first = Object.values(sample.nodes)[0];
    expect(squash(pages[0].text)).toContain(squash(first.text).slice(0, 30));
  });

  it('writes next to the map with the format’s extension when --out is not given (svg by default)', async () => {
    const input = await mapFile('plan.argmap');
    const outcome = await exportArgs(input);
    expect(outcome).toMatchObject({ exitCode: 0, stderr: [] });
    expect(outcome.stdout[0]).toMatch(new RegExp(`^wrote ${escape(at('plan.svg'))} \\(`));
    expect((await readFile(at('plan.svg'), 'utf8')).includes('<svg')).toBe(true);
    expect(await exportArgs(input, '--format', 'md')).toMatchObject({ exitCode: 0 });
    expect((await readFile(at('plan.md'), 'utf8')).startsWith('# Tiny\n')).toBe(true);
  });

  it('takes the format from --out’s extension, in any case', async () => {
    const input = await mapFile('plan.argmap');
    expect(await exportArgs(input, '--out', at('Plan.TXT'))).toMatchObject({ exitCode: 0 });
    expect(await readFile(at('Plan.TXT'), 'utf8')).toBe(plainTextOutline(tinyMap()));
  });

  it('--out - writes the bytes to stdout and no file (binary safe)', async () => {
    const input = await mapFile('plan.argmap');
    const outcome = await exportArgs(input, '--format', 'png', '--out', '-');
    expect(outcome).toMatchObject({ exitCode: 0, stdout: [], stderr: [] });
    expect(Buffer.from(outcome.data!).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(await readdir(dir)).toEqual(['plan.argmap']);
  });

  it('replaces an existing export', async () => {
    const input = await mapFile('plan.argmap');
    await writeFile(at('plan.txt'), 'old');
    expect(await exportArgs(input, '--format', 'txt')).toMatchObject({ exitCode: 0 });
    expect(await readFile(at('plan.txt'), 'utf8')).toBe(plainTextOutline(tinyMap()));
  });

  it('notes options that mean nothing to the format, and exports anyway', async () => {
    const input = await mapFile('plan.argmap');
    const outcome = await exportArgs(input, '--format', 'md', '--theme', 'dark', '--scale', '3');
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr).toEqual(['argmap: note: --theme, --scale have no effect on md.']);
  });
});

describe('argmap export: each option has its effect', SLOW, () => {
  it('--theme: each theme draws on its own background colour', async () => {
    const svgs: Record<string, string> = {};
    for (const theme of Object.keys(DRAWING_THEMES) as (keyof typeof DRAWING_THEMES)[]) {
      svgs[theme] = (await exported(at(`${theme}.svg`), SAMPLE_PATH, '--theme', theme)).toString('utf8').toLowerCase();
      expect(svgs[theme]).toContain(DRAWING_THEMES[theme].background.toLowerCase());
    }
    expect(svgs.light).not.toContain(DRAWING_THEMES.dark.background.toLowerCase());
    expect(new Set(Object.values(svgs)).size).toBe(Object.keys(svgs).length);
  });

  it('--subtree: only that node and what bears on it', async () => {
    const input = await mapFile('plan.argmap');
    const txt = (await exported(at('part.txt'), input, '--subtree', 'n-o')).toString('utf8');
    // The rebuttal undercuts the objection's attack on the thesis, which is not part of the export.
    expect(txt.split('\n').sort()).toEqual(['Objection: It takes too long.', 'Rebuttal: Only if you live far away.']);
    const svg = svgTextSquashed((await exported(at('part.svg'), input, '--subtree', 'n-o')).toString('utf8'));
    expect(svg).toContain(squash('It takes too long.'));
    expect(svg).not.toContain(squash('Walking is healthy.'));
  });

  it('--padding: the drawing grows by twice the difference', async () => {
    const input = await mapFile('plan.argmap');
    const size = async (padding: string) =>
      svgSize((await exported(at(`p${padding}.svg`), input, '--padding', padding)).toString('utf8'));
    const [narrow, wide] = [await size('0'), await size('50')];
    expect(wide.width - narrow.width).toBeCloseTo(100, 0);
    expect(wide.height - narrow.height).toBeCloseTo(100, 0);
  });

  it('--no-title and --no-legend leave the title and the key out', async () => {
    const input = await mapFile('plan.argmap');
    const full = svgTextSquashed((await exported(at('full.svg'), input)).toString('utf8'));
    const bare = svgTextSquashed((await exported(at('bare.svg'), input, '--no-title', '--no-legend')).toString('utf8'));
    expect(full).toContain('Tiny');
    expect(bare).not.toContain('Tiny');
    expect(bare.length).toBeLessThan(full.length);
    expect(bare).toContain(squash('We should walk to work.'));
  });

  it('--transparent: PNG corners have no background', async () => {
    const input = await mapFile('plan.argmap');
    const solid = decodePng(await exported(at('solid.png'), input, '--scale', '1'));
    const clear = decodePng(await exported(at('clear.png'), input, '--scale', '1', '--transparent'));
    expect(solid.pixel(0, 0)[3]).toBe(255);
    expect(clear.pixel(0, 0)[3]).toBe(0);
  });

  it('--page a4 gives an A4 page, landscape by default, --portrait upright; --page slide is 16:9', async () => {
    const page = async (...args: string[]) => {
      const pdf = await exported(at('page.pdf'), SAMPLE_PATH, ...args);
      const { pages } = await extractPdfText(pdf);
      return { width: pages[0].width, height: pages[0].height, count: pages.length };
    };
    expect(await page('--page', 'a4')).toEqual({ width: A4.height, height: A4.width, count: 1 });
    expect(await page('--page', 'a4', '--portrait')).toEqual({ width: A4.width, height: A4.height, count: 1 });
    const slide = await page('--page', 'slide');
    expect(slide.width / slide.height).toBeCloseTo(16 / 9, 2);
    const letter = await page('--page', 'letter', '--landscape');
    expect(letter).toMatchObject({ width: 792, height: 612 });
  });

  it('--page a4 writes the A4 MediaBox into the file', async () => {
    const pdf = await exported(at('a4.pdf'), SAMPLE_PATH, '--page', 'a4', '--portrait');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
  });
});

describe('argmap export: usage mistakes (exit 2)', () => {
  it('no FILE, two FILEs, an unknown option, a missing value', async () => {
    await expectRefused([], 2, 'export needs the FILE to export');
    await expectRefused([SAMPLE_PATH, SAMPLE_PATH], 2, 'export takes one FILE, not 2');
    await expectRefused([SAMPLE_PATH, '--colour', 'red'], 2, "Unknown option '--colour'");
    await expectRefused([SAMPLE_PATH, '--out'], 2, /--out.*argument missing/);
    await expectRefused([SAMPLE_PATH, '--out', ''], 2, '--out needs a file name (or - for stdout).');
  });

  it('an unknown format, theme or page size lists the valid ones', async () => {
    await expectRefused(
      [SAMPLE_PATH, '--format', 'jpg'],
      2,
      'unknown format "jpg": use svg, png, pdf, md, txt, argdown, aif or sadface.',
    );
    await expectRefused(
      [SAMPLE_PATH, '--theme', 'blue'],
      2,
      'unknown theme "blue": use light, dark, print or contrast.',
    );
    await expectRefused([SAMPLE_PATH, '--page', 'a3'], 2, 'unknown page size "a3": use fit, a4, letter or slide.');
  });

  it('a format that contradicts --out’s extension, or an --out the format cannot be told from', async () => {
    await expectRefused(
      [SAMPLE_PATH, '--format', 'png', '--out', at('k.svg')],
      2,
      /--format png does not match .*k\.svg/,
    );
    await expectRefused([SAMPLE_PATH, '--out', at('k.jpeg')], 2, /cannot tell the format from .*k\.jpeg.*--format/);
  });

  it('a scale or DPI that is not a number or out of range says the range', async () => {
    for (const scale of ['abc', '', '0.5', '5', 'Infinity']) {
      await expectRefused(
        [SAMPLE_PATH, '-f', 'png', '--scale', scale],
        2,
        /--scale must be a number from 1 to 4 \(96 to 384 DPI\)/,
      );
    }
    await expectRefused([SAMPLE_PATH, '-f', 'png', '--dpi', '1000'], 2, /--dpi must be a number from 96 to 384/);
    await expectRefused([SAMPLE_PATH, '-f', 'png', '--dpi', '72'], 2, /--dpi must be a number from 96 to 384/);
    await expectRefused(
      [SAMPLE_PATH, '-f', 'png', '--scale', '2', '--dpi', '192'],
      2,
      'give --scale or --dpi, not both',
    );
  });

  it('a bad padding, both orientations, an empty subtree id', async () => {
    await expectRefused([SAMPLE_PATH, '--padding', '-1'], 2, /--padding must be a whole number from 0 to 400/);
    await expectRefused([SAMPLE_PATH, '--padding', '2.5'], 2, /--padding must be a whole number/);
    await expectRefused([SAMPLE_PATH, '-f', 'pdf', '--landscape', '--portrait'], 2, 'not both');
    await expectRefused([SAMPLE_PATH, '--subtree', ''], 2, '--subtree needs a node id');
  });

  it('--help prints the export options', async () => {
    expect(await exportArgs('--help')).toEqual({ stdout: [EXPORT_USAGE], stderr: [], exitCode: 0 });
    expect(await runCli(['help', 'export'])).toEqual({ stdout: [EXPORT_USAGE], stderr: [], exitCode: 0 });
    for (const option of ['--format', '--out', '--scale', '--dpi', '--theme', '--page', '--subtree', '--transparent']) {
      expect(EXPORT_USAGE).toContain(option);
    }
  });
});

describe('argmap export: the map, the export or the output fails (exit 1), and nothing is written', () => {
  it('a missing, broken or newer map file: the app’s own message', async () => {
    await expectRefused([at('gone.argmap')], 1, '“gone.argmap” does not exist');
    await writeFile(at('broken.argmap'), '{"format": "argmap", ');
    const broken = await readMapFile(at('broken.argmap'));
    await expectRefused([at('broken.argmap')], 1, broken.ok ? 'unreachable' : broken.message.replace(/\s*\n\s*/g, ' '));
    const future = JSON.stringify({ format: 'argmap', version: CURRENT_VERSION + 1, map: tinyMap() });
    await writeFile(at('future.argmap'), future);
    await expectRefused([at('future.argmap')], 1, `format ${CURRENT_VERSION + 1}`);
  });

  it('--subtree of a node the map does not have', async () => {
    const input = await mapFile('plan.argmap');
    await expectRefused([input, '--subtree', 'n-nope'], 1, 'This map has no node with the id “n-nope”.');
    await expectRefused([input, '--subtree', 'n-nope', '-f', 'md'], 1, 'no node with the id');
  });

  it('an output folder that is missing, or a path through a file', async () => {
    const input = await mapFile('plan.argmap');
    await expectRefused([input, '--out', at('nowhere/plan.svg')], 1, /the folder “.*nowhere” does not exist/);
    await expectRefused([input, '--out', join(input, 'plan.svg')], 1, /plan\.argmap” is not a folder/);
  });

  it('an output that is a folder, or a device', async () => {
    const input = await mapFile('plan.argmap');
    await mkdir(at('plan.svg'));
    await expectRefused([input], 1, /plan\.svg” is a folder/);
    await expectRefused(
      [input, '--out', '/dev/null', '-f', 'svg'],
      1,
      /“\/dev\/null” is not a regular file; use --out -/,
    );
  });

  it('the map file itself, by its name, by another spelling, through a link or by default', async () => {
    const input = await mapFile('plan.argmap');
    const original = await readFile(input);
    await expectRefused([input, '--out', input, '-f', 'svg'], 1, 'is the map file itself');
    await expectRefused([input, '--out', join(dir, '.', 'plan.argmap'), '-f', 'md'], 1, 'is the map file itself');
    await symlink(input, at('alias.svg'));
    await expectRefused([input, '--out', at('alias.svg')], 1, 'is the map file itself');
    await link(input, at('hard.txt'));
    await expectRefused([input, '--out', at('hard.txt')], 1, 'is the map file itself');
    // A map that happens to be named like the export it would get.
    const named = await mapFile('plan.svg');
    await expectRefused([named], 1, 'is the map file itself');
    expect(await readFile(input)).toEqual(original);
    expect(await readFile(named, 'utf8')).toBe(serializeArgmap(tinyMap()));
  });

  /** The real disk work, with one part replaced: root may write anywhere, so denials are staged. */
  const stagedIo = async (parts: Partial<ExportIo>): Promise<ExportIo> => ({
    readMap: readMapFile,
    stat: (path) => stat(path),
    checkWritable: async () => {},
    writeFile: (path, data) => writeFile(path, data),
    stdoutIsTerminal: () => false,
    resourcesDir: () => findResourcesDir(),
    exportMap: async (map, options, fonts) =>
      (await import('../main/services/export/exportMap')).exportMap(map, options, fonts),
    loadFonts: async (resources) => {
      const { loadExportFonts, fontsDirIn } = await import('../main/services/export/exportFonts');
      return loadExportFonts(fontsDirIn(resources));
    },
    ...parts,
  });
  const denied = (code: string) => async () => {
    throw Object.assign(new Error(`${code}: staged`), { code });
  };

  it('a folder argmap may not write in is refused before exporting', async () => {
    const input = await mapFile('plan.argmap');
    let exports = 0;
    const io = await stagedIo({
      checkWritable: denied('EACCES'),
      exportMap: async () => {
        exports += 1;
        return { data: Buffer.from('x') };
      },
    });
    const outcome = await exportCommand([input, '-f', 'txt'], io);
    expect(outcome).toMatchObject({ exitCode: 1, stdout: [] });
    expect(outcome.stderr[0]).toMatch(/^argmap: permission denied: argmap may not write in the folder “/);
    expect(exports).toBe(0);
  });

  it('a write that fails (full disk, denied) says so and leaves no file', async () => {
    const input = await mapFile('plan.argmap');
    for (const [code, message] of [
      ['ENOSPC', /the disk is full: “.*plan\.txt” was not written/],
      ['EACCES', /permission denied: argmap may not write “.*plan\.txt”/],
      ['EROFS', /read-only disk/],
    ] as const) {
      const outcome = await exportCommand([input, '-f', 'txt'], await stagedIo({ writeFile: denied(code) }));
      expect(outcome).toMatchObject({ exitCode: 1, stdout: [] });
      expect(outcome.stderr[0]).toMatch(message);
    }
    expect(await readdir(dir)).toEqual(['plan.argmap']);
  });

  it('an export that fails for another reason names it and writes nothing', async () => {
    const input = await mapFile('plan.argmap');
    const io = await stagedIo({
      exportMap: async () => {
        throw new Error('the renderer tripped');
      },
    });
    expect(await exportCommand([input, '-f', 'svg'], io)).toEqual({
      stdout: [],
      stderr: ['argmap: the export failed: the renderer tripped'],
      exitCode: 1,
    });
    expect(await readdir(dir)).toEqual(['plan.argmap']);
  });

  it('a PNG or PDF for stdout when stdout is the terminal', async () => {
    const input = await mapFile('plan.argmap');
    const io = await stagedIo({ stdoutIsTerminal: () => true });
    const outcome = await exportCommand([input, '-f', 'png', '--out', '-'], io);
    expect(outcome).toMatchObject({ exitCode: 1, stdout: [] });
    expect(outcome.data).toBeUndefined();
    expect(outcome.stderr[0]).toMatch(/a png file is not for the terminal: redirect stdout/);
    expect(await exportCommand([input, '-f', 'md', '--out', '-'], io)).toMatchObject({ exitCode: 0 });
  });

  it('passes on what the export says it changed, on stderr', async () => {
    const input = await mapFile('plan.argmap');
    const io = await stagedIo({
      exportMap: async () => ({ data: Buffer.from('png'), notes: ['It was drawn at 0.5×.'] }),
    });
    const outcome = await exportCommand([input, '-f', 'png'], io);
    expect(outcome).toMatchObject({ exitCode: 0, stderr: ['argmap: note: It was drawn at 0.5×.'] });
    expect(outcome.stdout).toEqual([`wrote ${at('plan.png')} (3 B)`]);
  });

  it('fonts that cannot be found', async () => {
    const input = await mapFile('plan.argmap');
    const outcome = await exportCommand([input], await stagedIo({ resourcesDir: () => null }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr[0]).toMatch(/cannot find the bundled fonts: no “resources\/fonts” folder in “.*src\/cli”/);
  });
});

describe('argmap export: helpers', () => {
  it('finds resources/fonts above the command line, and nothing above a folder without it', async () => {
    expect(findResourcesDir()).toBe(join(ROOT, 'resources'));
    expect(findResourcesDir(join(ROOT, 'out', 'cli', 'chunks'))).toBe(join(ROOT, 'resources'));
    expect(findResourcesDir(dir)).toBeNull();
  });

  it('formats sizes as a file manager does', () => {
    expect([formatSize(512), formatSize(12_345), formatSize(2_500_000)]).toEqual(['512 B', '12.3 kB', '2.5 MB']);
  });
});

describe('the built command line', () => {
  // A bundle of its own (inside the checkout, so that it finds resources/ and node_modules/): the
  // validate tests rebuild out/cli at the same time.
  const outDir = join(ROOT, 'node_modules', '.cache', `argmap-cli-test-${process.pid}`);
  let bundle: string;
  beforeAll(async () => {
    bundle = await buildCli(outDir);
  }, 120_000);
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  /** Runs `node <bundle> …`; stdout as bytes, never rejecting. */
  const argmap = (...args: string[]) =>
    new Promise<{ stdout: Buffer; stderr: string; code: number }>((done) => {
      execFile(
        process.execPath,
        [bundle, ...args],
        { cwd: ROOT, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) =>
          done({ stdout, stderr: stderr.toString('utf8'), code: error ? Number(error.code) : 0 }),
      );
    });

  it('exports every format as the source does, and the same SVG and PNG bytes', async () => {
    for (const format of ['svg', 'png', 'pdf', 'md', 'txt'] as const) {
      const out = at(`bundle.${format}`);
      const result = await argmap('export', 'resources/examples/kazakhstan-mediator.argmap', '--out', out);
      expect({ format, code: result.code, stderr: result.stderr }).toEqual({ format, code: 0, stderr: '' });
      expect(result.stdout.toString('utf8')).toMatch(new RegExp(`^wrote ${escape(out)} \\([\\d.]+ (B|kB|MB)\\)\\n$`));
      const fromSource = await exported(at(`source.${format}`), SAMPLE_PATH);
      const fromBundle = await readFile(out);
      if (format === 'pdf') expect(fromBundle.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      else expect(fromBundle.equals(fromSource)).toBe(true);
    }
  }, 60_000);

  it('runs from a code cache V8 takes as it is: a second run leaves every cache file untouched', async () => {
    // The build fills the cache with one export; a cache V8 refused (made under other flags) would
    // be written anew at the end of every run, so unchanged files mean it was taken.
    const caches = async () => {
      const files = [...(await readdir(outDir)), ...(await readdir(join(outDir, 'chunks'))).map((f) => `chunks/${f}`)];
      const cached = files.filter((file) => file.endsWith('.v8cache')).sort();
      return Promise.all(cached.map(async (file) => [file, (await stat(join(outDir, file))).mtimeMs] as const));
    };
    const before = await caches();
    expect(before.map(([file]) => file)).toEqual(expect.arrayContaining(['argmap.cjs.v8cache']));
    expect(before.some(([file]) => /^chunks\/draw-.*\.v8cache$/.test(file))).toBe(true);
    const result = await argmap('export', 'resources/examples/kazakhstan-mediator.argmap', '--out', at('cached.svg'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(await caches()).toEqual(before);
  }, 60_000);

  it('streams a PNG to stdout byte for byte, and reports mistakes with exit codes', async () => {
    const piped = await argmap('export', 'resources/examples/kazakhstan-mediator.argmap', '-f', 'png', '--out', '-');
    expect(piped).toMatchObject({ code: 0, stderr: '' });
    expect(piped.stdout.equals(await exported(at('k.png'), SAMPLE_PATH))).toBe(true);

    const usage = await argmap('export', 'resources/examples/kazakhstan-mediator.argmap', '--scale', '9');
    expect(usage).toMatchObject({ code: 2 });
    expect(usage.stderr).toContain('--scale must be a number from 1 to 4');
    const missing = await argmap('export', at('gone.argmap'));
    expect(missing).toMatchObject({
      code: 1,
      stderr: 'argmap: “gone.argmap” does not exist (it may have been moved or deleted).\n',
    });
  }, 60_000);
});
