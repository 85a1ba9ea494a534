import { describe, expect, it } from 'vitest';
import { parseDocJson } from '../../../src/model/validate';
import { commentReportRows, commentReportTable } from '../../../src/review/comment-report';
import { DEFAULT_DIM_CONFIG, dimRows, dimTable } from '../../../src/review/dim';
import { replyAdded, statusSet, threadCreated } from '../../../src/review/events';
import { foldThreads } from '../../../src/review/fold';
import { anchorForUnit } from '../../../src/review/make-anchor';
import { tableToCsv, tableToHtml } from '../../../src/review/report-table';
import { placeThreads } from '../../../src/review/thread-view';
import { corpusDoc, PHRASE, replaceText, uidAt } from './fixtures';

const golkar = { name: 'Siti', role: 'Anggota DPRD', fraksi: 'Fraksi Golkar' };
const pdip = { name: 'Joko', role: 'Anggota DPRD', fraksi: 'Fraksi PDI Perjuangan' };
const pansus = { name: 'Dewi', role: 'Pansus' };

function setup() {
  const json = corpusDoc();
  const doc = parseDocJson(json);
  const t1 = threadCreated({ author: golkar, body: 'Perlu dipertegas, "siapa" <pengelola>?', anchor: anchorForUnit(doc, uidAt(doc, 'Pasal 12'), PHRASE), suggestion: 'wajib diusahakan secara kolektif' });
  const t2 = threadCreated({ author: pdip, body: 'Setuju.', anchor: anchorForUnit(doc, uidAt(doc, 'Pasal 12 ayat (1)')) });
  const t3 = threadCreated({ author: pansus, body: 'Tambahkan sepeda listrik.', anchor: anchorForUnit(doc, uidAt(doc, 'Pasal 13'), 'sepeda dan kendaraan bermotor') });
  const events = [t1, t2, t3, replyAdded({ author: { name: 'Rina', role: 'Perancang' }, threadId: t1.id, body: 'Akan dirumuskan ulang.' }), statusSet({ author: pdip, threadId: t2.id, status: 'resolved' })];
  // The Pasal 13 phrase is later deleted: its thread must still appear, detached.
  const edited = parseDocJson(replaceText(json, 'sepeda dan kendaraan bermotor', 'kendaraan'));
  return { doc: edited, views: placeThreads(edited, foldThreads(events)) };
}

describe('DIM and comment report', () => {
  it('one row per Pasal in document order, responses grouped by fraksi, the unit text with its markers, detached last', () => {
    const { doc, views } = setup();
    const rows = dimRows(doc, views);
    expect(rows.map((r) => [r.no, r.unitLabel, r.detached])).toEqual([[1, 'Pasal 12', false], [2, 'Pasal 13 (terlepas)', true]]);
    expect(rows[0]!.rumusan).toMatch(/^\(1\) Setiap bangunan umum wajib[^\n]*\n\(2\) Apabila penyediaan/);
    expect(rows[0]!.groups.map((g) => [g.group, g.entries.length])).toEqual([['Fraksi Golkar', 1], ['Fraksi PDI Perjuangan', 1]]);
    expect(rows[1]!.rumusan).toBe('sepeda dan kendaraan bermotor');
    expect(rows[1]!.groups[0]!.group).toBe('Pansus');
  });

  it('is configurable: per-unit rows, every Pasal, one column per fraksi, without resolved threads', () => {
    const { doc, views } = setup();
    const perUnit = dimRows(doc, views, { ...DEFAULT_DIM_CONFIG, level: 'unit' });
    expect(perUnit.map((r) => r.unitLabel)).toEqual(['Pasal 12', 'Pasal 12 ayat (1)', 'Pasal 13 (terlepas)']);
    const all = dimRows(doc, views, { ...DEFAULT_DIM_CONFIG, rows: 'all-pasal' });
    expect(all.length).toBe(41 + 1);
    expect(all.find((r) => r.unitLabel === 'Pasal 1')?.keterangan).toBe('tetap');
    const cfg = { ...DEFAULT_DIM_CONFIG, grouping: 'fraksi-columns' as const, columns: ['no' as const, 'unit' as const, 'tanggapan' as const], includeResolved: false };
    const table = dimTable(dimRows(doc, views, cfg), cfg);
    expect(table.headers).toEqual(['No', 'Pasal/Ayat', 'Tanggapan/Usulan Fraksi Golkar', 'Tanggapan/Usulan Pansus']);
  });

  it('renders HTML with escaping and CSV readable by spreadsheets', () => {
    const { doc, views } = setup();
    const table = dimTable(dimRows(doc, views));
    const html = tableToHtml(table);
    expect(html).toContain('<th>Rancangan Peraturan Daerah</th>');
    expect(html).toContain('&quot;siapa&quot; &lt;pengelola&gt;?');
    expect(html).not.toContain('<pengelola>');
    const csv = tableToCsv(table);
    expect(csv.startsWith('\uFEFFNo,Rancangan Peraturan Daerah,Tanggapan/Usulan,Keterangan\r\n')).toBe(true);
    expect(csv).toContain('""siapa""');
    const report = commentReportTable(commentReportRows(views));
    expect(report.rows.map((r) => r[0])).toEqual(['Pasal 12', 'Pasal 12', 'Terlepas']);
    expect(report.rows[0]!.join('|')).toContain('Akan dirumuskan ulang.');
  });
});
