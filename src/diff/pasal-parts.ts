/**
 * The parts of one Pasal as the comparison reads them: its ayat, list items and loose paragraphs,
 * each with its own text, in document order. In Pasal I of an amending instrument each change
 * item is a part (its instruction), followed by the units it quotes, set as the printed
 * instrument sets them: a quoted Pasal's heading centred, its ayat and items with the numbers the
 * instrument states (`literal`: those numbers are text of the instrument, not derived).
 */
import type { Node } from 'prosemirror-model';
import type { Numbering } from '../model/numbering';
import type { RefContext } from '../model/labels';
import { TEMPLATES } from '../model/templates';
import { blockRun, markToken, type ReadRef } from './block-tokens';
import { QUOTED_WITHIN } from './part-elsewhere';
import { tokenize, type Token } from './tokenize';

/** An ayat, list item or loose paragraph of a Pasal (its own text, without sub-items). */
export interface PartUnit {
  uid: string;
  kind: 'ayat' | 'item' | 'para';
  /**
   * Full address ("Pasal 3 ayat (2) huruf a"), or for loose text the address of what holds it plus
   * its role or place ("Pasal 1 teks pembuka", "Pasal 5 (teks 2)", `looseLabel`); a unit a change
   * item quotes is named within it ("Pasal I angka 2, Pasal 7 ayat (1)").
   */
  label: string;
  /** Printed marker: "(2)", "a.", "1)" or "" for a loose paragraph. */
  marker: string;
  depth: number;
  /**
   * Where the part is set, in steps from the Pasal's left edge: an ayat, or an item or loose
   * paragraph of the Pasal itself, at 0; an item one step inside the text of the unit holding
   * it; a loose paragraph inside a unit (the closing words after its list) at that unit's text.
   */
  indent: number;
  tokens: readonly Token[];
  /** Set as a heading, centred: a Pasal or BAB heading an amending instrument quotes, or the heading line of a later Pasal in a merged row's old side. */
  heading?: true;
  /** A unit an amending instrument quotes: its number is stated by the instrument, so a changed number is a changed text. */
  literal?: true;
}

/** What a deleted unit prints in perubahan mode. */
const DIHAPUS = TEMPLATES.dihapus.text;

/** Units a change item may quote that print a heading of their own ("Pasal 7A", "BAB VIII"). */
const QUOTED_HEADED = new Set(['pasal', 'bab', 'bagian', 'paragraf']);

/**
 * The name of a loose paragraph (the `index`th child of `parent`, the `n`th loose one of its
 * Pasal, or of the quoted unit holding it) under `owner` (the unit holding it): "teks pembuka"
 * before a list ("Pasal 1 teks pembuka": "Dalam Peraturan Daerah ini, yang dimaksud dengan:")
 * or before an instrument's change items ("Pasal I teks pembuka": "Beberapa ketentuan … diubah"),
 * "teks penutup" after one ("... dicabut dan dinyatakan tidak berlaku."), else by its place,
 * "(teks 2)". `named` keeps names unique within the Pasal.
 */
function looseLabel(owner: string, parent: Node, index: number, n: number, named: Set<string>): string {
  const before = index > 0 ? parent.child(index - 1).type.name : null;
  const after = index + 1 < parent.childCount ? parent.child(index + 1).type.name : null;
  // An instrument's change items are its Pasal I's list: the words before them open it.
  const role = before === 'list' ? 'teks penutup' : after === 'list' || after === 'changeItem' ? 'teks pembuka' : null;
  const label = role ? `${owner} ${role}` : '';
  if (label && !named.has(label)) {
    named.add(label);
    return label;
  }
  return `${owner} (teks ${n})`;
}

/** The step at which the text of `owner` starts (after its hung marker); 0 for the Pasal itself. */
function textIndent(owner: PartUnit | null): number {
  return owner ? owner.indent + (owner.marker ? 1 : 0) : 0;
}

/**
 * The state of one Pasal's walk (`pasalParts`). The walks of this file are module functions over
 * such records, not closures made per call: compiled code of a closure does not outlive its last
 * call by a full garbage collection, so closure-made walks ran unoptimised again after every one.
 */
interface PartWalk {
  pasalUid: string;
  pasalLabel: string;
  numbering: Numbering;
  refs: ReadRef[];
  parts: PartUnit[];
  /** How many loose paragraphs were found so far. */
  loose: number;
  /** Loose paragraph names given so far (`looseLabel`). */
  named: Set<string>;
  /** While the units a change item quotes are walked: the change item's label; else null. */
  quotedBy: string | null;
  /** Loose paragraphs found so far in the quoted Pasal (or BAB) being walked: they are named within it. */
  quotedLoose: number;
}

/**
 * References print from the innermost numbered unit that holds them, as the exports print them;
 * in a unit a change item quotes, from that unit alone (the instrument restates it whole).
 */
function partContext(w: PartWalk, owner: PartUnit | null): RefContext {
  if (owner?.literal) return { pasalUid: null, unitUid: owner.uid };
  return { pasalUid: w.pasalUid, unitUid: owner && owner.kind !== 'para' ? owner.uid : w.pasalUid };
}

/** The label of a numbered unit at `address`: within the change item that quotes it, if any. */
function unitLabel(w: PartWalk, address: string): string {
  return w.quotedBy ? `${w.quotedBy}${QUOTED_WITHIN}${address}` : address;
}

