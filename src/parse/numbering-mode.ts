/**
 * The numbering mode of an imported Perda. A text whose Pasal, ayat or items carry insertion
 * numbers ("Pasal 20A", "(1a)", "5a.", "b1.") has been amended and keeps its numbers
 * (drafting-rules.md 2.3): it is read in perubahan mode, so every unit keeps the number it is
 * printed with. Any other text is read in penggantian mode, numbered by position.
 */
import type { PMJson } from './pm-json';

/** Insertion numbers: Pasal 20A, ayat (1a), angka 5a, huruf b1 (drafting-rules.md 2.3). */
const INSERTION_NUMBER: Readonly<Record<string, RegExp>> = {
  pasal: /^\d+[A-Z]$/i,
  ayat: /^\d+[a-z]$/i,
  item: /^(?:\d+[a-z]|[a-z]\d+)$/i,
};

/** Nodes whose children may hold numbered units. */
const CONTAINERS = new Set(['bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'list', 'item']);

/** True when a Pasal, ayat or list item of the batang tubuh is printed with an insertion number. */
export function hasInsertionNumbers(tubuh: readonly PMJson[]): boolean {
  const walk = (n: PMJson): boolean => {
    if (INSERTION_NUMBER[n.type]?.test(String(n.attrs?.baseNum ?? ''))) return true;
    return CONTAINERS.has(n.type) && (n.content ?? []).some(walk);
  };
  return tubuh.some(walk);
}
