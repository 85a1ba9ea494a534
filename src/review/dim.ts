/**
 * The Daftar Inventarisasi Masalah (drafting-rules.md 5.2: no official DPRD template, so columns,
 * headings, row level and grouping are configurable). Default layout, as the issue asks:
 * No | Rancangan Peraturan Daerah (the unit's text) | Tanggapan/Usulan (grouped by fraksi) |
 * Keterangan; the column "Jenis" (tetap / redaksional / substansi / substansi baru / hapus, the
 * recommended schema of 5.2) can be added. Rows are units of the draft in document order, then
 * units of the base text commented on in the comparison ("Pasal 9 (naskah lama)"); threads
 * whose text is gone come last, with their original quote, so no comment is missing from the DIM.
 */
import type { Node } from 'prosemirror-model';
import { numberDocument, type Numbering } from '../model/numbering';
import { sideLabel, type AnchorSide } from './anchor-side';
import { printedText } from './printed-text';
import type { ReportTable } from './report-table';
import type { ThreadView } from './thread-view';
import type { ResponseKind, ReviewAuthor } from './types';

/** The columns a DIM can have. */
export type DimColumn = 'no' | 'unit' | 'rumusan' | 'tanggapan' | 'jenis' | 'keterangan' | 'status';

/** How the DIM is laid out. */
export interface DimConfig {
  /** Columns in order. */
  columns: DimColumn[];
  /** Column headings (defaults below). */
  headings: Record<DimColumn, string>;
  /** One row per Pasal (default) or per unit commented on (ayat, huruf …). */
  level: 'pasal' | 'unit';
  /** Rows for commented units only (default) or for every Pasal (the "tetap" rows too). */
  rows: 'commented' | 'all-pasal';
  /** Tanggapan in one column with fraksi headings (default), or one column per fraksi. */
  grouping: 'single-column' | 'fraksi-columns';
  /** Include resolved threads (default true). */
  includeResolved: boolean;
}

/** The default DIM layout. */
export const DEFAULT_DIM_CONFIG: DimConfig = {
  columns: ['no', 'rumusan', 'tanggapan', 'keterangan'],
  headings: {
    no: 'No',
    unit: 'Pasal/Ayat',
    rumusan: 'Rancangan Peraturan Daerah',
    tanggapan: 'Tanggapan/Usulan',
    jenis: 'Jenis',
    keterangan: 'Keterangan',
    status: 'Status',
  },
  level: 'pasal',
  rows: 'commented',
  grouping: 'single-column',
  includeResolved: true,
};

/** DIM options as a caller gives them: any subset, headings too. */
export type DimConfigInput = Omit<Partial<DimConfig>, 'headings'> & { headings?: Partial<Record<DimColumn, string>> };

/** A full DIM layout from partial options (the defaults fill the rest). */
export function dimConfigFrom(partial: DimConfigInput | undefined): DimConfig {
  const headings = { ...DEFAULT_DIM_CONFIG.headings };
  for (const [k, v] of Object.entries(partial?.headings ?? {}) as Array<[DimColumn, string | undefined]>) if (v !== undefined) headings[k] = v;
  return { ...DEFAULT_DIM_CONFIG, ...partial, headings };
}

/** One response in a DIM row. */
export interface DimEntry {
  threadId: string;
  author: ReviewAuthor;
  /** The unit commented on, when finer than the row ("ayat (2)"). */
  unitLabel: string;
  quote: string | null;
  body: string;
  suggestion: string | null;
  status: string;
  /** The kind of response ("Jenis"), or null when not chosen. */
  jenis: ResponseKind | null;
}

/** A DIM row. */
export interface DimRow {
  no: number;
  unitUid: string | null;
  unitLabel: string;
  rumusan: string;
  /** Responses by group (fraksi, else role), groups in first-appearance order. */
  groups: Array<{ group: string; entries: DimEntry[] }>;
  keterangan: string;
  detached: boolean;
  /** The document of the row's unit: the draft, or the base text for a unit commented on in the comparison. */
  side: AnchorSide;
  /** The kinds of the row's responses in order ("tetap" for a Pasal nobody commented on). */
  jenis: ResponseKind[];
}

