/**
 * Word diff inside one matched unit, with jsdiff (`diffArrays`) over interned token keys, then a
 * tidy-up pass (`tidy.ts`) so the result reads like a drafter's redline: whole phrases struck and
 * replaced, not a confetti of one-word changes.
 */
import { diffArrays } from 'diff';
import { renderRun, renderText } from './render';
import { oldKeyAt, tidyOps, writtenOtherwise, type Op } from './tidy';
import type { Token } from './tokenize';
import { markRepointed, splitRepointed } from './repointed';
import type { Segment } from './types';
import type { TextDiff } from './references';

/**
 * Integer ids of token keys, shared by all diffs (the vocabulary of legal text is small); cleared
 * between diffs when it grows past `MAX_KEY_IDS`, so ids are only compared within one diff. Keys
 * that differ in case only share an id: a word whose capitals changed ("Karcis Parkir" ->
 * "karcis parkir") stays in place as an equal run printed otherwise, so the redline can say that
 * only its capitals changed instead of striking the phrase around it.
 */
const keyIds = new Map<string, number>();
const foldedIds = new Map<string, number>();
const MAX_KEY_IDS = 200_000;

function intern(k: string): number {
  let id = keyIds.get(k);
  if (id === undefined) {
    const folded = k.toLowerCase();
    id = foldedIds.get(folded);
    if (id === undefined) {
      id = foldedIds.size;
      foldedIds.set(folded, id);
    }
    keyIds.set(k, id);
  }
  return id;
}

/** Raw edit script between two token lists (token ranges), before tidying. */
export function diffOps(
  oldT: readonly Token[],
  newT: readonly Token[],
  oldKeys?: readonly string[],
): Op[] {
  const oLen = oldT.length;
  const nLen = newT.length;
  let pre = 0;
  while (pre < oLen && pre < nLen && oldKeyAt(oldT, oldKeys, pre) === (newT[pre] as Token).k) pre++;
  let suf = 0;
  while (
    suf < oLen - pre &&
    suf < nLen - pre &&
    oldKeyAt(oldT, oldKeys, oLen - 1 - suf) === (newT[nLen - 1 - suf] as Token).k
  )
    suf++;
  const ops: Op[] = [];
  if (pre > 0) ops.push({ op: 'equal', oFrom: 0, oTo: pre, nFrom: 0, nTo: pre });
  if (oLen - suf > pre || nLen - suf > pre) {
    // jsdiff compares the middle as small integers (one id per distinct key).
    if (keyIds.size > MAX_KEY_IDS) {
      keyIds.clear();
      foldedIds.clear();
    }
    const a: number[] = new Array<number>(oLen - suf - pre);
    for (let i = pre; i < oLen - suf; i++) a[i - pre] = intern(oldKeyAt(oldT, oldKeys, i));
    const b: number[] = new Array<number>(nLen - suf - pre);
    for (let i = pre; i < nLen - suf; i++) b[i - pre] = intern((newT[i] as Token).k);
    let o = pre;
    let n = pre;
    // One word for one (the commonest edit): what jsdiff would say, without its search.
    const changes = a.length === 1 && b.length === 1 ? oneForOne(a[0] as number, b[0] as number) : diffArrays(a, b);
    for (const c of changes) {
      if (c.added) {
        ops.push({ op: 'insert', oFrom: o, oTo: o, nFrom: n, nTo: n + c.count });
        n += c.count;
      } else if (c.removed) {
        ops.push({ op: 'delete', oFrom: o, oTo: o + c.count, nFrom: n, nTo: n });
        o += c.count;
      } else {
        ops.push({ op: 'equal', oFrom: o, oTo: o + c.count, nFrom: n, nTo: n + c.count });
        o += c.count;
        n += c.count;
      }
    }
  }
  if (suf > 0)
    ops.push({ op: 'equal', oFrom: oLen - suf, oTo: oLen, nFrom: nLen - suf, nTo: nLen });
  return ops;
}

/** jsdiff's changes for one token against the same one, and against another (removed, then added). */
const SAME_ONE = [{ count: 1, added: false, removed: false }];
const OTHER_ONE = [{ count: 1, added: false, removed: true }, { count: 1, added: true, removed: false }];

/** The changes jsdiff gives for one token against one. */
function oneForOne(a: number, b: number): ReadonlyArray<{ count: number; added: boolean; removed: boolean }> {
  return a === b ? SAME_ONE : OTHER_ONE;
}

/**
 * Share of tokens two runs have in common in order (2 x equal / both lengths): the similarity of
 * a pair whose content fingerprints are equal but whose words are not, such as a Pasal that
 * only cites another ayat (fingerprints leave reference numbers out).
 */
export function sameShare(oldT: readonly Token[], newT: readonly Token[], oldKeys?: readonly string[]): number {
  const total = oldT.length + newT.length;
  if (total === 0) return 1;
  let equal = 0;
  for (const op of diffOps(oldT, newT, oldKeys)) if (op.op === 'equal') equal += op.oTo - op.oFrom;
  return (2 * equal) / total;
}