/** Collect the parts among the children of `node`, held by `owner` (null: the Pasal itself). */
function walkParts(w: PartWalk, node: Node, owner: PartUnit | null, depth: number): void {
  const numbering = w.numbering;
  for (let index = 0; index < node.childCount; index++) {
    const child = node.child(index);
    const name = child.type.name;
    if (child.isTextblock) {
      // A unit's first textblock is its text; the tokens are the block's own run (no copy).
      if (owner && owner.tokens.length === 0) {
        owner.tokens = blockRun(child, numbering, w.refs, partContext(w, owner));
      } else {
        w.loose++;
        const part: PartUnit = {
          uid: `${w.pasalUid}#p${w.loose}`,
          kind: 'para',
          label: name === 'heading' ? `${owner?.label ?? w.pasalLabel} judul` : looseLabel(owner?.label ?? w.pasalLabel, node, index, owner?.literal ? ++w.quotedLoose : w.loose, w.named),
          marker: '',
          depth,
          indent: textIndent(owner),
          tokens: blockRun(child, numbering, w.refs, partContext(w, owner)),
        };
        if (name === 'heading') part.heading = true;
        if (owner?.literal) part.literal = true;
        w.parts.push(part);
      }
    } else if (name === 'ayat' || name === 'item') {
      const uid = String(child.attrs.uid);
      const num = numbering.get(uid);
      // A unit removed in penggantian mode has no number: it is not part of the text.
      if (child.attrs.deleted === true && !num) continue;
      const part: PartUnit = {
        uid,
        kind: name,
        label: unitLabel(w, num?.address ?? uid),
        marker: num?.marker ?? '',
        depth: name === 'ayat' && !w.quotedBy ? 0 : depth + 1,
        indent: textIndent(owner),
        tokens: [],
      };
      if (w.quotedBy) part.literal = true;
      w.parts.push(part);
      // A "Dihapus." placeholder (perubahan mode) reads as what it prints, not as its kept text.
      if (num?.deleted) part.tokens = tokenize(DIHAPUS);
      else walkParts(w, child, part, part.depth);
    } else if (name === 'list') {
      walkParts(w, child, owner, depth);
    } else if (name === 'changeItem') {
      walkChangeItem(w, child);
    } else if (w.quotedBy && QUOTED_HEADED.has(name)) {
      walkQuotedHeaded(w, child, owner, depth);
    }
  }
}

/**
 * A change item: the item itself holds its instruction ("Ketentuan Pasal 7 diubah sehingga
 * berbunyi sebagai berikut:"); the units it quotes follow as parts of their own, one step inside.
 */
function walkChangeItem(w: PartWalk, item: Node): void {
  const uid = String(item.attrs.uid);
  const num = w.numbering.get(uid);
  const part: PartUnit = { uid, kind: 'item', label: num?.address ?? uid, marker: num?.marker ?? '', depth: 1, indent: 0, tokens: [] };
  w.parts.push(part);
  const outer = w.quotedBy;
  w.quotedBy = part.label;
  walkParts(w, item, part, 1);
  w.quotedBy = outer;
}

/** A quoted Pasal, BAB, Bagian or Paragraf: its heading ("Pasal 7", centred), then its parts. */
function walkQuotedHeaded(w: PartWalk, node: Node, owner: PartUnit | null, depth: number): void {
  const uid = String(node.attrs.uid);
  const num = w.numbering.get(uid);
  const heading: PartUnit = {
    uid,
    kind: 'para',
    label: unitLabel(w, num?.address ?? uid),
    marker: '',
    depth: depth + 1,
    indent: textIndent(owner),
    tokens: tokenize(num?.marker ?? ''),
    heading: true,
    literal: true,
  };
  w.parts.push(heading);
  w.quotedLoose = 0;
  walkParts(w, node, heading, depth + 1);
}

/** Collect the parts of a Pasal (ayat / items / loose paragraphs) in document order; the live references read go to `refs`. */
export function pasalParts(pasal: Node, numbering: Numbering, pasalLabel: string, refs: ReadRef[]): PartUnit[] {
  const w: PartWalk = { pasalUid: String(pasal.attrs.uid), pasalLabel, numbering, refs, parts: [], loose: 0, named: new Set(), quotedBy: null, quotedLoose: 0 };
  walkParts(w, pasal, null, 0);
  return w.parts;
}

/** True when `pasal` holds change items (Pasal I of an amending instrument). */
export function holdsChangeItems(pasal: Node): boolean {
  for (let i = 0; i < pasal.childCount; i++) if (pasal.child(i).type.name === 'changeItem') return true;
  return false;
}

/** Join parts into the Pasal's token stream (each part led by its `mark` token; a quoted unit's mark holds its stated number). */
export function joinParts(parts: readonly PartUnit[]): Token[] {
  let total = parts.length;
  for (const p of parts) total += p.tokens.length;
  const out: Token[] = new Array<Token>(total);
  let k = 0;
  for (const p of parts) {
    out[k++] = markToken(p.kind, p.depth, p.marker, p.literal === true);
    for (let i = 0; i < p.tokens.length; i++) out[k++] = p.tokens[i] as Token;
  }
  return out;
}
