/**
 * Finding words in a comparison: which rows hold a word or phrase in their old or new text (or
 * label), and where it stands in a piece of text, so that the table keeps only those rows and
 * marks each occurrence. Case and runs of whitespace do not matter ("wajib  retribusi" finds
 * "Wajib Retribusi"); the old and new texts are searched apart, so a phrase is found as one of
 * them reads it, not across a deletion and an insertion.
 */
import type { CompareRowView, CompareSegment } from '../../../src/api/contract';
import type { NumberedRow } from './view-model';
import { sideText } from './view-model';

/** A query as it is matched: lower case, whitespace runs as one space, trimmed; "" finds everything. */
export function normalizeQuery(query: string): string {
  return query.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** `text` as queries are matched against it. */
function searchable(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** The texts of a row a search looks in: labels, and the old and new text of the row and of its parts. */
function rowTexts(row: CompareRowView): string[] {
  const out: string[] = [];
  for (const side of [row.old, row.new, ...row.oldAll, ...row.newAll]) if (side) out.push(side.label);
  const texts = (segments: readonly CompareSegment[]) => out.push(sideText(segments, 'old'), sideText(segments, 'new'));
  texts(row.segments);
  if (row.oldText !== undefined) out.push(row.oldText);
  for (const p of row.partRows ?? []) texts(p.segments);
  return out.map(searchable);
}

/** Searchable texts by row (rows of one result never change). */
const textsOf = new WeakMap<CompareRowView, string[]>();

/** True when `row` holds `query` (already normalised) in a label or in its old or new text. */
export function rowHolds(row: CompareRowView, query: string): boolean {
  if (query === '') return true;
  let texts = textsOf.get(row);
  if (!texts) textsOf.set(row, (texts = rowTexts(row)));
  return texts.some((t) => t.includes(query));
}

/** True when a part row (of a Pasal shown part by part) holds `query` (normalised) in its old or new text. */
export function partHolds(part: { segments: readonly CompareSegment[] }, query: string): boolean {
  return query === '' || [sideText(part.segments, 'old'), sideText(part.segments, 'new')].some((t) => searchable(t).includes(query));
}

/**
 * Which parts of a Pasal shown part by part a search shows: those that hold `query`
 * (normalised), or all of them when none does (only the Pasal's label holds it) or nothing is
 * searched; with `contentOnly` ("Hanya perubahan isi"), none changed in form only (`form`).
 */
export function partsShown(
  parts: ReadonlyArray<{ segments: readonly CompareSegment[] }>,
  query: string,
  contentOnly = false,
): (part: { segments: readonly CompareSegment[]; form?: string }) => boolean {
  const searched = query !== '' && parts.some((p) => partHolds(p, query));
  return (p) => !(contentOnly && p.form !== undefined) && (!searched || partHolds(p, query));
}

/** The rows holding `query` (every row when it is blank). */
export function searchRows(rows: readonly NumberedRow[], query: string): NumberedRow[] {
  const q = normalizeQuery(query);
  return q === '' ? [...rows] : rows.filter((r) => rowHolds(r.row, q));
}

/**
 * `text` cut at the occurrences of `query` (normalised): the pieces between them and the hits,
 * in order; one piece when there is none. A hit may span a run of whitespace in `text`.
 */
export function splitAtHits(text: string, query: string): Array<{ text: string; hit: boolean }> {
  if (query === '') return [{ text, hit: false }];
  const words = query.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(words.join('\\s+'), 'giu');
  const out: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m[0] === '') continue;
    if (m.index > at) out.push({ text: text.slice(at, m.index), hit: false });
    out.push({ text: m[0], hit: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), hit: false });
  return out;
}
