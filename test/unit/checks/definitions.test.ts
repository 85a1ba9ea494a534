/** Definitions in Pasal 1 (drafting-rules.md 1.5): defined twice, or never used. */
import { describe, expect, it } from 'vitest';
import { buildPerda } from '../../../src/model/doc-builders';
import { fillTemplate } from '../../../src/model/templates';
import { definedTerm } from '../../../src/checks/definition-lists';
import { findingsOf } from './helpers';

const perda = (definitions: string[], body: string[]) =>
  buildPerda({
    babs: [
      { title: 'KETENTUAN UMUM', pasal: [{ text: fillTemplate('ketentuanUmumPembuka'), list: { style: 'angka', items: definitions } }] },
      { title: 'PENCEGAHAN', pasal: body },
    ],
  });

describe('definitions', () => {
  it('reads the term and its short form', () => {
    expect(definedTerm('Badan Narkotika Nasional yang selanjutnya disingkat BNN adalah lembaga pemerintah.')).toEqual({ term: 'Badan Narkotika Nasional', short: 'BNN' });
    expect(definedTerm('Daerah adalah Kota Batam.')).toEqual({ term: 'Daerah', short: null });
    expect(definedTerm('Balai yang selanjutnya di singkat BPOM adalah balai.')).toEqual({ term: 'Balai', short: 'BPOM' });
    expect(definedTerm('yang bukan definisi.')).toBeNull();
  });

  it('flags a term defined twice', () => {
    const doc = perda(['Daerah adalah Kota Batam.', 'Wali Kota adalah Wali Kota Batam.', 'Daerah adalah daerah otonom.'], ['Wali Kota memimpin Daerah.']);
    const found = findingsOf(doc, 'definisi-ganda');
    expect(found.map((f) => [f.address, f.message])).toEqual([['Pasal 1 angka 3', '"Daerah" sudah didefinisikan dalam Pasal 1 angka 1.']]);
  });

  it('hints at a term used nowhere else; use by its short form or in other definitions counts', () => {
    const doc = perda(
      ['Daerah adalah Kota Batam.', 'Badan Narkotika Nasional yang selanjutnya disingkat BNN adalah lembaga.', 'Rehabilitasi Medis adalah pemulihan.', 'Pecandu adalah orang yang ketergantungan di Daerah.'],
      ['BNN melaksanakan pencegahan terhadap pecandu.'],
    );
    const found = findingsOf(doc, 'definisi-tidak-dipakai');
    expect(found.map((f) => [f.address, f.severity])).toEqual([['Pasal 1 angka 3', 'info']]);
    expect(found[0]!.message).toContain('"Rehabilitasi Medis"');
  });
});
