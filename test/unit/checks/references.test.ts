/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit raw ProseMirror JSON of arbitrary shape */
/** Cross-references (drafting-rules.md 2.2, 2.3): broken, deleted, "dalam" vs "pada". */
import { describe, expect, it } from 'vitest';
import { buildPerda, freezeAsBase } from '../../../src/model/doc-builders';
import { perdaSchema } from '../../../src/model/schema';
import { findingsOf, spanText } from './helpers';

describe('live references', () => {
  it('accepts "pada ayat (1)" in the same Pasal and "dalam Pasal 1" elsewhere', () => {
    const doc = buildPerda({
      pasal: [
        { uid: 'p1', text: 'Pemerintah Daerah melaksanakan pencegahan.' },
        { ayat: [{ uid: 'a1', text: 'Pencegahan dilakukan secara terpadu.' }, ['Pencegahan sebagaimana dimaksud pada ', { ref: 'a1', text: 'ayat (1)' }, ' dan pencegahan sebagaimana dimaksud dalam ', { ref: 'p1', text: 'Pasal 1' }, ' dilaporkan.']] },
      ],
    });
    expect(findingsOf(doc, 'acuan-dalam-pada')).toEqual([]);
    expect(findingsOf(doc, 'acuan-rusak')).toEqual([]);
  });

  it('flags "dalam" for an ayat of the same Pasal and "pada" for another Pasal, at the preposition', () => {
    const doc = buildPerda({
      pasal: [
        { uid: 'p1', text: 'Pemerintah Daerah melaksanakan pencegahan.' },
        { ayat: [{ uid: 'a1', text: 'Pencegahan dilakukan secara terpadu.' }, ['Pencegahan sebagaimana dimaksud dalam ', { ref: 'a1', text: 'ayat (1)' }, ' dan sebagaimana dimaksud pada ', { ref: 'p1', text: 'Pasal 1' }, ' dilaporkan.']] },
      ],
    });
    const found = findingsOf(doc, 'acuan-dalam-pada');
    expect(found.map((f) => [f.address, spanText(doc, f)])).toEqual([['Pasal 2 ayat (2)', 'dalam'], ['Pasal 2 ayat (2)', 'pada']]);
    expect(found[0]!.message).toMatch(/sebagaimana dimaksud pada/);
    expect(found[1]!.message).toMatch(/sebagaimana dimaksud dalam/);
    expect(found[0]!.citation).toMatch(/2\.2/);
  });

  it('reports a reference whose target is gone as an error', () => {
    const doc = buildPerda({ pasal: ['Ketentuan pertama.', ['Sebagaimana dimaksud dalam ', { ref: 'hilang', text: 'Pasal 9' }, '.']] });
    const found = findingsOf(doc, 'acuan-rusak');
    expect(found.map((f) => [f.address, f.severity, spanText(doc, f)])).toEqual([['Pasal 2', 'error', 'Pasal 9']]);
  });

  it('warns about a reference to a unit marked "Dihapus." (perubahan mode)', () => {
    const base = freezeAsBase(buildPerda({ pasal: [{ uid: 'p1', text: 'Ketentuan pertama.' }, { uid: 'p2', text: 'Ketentuan kedua.' }, ['Sebagaimana dimaksud dalam ', { ref: 'p2', text: 'Pasal 2' }, '.']] }));
    const json = base.toJSON();
    const body = json.content.find((n: any) => n.type === 'batangTubuh');
    body.content[1].attrs.deleted = true;
    const doc = perdaSchema.nodeFromJSON(json);
    const found = findingsOf(doc, 'acuan-dihapus');
    expect(found.map((f) => [f.address, f.message])).toEqual([['Pasal 3', 'Acuan ke Pasal 2, yang sudah dihapus ("Dihapus.").']]);
  });
});

describe('references written as text', () => {
  it('flags addresses that name no unit, but not references to other regulations', () => {
    const doc = buildPerda({
      pasal: [
        'Ketentuan pertama.',
        { ayat: ['Ketentuan sebagaimana dimaksud dalam Pasal 1 dan Pasal 7 berlaku.', 'Sesuai Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 dan ayat (3) ini.'] },
      ],
    });
    const found = findingsOf(doc, 'acuan-rusak');
    expect(found.map((f) => [f.address, spanText(doc, f), f.severity])).toEqual([
      ['Pasal 2 ayat (1)', 'Pasal 7', 'warning'],
      ['Pasal 2 ayat (2)', 'ayat (3)', 'warning'],
    ]);
  });

  it('checks the preposition of text references too', () => {
    const doc = buildPerda({ pasal: ['Ketentuan pertama.', { ayat: ['Ketentuan kedua.', 'Sebagaimana dimaksud pada Pasal 1 dan sebagaimana dimaksud dalam ayat (1).'] }] });
    expect(findingsOf(doc, 'acuan-dalam-pada').map((f) => spanText(doc, f))).toEqual(['pada', 'dalam']);
  });
});
