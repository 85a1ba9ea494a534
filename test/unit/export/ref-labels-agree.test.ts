/**
 * One reference label everywhere (drafting-rules.md 2.2): the editor's live label, the printed
 * export and the label the amending instrument restates are the same function, so a reference
 * inside the same ayat, inside the same Pasal and to another Pasal read alike in all three.
 */
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { computeNumberingState } from '../../../renderer/editor/numbering-plugin';
import { exportHtml } from '../../../src/export/export-html';
import { refLabel } from '../../../src/model/labels';
import { perdaSchema } from '../../../src/model/schema';
import { ayat, bab, item, list, para, pasal, perdaDoc } from '../renderer/fixtures';

type J = Record<string, unknown>;
const ref = (target: string): J => ({ type: 'ref', attrs: { target, to: null, text: 'lama' } });
const refPara = (...parts: Array<string | J>): J => ({
  type: 'para',
  content: parts.map((p) => (typeof p === 'string' ? { type: 'text', text: p } : p)),
});
const uid = (node: J, id: string): J => ({
  ...node,
  attrs: { uid: id, baseNum: null, deleted: false },
});

/** Pasal 1: ayat (1) with huruf a-c (c refers to a), ayat (2) refers to ayat (1) huruf b; Pasal 2 refers to Pasal 1 ayat (1) huruf a. */
function doc(): Node {
  const json = perdaDoc(
    bab(
      'KETENTUAN UMUM',
      uid(
        pasal(
          uid(
            ayat(
              para('Izin meliputi:'),
              list(
                uid(item(para('izin usaha;')), 'ha'),
                uid(item(para('izin lokasi; dan')), 'hb'),
                uid(
                  item(refPara('izin lain selain izin sebagaimana dimaksud pada ', ref('ha'), '.')),
                  'hc',
                ),
              ),
            ),
            'a1',
          ),
          uid(
            ayat(refPara('Izin sebagaimana dimaksud pada ', ref('hb'), ' berlaku 5 (lima) tahun.')),
            'a2',
          ),
        ),
        'p1',
      ),
      uid(
        pasal(refPara('Izin sebagaimana dimaksud dalam ', ref('ha'), ' diberikan oleh Wali Kota.')),
        'p2',
      ),
    ),
  );
  return perdaSchema.nodeFromJSON(json);
}

const EXPECTED = ['huruf a', 'ayat (1) huruf b', 'Pasal 1 ayat (1) huruf a'];

describe('reference labels', () => {
  it('are the same in the editor, in the export and in the model', () => {
    const d = doc();
    const editor = computeNumberingState(d)
      .decorations.find()
      .map((deco) => (deco.spec as { refLabel?: string }).refLabel)
      .filter((l): l is string => l !== undefined);
    expect(editor).toEqual(EXPECTED);
    const html = exportHtml(d).replace(/<[^>]+>/g, '');
    expect(html).toContain('sebagaimana dimaksud pada huruf a.');
    expect(html).toContain('sebagaimana dimaksud pada ayat (1) huruf b berlaku');
    expect(html).toContain('sebagaimana dimaksud dalam Pasal 1 ayat (1) huruf a diberikan');
    expect([refLabel(d, 'hc', 'ha'), refLabel(d, 'a2', 'hb'), refLabel(d, 'p2', 'ha')]).toEqual(
      EXPECTED,
    );
  });
});
