/**
 * Ayat markers a scan's text recognition set apart from their paragraphs: the marker column read
 * after the text column, so the last paragraphs of a page stand without their markers and the
 * markers follow them on lines of their own, at the page's foot (Perpres 70/2023 Pasal 3: its
 * ayat (7) and (8) as two paragraphs after ayat (6), then "{71" and "(8)"). Read so, the two
 * paragraphs are words of ayat (6). Where the markers go on from the last ayat before the
 * paragraphs and there are exactly as many paragraphs (each opening with a capital after a
 * sentence's end, none past a heading), and the next page opens a unit of its own, each paragraph
 * takes its marker; the marker lines are removed and listed.
 */
import { readHeading } from './patterns';
import type { RemovedLine, SourceLine } from './types';

/** An ayat's marker alone on its line, as printed or misread ("(8)", "{71", "(7}"): its number, group 1. */
export const LONE_AYAT = /^[({[](\d{1,2})(?:[)}\]]|1)$/;

/** An ayat's marker opening a line ("(6) Atas …", "(21 Untuk …"): its number, group 1. */
const OPENING_AYAT = /^[({[](\d{1,2})(?:[)}\]]|1(?=\s))\s*\S/;

/** The number a lone marker line stands for, read so that it follows `before`; null when it does not. */
function loneNumber(text: string, before: number): number | null {
  const m = LONE_AYAT.exec(text);
  if (!m) return null;
  // "{71": the closing parenthesis read as a 1, so 7; "(8)" as printed.
  const printed = /[)}\]]$/.test(text) ? Number(m[1]) : Number(text.slice(1, -1));
  return printed === before + 1 ? printed : null;
}

/** The lines with the displaced ayat markers set before their paragraphs; the marker lines go to `removed`. */
export function placeDisplacedMarkers(lines: readonly SourceLine[], removed: RemovedLine[]): SourceLine[] {
  const out = [...lines];
  const drop = new Set<number>();
  for (let end = 0; end < lines.length; end++) {
    const last = lines[end] as SourceLine;
    const next = lines[end + 1];
    // A run of lone markers that ends its page, the next page opening a unit of its own (not the words of a marker left at the page's foot).
    if (!LONE_AYAT.test(last.text) || (next !== undefined && next.page === last.page && !last.pageEnd)) continue;
    if (next !== undefined && readHeading(next.text) === null && !/^(?:\(\d{1,3}\)|[a-z0-9]{1,3}[.)])\s/.test(next.text)) continue;
    let start = end;
    while (start > 0 && LONE_AYAT.test((lines[start - 1] as SourceLine).text)) start--;
    // The paragraphs without a marker after the last ayat before the run.
    const paragraphs: number[] = [];
    let anchor = -1;
    for (let i = start - 1; i >= 0 && anchor < 0; i--) {
      const text = (lines[i] as SourceLine).text;
      if (readHeading(text) !== null) break;
      const ayat = OPENING_AYAT.exec(text);
      if (ayat) anchor = Number(ayat[1]);
      else if (/^\p{Lu}/u.test(text) && /[.;:]\s*$/.test(lines[i - 1]?.text ?? '')) paragraphs.unshift(i);
      if (start - i > 60) break;
    }
    const count = end - start + 1;
    if (anchor < 0 || paragraphs.length !== count) continue;
    const numbers: number[] = [];
    for (let k = 0; k < count; k++) {
      const n = loneNumber((lines[start + k] as SourceLine).text, anchor + k);
      if (n === null) break;
      numbers.push(n);
    }
    if (numbers.length !== count) continue;
    paragraphs.forEach((at, k) => {
      const line = out[at] as SourceLine;
      out[at] = { ...line, text: `(${numbers[k]}) ${line.text}` };
    });
    for (let k = start; k <= end; k++) {
      drop.add(k);
      const line = lines[k] as SourceLine;
      removed.push({ line: line.no, page: line.page, text: line.text, reason: 'penanda ayat terpisah dari teksnya (dipasang kembali)' });
    }
  }
  return out.filter((_, i) => !drop.has(i));
}