/** The group of an author: the fraksi, else the role, else "Lainnya". */
export function groupOf(a: ReviewAuthor): string {
  return a.fraksi?.trim() || a.role.trim() || 'Lainnya';
}

/** Text of one entry. */
function entryText(e: DimEntry, withUnit: boolean): string {
  const who = `${e.author.name}${e.author.role ? ` (${e.author.role})` : ''}`;
  const where = [withUnit && e.unitLabel ? e.unitLabel : '', e.quote ? `"${e.quote}"` : ''].filter(Boolean).join(' ');
  const kind = e.jenis ? ` [${e.jenis}]` : '';
  const lines = [`${who}${where ? ` — ${where}` : ''}${kind}: ${e.body}`];
  if (e.suggestion !== null) lines.push(`Usulan rumusan: ${e.suggestion}`);
  return lines.join('\n');
}

const STATUS_WORD: Record<string, string> = { open: 'terbuka', resolved: 'selesai' };

/**
 * The kind of a thread's response: the one the reviewer chose; else "hapus" for a proposed
 * wording that removes the text; else null (to be settled in the meeting).
 */
export function jenisOf(v: ThreadView): ResponseKind | null {
  if (v.jenis) return v.jenis;
  if (v.suggestion && v.suggestion.text.trim() === '') return 'hapus';
  return null;
}

/** The rows of one document: threads by row key (a unit, or its Pasal). */
interface SideRows {
  side: AnchorSide;
  /** Null for the base when the caller has no base document: rows then use the anchors' excerpts. */
  doc: Node | null;
  numbering: Numbering;
  byKey: Map<string, ThreadView[]>;
}

/**
 * The DIM rows of `doc` for the placed threads; `base` is the base text, for threads anchored
 * to it (without it their rows show the excerpt kept in the anchor).
 */
