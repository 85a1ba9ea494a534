/**
 * A Lampiran's heading restates the Perda ("PERATURAN DAERAH KABUPATEN BANJARNEGARA / NOMOR 8
 * TAHUN 2025 / TENTANG / PERUBAHAN ATAS ...") and is printed from the Judul, so the importer lists
 * it as removed rather than keeping it as Lampiran text; and a Lampiran that carries its own
 * signature is not signed again on export. Together: the real Banjarnegara Perda exported to Word
 * and imported again compares with the original without a single changed row (it used to add
 * thousands of "Nomor berubah" rows through a duplicated heading).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { exportDocx } from '../../../src/export/index';
import { importBuffer, parseText } from '../../../src/parse/index';
import { corpusDir } from '../../helpers/paths';

const BANJARNEGARA = 'perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt';

describe('Lampiran heading', () => {
  const imported = parseText(fs.readFileSync(path.join(corpusDir, BANJARNEGARA), 'utf8'));

  it('is listed as removed, and each Lampiran starts with its own title', () => {
    const lampiran: string[] = [];
    imported.doc.forEach((n) => { if (n.type.name === 'lampiran') lampiran.push(`${String(n.attrs.title)}: ${n.firstChild?.textContent.trim() ?? ''}`); });
    expect(lampiran).toEqual(['LAMPIRAN I: STRUKTUR DAN BESARAN TARIF RETRIBUSI JASA UMUM', 'LAMPIRAN II: STRUKTUR DAN BESARAN TARIF RETRIBUSI JASA USAHA']);
    const heading = imported.removed.filter((r) => r.reason.startsWith('kepala lampiran'));
    expect(heading.map((r) => r.text.trim()).slice(0, 6)).toEqual(['PERATURAN DAERAH KABUPATEN BANJARNEGARA', 'NOMOR 8 TAHUN 2025', 'TENTANG', 'PERUBAHAN ATAS PERATURAN DAERAH NOMOR 8', 'TAHUN 2023 TENTANG PAJAK DAERAH DAN', 'RETRIBUSI DAERAH']);
    expect(heading).toHaveLength(12);
  });

  it('survives a Word round trip: the exported text compares with the original unchanged throughout', async () => {
    const bytes = await exportDocx(imported.doc);
    const again = await importBuffer(bytes, 'banjarnegara.docx');
    const json = comparisonToJson(compareDocs(imported.doc, again.doc));
    expect(json.units.filter((u) => u.status !== 'unchanged')).toEqual([]);
    expect(json.other.filter((o) => o.status !== 'unchanged')).toEqual([]);
  }, 60_000);
});
