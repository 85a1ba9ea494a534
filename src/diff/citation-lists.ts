/**
 * A list of citations names a set: "Pasal 19, Pasal 20 dan/atau Pasal 21" says the same as
 * "Pasal 19, Pasal 21 dan/atau Pasal 20". When two Pasal swap places and a third cites both in
 * one list, the old list, its references mapped to the new numbers, reads in another order than
 * the unchanged new one; compared with each list's items sorted, it is the same text.
 */
import { canonicalOf, type Token } from './tokenize';

/** Words and marks that join the addresses of one list ("Pasal 20 dan Pasal 21", "ayat (2), ayat (3)"). */
export const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'dan', 'atau', 'serta', 'dan/atau']);

/** A token that addresses a unit ("Pasal 5", "ayat (2)", "huruf a", a live reference). */
export function isAddress(t: Token): boolean {
  return t.kind === 'pasalRef' || t.kind === 'ayatRef' || t.kind === 'otherRef' || t.kind === 'ref';
}

/**
 * The index of the address that the joiner at `j` leads to in the same list: after a comma, a
 * conjunction, or both (", dan Pasal 21"), and with `ranges` after "sampai dengan"; -1 when no
 * address follows there.
 */
export function nextInList(tokens: readonly Token[], j: number, ranges = false): number {
  let k = j;
  if (tokens[k]?.k === ',') k++;
  if (k < tokens.length && k > j && isAddress(tokens[k] as Token)) return k;
  const t = tokens[k];
  if (t && t.k !== ',' && LIST_JOINERS.has(t.k)) k++;
  else if (ranges && t?.k === 'sampai' && tokens[k + 1]?.k === 'dengan') k += 2;
  else return -1;
  return k < tokens.length && isAddress(tokens[k] as Token) ? k : -1;
}

/**
 * `keys` (parallel to `tokens`) with the items of every citation list in sorted order: each item
 * (a chain of addresses, "Pasal 20 ayat (1)") is written whole at its first token, in the order of
 * the sorted items, and the rest of its tokens read empty.
 */
function sortedLists(tokens: readonly Token[], keys: readonly string[]): string[] {
  const out = [...keys];
  let i = 0;
  while (i < tokens.length) {
    if (!isAddress(tokens[i] as Token)) {
      i++;
      continue;
    }
    const items: Array<{ from: number; to: number }> = [];
    let j = i;
    for (;;) {
      const from = j;
      while (j < tokens.length && isAddress(tokens[j] as Token)) j++;
      items.push({ from, to: j });
      const next = nextInList(tokens, j);
      if (next < 0) break;
      j = next;
    }
    if (items.length > 1) {
      const texts = items.map(({ from, to }) => keys.slice(from, to).join('')).sort();
      items.forEach(({ from, to }, k) => {
        out[from] = texts[k] as string;
        for (let x = from + 1; x < to; x++) out[x] = '';
      });
    }
    i = j;
  }
  return out;
}

/** The old run (with `oldKeys`, its references mapped) and the new run read the same once every citation list is sorted. */
export function sameCitationSets(oldT: readonly Token[], oldKeys: readonly string[], newT: readonly Token[]): boolean {
  return canonicalOf(oldT, sortedLists(oldT, oldKeys)) === canonicalOf(newT, sortedLists(newT, newT.map((t) => t.k)));
}
