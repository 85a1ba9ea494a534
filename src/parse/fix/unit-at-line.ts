/**
 * Which unit of an imported document a source line belongs to (for the review screen: a click on
 * a diagnostic selects the related unit). The source is read back to the nearest heading at or
 * before the line ("Pasal 5", "BAB II", "Bagian Kedua", "Paragraf 1"); the k-th such heading in
 * the source is the k-th unit of that kind and number in the document.
 */
import type { Node } from 'prosemirror-model';

const HEADINGS: Array<[string, RegExp]> = [
  ['pasal', /^pasal\s+(\d+\s?[A-Z]?|[IVX]+)\s*$/i],
  ['bab', /^bab\s+([IVXLC]+[A-Z]?)\b/i],
  ['bagian', /^bagian\s+(ke[a-z]+(?:\s+(?:belas|puluh))?)\s*$/i],
  ['paragraf', /^paragraf\s+(\d+[A-Z]?)\s*$/i],
];

function headingOf(text: string): { type: string; num: string } | null {
  const t = text.trim();
  for (const [type, re] of HEADINGS) {
    const m = re.exec(t);
    if (m) return { type, num: m[1]!.replace(/\s+/g, '').toLowerCase() };
  }
  return null;
}

/** The uid of the unit the source line `line` belongs to, or null (before the first heading). */
export function unitAtLine(doc: Node, sourceLines: ReadonlyArray<{ no: number; text: string }>, line: number): string | null {
  let found: { type: string; num: string } | null = null;
  let nth = 0;
  const seen = new Map<string, number>();
  for (const l of sourceLines) {
    if (l.no > line) break;
    const h = headingOf(l.text);
    if (!h) continue;
    const key = `${h.type} ${h.num}`;
    nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    found = h;
  }
  if (!found) return null;
  const matches: string[] = [];
  doc.descendants((n) => {
    if (n.type.name === found!.type && String(n.attrs.baseNum ?? '').replace(/\s+/g, '').toLowerCase() === found!.num) matches.push(String(n.attrs.uid));
    return true;
  });
  return matches[Math.min(nth, matches.length - 1)] ?? null;
}