/** Word diff of two token lists as tidy segments. */
export function wordDiff(
  oldT: readonly Token[],
  newT: readonly Token[],
  oldKeys?: readonly string[],
): Segment[] {
  const ops = splitRepointed(tidyOps(diffOps(oldT, newT, oldKeys), oldT, newT), oldT, newT, oldKeys);
  return opsToSegments(ops, oldT, newT);
}

/**
 * Word diff of a pair `textDiff` found changed, as it read them: the runs as written where a
 * reference is live on one side only, else with the old side's references mapped.
 */
export function changedSegments(oldT: readonly Token[], newT: readonly Token[], diff: TextDiff | null): Segment[] {
  if (diff?.written) return wordDiff(diff.written.old, diff.written.new, diff.written.keys);
  return wordDiff(oldT, newT, diff?.keys ?? undefined);
}

/**
 * Render ops as segments (equal text from the new side, and the old side's print where it differs;
 * deletions before insertions). Words only spelt otherwise, the same letters joined, split or
 * hyphenated ("Walikota" -> "Wali Kota"), or a long form written as the abbreviation its text
 * defines ("Dewan Perwakilan Rakyat" -> "DPR"), are an equal run printed otherwise, not a deletion
 * and an insertion: they stay in place, marked as capitals changed are (printed-otherwise.ts).
 */
export function opsToSegments(
  ops: readonly Op[],
  oldT: readonly Token[],
  newT: readonly Token[],
): Segment[] {
  const out: Segment[] = [];
  let anyEqual = false;
  let anyDelete = false;
  let anyInsert = false;
  for (let k = 0; k < ops.length; k++) {
    const o = ops[k] as Op;
    const next = ops[k + 1];
    if (o.op === 'delete' && next?.op === 'insert' && writtenOtherwise(oldT, o.oFrom, o.oTo, newT, next.nFrom, next.nTo)) {
      const text = renderRun(newT, next.nFrom, next.nTo, !anyEqual && !anyDelete && !anyInsert);
      appendSegment(out, { op: 'equal', text, old: renderRun(oldT, o.oFrom, o.oTo, !anyEqual && !anyDelete) });
      anyEqual = true;
      k++;
    } else if (o.op === 'equal') {
      const text = renderRun(newT, o.nFrom, o.nTo, !anyEqual && !anyDelete && !anyInsert);
      const oldFirst = !anyEqual && !anyDelete;
      const samePrint = oldFirst === (!anyEqual && !anyDelete && !anyInsert) && printsAlike(oldT, o.oFrom, newT, o.nFrom, o.nTo - o.nFrom);
      appendSegment(out, { op: 'equal', text, old: samePrint ? text : renderRun(oldT, o.oFrom, o.oTo, oldFirst) });
      anyEqual = true;
    } else if (o.op === 'delete') {
      appendSegment(out, { op: 'delete', text: renderRun(oldT, o.oFrom, o.oTo, !anyEqual && !anyDelete) });
      anyDelete = true;
    } else {
      appendSegment(out, { op: 'insert', text: renderRun(newT, o.nFrom, o.nTo, !anyEqual && !anyInsert) });
      anyInsert = true;
    }
  }
  markRepointed(out);
  return out;
}


/** True when `n` tokens from `a` and from `b` print alike (same surface, same spacing). */
function printsAlike(oldT: readonly Token[], a: number, newT: readonly Token[], b: number, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const x = oldT[a + i] as Token;
    const y = newT[b + i] as Token;
    if (x !== y && (x.s !== y.s || x.sp !== y.sp)) return false;
  }
  return true;
}

/**
 * Append `s` to `out`, joining it to the last segment of the same op (a `repointed` one stays
 * apart); an equal run keeps the old side's print (`old`) only where it differs from the new side's.
 */
export function appendSegment(out: Segment[], s: Segment): void {
  if (s.text === '' && (s.old ?? '') === '') return;
  const last = out[out.length - 1];
  if (last && last.op === s.op && !last.repointed && !s.repointed) {
    if (s.op === 'equal' && (last.old !== undefined || (s.old !== undefined && s.old !== s.text))) last.old = (last.old ?? last.text) + (s.old ?? s.text);
    last.text += s.text;
  } else if (s.repointed) out.push(s.was !== undefined ? { op: s.op, text: s.text, repointed: true, was: s.was } : { op: s.op, text: s.text, repointed: true });
  else out.push(s.old === undefined || s.old === s.text ? { op: s.op, text: s.text } : { op: s.op, text: s.text, old: s.old });
}

/** The segments of a pair with equal words: one equal run, with the old print where it differs (references renumbered). */
export function equalSegments(oldT: readonly Token[], newT: readonly Token[]): Segment[] {
  const text = renderText(newT);
  const old = oldT.length === newT.length && printsAlike(oldT, 0, newT, 0, newT.length) ? text : renderText(oldT);
  if (text === '' && old === '') return [];
  return old === text ? [{ op: 'equal', text }] : [{ op: 'equal', text, old }];
}

/** Segments for a unit that exists on one side only. */
export function wholeSegments(tokens: readonly Token[], op: Segment['op']): Segment[] {
  const text = renderText(tokens);
  return text === '' ? [] : [{ op, text }];
}