export function dimRows(doc: Node, views: readonly ThreadView[], config: DimConfig = DEFAULT_DIM_CONFIG, base: Node | null = null): DimRow[] {
  const sideRows = (side: AnchorSide, d: Node | null): SideRows => ({ side, doc: d, numbering: d ? numberDocument(d) : new Map(), byKey: new Map() });
  const draft = sideRows('draft', doc);
  const old = sideRows('base', base);
  const detached: ThreadView[] = [];
  for (const v of views) {
    if (!config.includeResolved && v.status === 'resolved') continue;
    const rowsOf = v.side === 'base' ? old : draft;
    if (v.placement.state !== 'anchored') {
      detached.push(v);
      continue;
    }
    const uid = v.placement.unitUid;
    const k = config.level === 'pasal' ? (rowsOf.numbering.get(uid)?.pasalUid ?? uid) : uid;
    rowsOf.byKey.set(k, [...(rowsOf.byKey.get(k) ?? []), v]);
  }
  const orderedKeys = (r: SideRows, allPasal: boolean): string[] => {
    const keys: string[] = [];
    if (allPasal) {
      for (const u of r.numbering.values()) if (u.type === 'pasal' && !u.deleted && u.pasalUid === u.uid) keys.push(u.uid);
      for (const k of r.byKey.keys()) if (!keys.includes(k)) keys.push(k);
    } else keys.push(...r.byKey.keys());
    const pos = new Map([...r.numbering.keys()].map((uid, i) => [uid, i]));
    return keys.sort((a, b) => (pos.get(a) ?? 1e9) - (pos.get(b) ?? 1e9));
  };

  const entry = (v: ThreadView): DimEntry => ({
    threadId: v.id,
    author: v.comment.author,
    unitLabel: v.unitLabel,
    quote: v.quote,
    body: v.comment.body,
    suggestion: v.suggestion?.text ?? null,
    status: v.status,
    jenis: jenisOf(v),
  });
  const row = (no: number, uid: string | null, label: string, rumusan: string, vs: ThreadView[], side: AnchorSide, isDetached: boolean): DimRow => {
    const groups: DimRow['groups'] = [];
    for (const v of vs) {
      const g = groupOf(v.comment.author);
      const hit = groups.find((x) => x.group === g);
      if (hit) hit.entries.push(entry(v));
      else groups.push({ group: g, entries: [entry(v)] });
    }
    const open = vs.filter((v) => v.status === 'open').length;
    const notes: string[] = [];
    if (vs.length === 0) notes.push('tetap');
    else notes.push(`${vs.length} tanggapan (${open} terbuka, ${vs.length - open} selesai)`);
    for (const v of vs) {
      if (v.suggestion && v.suggestion.state !== 'pending') notes.push(`Usulan ${v.comment.author.name} ${v.suggestion.state === 'accepted' ? 'diterima' : 'ditolak'}`);
    }
    if (side === 'base' && !isDetached) notes.push('Tanggapan atas rumusan naskah lama');
    if (isDetached) notes.push(side === 'base' ? 'Teks yang ditanggapi tidak ada lagi dalam naskah lama' : 'Teks yang ditanggapi tidak ada lagi dalam naskah ini');
    const kinds = vs.length === 0 ? ['tetap' as const] : [...new Set(vs.map(jenisOf).filter((k): k is ResponseKind => k !== null))];
    return { no, unitUid: uid, unitLabel: label, rumusan, groups, keterangan: notes.join('; '), detached: isDetached, side, jenis: kinds };
  };
  const rows: DimRow[] = [];
  for (const r of [draft, old]) {
    for (const k of orderedKeys(r, config.rows === 'all-pasal' && r.side === 'draft')) {
      const vs = r.byKey.get(k) ?? [];
      const label = sideLabel(r.numbering.get(k)?.address ?? vs[0]?.unitLabel ?? k, r.side);
      const rumusan = r.doc ? printedText(r.doc, k) : (vs[0]?.anchor.excerpt ?? '');
      rows.push(row(rows.length + 1, k, label, rumusan, vs, r.side, false));
    }
  }
  for (const v of detached) rows.push(row(rows.length + 1, null, `${sideLabel(v.anchor.label, v.side)} (terlepas)`, v.quote ?? v.anchor.excerpt, [v], v.side, true));
  return rows;
}

/** The DIM as a report table. */
export function dimTable(rows: readonly DimRow[], config: DimConfig = DEFAULT_DIM_CONFIG, subtitle: string[] = []): ReportTable {
  const fraksi = [...new Set(rows.flatMap((r) => r.groups.map((g) => g.group)))];
  const withUnit = config.level === 'pasal';
  const headers: string[] = [];
  for (const c of config.columns) {
    if (c === 'tanggapan' && config.grouping === 'fraksi-columns') headers.push(...fraksi.map((f) => `${config.headings.tanggapan} ${f}`));
    else headers.push(config.headings[c]);
  }
  const cells = (r: DimRow): string[] => {
    const out: string[] = [];
    for (const c of config.columns) {
      switch (c) {
        case 'no': out.push(String(r.no)); break;
        case 'unit': out.push(r.unitLabel); break;
        case 'rumusan': out.push(config.columns.includes('unit') ? r.rumusan : `${r.unitLabel}\n${r.rumusan}`); break;
        case 'keterangan': out.push(r.keterangan); break;
        case 'jenis': out.push(r.jenis.join(', ')); break;
        case 'status': out.push([...new Set(r.groups.flatMap((g) => g.entries.map((e) => STATUS_WORD[e.status] ?? e.status)))].join(', ')); break;
        case 'tanggapan':
          if (config.grouping === 'fraksi-columns') {
            for (const f of fraksi) out.push((r.groups.find((g) => g.group === f)?.entries ?? []).map((e) => entryText(e, withUnit)).join('\n\n'));
          } else {
            out.push(r.groups.map((g) => `${g.group}:\n${g.entries.map((e) => entryText(e, withUnit)).join('\n')}`).join('\n\n'));
          }
          break;
      }
    }
    return out;
  };
  return { title: 'DAFTAR INVENTARISASI MASALAH', subtitle, headers, rows: rows.map(cells) };
}
