/**
 * The one numbering function (architecture.md, decision 2): derives the number of every unit
 * from its position and the document's numbering mode. The editor, the comparison, the
 * amending instrument and every export call `numberDocument` and nothing else.
 *
 * penggantian (drafting-rules.md 1.4.2, 9.2): Pasal 1..n and BAB I..n run through the whole
 * document; Bagian (ordinal words) restart in each BAB, Paragraf in each Bagian, ayat in each
 * Pasal, items in each list (a. -> 1. -> a) -> 1), or the list's `style`). Units marked
 * `deleted` are skipped and get no number.
 *
 * perubahan (2.3, "never renumber"): a unit with `baseNum` keeps it; an inserted unit (baseNum
 * null) takes the previous same-kind sibling's number plus a suffix (Pasal 7 -> 7A -> 7B,
 * ayat (1) -> (1a), BAB II -> IIA, Paragraf 2 -> 2A, Bagian Kedua -> Kedua A, angka 5 -> 5a,
 * huruf b -> b1; see insertion-suffix.ts). Deleted units keep their number (`deleted: true`; the
 * renderer prints "Dihapus."). A group in which no unit has a baseNum (e.g. the ayat of an
 * inserted Pasal 7A) is numbered 1..n. An insertion *before* the first base unit of a group has
 * no lawful number (the rules only know "previous number + letter"); the practice is to restate
 * the parent unit in full (F1 "Ketentuan Pasal … diubah sehingga berbunyi …"), which numbers its
 * children afresh. The numbering does exactly that for such a group: it is numbered 1..n and
 * every unit in it carries `renumbered: true` so the checker and the instrument can react.
 *
 * Amending instrument (doc kind "perubahan", 3.4): the top-level Pasal are Pasal I, Pasal II;
 * change items are 1., 2., … ("Pasal I angka 1"); units quoted inside a change item take their
 * number from `baseNum` (perubahan rules apply when it is missing) and are addressed as the units
 * of the amended Perda ("Pasal 7A ayat (1)").
 *
 * Addresses (2.1): "Pasal 7A ayat (1a) huruf b angka 2"; "BAB II"; "BAB II Bagian Kesatu";
 * "BAB II Bagian Kesatu Paragraf 1"; konsiderans "Menimbang huruf a" (a single konsiderans is
 * just "Menimbang" and prints no letter); dasar hukum "Mengingat angka 1"; change items
 * "Pasal I angka 1"; Penjelasan entries "Penjelasan Pasal 7A".
 */
import type { Node } from 'prosemirror-model';
import type { NumberedUnit } from './schema';
import { bagianOrdinal } from './ordinals';
import { toRoman } from './roman';
import { hurufOf, isListStyle, itemMarker, itemWord, nextStyle, type ListStyle } from './list-markers';
import { joinNumber, nextSuffix, splitNumber, type NumberFormat, type SplitNumber } from './insertion-suffix';
import { sameStructureDerived } from './same-structure';

export { toRoman } from './roman';
export { bagianOrdinal } from './ordinals';
export { hurufOf } from './list-markers';

/** The kinds of node that get a number: the numbered units plus change items and Penjelasan entries. */
export type NumberedKind = NumberedUnit | 'changeItem' | 'penjelasanPasal';

/** The derived number of one unit. */
export interface UnitNumber {
  uid: string;
  type: NumberedKind;
  /** The bare number: "7A", "1a", "IIA", "Kesatu", "b", "2". */
  num: string;
  /** How the number prints before the unit: "BAB IIA", "Bagian Kesatu", "Pasal 7A", "(1a)", "a.", "1)"; "" for a single konsiderans. */
  marker: string;
  /** The full address used in references: "Pasal 7A ayat (1a) huruf b"; "BAB II"; "Menimbang huruf a". */
  address: string;
  /** True when the unit is a "Dihapus." placeholder (perubahan mode), or lies inside one. */
  deleted: boolean;
  /** uid of the enclosing Pasal (the Pasal itself for a Pasal), or null outside Pasal. */
  pasalUid: string | null;
  /** perubahan: the unit has no baseNum and got an insertion suffix (7A, (1a)). */
  inserted?: boolean;
  /** perubahan: the unit's group starts with an insertion and was numbered afresh (see above). */
  renumbered?: boolean;
  /** For list items: the marker style used. */
  listStyle?: ListStyle;
}

