/**
 * One walk of the document shared by every rule family: the units the checks look at (with their
 * section, enclosing Pasal, list depth and label), the BAB in order, and the uids of deleted units;
 * plus `report`, which fills severity, citation, label and Pasal from the rule table and the unit.
 */
import type { Node } from 'prosemirror-model';
import { numberDocument, type Numbering } from '../model/numbering';
import { unitOwnText as readOwnText } from './unit-text';
import { ruleOf, type RuleId } from './rules';
import type { Finding, Severity } from './types';

/** What kind of unit a record is. */
export type UnitKind = 'judul' | 'bab' | 'bagian' | 'paragraf' | 'pasal' | 'ayat' | 'item' | 'penjelasanUmum' | 'penjelasanPasal' | 'lampiran';

/** Where in the kerangka a unit lies ("change": quoted inside a change item of Pasal I). */
export type Section = 'judul' | 'konsiderans' | 'dasarHukum' | 'body' | 'change' | 'penjelasan' | 'lampiran';

/** One unit the checks look at. */
export interface UnitRec {
  node: Node;
  uid: string;
  kind: UnitKind;
  section: Section;
  /** Position in document order. */
  order: number;
  /** The enclosing Pasal (the Pasal itself for a Pasal), or null. */
  pasal: UnitRec | null;
  /** For items: depth of the list they belong to (1 = a list directly in a Pasal or ayat). */
  listDepth: number;
  /** Display label ("Pasal 5 ayat (2) huruf b", "Judul", "Menimbang huruf a"). */
  label: string;
  /** Own text, once read (see `CheckRun.text`). */
  ownText?: string;
}

/** A span of a unit's own text. */
export interface Span {
  from: number;
  to: number;
}

/** The state of one run of the checks. */
export interface CheckRun {
  doc: Node;
  numbering: Numbering;
  units: UnitRec[];
  byUid: ReadonlyMap<string, UnitRec>;
  /** The BAB of the batang tubuh (not those quoted in change items), in order. */
  babs: UnitRec[];
  /** uids of units marked deleted (they are not walked). */
  deletedUids: ReadonlySet<string>;
  /** The penutup node. */
  penutup: Node | null;
  /** The diktum node. */
  diktum: Node | null;
  /** Own text of a unit (direct paragraphs joined with "\n"), cached for this run. */
  text(unit: UnitRec): string;
  /** Report a finding on a unit. */
  report(rule: RuleId, unit: UnitRec, message: string, span?: Span | null, severity?: Severity): void;
  /** The findings so far, with the document order of their unit. */
  findings: Array<{ order: number; finding: Finding }>;
}

const FIXED_LABEL: Partial<Record<string, string>> = {
  judul: 'Judul',
  penjelasanUmum: 'Penjelasan Umum',
};

/** Walk the document once and set up a run. */
export function createRun(doc: Node): CheckRun {
  const numbering = numberDocument(doc);
  const units: UnitRec[] = [];
  const byUid = new Map<string, UnitRec>();
  const babs: UnitRec[] = [];
  const deletedUids = new Set<string>();
  let penutup: Node | null = null;
  let diktum: Node | null = null;

  const add = (node: Node, uid: string, kind: UnitKind, section: Section, pasal: UnitRec | null, listDepth: number, label?: string): UnitRec => {
    const rec: UnitRec = {
      node, uid, kind, section, order: units.length, pasal, listDepth,
      label: label ?? numbering.get(uid)?.address ?? FIXED_LABEL[kind] ?? kind,
      ownText: undefined,
    };
    if (kind === 'pasal') rec.pasal = rec;
    units.push(rec);
    if (!byUid.has(uid)) byUid.set(uid, rec);
    return rec;
  };

  const walk = (node: Node, section: Section, pasal: UnitRec | null, listDepth: number): void => {
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i);
      const name = child.type.name;
      const uid = String(child.attrs.uid ?? '');
      if (child.attrs.deleted === true) {
        if (uid) deletedUids.add(uid);
        continue;
      }
      switch (name) {
        case 'judul':
          add(child, uid, 'judul', 'judul', null, 0);
          break;
        case 'konsiderans':
        case 'dasarHukum':
          walk(child, name, null, 0);
          break;
        case 'diktum':
          diktum = child;
          break;
        case 'penutup':
          penutup = child;
          break;
        case 'bab': {
          const rec = add(child, uid, 'bab', section, pasal, 0);
          if (section === 'body') babs.push(rec);
          walk(child, section, pasal, 0);
          break;
        }
        case 'bagian':
        case 'paragraf':
          add(child, uid, name, section, pasal, 0);
          walk(child, section, pasal, 0);
          break;
        case 'pasal': {
          const rec = add(child, uid, 'pasal', section, null, 0);
          walk(child, section, rec, 0);
          break;
        }
        case 'ayat':
          add(child, uid, 'ayat', section, pasal, 0);
          walk(child, section, pasal, 0);
          break;
        case 'list':
          walk(child, section, pasal, listDepth + 1);
          break;
        case 'item':
          add(child, uid, 'item', section, pasal, listDepth);
          walk(child, section, pasal, listDepth);
          break;
        case 'changeItem':
          walk(child, 'change', null, 0);
          break;
        case 'penjelasan': {
          const umum = child.firstChild;
          if (umum) add(umum, uid, 'penjelasanUmum', 'penjelasan', null, 0);
          walk(child, 'penjelasan', null, 0);
          break;
        }
        case 'penjelasanPasal':
          add(child, uid, 'penjelasanPasal', 'penjelasan', null, 0);
          break;
        case 'lampiran':
          add(child, uid, 'lampiran', 'lampiran', null, 0, String(child.attrs.title ?? 'Lampiran'));
          break;
        default:
          if (!child.isTextblock && !child.isLeaf) walk(child, section, pasal, listDepth);
      }
    }
  };
  walk(doc, 'body', null, 0);

  const findings: CheckRun['findings'] = [];
  const run: CheckRun = {
    doc, numbering, units, byUid, babs, deletedUids, penutup, diktum, findings,
    text(unit) {
      if (unit.ownText === undefined) unit.ownText = readOwnText(unit.node);
      return unit.ownText;
    },
    report(rule, unit, message, span, severity) {
      const info = ruleOf(rule);
      const f: Finding = {
        ruleId: rule, severity: severity ?? info.severity, uid: unit.uid, message, citation: info.citation,
        address: unit.label, pasalUid: unit.pasal?.uid ?? null,
      };
      if (span) {
        f.from = span.from;
        f.to = span.to;
      }
      findings.push({ order: unit.order, finding: f });
    },
  };
  return run;
}
