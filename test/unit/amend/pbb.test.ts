/**
 * A real amending instrument as damaged as a web page leaves one: UU 12/1994 applied to UU 12/1985
 * on Pajak Bumi dan Bangunan (test/fixtures/amend, both as the page gives them). The instrument
 * lacks its Judul; its persetujuan, "MEMUTUSKAN :", the Menetapkan line and "Pasal I" with its
 * first sentence are run into the last Mengingat item; the quoted Pasal 3's ayat (2) to (4) are
 * run into its last huruf.
 * Checked against the consolidated text a reader makes from both.
 */
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { applyNewInstrument } from '../../../src/amend/applied-instrument';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { readAmendFixture } from '../../helpers/amend-fixture';

const parse = (f: string) => readAmendFixture(f);
const base = parse('uu-1985-12-pbb.txt').doc;
const imported = parse('uu-1994-12-perubahan-pbb.txt');
const applied = applyInstrument(base, imported.doc);
const lines = consolidatedText(applied.doc).split('\n').map((l) => l.trim());

describe('UU 12/1994 applied to UU 12/1985 (Pajak Bumi dan Bangunan), from a web page\'s text', () => {
  it('reads the instrument though its diktum and Pasal I run into the last Mengingat item', () => {
    expect(imported.kind).toBe('amendment');
    // The persetujuan ("Dengan persetujuan DEWAN …", its p in lower case) is no words of the last Mengingat item.
    const mengingat: string[] = [];
    imported.doc.descendants((n) => {
      if (n.type.name === 'dasarHukum') n.forEach((item) => mengingat.push(item.textContent));
      return n.type.name !== 'batangTubuh';
    });
    expect(mengingat.at(-1)).toMatch(/Tambahan Lembaran Negara Nomor 3312\);$/);
    expect(applied.report.map((r) => `${r.item} ${r.status} ${r.units.join(', ')}`)).toEqual([
      '1 applied Pasal 3 ayat (3), Pasal 3 ayat (4)',
      '2 applied Pasal 17',
      '3 applied Pasal 23',
      '4 applied Pasal 27',
    ]);
  });

  it('restates Pasal 3 with the four ayat the item quotes, the three run into its last huruf set apart', () => {
    const from = lines.indexOf('Pasal 3');
    const to = lines.indexOf('BAB III');
    const ayat = lines.slice(from + 1, to).flatMap((l) => /^\(\d\)/.exec(l)?.[0] ?? []);
    expect(ayat).toEqual(['(1)', '(2)', '(3)', '(4)']);
    expect(lines.slice(from + 1, to).find((l) => l.startsWith('(3)'))).toMatch(/^\(3\) Besarnya Nilai Jual Objek Pajak Tidak Kena Pajak ditetapkan sebesar Rp\.8\.000\.000,00/);
  });

  it('compared with its base, reads exactly the Pasal the instrument changes and deletes', () => {
    const a = applyNewInstrument(base, imported.doc)!;
    expect([a.applied, a.total]).toEqual([4, 4]);
    const j = comparisonToJson(compareDocs(base, a.doc));
    const by = (s: string) => j.units.filter((u) => u.status === s).map((u) => u.new ?? u.old);
    expect(by('changed')).toEqual(['Pasal 3', 'Pasal 23']);
    expect(by('deleted')).toEqual(['Pasal 17', 'Pasal 27']);
    expect(j.summary).toMatchObject({ unchanged: 27, changed: 2, inserted: 0, deleted: 2, moved: 0, renumbered: 0 });
  });
});