/** The numbers of all units of one document, by uid (in document order). */
export type Numbering = ReadonlyMap<string, UnitNumber>;

/** One numbered node found by the walk, before numbers are assigned. */
interface Rec {
  uid: string;
  type: NumberedKind;
  format: NumberFormat;
  style?: ListStyle;
  baseNum: string | null;
  ownDeleted: boolean;
  deleted: boolean;
  keepBase: boolean;
  sequential: boolean;
  parent: Rec | null;
  pasalUid: string | null;
  section: 'konsiderans' | 'dasarHukum' | null;
  num: string | undefined;
  inserted: boolean;
  renumbered: boolean;
}

/** Walk context. */
interface Ctx {
  parent: Rec | null;
  pasalUid: string | null;
  scope: string;
  babUid: string | null;
  bagianUid: string | null;
  listStyle: ListStyle | null;
  /** The sibling group of the items of the list being walked. */
  listGroup: Rec[] | null;
  keepBase: boolean;
  deleted: boolean;
  instrument: boolean;
  section: 'konsiderans' | 'dasarHukum' | null;
}

const cache = new WeakMap<Node, Numbering>();

/** True when a node holds a block other than paragraphs (a nested list), i.e. is worth walking. */
function hasBlockChildren(node: Node): boolean {
  for (let i = 0; i < node.childCount; i++) if (node.child(i).type.name !== 'para') return true;
  return false;
}

/** How many recently numbered documents a new one is checked against (`sameStructureDerived`). */
const RECENT = 4;
/**
 * The documents numbered last, newest first, with their numbering. Held strongly (at most
 * `RECENT` of them), not by `WeakRef`: a weak reference keeps its target alive until the current
 * job ends, so a long synchronous run (a benchmark, a batch of comparisons) kept every document
 * it numbered, and the heap grew by one document per call.
 */
const recent: Array<{ doc: Node; numbering: Numbering }> = [];

/**
 * Derive the numbers of every unit of `doc` (memoised per immutable document). A document derived
 * from one numbered lately by edits that left its structure as it was (text typed, a draft saved
 * after a keystroke) takes that numbering: numbers follow from the structure alone.
 */
export function numberDocument(doc: Node): Numbering {
  const hit = cache.get(doc);
  if (hit) return hit;
  let out: Numbering | undefined;
  for (const r of recent) {
    if (sameStructureDerived(r.doc, doc)) {
      out = r.numbering;
      break;
    }
  }
  out ??= computeNumbering(doc);
  cache.set(doc, out);
  recent.unshift({ doc, numbering: out });
  if (recent.length > RECENT) recent.pop();
  return out;
}

/** The sibling groups of one kind, by the scope they number in (a Pasal's uid for its ayat). */
type GroupsOf = Map<string, Rec[]>;

/** A child walk context: `ctx` with some fields replaced (one literal, so every context has one shape). */
function nested(ctx: Ctx, o: Partial<Ctx>): Ctx {
  return {
    parent: o.parent !== undefined ? o.parent : ctx.parent,
    pasalUid: o.pasalUid !== undefined ? o.pasalUid : ctx.pasalUid,
    scope: o.scope ?? ctx.scope,
    babUid: o.babUid !== undefined ? o.babUid : ctx.babUid,
    bagianUid: o.bagianUid !== undefined ? o.bagianUid : ctx.bagianUid,
    listStyle: o.listStyle !== undefined ? o.listStyle : ctx.listStyle,
    listGroup: o.listGroup !== undefined ? o.listGroup : ctx.listGroup,
    keepBase: o.keepBase ?? ctx.keepBase,
    deleted: o.deleted ?? ctx.deleted,
    instrument: ctx.instrument,
    section: o.section !== undefined ? o.section : ctx.section,
  };
}

/**
 * The state of one numbering walk: every record found, every sibling group, the groups by kind
 * and scope. The walk is made of module functions over this record, not closures made per call:
 * compiled code of a closure does not outlive its last call by a full garbage collection, so a
 * closure-made walk ran unoptimised again after every one.
 */
interface NumberingWalk {
  recs: Rec[];
  /** Every sibling group (units numbered as one sequence), in order of creation. */
  groups: Rec[][];
  byKind: Record<'bab' | 'bagian' | 'paragraf' | 'pasal' | 'ayat' | 'changeItem', GroupsOf>;
  konsiderans: Rec[];
  dasarHukum: Rec[];
  penjelasan: Node[];
}

