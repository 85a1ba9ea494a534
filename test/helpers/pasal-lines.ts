/**
 * The lines of one Pasal in a text a line a paragraph (the national-law fixtures), for tests that
 * rewrite a Pasal's body: from the line after its heading up to the next heading.
 */

/** A heading line: BAB, Bagian, Paragraf or Pasal. */
const HEADING = /^(BAB|Bagian|Paragraf|Pasal) /;

/** The lines of `text` and where Pasal `n`'s body starts and ends (the next heading's line). */
function bodyAt(text: string, n: number): { lines: string[]; from: number; to: number } {
  const lines = text.split('\n');
  const heading = lines.findIndex((l) => l.trim() === `Pasal ${n}`);
  if (heading < 0) throw new Error(`Pasal ${n} not found`);
  const next = lines.findIndex((l, i) => i > heading && HEADING.test(l.trim()));
  return { lines, from: heading + 1, to: next < 0 ? lines.length : next };
}

/** The body of Pasal `n` of `text`, a line a paragraph. */
export function pasalBody(text: string, n: number): string[] {
  const { lines, from, to } = bodyAt(text, n);
  return lines.slice(from, to);
}

/** `text` with the body of Pasal `n` replaced by `body`. */
export function withPasalBody(text: string, n: number, body: readonly string[]): string {
  const { lines, from, to } = bodyAt(text, n);
  return [...lines.slice(0, from), ...body, ...lines.slice(to)].join('\n');
}
