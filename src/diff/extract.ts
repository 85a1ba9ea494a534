/**
 * Reads the comparable units out of a Perda document: Pasal (with their ayat, list items and
 * loose paragraphs as parts), BAB/Bagian/Paragraf titles, Menimbang and Mengingat items, and
 * Penjelasan entries. Labels come from `numberDocument`; text comes as tokens (`block-tokens.ts`).
 */
import type { Node } from 'prosemirror-model';
import { numberDocument, type Numbering } from '../model/numbering';
import { judulTitle } from '../model/judul-title';
import { TEMPLATES } from '../model/templates';
import { refNodeLabel } from '../model/labels';
import { deepTokens, headingTokens, inlineTokensOf, paragraphTokens, type ReadRef } from './block-tokens';
import { holdsChangeItems, joinParts, pasalParts, type PartUnit } from './pasal-parts';
import { tokenize, type Token } from './tokenize';
import { definedAbbreviations, withLongForms } from './abbreviations';

export type { PartUnit };

/** The first part of a Pasal that has words (not the heading of a unit an instrument quotes), or null. */
export function firstTextPart(p: PasalUnit): PartUnit | null {
  return p.parts.find((x) => x.tokens.length > 0 && !x.heading) ?? null;
}

/** A Pasal with its parts and its place in the grouping units. */
export interface PasalUnit {
  uid: string;
  label: string;
  /** Bare number from numbering ("7A"). */
  num: string;
  babUid: string | null;
  babLabel: string | null;
  /** Title of the enclosing BAB / Bagian (context for matching). */
  context: string;
  parts: PartUnit[];
  /** All tokens of the Pasal, parts joined with `mark` tokens. */
  tokens: Token[];
  /** Pasal I of an amending instrument (it holds change items): its references cite the Perda it amends, numbers and all. */
  amends?: true;
}

/** A BAB, Bagian or Paragraf title. */
export interface HeadingUnit {
  uid: string;
  kind: 'bab' | 'bagian' | 'paragraf';
  /** Its address: "BAB IV", "BAB IV Bagian Kesatu". */
  label: string;
  /** The number it prints itself: "BAB IV", "Bagian Kesatu". */
  marker: string;
  tokens: Token[];
  /** uids of the Pasal directly or indirectly inside it. */
  pasalUids: string[];
}

/** A Menimbang / Mengingat item, a Penjelasan entry, or the Penjelasan umum. */
export interface SimpleUnit {
  uid: string;
  label: string;
  tokens: Token[];
  /** For a Penjelasan entry: uid of the Pasal it explains (resolved from `target` or `label`). */
  target: string | null;
}

/** Everything comparable in one document. */
export interface DocUnits {
  numbering: Numbering;
  pasal: PasalUnit[];
  headings: HeadingUnit[];
  konsiderans: SimpleUnit[];
  dasarHukum: SimpleUnit[];
  penjelasan: SimpleUnit[];
  penjelasanUmum: SimpleUnit | null;
  /** The Judul as printed: kind and region, number and year, and the name after "TENTANG". */
  judul: SimpleUnit | null;
  /** Every paragraph of every Lampiran. */
  lampiran: SimpleUnit[];
  /** The diktum's "Menetapkan : PERATURAN DAERAH TENTANG ..." line. */
  menetapkan: SimpleUnit | null;
  /** The penutup's perintah pengundangan ("Agar setiap orang mengetahuinya, ..."). */
  pengundangan: SimpleUnit | null;
}

/** The diktum line that names what is enacted. */
const MENETAPKAN = /^\s*Menetapkan\b/i;
/** The perintah pengundangan (drafting-rules.md 1.10; "dapat mengetahuinya", "Agar supaya" in older texts). */
const PENGUNDANGAN = /^\s*Agar\s+(?:supaya\s+)?setiap\s+orang\s+(?:dapat\s+)?mengetahuinya\b/i;

/**
 * The sentence that opens the first paragraph of `section` whose text matches `pattern`, as a
 * unit (up to its first full stop: an import may have run the signature blocks into the same
 * paragraph); its uid names the section ("#diktum"), which has no uid of its own.
 */