/** A new sibling group not shared with any other scope. */
function freshGroup(w: NumberingWalk): Rec[] {
  const g: Rec[] = [];
  w.groups.push(g);
  return g;
}

/** The sibling group in `kinds` under `key`, created on first use. */
function groupOf(w: NumberingWalk, kinds: GroupsOf, key: string): Rec[] {
  let g = kinds.get(key);
  if (!g) {
    g = freshGroup(w);
    kinds.set(key, g);
  }
  return g;
}

/** Record `node` as a unit of `type` in `group`. */
function addRec(w: NumberingWalk, node: Node, ctx: Ctx, type: NumberedKind, format: NumberFormat, group: Rec[], sequential = false, style?: ListStyle): Rec {
  const ownDeleted = node.attrs.deleted === true;
  const rec: Rec = {
    uid: String(node.attrs.uid ?? ''),
    type,
    format,
    style,
    baseNum: ctx.keepBase ? normaliseBaseNum(node.attrs.baseNum, format) : null,
    ownDeleted,
    deleted: ctx.deleted || ownDeleted,
    keepBase: ctx.keepBase,
    sequential,
    parent: ctx.parent,
    pasalUid: ctx.pasalUid,
    section: ctx.section,
    num: undefined,
    inserted: false,
    renumbered: false,
  };
  w.recs.push(rec);
  group.push(rec);
  return rec;
}

/** Find the numbered units among the children of `node` (recursively), in document order. */
function walkNumbered(w: NumberingWalk, node: Node, ctx: Ctx): void {
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    const name = child.type.name;
    if (!ctx.keepBase && child.attrs.deleted === true) continue;
    let rec: Rec;
    switch (name) {
      case 'bab':
        rec = addRec(w, child, ctx, 'bab', 'roman', groupOf(w, w.byKind.bab, ctx.scope));
        walkNumbered(w, child, nested(ctx, { parent: rec, deleted: rec.deleted, babUid: rec.uid, bagianUid: null }));
        break;
      case 'bagian':
        rec = addRec(w, child, ctx, 'bagian', 'ordinal', groupOf(w, w.byKind.bagian, ctx.babUid ?? ctx.scope));
        walkNumbered(w, child, nested(ctx, { parent: rec, deleted: rec.deleted, bagianUid: rec.uid }));
        break;
      case 'paragraf':
        rec = addRec(w, child, ctx, 'paragraf', 'arabic', groupOf(w, w.byKind.paragraf, ctx.bagianUid ?? ctx.scope));
        walkNumbered(w, child, nested(ctx, { parent: rec, deleted: rec.deleted }));
        break;
      case 'pasal':
        rec = ctx.instrument && ctx.scope === 'doc'
          ? addRec(w, child, ctx, 'pasal', 'roman', groupOf(w, w.byKind.pasal, '|instrument'), true)
          : addRec(w, child, ctx, 'pasal', 'arabic', groupOf(w, w.byKind.pasal, ctx.scope));
        walkNumbered(w, child, nested(ctx, { parent: rec, deleted: rec.deleted, pasalUid: rec.uid, listStyle: null, listGroup: null }));
        break;
      case 'ayat':
        rec = addRec(w, child, ctx, 'ayat', 'ayat', groupOf(w, w.byKind.ayat, ctx.pasalUid ?? ctx.parent?.uid ?? ctx.scope));
        walkNumbered(w, child, nested(ctx, { parent: rec, deleted: rec.deleted, listStyle: null, listGroup: null }));
        break;
      case 'list': {
        const own = child.attrs.style;
        const style: ListStyle = isListStyle(own) ? own : ctx.listStyle ? nextStyle(ctx.listStyle) : 'huruf';
        walkNumbered(w, child, nested(ctx, { listStyle: style, listGroup: freshGroup(w) }));
        break;
      }
      case 'konsiderans':
        walkNumbered(w, child, nested(ctx, { parent: null, listStyle: 'huruf', listGroup: w.konsiderans, section: 'konsiderans' }));
        break;
      case 'dasarHukum':
        walkNumbered(w, child, nested(ctx, { parent: null, listStyle: 'angka', listGroup: w.dasarHukum, section: 'dasarHukum' }));
        break;
      case 'item': {
        const style = ctx.listStyle ?? 'huruf';
        const group = ctx.listGroup ?? freshGroup(w);
        rec = addRec(w, child, ctx, 'item', style === 'huruf' || style === 'hurufKurung' ? 'huruf' : 'angka', group, false, style);
        if (hasBlockChildren(child)) walkNumbered(w, child, nested(ctx, { parent: rec, deleted: rec.deleted, section: null }));
        break;
      }
      case 'changeItem':
        rec = addRec(w, child, ctx, 'changeItem', 'angka', groupOf(w, w.byKind.changeItem, ctx.pasalUid ?? ctx.scope), true);
        walkNumbered(w, child, nested(ctx, {
          parent: rec, deleted: rec.deleted, scope: rec.uid, keepBase: true, pasalUid: null,
          babUid: null, bagianUid: null, listStyle: null, listGroup: null,
        }));
        break;
      case 'penjelasanPasal':
        w.penjelasan.push(child);
        break;
      default:
        if (!child.isTextblock && !child.isLeaf) walkNumbered(w, child, ctx);
    }
  }
}

