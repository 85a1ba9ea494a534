/**
 * Tidy-up of a raw word diff, after diff-match-patch's "semantic cleanup": a short run of kept
 * words caught between two edits that are each at least as long as it (e.g. "di" in
 * "-paling banyak di+ sekurang-kurangnya di -Daerah+ Kota") is folded into one replacement, so
 * the redline strikes a phrase and writes the new phrase, as a drafter would. Runs of four or
 * more kept words always stay. In a text mostly kept, so do kept words next to a changed number
 * ("NOMOR -1+ 3 TAHUN -2009+ 2018"): each number changed is a fact of its own that the reader must
 * see (a text mostly rewritten reads better struck as phrases). Words only respelled ("Walikota"
 * -> "Wali Kota") never fold into a phrase: they are kept, printed otherwise. Within each edit,
 * deletions come before insertions.
 */
import { swapsAbbreviation } from './abbreviation-forms';
import { lettersOf } from './printed-otherwise';
import type { Token } from './tokenize';

/** One edit-script step over token ranges of the old and new lists. */
export interface Op {
  op: 'equal' | 'insert' | 'delete';
  oFrom: number;
  oTo: number;
  nFrom: number;
  nTo: number;
}

interface Block {
  eq: boolean;
  oFrom: number;
  oTo: number;
  nFrom: number;
  nTo: number;
}

const KEEP_WORDS = 4;

function weight(tokens: readonly Token[], from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    w += t.kind === 'punct' || t.kind === 'mark' ? 0.5 : 1;
  }
  return w;
}

function words(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if ((tokens[i] as Token).kind !== 'punct') n++;
  return n;
}

/** Kinds of token that make a number ("2009", "Rp50.000.000,00"). */
const NUMBER_KINDS: ReadonlySet<Token['kind']> = new Set(['num', 'money']);

/** True when the tokens in [from, to) are all numbers (and there is at least one). */
function allNumbers(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!NUMBER_KINDS.has((tokens[i] as Token).kind)) return false;
  return true;
}

/** True when an edit replaces numbers by numbers only ("2009" -> "2018"). */
function numberChange(oldT: readonly Token[], newT: readonly Token[], b: Block): boolean {
  return allNumbers(oldT, b.oFrom, b.oTo) && allNumbers(newT, b.nFrom, b.nTo);
}

/** True when the words `oldT[oFrom..oTo)` and `newT[nFrom..nTo)` are the same letters spelt otherwise (words only, no reference or number). */
function spelledOtherwise(oldT: readonly Token[], oFrom: number, oTo: number, newT: readonly Token[], nFrom: number, nTo: number): boolean {
  let a = '';
  let b = '';
  for (let i = oFrom; i < oTo; i++) {
    const t = oldT[i] as Token;
    if (t.kind !== 'word') return false;
    a += t.s;
  }
  for (let i = nFrom; i < nTo; i++) {
    const t = newT[i] as Token;
    if (t.kind !== 'word') return false;
    b += t.s;
  }
  return lettersOf(a) === lettersOf(b);
}

/** The key of old token `i`: from `oldKeys` when given (references mapped to the new numbering), else the token's own. */
export function oldKeyAt(oldT: readonly Token[], oldKeys: readonly string[] | undefined, i: number): string {
  return oldKeys ? (oldKeys[i] as string) : (oldT[i] as Token).k;
}

/**
 * True when `oldT[oFrom..oTo)` and `newT[nFrom..nTo)` are the same words written otherwise: only
 * respelled (`spelledOtherwise`: "Walikota" -> "Wali Kota"), or an abbreviation its text defines
 * written for the long form, or back (`swapsAbbreviation`: "Dewan Perwakilan Rakyat" -> "DPR").
 */
export function writtenOtherwise(oldT: readonly Token[], oFrom: number, oTo: number, newT: readonly Token[], nFrom: number, nTo: number): boolean {
  return spelledOtherwise(oldT, oFrom, oTo, newT, nFrom, nTo) || swapsAbbreviation(oldT, oFrom, oTo, newT, nFrom, nTo);
}

/** True when an edit only writes the same words otherwise (`writtenOtherwise`). */
function spellingChange(oldT: readonly Token[], newT: readonly Token[], b: Block): boolean {
  return b.oTo > b.oFrom && b.nTo > b.nFrom && writtenOtherwise(oldT, b.oFrom, b.oTo, newT, b.nFrom, b.nTo);
}

/** Share of the longer side kept, from which changed numbers keep their kept neighbours. */
const MOSTLY_KEPT = 0.5;

/** True when the equal ops hold at least `MOSTLY_KEPT` of the longer side's tokens. */
function mostlyKept(ops: readonly Op[], oldLength: number, newLength: number): boolean {
  let kept = 0;
  for (const o of ops) if (o.op === 'equal') kept += o.nTo - o.nFrom;
  return kept >= MOSTLY_KEPT * Math.max(oldLength, newLength);
}

/** Apply the tidy-up to raw ops. */
export function tidyOps(ops: readonly Op[], oldT: readonly Token[], newT: readonly Token[]): Op[] {
  const keepNumbers = mostlyKept(ops, oldT.length, newT.length);
  const blocks: Block[] = [];
  for (const o of ops) {
    const eq = o.op === 'equal';
    const last = blocks[blocks.length - 1];
    if (last && !last.eq && !eq) {
      last.oTo = Math.max(last.oTo, o.oTo);
      last.nTo = Math.max(last.nTo, o.nTo);
    } else blocks.push({ eq, oFrom: o.oFrom, oTo: o.oTo, nFrom: o.nFrom, nTo: o.nTo });
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 1; k + 1 < blocks.length; k++) {
      const e = blocks[k] as Block;
      const a = blocks[k - 1] as Block;
      const b = blocks[k + 1] as Block;
      if (!e.eq || a.eq || b.eq) continue;
      if (words(newT, e.nFrom, e.nTo) >= KEEP_WORDS) continue;
      if (keepNumbers && (numberChange(oldT, newT, a) || numberChange(oldT, newT, b))) continue;
      // Words only respelled are no edit to fold a phrase around: they stay in place (`opsToSegments`).
      if (spellingChange(oldT, newT, a) || spellingChange(oldT, newT, b)) continue;
      const we = weight(newT, e.nFrom, e.nTo);
      const wa = Math.max(weight(oldT, a.oFrom, a.oTo), weight(newT, a.nFrom, a.nTo));
      const wb = Math.max(weight(oldT, b.oFrom, b.oTo), weight(newT, b.nFrom, b.nTo));
      if (we <= wa && we <= wb) {
        blocks.splice(k - 1, 3, { eq: false, oFrom: a.oFrom, oTo: b.oTo, nFrom: a.nFrom, nTo: b.nTo });
        changed = true;
        k--;
      }
    }
  }
  const out: Op[] = [];
  for (const b of blocks) {
    if (b.eq) out.push({ op: 'equal', oFrom: b.oFrom, oTo: b.oTo, nFrom: b.nFrom, nTo: b.nTo });
    else {
      if (b.oTo > b.oFrom) out.push({ op: 'delete', oFrom: b.oFrom, oTo: b.oTo, nFrom: b.nFrom, nTo: b.nFrom });
      if (b.nTo > b.nFrom) out.push({ op: 'insert', oFrom: b.oTo, oTo: b.oTo, nFrom: b.nFrom, nTo: b.nTo });
    }
  }
  return out;
}