function sentenceUnit(section: Node, pattern: RegExp, label: string, numbering: Numbering): SimpleUnit | null {
  let found: SimpleUnit | null = null;
  section.forEach((p) => {
    if (found || !pattern.test(p.textContent)) return;
    const tokens = inlineTokensOf(p, numbering);
    const stop = tokens.findIndex((t) => t.kind === 'punct' && t.k === '.');
    found = { uid: `#${section.type.name}`, label, tokens: stop >= 0 ? tokens.slice(0, stop + 1) : tokens, target: null };
  });
  return found;
}

/**
 * Pasal units by (immutable) Pasal node. A draft compared again after an edit keeps almost all
 * its Pasal nodes; a kept node with the same number, BAB, deletion state and numbering mode, whose
 * live references still read the same labels, extracts to the same unit. The unit is then reused
 * with everything memoised on its token arrays (keys, fingerprints).
 */
const pasalUnits = new WeakMap<Node, ExtractedPasal>();

/** A Pasal unit and what it was extracted with. */
interface ExtractedPasal {
  unit: PasalUnit;
  deleted: boolean;
  numberingMode: string;
  /** The live references its tokens were read with, and the label each read. */
  refs: readonly ReadRef[];
}

/** Where a Pasal sits: what its unit takes from the rest of the document. */
type PasalPlace = Pick<PasalUnit, 'label' | 'num' | 'babUid' | 'babLabel' | 'context'>;

/** The unit extracted earlier from `node`, if it still holds at `place` under `numbering`. */
function reusablePasal(node: Node, place: PasalPlace, deleted: boolean, numberingMode: string, numbering: Numbering): PasalUnit | null {
  const hit = pasalUnits.get(node);
  if (!hit || hit.deleted !== deleted || hit.numberingMode !== numberingMode) return null;
  const u = hit.unit;
  if (u.label !== place.label || u.num !== place.num || u.babUid !== place.babUid || u.babLabel !== place.babLabel || u.context !== place.context) return null;
  for (const r of hit.refs) if (refNodeLabel(r.ref, numbering, r.ctx) !== r.label) return null;
  return u;
}

/** Remember the unit of `node` with the live references its tokens were read with. */
function rememberPasal(node: Node, unit: PasalUnit, deleted: boolean, numberingMode: string, refs: readonly ReadRef[]): void {
  pasalUnits.set(node, { unit, deleted, numberingMode, refs });
}

/** What a deleted unit prints in perubahan mode. */
const DIHAPUS = TEMPLATES.dihapus.text;

const docUnits = new WeakMap<Node, DocUnits>();

/** Extract the comparable units of `doc` (memoised per document node; the result is read-only). */
export function extractUnits(doc: Node): DocUnits {
  let units = docUnits.get(doc);
  if (!units) {
    units = extractFresh(doc);
    docUnits.set(doc, units);
  }
  return units;
}

/** The state of the walk through the batang tubuh (`walkBody`). */
interface BodyWalk {
  units: DocUnits;
  numbering: Numbering;
  /** The document's numbering mode and kind: a Pasal unit is reused only under the same. */
  numberingMode: string;
  /** Pasal uid by label, for Penjelasan entries that name their Pasal only by label. */
  pasalByLabel: Map<string, string>;
  /** The BAB, Bagian and Paragraf the walk is in, outermost first. */
  groupStack: HeadingUnit[];
}

/** Collect the headings and Pasal among the children of `node`, inside `bab`, under the titles `ctx`. */
function walkBody(w: BodyWalk, node: Node, bab: HeadingUnit | null, ctx: string): void {
  const { units, numbering, groupStack } = w;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    const name = child.type.name;
    if (name === 'bab' || name === 'bagian' || name === 'paragraf') {
      const uid = String(child.attrs.uid);
      const marker = numbering.get(uid)?.marker ?? name;
      const parentLabel = groupStack.length > 0 ? `${groupStack[groupStack.length - 1]?.label} ` : '';
      const h: HeadingUnit = {
        uid,
        kind: name,
        label: name === 'bab' ? marker : `${parentLabel}${marker}`,
        marker,
        tokens: headingTokens(child, numbering),
        pasalUids: [],
      };
      units.headings.push(h);
      groupStack.push(h);
      const title = h.tokens.map((t) => t.s).join(' ');
      walkBody(w, child, name === 'bab' ? h : bab, name === 'bab' ? title : `${ctx} / ${title}`);
      groupStack.pop();
    } else if (name === 'pasal') {
      const uid = String(child.attrs.uid);
      const num = numbering.get(uid);
      if (child.attrs.deleted === true && !num) continue;
      const label = num?.marker ?? `Pasal ${units.pasal.length + 1}`;
      const deleted = num?.deleted === true;
      const place = { label, num: num?.num ?? '', babUid: bab?.uid ?? null, babLabel: bab?.label ?? null, context: ctx };
      let unit = reusablePasal(child, place, deleted, w.numberingMode, numbering);
      if (!unit) {
        const refs: ReadRef[] = [];
        const parts: PartUnit[] = deleted
          ? [{ uid: `${uid}#p1`, kind: 'para', label, marker: '', depth: 0, indent: 0, tokens: tokenize(DIHAPUS) }]
          : pasalParts(child, numbering, label, refs);
        unit = { uid, label: place.label, num: place.num, babUid: place.babUid, babLabel: place.babLabel, context: place.context, parts, tokens: joinParts(parts) };
        if (holdsChangeItems(child)) unit.amends = true;
        rememberPasal(child, unit, deleted, w.numberingMode, refs);
      }
      units.pasal.push(unit);
      w.pasalByLabel.set(label, uid);
      for (const g of groupStack) g.pasalUids.push(uid);
    }
  }
}

