/**
 * One reference label everywhere (drafting-rules.md 2.2): the editor's live label, the printed
 * export and the label the amending instrument restates are the same function, so a reference
 * inside the same ayat, inside the same Pasal and to another Pasal read alike in all three.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { computeNumberingState } from '../../../renderer/editor/numbering-plugin';
import { consolidatedText } from '../../../src/amend/index';
import { exportHtml } from '../../../src/export/export-html';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
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

/** Pasal 1: ayat (1) with huruf a-c (c refers to a), ayat (2) refers to ayat (1) huruf b; Pasal 2 (`pasal2`) refers to Pasal 1 ayat (1) huruf a. */
function doc(pasal2: J = refPara('Izin sebagaimana dimaksud dalam ', ref('ha'), ' diberikan oleh Wali Kota.')): Node {
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
      uid(pasal(pasal2), 'p2'),
    ),
  );
  return perdaSchema.nodeFromJSON(json);
}

/** The labels the editor shows for the references of `d`, in document order. */
const editorLabels = (d: Node) =>
  computeNumberingState(d)
    .decorations.find()
    .map((deco) => (deco.spec as { refLabel?: string }).refLabel)
    .filter((l): l is string => l !== undefined);

const EXPECTED = ['huruf a', 'ayat (1) huruf b', 'Pasal 1 ayat (1) huruf a'];

describe('reference labels', () => {
  it('are the same in the editor, in the export and in the model', () => {
    const d = doc();
    expect(editorLabels(d)).toEqual(EXPECTED);
    const html = exportHtml(d).replace(/<[^>]+>/g, '');
    expect(html).toContain('sebagaimana dimaksud pada huruf a.');
    expect(html).toContain('sebagaimana dimaksud pada ayat (1) huruf b berlaku');
    expect(html).toContain('sebagaimana dimaksud dalam Pasal 1 ayat (1) huruf a diberikan');
    expect([refLabel(d, 'hc', 'ha'), refLabel(d, 'a2', 'hb'), refLabel(d, 'p2', 'ha')]).toEqual(
      EXPECTED,
    );
  });
});

describe('references in a list', () => {
  /** Pasal 1 of `doc()`, and Pasal 2 citing its ayat (1) and (2), then huruf a and b of ayat (1). */
  const listed = () => doc(refPara('Izin sebagaimana dimaksud dalam ', ref('a1'), ' dan ', ref('a2'), ' serta ', ref('ha'), ', ', ref('hb'), ' diberikan oleh Wali Kota.'));

  it('do not repeat what they share with the reference before them, in the editor and the export alike', () => {
    const d = listed();
    expect(editorLabels(d).slice(2)).toEqual(['Pasal 1 ayat (1)', 'ayat (2)', 'Pasal 1 ayat (1) huruf a', 'huruf b']);
    const html = exportHtml(d).replace(/<[^>]+>/g, '');
    expect(html).toContain('sebagaimana dimaksud dalam Pasal 1 ayat (1) dan ayat (2) serta Pasal 1 ayat (1) huruf a, huruf b diberikan');
  });

  it('print as the real Sulawesi Utara text writes them', () => {
    const sulut = parseText(fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8')).doc;
    const text = consolidatedText(sulut);
    expect(text).toContain('sebagaimana dimaksud dalam Pasal 6 ayat (1), Pasal 7 ayat (1) dan ayat (2) hanya dapat diberikan');
    expect(text).toContain('sebagaimana dimaksud dalam Pasal 7 ayat (1) dan ayat (2) hanya diizinkan');
  });
});

describe('references as an enacted text wrote them', () => {
  const written = (target: string, text: string): J => ({ type: 'ref', attrs: { target, to: null, text } });

  it('keep a wording longer than the rule needs, and never print shorter than their place needs', () => {
    // Pasal 2 cites Pasal 1 ayat (1) and (2) repeating "Pasal 1", as the Surabaya 2018 text does;
    // a reference written "ayat (2)" that now stands in Pasal 2 must say which Pasal.
    const d = doc(refPara('Izin sebagaimana dimaksud dalam ', written('a1', 'Pasal 1 ayat (1)'), ', ', written('a2', 'Pasal 1 ayat (2)'), ' diberikan menurut ', written('a2', 'ayat (2)'), '.'));
    expect(editorLabels(d).slice(2)).toEqual(['Pasal 1 ayat (1)', 'Pasal 1 ayat (2)', 'Pasal 1 ayat (2)']);
    const html = exportHtml(d).replace(/<[^>]+>/g, '');
    expect(html).toContain('sebagaimana dimaksud dalam Pasal 1 ayat (1), Pasal 1 ayat (2) diberikan menurut Pasal 1 ayat (2).');
  });

  it('print every reference of the corpus texts as written', () => {
    let refs = 0;
    const unlike: string[] = [];
    for (const f of fs.readdirSync(corpusDir).filter((x) => x.endsWith('.txt'))) {
      const d = parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8')).doc;
      const labels = editorLabels(d);
      const texts: string[] = [];
      d.descendants((n) => {
        if (n.type.name === 'ref') texts.push(String(n.attrs.text).replace(/\s+/g, ' ').replace(/\(\s?l\s?\)/, '(1)').replace(/\(\s(\d+)\s\)/, '($1)'));
        return true;
      });
      expect(labels).toHaveLength(texts.length);
      refs += texts.length;
      texts.forEach((t, i) => {
        if (labels[i] !== t) unlike.push(`${f}: ${t} -> ${labels[i]}`);
      });
    }
    expect(refs).toBeGreaterThan(150);
    expect(unlike).toEqual([]);
  });
});
