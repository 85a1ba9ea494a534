/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit raw ProseMirror JSON of arbitrary shape */
/** Penjelasan pasal demi pasal (drafting-rules.md 1.11), empty units and placeholders. */
import { describe, expect, it } from 'vitest';
import { buildPerda } from '../../../src/model/doc-builders';
import { perdaSchema } from '../../../src/model/schema';
import { newPerdaSkeleton } from '../../../src/model/skeleton';
import { SAMPLE_REGION } from '../../../src/model/doc-builders';
import { runChecks } from '../../../src/checks';
import { findingsOf } from './helpers';

describe('penjelasan-pasal', () => {
  it('asks for an entry for every Pasal when the Perda has a Penjelasan', () => {
    const doc = buildPerda({ penjelasan: true, pasal: ['Ketentuan pertama.', 'Ketentuan kedua.'] });
    expect(findingsOf(doc, 'penjelasan-pasal')).toEqual([]);
    const json = doc.toJSON();
    const pdp = json.content.find((n: any) => n.type === 'penjelasan').content[1];
    pdp.content[1].attrs.target = 'tidak-ada';
    pdp.content[1].attrs.label = 'Pasal 2';
    const broken = perdaSchema.nodeFromJSON(json);
    // In document order: the Pasal in the batang tubuh, then the orphaned entry in the Penjelasan.
    expect(findingsOf(broken, 'penjelasan-pasal').map((f) => f.message)).toEqual([
      'Pasal 2 belum mempunyai penjelasan pasal demi pasal; tulis "Cukup jelas." bila tidak memerlukan penjelasan.',
      'Penjelasan "Pasal 2" tidak terhubung ke Pasal mana pun dalam batang tubuh (Pasalnya sudah tidak ada atau nomornya tidak cocok).',
    ]);
  });

  it('says nothing when there is no Penjelasan', () => {
    expect(findingsOf(buildPerda({ pasal: ['Ketentuan pertama.'] }), 'penjelasan-pasal')).toEqual([]);
  });
});

describe('unit-kosong and tempat-isian', () => {
  it('flags empty Pasal and ayat, and placeholders as hints', () => {
    const doc = buildPerda({ pasal: ['', { ayat: ['Ketentuan ….', ''] }] });
    expect(findingsOf(doc, 'unit-kosong').map((f) => [f.message, f.severity])).toEqual([
      ['Pasal 1 masih kosong.', 'warning'],
      ['Pasal 2 ayat (2) masih kosong.', 'warning'],
    ]);
    // (The builder's default Menimbang and Mengingat hold placeholders too.)
    expect(findingsOf(doc, 'tempat-isian').filter((f) => f.pasalUid).map((f) => [f.address, f.severity])).toEqual([['Pasal 2 ayat (1)', 'info']]);
  });

  it('a new skeleton gets hints only (placeholders, unused definitions), never a warning or error', () => {
    const doc = newPerdaSkeleton({ title: 'Fasilitasi Pencegahan Narkotika', mode: 'penggantian', region: SAMPLE_REGION });
    const found = runChecks(doc);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.address} ${f.message}`)).toEqual([]);
    expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(['tempat-isian', 'definisi-tidak-dipakai']));
  });
});
