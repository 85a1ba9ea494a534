/**
 * A reference figure for the comparison benchmark: the least a comparison that diffs words with
 * jsdiff must do. Every Pasal of both documents tokenised (as the floor does) and jsdiff's
 * `diffArrays` run over the token keys of each truly matching Pasal pair (the generator's truth,
 * so no alignment is needed), keys interned as small integers as the comparison interns them. No
 * alignment, no part-level pairing, no rows: a floor for the word diff alone.
 */
import { diffArrays } from 'diff';
import type { Node } from 'prosemirror-model';
import { tokenize, type Token } from '../../src/diff/tokenize';

/** Tokens of each Pasal of `doc`, by uid. */
function pasalTokens(doc: Node): Map<string, Token[]> {
  const byUid = new Map<string, Token[]>();
  doc.descendants((node) => {
    if (node.type.name !== 'pasal') return true;
    const tokens: Token[] = [];
    node.descendants((inner) => {
      if (inner.isText) tokenize(inner.text ?? '', tokens.length > 0, tokens);
      return true;
    });
    byUid.set(String(node.attrs.uid), tokens);
    return false;
  });
  return byUid;
}

/**
 * Tokenise both documents and diff every pair of `kept` (old Pasal uid -> new Pasal uid) with
 * jsdiff over interned keys; returns the number of change records, so the work cannot be skipped.
 */
export function jsdiffTruePairs(a: Node, b: Node, kept: ReadonlyMap<string, string>): number {
  const olds = pasalTokens(a);
  const news = pasalTokens(b);
  const ids = new Map<string, number>();
  const intern = (t: Token): number => {
    let id = ids.get(t.k);
    if (id === undefined) {
      id = ids.size;
      ids.set(t.k, id);
    }
    return id;
  };
  let records = 0;
  for (const [oldUid, newUid] of kept) {
    const x = olds.get(oldUid);
    const y = news.get(newUid);
    if (x && y) records += diffArrays(x.map(intern), y.map(intern)).length;
  }
  return records;
}
