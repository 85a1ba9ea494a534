/**
 * The Daftar Inventarisasi Masalah (drafting-rules.md 5.2: no official DPRD template, so columns,
 * headings, row level and grouping are configurable). Default layout, as the issue asks:
 * No | Rancangan Peraturan Daerah (the unit's text) | Tanggapan/Usulan (grouped by fraksi) |
 * Keterangan. Rows are units in document order; threads whose text is gone come last, with
 * their original quote, so no comment is missing from the DIM.
 */
import type { Node } from 'prosemirror-model';
import { numberDocument } from '../model/numbering';
import { printedText } from './printed-text';
import type { ReportTable } from './report-table';
import type { ThreadView } from './thread-view';
import type { ReviewAuthor } from './types';

/** The columns a DIM can have. */
export type DimColumn = 'no' | 'unit' | 'rumusan' | 'tanggapan' | 'keterangan' | 'status';

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
    keterangan: 'Keterangan',
    status: 'Status',
  },
  level: 'pasal',
  rows: 'commented',
  grouping: 'single-column',
  includeResolved: true,
};

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
}

/** The group of an author: the fraksi, else the role, else "Lainnya". */
export function groupOf(a: ReviewAuthor): string {
  return a.fraksi?.trim() || a.role.trim() || 'Lainnya';
}

/** Text of one entry. */
function entryText(e: DimEntry, withUnit: boolean): string {
  const who = `${e.author.name}${e.author.role ? ` (${e.author.role})` : ''}`;
  const where = [withUnit && e.unitLabel ? e.unitLabel : '', e.quote ? `"${e.quote}"` : ''].filter(Boolean).join(' ');
  const lines = [`${who}${where ? ` — ${where}` : ''}: ${e.body}`];
  if (e.suggestion !== null) lines.push(`Usulan rumusan: ${e.suggestion}`);
  return lines.join('\n');
}

const STATUS_WORD: Record<string, string> = { open: 'terbuka', resolved: 'selesai' };

/** The DIM rows of `doc` for the placed threads. */
export function dimRows(doc: Node, views: readonly ThreadView[], config: DimConfig = DEFAULT_DIM_CONFIG): DimRow[] {
  const numbering = numberDocument(doc);
  const keyOf = (v: ThreadView): string | null => {
    if (v.placement.state !== 'anchored') return null;
    const uid = v.placement.unitUid;
    return config.level === 'pasal' ? (numbering.get(uid)?.pasalUid ?? uid) : uid;
  };
  const byKey = new Map<string, ThreadView[]>();
  const detached: ThreadView[] = [];
  for (const v of views) {
    if (!config.includeResolved && v.status === 'resolved') continue;
    const k = keyOf(v);
    if (k === null) detached.push(v);
    else byKey.set(k, [...(byKey.get(k) ?? []), v]);
  }
  const keys: string[] = [];
  if (config.rows === 'all-pasal') {
    for (const u of numbering.values()) if (u.type === 'pasal' && !u.deleted && u.pasalUid === u.uid) keys.push(u.uid);
    for (const k of byKey.keys()) if (!keys.includes(k)) keys.push(k);
  } else keys.push(...byKey.keys());
  const pos = new Map([...numbering.keys()].map((uid, i) => [uid, i]));
  keys.sort((a, b) => (pos.get(a) ?? 1e9) - (pos.get(b) ?? 1e9));

  const entry = (v: ThreadView): DimEntry => ({
    threadId: v.id,
    author: v.comment.author,
    unitLabel: v.unitLabel,
    quote: v.quote,
    body: v.comment.body,
    suggestion: v.suggestion?.text ?? null,
    status: v.status,
  });
  const row = (no: number, uid: string | null, label: string, rumusan: string, vs: ThreadView[], isDetached: boolean): DimRow => {
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
    if (isDetached) notes.push('Teks yang ditanggapi tidak ada lagi dalam naskah ini');
    return { no, unitUid: uid, unitLabel: label, rumusan, groups, keterangan: notes.join('; '), detached: isDetached };
  };
  const rows = keys.map((k, i) => row(i + 1, k, numbering.get(k)?.address ?? (byKey.get(k)?.[0]?.unitLabel ?? k), printedText(doc, k), byKey.get(k) ?? [], false));
  for (const v of detached) rows.push(row(rows.length + 1, null, `${v.anchor.label} (terlepas)`, v.quote ?? v.anchor.excerpt, [v], true));
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
