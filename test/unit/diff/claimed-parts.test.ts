/**
 * A part worded the same in another Pasal beats a weak pairing inside its own Pasal pair, and the
 * pair's other parts are aligned again without it; a firm pairing keeps its part.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { buildPerda } from '../../../src/model/doc-builders';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const read = (f: string) => parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8')).doc;

describe('parts worded the same in another Pasal', () => {
  it('Surabaya new Pasal 4: ayat (3) is old Pasal 3 ayat (1) moved, and old Pasal 2 ayat (1) is new ayat (1)', () => {
    const c = compareDocs(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'));
    const row = c.pasal.find((r) => r.new?.label === 'Pasal 4')!;
    expect(row.parts.map((p) => `${p.status} ${p.old?.label ?? '-'} -> ${p.new?.label ?? '-'}`)).toEqual([
      'changed Pasal 2 ayat (1) -> Pasal 4 ayat (1)',
      'changed Pasal 2 ayat (2) -> Pasal 4 ayat (2)',
      'moved Pasal 3 ayat (1) -> Pasal 4 ayat (3)',
      // Its items went with it, renamed (`moved-holders.ts`): "Parkir di Tepi Jalan Umum" / "parkir di dalam Ruang Milik Jalan".
      'changed Pasal 3 ayat (1) huruf a -> Pasal 4 ayat (3) huruf a',
      'changed Pasal 3 ayat (1) huruf b -> Pasal 4 ayat (3) huruf b',
    ]);
    // Its row quotes old 3(1) beside it, the words unmarked (they moved unchanged); the Pasal's
    // own redline marks it inserted, as it is new to Pasal 4.
    const moved = row.parts.find((p) => p.new?.label === 'Pasal 4 ayat (3)')!;
    expect(moved.segments.map((g) => g.op)).toEqual(['equal']);
    expect(moved.segments[0]!.old).toBe('Penyelenggaraan tempat parkir oleh Pemerintah Daerah meliputi :');
    expect(row.segments.some((g) => g.op === 'insert' && g.text.includes('Penyelenggaraan tempat parkir oleh Pemerintah Daerah meliputi:'))).toBe(true);
    // Old Pasal 3 is new Pasal 10 (golden fixture): its row says where its ayat (1) went, and pairs its ayat (3), the delegation, with new ayat (5).
    const rest = c.pasal.find((r) => r.old?.label === 'Pasal 3')!;
    expect(rest.new?.label).toBe('Pasal 10');
    expect(rest.parts.filter((p) => p.old?.label?.startsWith('Pasal 3 ayat (1)') || p.old?.label === 'Pasal 3 ayat (3)').map((p) => `${p.status} ${p.old?.label} -> ${p.new?.label}`)).toEqual([
      'moved Pasal 3 ayat (1) -> Pasal 4 ayat (3)',
      'changed Pasal 3 ayat (1) huruf a -> Pasal 4 ayat (3) huruf a',
      'changed Pasal 3 ayat (1) huruf b -> Pasal 4 ayat (3) huruf b',
      'changed Pasal 3 ayat (3) -> Pasal 10 ayat (5)',
    ]);
    // Old huruf b, "Tempat Khusus Parkir.", no longer pairs with new Pasal 10 ayat (2) huruf b, "Parkir TKP Valet;", which reads inserted.
    expect(rest.parts.find((p) => p.new?.label === 'Pasal 10 ayat (2) huruf b')?.status).toBe('inserted');
  });

  it('a part edited in place (firmly paired) stays paired though a deleted Pasal holds its new wording', () => {
    const kept = 'Setiap penyelenggara tempat parkir wajib menyediakan karcis parkir yang sah bagi pengguna jasa parkir di wilayah Kota Batam.';
    const edited = 'Setiap penyelenggara tempat parkir wajib menyediakan karcis parkir yang sah bagi setiap pengguna jasa parkir di Kota Batam.';
    const other = 'Wali Kota melakukan pembinaan terhadap penyelenggara tempat parkir secara berkala.';
    const old = buildPerda({ babs: [{ title: 'PENYELENGGARAAN', pasal: [
      { uid: 'a', ayat: [kept, other] },
      { uid: 'b', ayat: [edited, 'Pelanggaran terhadap kewajiban tersebut dikenai sanksi administratif berupa teguran tertulis.'] },
    ] }] });
    const neu = buildPerda({ babs: [{ title: 'PENYELENGGARAAN', pasal: [{ uid: 'x', ayat: [edited, other] }] }] });
    const c = compareDocs(old, neu);
    const row = c.pasal.find((r) => r.new?.label === 'Pasal 1')!;
    expect(row.parts.map((p) => `${p.status} ${p.old?.label ?? '-'} -> ${p.new?.label ?? '-'}`)).toEqual([
      'changed Pasal 1 ayat (1) -> Pasal 1 ayat (1)',
      'unchanged Pasal 1 ayat (2) -> Pasal 1 ayat (2)',
    ]);
  });
});
