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
      const joiner = tokens[j];
      if (joiner && LIST_JOINERS.has(joiner.k) && tokens[j + 1] && isAddress(tokens[j + 1] as Token)) j++;
      else break;
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