/** Collect, number and address all units. */
function computeNumbering(doc: Node): Numbering {
  const konsiderans: Rec[] = [];
  const dasarHukum: Rec[] = [];
  const w: NumberingWalk = {
    recs: [],
    groups: [konsiderans, dasarHukum],
    byKind: { bab: new Map(), bagian: new Map(), paragraf: new Map(), pasal: new Map(), ayat: new Map(), changeItem: new Map() },
    konsiderans,
    dasarHukum,
    penjelasan: [],
  };
  const perubahan = doc.attrs.mode === 'perubahan';
  walkNumbered(w, doc, {
    parent: null, pasalUid: null, scope: 'doc', babUid: null, bagianUid: null, listStyle: null,
    listGroup: null, keepBase: perubahan, deleted: false, instrument: doc.attrs.kind === 'perubahan', section: null,
  });
  const { recs, groups, penjelasan } = w;

  for (const group of groups) numberGroup(group);

  const out = new Map<string, UnitNumber>();
  const konsideransCount = konsiderans.filter((r) => r.num !== undefined).length;
  for (const rec of recs) {
    if (rec.num === undefined || (rec.parent && !out.has(rec.parent.uid))) continue;
    const parent = rec.parent ? out.get(rec.parent.uid) : undefined;
    const u: UnitNumber = {
      uid: rec.uid,
      type: rec.type,
      num: rec.num,
      marker: markerOf(rec, rec.num, konsideransCount),
      address: addressOf(rec, rec.num, parent, konsideransCount),
      deleted: rec.deleted,
      pasalUid: rec.type === 'pasal' ? rec.uid : rec.pasalUid,
    };
    if (rec.inserted) u.inserted = true;
    if (rec.renumbered) u.renumbered = true;
    if (rec.style) u.listStyle = rec.style;
    out.set(rec.uid, u);
  }

  for (const node of penjelasan) {
    const uid = String(node.attrs.uid ?? '');
    const target = node.attrs.target ? out.get(String(node.attrs.target)) : undefined;
    const label = String(node.attrs.label ?? '').trim();
    const marker = target ? target.marker : label;
    out.set(uid, {
      uid,
      type: 'penjelasanPasal',
      num: target ? target.num : label.replace(/^pasal\s+/i, ''),
      marker,
      address: `Penjelasan ${marker}`.trim(),
      deleted: target?.deleted ?? false,
      pasalUid: target ? target.uid : null,
    });
  }
  return out;
}

/** How the number of one unit prints before it ("BAB II", "(1a)", "b."; "" for a single konsiderans). */
function markerOf(rec: Rec, num: string, konsideransCount: number): string {
  switch (rec.type) {
    case 'bab': return 'BAB ' + num;
    case 'bagian': return 'Bagian ' + num;
    case 'paragraf': return 'Paragraf ' + num;
    case 'pasal': return 'Pasal ' + num;
    case 'ayat': return '(' + num + ')';
    case 'changeItem': return num + '.';
    default:
      if (rec.section === 'konsiderans' && konsideransCount === 1) return '';
      return itemMarker(rec.style ?? 'huruf', num);
  }
}

