import JSZip from 'jszip';

/** A .pptx as a test reads it: each slide's XML and each slide's notes, in slide order. */
export interface PptxParts {
  slides: string[];
  notes: string[];
  /** Every part's name in the package. */
  names: string[];
}

const number = (name: string): number => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);

/** Unzips a presentation (test helper). */
export async function readPptx(data: Uint8Array): Promise<PptxParts> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files);
  const read = (pattern: RegExp) =>
    Promise.all(
      names
        .filter((name) => pattern.test(name))
        .sort((a, b) => number(a) - number(b))
        .map((name) => zip.file(name)!.async('string')),
    );
  return {
    slides: await read(/^ppt\/slides\/slide\d+\.xml$/),
    notes: await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/),
    names,
  };
}

/** The text runs (<a:t>) of a slide's XML, joined by spaces, entities decoded. */
export const slideText = (xml: string): string =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((match) =>
      match[1]
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .join(' ');
