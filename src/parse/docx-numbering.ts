/**
 * Word's own list formats. Reads: the DOCX package (word/document.xml, word/numbering.xml).
 * Writes: for every paragraph that carries automatic numbering directly (`w:numPr`), in document
 * order, the marker style its level prints ("(%1)" decimal: ayat; "%1." lower letter: huruf;
 * "%1." decimal: angka; "%1)" lower letter / decimal: hurufKurung / angkaKurung), or null when
 * the level prints something a Perda does not use (bullets, roman numerals). A drafting template
 * may also number its headings ("Pasal %1" decimal, "BAB %1" upper roman): such a level is a
 * heading, which the reader writes out. mammoth keeps only the level of a numbered paragraph, so
 * this is the part of the label it drops.
 */
import JSZip from 'jszip';
import type { MarkerStyle } from './patterns';

/** A heading Word numbers: "Pasal 12" (decimal) or "BAB IV" (upper roman). */
export interface WordHeading {
  word: 'Pasal' | 'BAB';
  roman: boolean;
}

/** One directly numbered paragraph: its list (numId), level and printed style, or the heading it numbers. */
export interface WordListParagraph {
  numId: string;
  level: number;
  style: MarkerStyle | null;
  heading: WordHeading | null;
}

/** What a level prints: a list marker style, or a heading. */
interface LevelFormat {
  style: MarkerStyle | null;
  heading: WordHeading | null;
}

/** The heading a Word level prints ("Pasal %1" decimal, "BAB %1" upper roman or decimal), or null. */
export function headingOfLevel(numFmt: string | null, lvlText: string | null, level: number): WordHeading | null {
  const m = /^(pasal|bab)\s*%(\d)$/i.exec((lvlText ?? '').trim());
  if (!m || Number(m[2]) !== level + 1) return null;
  const word = m[1]!.toLowerCase() === 'pasal' ? 'Pasal' : 'BAB';
  if (numFmt === 'decimal') return { word, roman: false };
  if (numFmt === 'upperRoman' && word === 'BAB') return { word, roman: true };
  return null;
}

const attr = (xml: string, name: string): string | null =>
  new RegExp(`<w:${name}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1] ?? null;

/** The style a Word level prints, from its number format and level text. */
export function styleOfLevel(
  numFmt: string | null,
  lvlText: string | null,
  level: number,
): MarkerStyle | null {
  const own = `%${level + 1}`;
  const text = (lvlText ?? '').trim();
  const decimal = numFmt === 'decimal';
  const letter = numFmt === 'lowerLetter';
  if (!decimal && !letter) return null;
  if (text === `(${own})`) return decimal ? 'ayat' : null;
  if (text === `${own}.`) return decimal ? 'angka' : 'huruf';
  if (text === `${own})`) return decimal ? 'angkaKurung' : 'hurufKurung';
  return null;
}

/** numId -> level -> what it prints, from numbering.xml (abstract definitions and per-list overrides). */
function levelStyles(numberingXml: string): Map<string, Map<number, LevelFormat>> {
  const abstract = new Map<string, Map<number, LevelFormat>>();
  const readLevels = (xml: string) => {
    const out = new Map<number, LevelFormat>();
    for (const m of xml.matchAll(/<w:lvl\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const level = Number(m[1]);
      const numFmt = attr(m[2]!, 'numFmt');
      const lvlText = attr(m[2]!, 'lvlText');
      out.set(level, { style: styleOfLevel(numFmt, lvlText, level), heading: headingOfLevel(numFmt, lvlText, level) });
    }
    return out;
  };
  for (const m of numberingXml.matchAll(
    /<w:abstractNum\b[^>]*\bw:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    abstract.set(m[1]!, readLevels(m[2]!));
  }
  const lists = new Map<string, Map<number, LevelFormat>>();
  for (const m of numberingXml.matchAll(
    /<w:num\b[^>]*\bw:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g,
  )) {
    const base =
      abstract.get(attr(m[2]!, 'abstractNumId') ?? '') ?? new Map<number, LevelFormat>();
    const overrides = readLevels(m[2]!);
    lists.set(m[1]!, new Map([...base, ...overrides]));
  }
  return lists;
}

/** The numbered paragraph a `w:numPr` (of a paragraph or a style) makes, or null when it numbers nothing. */
function numbered(numPr: string, formats: Map<string, Map<number, LevelFormat>>): WordListParagraph | null {
  const numId = attr(numPr, 'numId');
  if (!numId || numId === '0') return null;
  const level = Number(attr(numPr, 'ilvl') ?? '0');
  const format = formats.get(numId)?.get(level);
  return { numId, level, style: format?.style ?? null, heading: format?.heading ?? null };
}

/**
 * What a paragraph style numbers (a template's "Judul Pasal" style printing "Pasal %1", an "Ayat"
 * style printing "(%2)"), by style id, where it prints a heading or a list style a Perda uses; a
 * style without its own numbering takes its base's. mammoth names each paragraph's style but
 * reports no numbering for these.
 */
function styleNumbering(stylesXml: string, formats: Map<string, Map<number, LevelFormat>>): Map<string, WordListParagraph> {
  const own = new Map<string, { numPr: string | null; basedOn: string | null }>();
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    own.set(m[1]!, { numPr: /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2]!)?.[1] ?? null, basedOn: attr(m[2]!, 'basedOn') });
  }
  const out = new Map<string, WordListParagraph>();
  for (const id of own.keys()) {
    let at: string | null = id;
    for (let depth = 0; at && depth < 10; depth++) {
      const s = own.get(at);
      if (s?.numPr) {
        const p = numbered(s.numPr, formats);
        if (p?.heading || p?.style) out.set(id, p);
        break;
      }
      at = s?.basedOn ?? null;
    }
  }
  return out;
}

/** What Word numbers in a DOCX. */
export interface WordNumbering {
  /** The directly numbered paragraphs, in document order. */
  paragraphs: WordListParagraph[];
  /** What paragraph styles number (headings, list items), by style id. */
  byStyle: Map<string, WordListParagraph>;
}

/**
 * What Word numbers in a DOCX; null when the package cannot be read or has no numbering part (the
 * caller then rebuilds labels from context alone).
 */
export async function wordNumbering(bytes: Uint8Array): Promise<WordNumbering | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const [document, numbering, styles] = await Promise.all([
      zip.file('word/document.xml')?.async('string'),
      zip.file('word/numbering.xml')?.async('string'),
      zip.file('word/styles.xml')?.async('string'),
    ]);
    if (!document || !numbering) return null;
    const formats = levelStyles(numbering);
    const paragraphs: WordListParagraph[] = [];
    for (const m of document.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
      const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[1]!)?.[1];
      const p = numPr ? numbered(numPr, formats) : null;
      if (p) paragraphs.push(p);
    }
    return { paragraphs, byStyle: styles ? styleNumbering(styles, formats) : new Map() };
  } catch {
    return null;
  }
}