function extractFresh(doc: Node): DocUnits {
  const numbering = numberDocument(doc);
  const units: DocUnits = {
    numbering,
    pasal: [],
    headings: [],
    konsiderans: [],
    dasarHukum: [],
    penjelasan: [],
    penjelasanUmum: null,
    judul: null,
    lampiran: [],
    menetapkan: null,
    pengundangan: null,
  };
  const body: BodyWalk = { units, numbering, numberingMode: `${String(doc.attrs.mode)}|${String(doc.attrs.kind)}`, pasalByLabel: new Map(), groupStack: [] };
  const pasalByLabel = body.pasalByLabel;

  doc.forEach((top) => {
    const name = top.type.name;
    if (name === 'judul') {
      units.judul = { uid: String(top.attrs.uid), label: 'Judul', tokens: tokenize(judulTitle(doc, '').title.trim()), target: null };
    } else if (name === 'lampiran') {
      const title = String(top.attrs.title ?? 'LAMPIRAN');
      top.forEach((p, _o, i) => {
        units.lampiran.push({ uid: `${String(top.attrs.uid)}#p${i + 1}`, label: `${title} (teks ${i + 1})`, tokens: inlineTokensOf(p, numbering), target: null });
      });
    } else if (name === 'pembukaan') {
      top.forEach((sec) => {
        if (sec.type.name === 'diktum') units.menetapkan = sentenceUnit(sec, MENETAPKAN, 'Menetapkan', numbering);
        if (sec.type.name !== 'konsiderans' && sec.type.name !== 'dasarHukum') return;
        const list = sec.type.name === 'konsiderans' ? units.konsiderans : units.dasarHukum;
        sec.forEach((item) => {
          const uid = String(item.attrs.uid);
          list.push({
            uid,
            label: numbering.get(uid)?.address ?? uid,
            tokens: deepTokens(item, numbering, [], 0, { pasalUid: null, inKonsiderans: sec.type.name === 'konsiderans' }),
            target: null,
          });
        });
      });
    } else if (name === 'batangTubuh') {
      walkBody(body, top, null, '');
      units.pasal = withLongForms(units.pasal, definedAbbreviations(units.pasal));
    } else if (name === 'penutup') {
      units.pengundangan = sentenceUnit(top, PENGUNDANGAN, 'Perintah pengundangan', numbering);
    } else if (name === 'penjelasan') {
      top.forEach((sec) => {
        if (sec.type.name === 'penjelasanUmum') {
          units.penjelasanUmum = {
            uid: String(top.attrs.uid),
            label: 'Penjelasan Umum',
            tokens: paragraphTokens(sec, numbering),
            target: null,
          };
        } else {
          sec.forEach((entry) => {
            const target = entry.attrs.target ? String(entry.attrs.target) : null;
            const stored = String(entry.attrs.label ?? '');
            const resolved =
              target && numbering.has(target) ? target : (pasalByLabel.get(stored.trim()) ?? null);
            const label = resolved ? (numbering.get(resolved)?.marker ?? stored) : stored;
            units.penjelasan.push({
              uid: String(entry.attrs.uid),
              label: `Penjelasan ${label}`.trim(),
              tokens: paragraphTokens(entry, numbering),
              target: resolved,
            });
          });
        }
      });
    }
  });
  return units;
}