/** The full address of one unit given its parent's number ("Pasal 7A ayat (1a) huruf b"). */
function addressOf(rec: Rec, num: string, parent: UnitNumber | undefined, konsideransCount: number): string {
  switch (rec.type) {
    case 'bab': return 'BAB ' + num;
    case 'bagian': return parent?.type === 'bab' ? parent.address + ' Bagian ' + num : 'Bagian ' + num;
    case 'paragraf': return parent?.type === 'bagian' ? parent.address + ' Paragraf ' + num : 'Paragraf ' + num;
    case 'pasal': return 'Pasal ' + num;
    case 'ayat': return parent?.type === 'pasal' ? parent.address + ' ayat (' + num + ')' : 'ayat (' + num + ')';
    case 'changeItem': return parent ? parent.address + ' angka ' + num : 'angka ' + num;
    default: {
      if (rec.section === 'konsiderans') return konsideransCount === 1 ? 'Menimbang' : 'Menimbang huruf ' + num;
      if (rec.section === 'dasarHukum') return 'Mengingat angka ' + num;
      const own = itemWord(rec.style ?? 'huruf') + ' ' + num;
      return parent && parent.type !== 'changeItem' ? parent.address + ' ' + own : own;
    }
  }
}

/** The n-th number (1-based) of a format. */
function nthNumber(format: NumberFormat, n: number): string {
  switch (format) {
    case 'roman': return toRoman(n);
    case 'ordinal': return bagianOrdinal(n);
    case 'huruf': return hurufOf(n);
    default: return String(n);
  }
}

/** Assign numbers to the units of one sibling group. */
function numberGroup(group: Rec[]): void {
  const first = group[0];
  if (!first) return;
  const hasBase = first.keepBase && !first.sequential && group.some((r) => r.baseNum !== null);
  const leadingInsert = hasBase && group.find((r) => !(r.ownDeleted && r.baseNum === null))?.baseNum === null;
  if (!hasBase || leadingInsert) {
    let n = 0;
    for (const rec of group) {
      if (rec.ownDeleted) continue;
      rec.num = nthNumber(rec.format, ++n);
      if (leadingInsert) rec.renumbered = true;
    }
    return;
  }
  const used = new Set(group.map((r) => r.baseNum).filter((b): b is string => b !== null));
  let prev: SplitNumber | null = null;
  for (const rec of group) {
    if (rec.baseNum !== null) {
      rec.num = rec.baseNum;
      prev = splitNumber(rec.format, rec.baseNum) ?? { stem: rec.baseNum, suffix: '' };
      continue;
    }
    if (rec.ownDeleted || !prev) continue;
    let suffix = nextSuffix(rec.format, prev.suffix);
    while (used.has(joinNumber(rec.format, { stem: prev.stem, suffix }))) suffix = nextSuffix(rec.format, suffix);
    prev = { stem: prev.stem, suffix };
    rec.num = joinNumber(rec.format, prev);
    rec.inserted = true;
    used.add(rec.num);
  }
}

/**
 * A stored baseNum in canonical form: markers and unit words stripped ("Pasal 7a" -> "7A",
 * "(1A)" -> "1a", "b." -> "b", "bab ixa" -> "IXA"); null when empty.
 */
export function normaliseBaseNum(raw: unknown, format: NumberFormat): string | null {
  if (raw === null || raw === undefined) return null;
  let s = String(raw).trim();
  s = s.replace(/^(bab|bagian|paragraf|pasal|ayat|huruf|angka)\s+/i, '').replace(/^\((.*)\)$/, '$1').replace(/[.)]$/, '').trim();
  if (!s) return null;
  const split = splitNumber(format, format === 'roman' ? s.toUpperCase() : s);
  if (!split) return s;
  switch (format) {
    case 'arabic':
    case 'roman':
      return split.stem.toUpperCase() + split.suffix.toUpperCase();
    case 'ayat':
    case 'angka':
      return split.stem + split.suffix.toLowerCase();
    case 'huruf':
      return split.stem.toLowerCase() + split.suffix;
    case 'ordinal':
      return joinNumber(format, { stem: titleCaseWords(split.stem), suffix: split.suffix.toUpperCase() });
  }
}

/** "kedua belas" -> "Kedua Belas". */
function titleCaseWords(s: string): string {
  return s.split(/\s+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(' ');
}
