/**
 * The numbering mode of an imported Perda. A text whose Pasal, ayat or items carry insertion
 * numbers ("Pasal 20A" after Pasal 20, "(1a)" after (1), "4a." after 4., "b1." after b.) has been
 * amended and keeps its numbers (drafting-rules.md 2.3): it is read in perubahan mode, so every
 * unit keeps the number it is printed with. Any other text is read in penggantian mode, numbered
 * by position. A suffix that does not continue the number before it ("Pasal 2l" after Pasal 20,
 * a misread "21") is not an insertion number.
 */
import type { PMJson } from './pm-json';
import { collectPasal } from './references';

/** Insertion numbers and the stem they continue: Pasal 20A, ayat (1a), angka 5a, huruf b1. */
const INSERTION: ReadonlyArray<{ types: readonly string[]; pattern: RegExp }> = [
  { types: ['pasal', 'ayat', 'item'], pattern: /^(\d+)[a-z]$/i },
  { types: ['item'], pattern: /^([a-z]+)\d+$/i },
];

/** The stem of `num` when it is an insertion number for a unit of `type`, else null. */
function insertionStem(type: string, num: string): string | null {
  for (const { types, pattern } of INSERTION) {
    const m = types.includes(type) ? pattern.exec(num) : null;
    if (m) return (m[1] as string).toLowerCase();
  }
  return null;
}

/** The stem of any number: its leading digits or letters. */
function stemOf(num: string): string {
  return (/^(\d+|[a-z]+)/i.exec(num)?.[1] ?? num).toLowerCase();
}

/** True when some unit of `units` (siblings in order) continues the number of the one before it. */
function continuesPrevious(units: readonly PMJson[]): boolean {
  let prev: string | null = null;
  for (const u of units) {
    const num = String(u.attrs?.baseNum ?? '');
    const stem = insertionStem(u.type, num);
    if (stem !== null && prev !== null && stemOf(prev) === stem) return true;
    prev = num;
  }
  return false;
}

/** Nodes whose children may hold ayat or list items. */
const CONTAINERS = new Set(['pasal', 'ayat', 'list', 'item']);

/** True when a Pasal, ayat or list item of the batang tubuh is printed with an insertion number. */
export function hasInsertionNumbers(tubuh: readonly PMJson[]): boolean {
  const pasal = collectPasal(tubuh);
  if (continuesPrevious(pasal)) return true;
  const walk = (n: PMJson): boolean => {
    const children = n.content ?? [];
    for (const type of ['ayat', 'item']) if (continuesPrevious(children.filter((c) => c.type === type))) return true;
    return children.some((c) => CONTAINERS.has(c.type) && walk(c));
  };
  return pasal.some(walk);
}
