/**
 * References that read the same on both sides but point at another unit (old "ayat (2)", whose
 * ayat is now ayat (4); new "ayat (2)", another ayat): set apart in the word diff even where the
 * tidy-up pass had joined them to the words around (`splitRepointed`), flagged on their segments
 * (`markRepointed`, `Segment.repointed`), and named in the notes of the table and the matriks
 * (`repointedRefs`): on paper no mark's title can say why "ayat (2)" is struck and "ayat (2)"
 * inserted.
 */
import { oldKeyAt, type Op } from './tidy';
import { REFERENCE_KINDS, tokenize, type Token } from './tokenize';
import type { PasalUnit } from './extract';
import type { RefMaps } from './references';
import type { Segment } from './types';

/** A repointed reference as the notes name it: its text, and what it pointed at as now numbered. */
export interface RepointedRef {
  ref: string;
  was?: string;
}

/** The distinct repointed references in `segments` ("ayat (2)", was "ayat (4)"), in order. */
export function repointedRefs(segments: readonly Segment[]): RepointedRef[] {
  const out: RepointedRef[] = [];
  for (const s of segments) {
    const ref = s.text.trim();
    if (!s.repointed || s.op !== 'delete' || out.some((r) => r.ref === ref)) continue;
    out.push(s.was !== undefined ? { ref, was: s.was } : { ref });
  }
  return out;
}

/**
 * Set `was` on the repointed deletions of `segments` (a part of the old Pasal numbered
 * `ownPasal`, tokens `oldTokens`, against a part of `newPasal`): the unit each pointed at, as the
 * new Pasal numbers it, when it is an ayat or item of that Pasal ("ayat (2)" then is "ayat (4)" now).
 */
export function nameRepointed(segments: readonly Segment[], oldTokens: readonly Token[], newPasal: PasalUnit, maps: RefMaps, ownPasal: string): void {
  for (const s of segments) {
    if (!s.repointed || s.op !== 'delete') continue;
    const text = s.text.trim();
    const t = oldTokens.find((x) => (x.kind === 'ref' || x.kind === 'ayatRef') && x.s === text);
    let was: string | undefined;
    if (t?.kind === 'ref' && t.target !== undefined) {
      const uid = maps.uid.get(t.target);
      const label = newPasal.parts.find((p) => p.uid === uid)?.label;
      if (label?.startsWith(`${newPasal.label} `)) was = label.slice(newPasal.label.length + 1);
    } else if (t?.kind === 'ayatRef' && t.num !== undefined) {
      const to = maps.ayat.get(ownPasal)?.get(t.num);
      if (to !== undefined) was = `ayat (${to})`;
    }
    if (was !== undefined && was !== text) s.was = was;
  }
}

/**
 * Flag (`repointed`) each deletion followed by an insertion that prints alike and holds a
 * reference (a list marker "1." set on another line is no such thing).
 */
export function markRepointed(segments: Segment[]): void {
  for (let i = 0; i + 1 < segments.length; i++) {
    const a = segments[i] as Segment;
    const b = segments[i + 1] as Segment;
    if (a.op === 'delete' && b.op === 'insert' && a.text.trim() === b.text.trim() && tokenize(a.text).some((t) => REFERENCE_KINDS.has(t.kind))) {
      a.repointed = true;
      b.repointed = true;
    }
  }
}

/**
 * `ops` with each deletion and insertion that both open with the same printed reference, which
 * the old side's keys (`oldKeys`: references mapped to the new numbering) read otherwise, split:
 * the reference struck and inserted on its own, then the words both go on with kept, then the
 * rest. Surabaya old 16(2) -> new 17(2): "-ayat (1) terdiri+ ayat (1) terdiri dari" reads
 * "-ayat (1)+ ayat (1) terdiri +dari".
 */
export function splitRepointed(ops: readonly Op[], oldT: readonly Token[], newT: readonly Token[], oldKeys?: readonly string[]): Op[] {
  const out: Op[] = [];
  for (let i = 0; i < ops.length; i++) {
    const d = ops[i] as Op;
    const ins = ops[i + 1];
    if (d.op !== 'delete' || ins?.op !== 'insert') {
      out.push(d);
      continue;
    }
    // The reference both open with: reference tokens printed alike, read otherwise.
    let r = 0;
    let differs = false;
    while (d.oFrom + r < d.oTo && ins.nFrom + r < ins.nTo) {
      const a = oldT[d.oFrom + r] as Token;
      const b = newT[ins.nFrom + r] as Token;
      if (!REFERENCE_KINDS.has(a.kind) || a.kind !== b.kind || a.s !== b.s) break;
      if (oldKeyAt(oldT, oldKeys, d.oFrom + r) !== b.k) differs = true;
      r++;
    }
    if (r === 0 || !differs || (d.oFrom + r === d.oTo && ins.nFrom + r === ins.nTo)) {
      out.push(d);
      continue;
    }
    out.push({ op: 'delete', oFrom: d.oFrom, oTo: d.oFrom + r, nFrom: d.nFrom, nTo: d.nFrom });
    out.push({ op: 'insert', oFrom: d.oFrom + r, oTo: d.oFrom + r, nFrom: ins.nFrom, nTo: ins.nFrom + r });
    // The words both go on with are kept.
    let k = 0;
    while (d.oFrom + r + k < d.oTo && ins.nFrom + r + k < ins.nTo && oldKeyAt(oldT, oldKeys, d.oFrom + r + k) === (newT[ins.nFrom + r + k] as Token).k) k++;
    const o = d.oFrom + r + k;
    const n = ins.nFrom + r + k;
    if (k > 0) out.push({ op: 'equal', oFrom: d.oFrom + r, oTo: o, nFrom: ins.nFrom + r, nTo: n });
    if (o < d.oTo) out.push({ op: 'delete', oFrom: o, oTo: d.oTo, nFrom: n, nTo: n });
    if (n < ins.nTo) out.push({ op: 'insert', oFrom: d.oTo, oTo: d.oTo, nFrom: n, nTo: ins.nTo });
    i++;
  }
  return out;
}
