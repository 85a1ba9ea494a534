/**
 * Parts that moved inside a Pasal (an ayat or item set elsewhere in the same Pasal), in a
 * redline. The Pasal's marked lines come in the new text's order; lines of the old text out of
 * that order are written at their old place too: kept words as a move (`moved-place.ts`), lines
 * only the old text has simply set there. So the old text reads back in its order, and Word shows
 * the part as moved. Lines joined by a break one text has only stay together. Each group of lines
 * is found in the old Pasal's lines by its old words (spacing aside); where one is not found, the
 * Pasal stays as it is.
 */
import { heaviestChain } from '../../diff/order';
import { movedPlace, type Moves } from './moved-place';
import { markChange, sideOf, type RedlinePara, type RedlineRun } from './redline-model';

/** Paragraphs that go together, and the old lines they hold, in their order (none: the new text's only). */
interface Group {
  paras: RedlinePara[];
  lines: number[];
}

/** A paragraph's old words without spacing: its marker and runs, less what the new text inserted. */
function oldKey(p: RedlinePara): string {
  const text = (runs: readonly RedlineRun[] | undefined) => (runs ?? []).filter((r) => !r.change || sideOf(r.change) === 'old').map((r) => r.text).join('');
  return (text(p.marker) + text(p.runs)).replace(/\s+/g, '');
}

/**
 * `paras` cut into groups that no line of either reading crosses: where a paragraph's break is one
 * text's only, the other text's line runs on, through paragraphs it does not have, into the next
 * paragraph it has.
 */
function groupsOf(paras: readonly RedlinePara[]): RedlinePara[][] {
  const groups: RedlinePara[][] = [];
  let open: RedlinePara[] = [];
  const runsOn = { old: false, new: false };
  for (const p of paras) {
    open.push(p);
    const mark = markChange(p);
    for (const side of ['old', 'new'] as const) {
      const breaks = !mark || sideOf(mark) === side;
      const has = !p.whole || sideOf(p.whole) === side;
      runsOn[side] = breaks ? false : has ? true : runsOn[side];
    }
    if (!runsOn.old && !runsOn.new) {
      groups.push(open);
      open = [];
    }
  }
  if (open.length) groups.push(open);
  return groups;
}

/** The old lines a group holds, as keys: its old words cut where the old text breaks. */
function oldLineKeys(paras: readonly RedlinePara[]): string[] {
  const keys: string[] = [];
  let open = '';
  for (const p of paras) {
    if (p.whole && sideOf(p.whole) === 'new') continue;
    open += oldKey(p);
    const mark = markChange(p);
    if ((!mark || sideOf(mark) === 'old') && open !== '') {
      keys.push(open);
      open = '';
    }
  }
  if (open !== '') keys.push(open);
  return keys;
}

/** The groups with the old lines each one holds, or null where a line is not found among `oldKeys`. */
function placeGroups(groups: readonly RedlinePara[][], oldKeys: readonly string[]): Group[] | null {
  const used = new Set<number>();
  let next = 0;
  const out: Group[] = [];
  for (const paras of groups) {
    const lines: number[] = [];
    for (const key of oldLineKeys(paras)) {
      const free = (j: number) => !used.has(j) && oldKeys[j] === key;
      let at = -1;
      for (let j = next; j < oldKeys.length && at < 0; j++) if (free(j)) at = j;
      for (let j = 0; j < next && at < 0; j++) if (free(j)) at = j;
      if (at < 0) return null;
      used.add(at);
      lines.push(at);
      next = at + 1;
    }
    out.push({ paras, lines });
  }
  return out;
}

/** Whether a group's old lines follow one another in the old text. */
function contiguous(lines: readonly number[]): boolean {
  return lines.length > 0 && lines.every((l, k) => k === 0 || l === (lines[k - 1] as number) + 1);
}

/**
 * The lines of a Pasal's text (`paras`, marked, in the new order) with every old line out of the
 * old order also at its old place; `oldText` is the old Pasal's text, a line per part.
 */
export function partsInOldOrder(paras: readonly RedlinePara[], oldText: string, moves: Moves): RedlinePara[] {
  const oldKeys = oldText.split('\n').map((l) => l.replace(/\s+/g, '')).filter((l) => l !== '');
  const groups = placeGroups(groupsOf(paras), oldKeys);
  if (!groups) return [...paras];
  const all = groups.flatMap((g) => g.lines);
  if (all.every((l, k) => k === 0 || l > (all[k - 1] as number))) return [...paras];
  // The groups that stay: the longest run in the old order among those whose old lines follow one another.
  const candidates = groups.flatMap((g, i) => (contiguous(g.lines) ? [{ i, o: g.lines[0] as number }] : []));
  const chain = heaviestChain(candidates.map((x, n) => ({ o: x.o, n, w: 1 })));
  const kept = new Set(candidates.filter((_, n) => chain.has(n)).map((x) => x.i));
  // The new order: each other group written as moved there, or gone where only the old text has it.
  const out: Array<{ paras: RedlinePara[]; last?: number }> = [];
  const oldPlaces: Array<{ o: number; para: RedlinePara }> = [];
  for (const [i, g] of groups.entries()) {
    if (g.lines.length === 0 || kept.has(i)) {
      out.push({ paras: g.paras, ...(g.lines.length ? { last: Math.max(...g.lines) } : {}) });
      continue;
    }
    const oldOnly = g.paras.every((p) => p.whole && sideOf(p.whole) === 'old');
    const id = oldOnly ? 0 : moves.idOf(g);
    // At the old places, a paragraph per old line.
    const olds = oldOnly ? g.paras : movedPlace(g.paras, 'old', id, undefined);
    if (olds.length !== g.lines.length) return [...paras];
    olds.forEach((para, k) => oldPlaces.push({ o: g.lines[k] as number, para }));
    if (!oldOnly) out.push({ paras: movedPlace(g.paras, 'new', id, undefined) });
  }
  // Each old line at its old place: after what ends last before it in the old text.
  for (const place of oldPlaces.sort((a, b) => a.o - b.o)) {
    let after = -1;
    out.forEach((x, k) => {
      if (x.last !== undefined && x.last < place.o) after = k;
    });
    out.splice(after + 1, 0, { paras: [place.para], last: place.o });
  }
  return out.flatMap((x) => x.paras);
}
