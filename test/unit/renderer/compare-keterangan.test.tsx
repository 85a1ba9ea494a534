// @vitest-environment jsdom
/**
 * The Keterangan cell of the Perbandingan tab words each changed ayat or item of a Pasal row: its
 * status ("ayat (1): diubah"), where it moved between Pasal, and an ayat merged into another or
 * split from one ("ayat (2): digabung ke ayat (1)", "ayat (2): dipecah dari ayat (1)"), from the
 * rows the core gives for the real Sulawesi Utara 4/2014 text with Pasal 9 ayat (1) and (2) joined.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../renderer/i18n/index';
import { Keterangan } from '../../../renderer/panels/compare/row-parts';
import type { CompareRowView } from '../../../src/api/contract';
import { compareDocs } from '../../../src/diff/compare';
import { keteranganOf } from '../../../src/diff/index';
import type { PasalRow } from '../../../src/diff/types';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const original = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');
const joined = original.replace('pukul 20.00 wita.\n(2)   untuk menyesuaikan', 'pukul 20.00 wita, namun untuk menyesuaikan');

/** The row as the API lays it out for the renderer (the parts that changed). */
function view(r: PasalRow): CompareRowView {
  const side = (x: { uid: string; label: string } | null) => (x ? { uid: x.uid, label: x.label } : null);
  return {
    key: 'p', section: 'batangTubuh', kind: 'pasal', status: r.status, keterangan: keteranganOf(r), old: side(r.old), new: side(r.new),
    oldAll: [], newAll: [], bab: null, segments: r.segments,
    parts: r.parts.filter((p) => p.status !== 'unchanged').map((p) => ({ status: p.status, kind: p.kind, old: side(p.old), new: side(p.new) })),
  };
}

function items(oldText: string, newText: string): string[] {
  expect(joined).not.toBe(original);
  const c = compareDocs(parseText(oldText).doc, parseText(newText).doc);
  const row = c.pasal.find((r) => r.old?.label === 'Pasal 9')!;
  const i18n = initI18n();
  const html = renderToStaticMarkup(<Keterangan row={view(row)} text={{ t: i18n.t, del: '', ins: '', former: () => '', later: () => '', absent: '', stageNames: null }} />);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.querySelectorAll('.cmp-parts li')].map((li) => li.textContent ?? '');
}

describe('Keterangan of a Pasal row', () => {
  it('says which ayat was merged into which', () => {
    expect(items(original, joined)).toEqual(['ayat (1): diubah', 'ayat (2): digabung ke ayat (1)']);
  });

  it('says which ayat was split from which', () => {
    expect(items(joined, original)).toEqual(['ayat (1): diubah', 'ayat (2): dipecah dari ayat (1)']);
  });
});
