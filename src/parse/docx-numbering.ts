/**
 * Word's own list formats. Reads: the DOCX package (word/document.xml, word/numbering.xml).
 * Writes: for every paragraph that carries automatic numbering directly (`w:numPr`), in document
 * order, the marker style its level prints ("(%1)" decimal: ayat; "%1." lower letter: huruf;
 * "%1." decimal: angka; "%1)" lower letter / decimal: hurufKurung / angkaKurung), or null when
 * the level prints something a Perda does not use (bullets, roman numerals). mammoth keeps only
 * the level of a numbered paragraph, so this is the part of the label it drops.
 */
import JSZip from 'jszip';
import type { MarkerStyle } from './patterns';

/** One directly numbered paragraph: its list (numId), level and printed style. */
export interface WordListParagraph {
  numId: string;
  level: number;
  style: MarkerStyle | null;
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

/** numId -> level -> style, from numbering.xml (abstract definitions and per-list overrides). */
function levelStyles(numberingXml: string): Map<string, Map<number, MarkerStyle | null>> {
  const abstract = new Map<string, Map<number, MarkerStyle | null>>();
  const readLevels = (xml: string) => {
    const out = new Map<number, MarkerStyle | null>();
    for (const m of xml.matchAll(/<w:lvl\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const level = Number(m[1]);
      out.set(level, styleOfLevel(attr(m[2]!, 'numFmt'), attr(m[2]!, 'lvlText'), level));
    }
    return out;
  };
  for (const m of numberingXml.matchAll(
    /<w:abstractNum\b[^>]*\bw:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    abstract.set(m[1]!, readLevels(m[2]!));
  }
  const lists = new Map<string, Map<number, MarkerStyle | null>>();
  for (const m of numberingXml.matchAll(
    /<w:num\b[^>]*\bw:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g,
  )) {
    const base =
      abstract.get(attr(m[2]!, 'abstractNumId') ?? '') ?? new Map<number, MarkerStyle | null>();
    const overrides = readLevels(m[2]!);
    lists.set(m[1]!, new Map([...base, ...overrides]));
  }
  return lists;
}

/**
 * The directly numbered paragraphs of a DOCX, in document order; null when the package cannot
 * be read or has no numbering part (the caller then rebuilds labels from context alone).
 */
export async function wordListParagraphs(bytes: Uint8Array): Promise<WordListParagraph[] | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const [document, numbering] = await Promise.all([
      zip.file('word/document.xml')?.async('string'),
      zip.file('word/numbering.xml')?.async('string'),
    ]);
    if (!document || !numbering) return null;
    const styles = levelStyles(numbering);
    const out: WordListParagraph[] = [];
    for (const m of document.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
      const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[1]!)?.[1];
      if (!numPr) continue;
      const numId = attr(numPr, 'numId');
      if (!numId || numId === '0') continue;
      const level = Number(attr(numPr, 'ilvl') ?? '0');
      out.push({ numId, level, style: styles.get(numId)?.get(level) ?? null });
    }
    return out;
  } catch {
    return null;
  }
}
