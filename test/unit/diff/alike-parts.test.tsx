// @vitest-environment jsdom
/**
 * Parts reworded on their way to another Pasal are named as reading alike, never paired: on the
 * real Surabaya pair (2009 -> 2018 parkir), read side by side, exactly these old parts live on
 * reworded in another Pasal of the new text:
 * - old 5(1), the izin valid 2 years -> new 11(6), valid 3 years;
 * - old 7(1), who fixes the parking locations -> new 6(1);
 * - old 6(1) and its huruf a and d, the duties of a private operator -> new 14(1), huruf d and l.
 * (Old 3(3), the delegation on penyelenggaraan tempat parkir, is paired with new 10(5): old Pasal 3
 * is new Pasal 10, golden fixture.) The rows keep their statuses; the Keterangan of the panel and
 * of the exported table say where the alike wording is now, or was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../renderer/i18n/index';
import { Keterangan } from '../../../renderer/panels/compare/row-parts';
import { comparisonTable } from '../../../src/export/table/index';
import { partNotes } from '../../../src/export/table/part-notes';
import { surabayaComparison } from '../../helpers/surabaya-comparison';
import { comparisonView } from '../../../src/api/handlers/compare';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const { comparison, result } = surabayaComparison();

describe('parts reworded into another Pasal (real Surabaya pair)', () => {
  it('names exactly the parts read as living on elsewhere, both ways, and pairs none of them', () => {
    const alike = comparison.pasal.flatMap((r) => r.parts.filter((p) => p.alike).map((p) => `${p.status} ${p.old?.label ?? p.new?.label} ~ ${p.alike}`));
    expect(alike.filter((x) => x.startsWith('deleted')).sort()).toEqual([
      'deleted Pasal 5 ayat (1) ~ Pasal 11 ayat (6)',
      'deleted Pasal 6 ayat (1) huruf a ~ Pasal 14 ayat (1) huruf d',
      'deleted Pasal 6 ayat (1) huruf d ~ Pasal 14 ayat (1) huruf l',
      'deleted Pasal 6 ayat (1) ~ Pasal 14 ayat (1)',
      'deleted Pasal 7 ayat (1) ~ Pasal 6 ayat (1)',
    ]);
    expect(alike.filter((x) => x.startsWith('inserted')).sort()).toEqual([
      'inserted Pasal 11 ayat (6) ~ Pasal 5 ayat (1)',
      'inserted Pasal 14 ayat (1) huruf d ~ Pasal 6 ayat (1) huruf a',
      'inserted Pasal 14 ayat (1) huruf l ~ Pasal 6 ayat (1) huruf d',
      'inserted Pasal 14 ayat (1) ~ Pasal 6 ayat (1)',
      'inserted Pasal 6 ayat (1) ~ Pasal 7 ayat (1)',
    ]);
    expect(alike).toHaveLength(10);
    // Old Pasal 5 and 6 stay deleted, new Pasal 14 inserted: a hint is not a pairing.
    expect(comparison.pasal.find((r) => r.old?.label === 'Pasal 5')?.status).toBe('deleted');
    expect(comparison.pasal.find((r) => r.new?.label === 'Pasal 14')?.status).toBe('inserted');
  });

  it('the panel says where the alike wording is now, or was', () => {
    const i18n = initI18n();
    const notes = (label: string, side: 'old' | 'new') => {
      const row = result.rows.find((r) => r.kind === 'pasal' && r[side]?.label === label && r.status === (side === 'old' ? 'deleted' : 'changed'))!;
      const html = renderToStaticMarkup(<Keterangan row={row} text={{ t: i18n.t, del: '', ins: '', former: () => '', later: () => '', absent: '', stageNames: null }} />);
      return [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('.cmp-parts li')].map((li) => li.textContent ?? '');
    };
    expect(notes('Pasal 5', 'old')).toEqual(['ayat (1): dihapus; rumusan serupa kini dalam Pasal 11 ayat (6)']);
    expect(notes('Pasal 11', 'new')).toContain('ayat (6): disisipkan; rumusan serupa semula dalam Pasal 5 ayat (1)');
  });

  it('the exported comparison table says it too', () => {
    const row11 = comparison.pasal.find((r) => r.new?.label === 'Pasal 11')!;
    expect(partNotes(row11)).toContain('ayat (6) disisipkan; rumusan serupa semula dalam Pasal 5 ayat (1)');
    const t = comparisonTable(comparison, { oldLabel: 'lama', newLabel: 'baru' });
    const notes = t.rows.flatMap((r) => (r.kind === 'row' ? r.cells[3]!.map((p) => p.runs.map((x) => x.text).join('')) : []));
    expect(notes.some((n) => n.includes('rumusan serupa kini dalam Pasal 11 ayat (6)'))).toBe(true);
  });

  it('a Pasal that is one paragraph is named by its number, and its own note does not name its text again (real Sulut 4/2014: Pasal 26 reworded as an ayat of Pasal 27)', () => {
    const text = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');
    const p26 = '                               Pasal 26\nPenanggulangan mabuk akibat minuman beralkohol, dilakukan dengan\ncara preventif, represif dan rehabilitasi.\n';
    const end27 = '      Provinsi/Kabupaten/Kota sesuai dengan kewenangannya.\n                                 BAB VII';
    expect(text.split(p26).length - 1).toBe(1);
    expect(text.split(end27).length - 1).toBe(1);
    const revised = text.replace(p26, '').replace(end27, end27.replace('\n', '\n(5)   Penanggulangan mabuk akibat minuman beralkohol dilakukan secara preventif dan rehabilitatif.\n'));
    const c = compareDocs(parseText(text).doc, parseText(revised).doc);
    const notes = c.pasal.flatMap((r) => partNotes(r).filter((n) => n.includes('serupa')).map((n) => `${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}: ${n}`));
    expect(notes).toEqual(['Pasal 26 -> -: rumusan serupa kini dalam Pasal 26 ayat (5)', 'Pasal 27 -> Pasal 26: ayat (5) disisipkan; rumusan serupa semula dalam Pasal 26']);
    // The panel: the deleted Pasal's row says "Dihapus"; its note says only where the wording went.
    const info = { kind: 'base' as const, id: null, label: null, stage: null };
    const view = comparisonView(c, { old: info, new: { ...info, kind: 'draft' }, mid: null });
    const row = view.rows.find((r) => r.kind === 'pasal' && r.old?.label === 'Pasal 26' && r.status === 'deleted')!;
    const i18n = initI18n();
    const html = renderToStaticMarkup(<Keterangan row={row} text={{ t: i18n.t, del: '', ins: '', former: () => '', later: () => '', absent: '', stageNames: null }} />);
    expect([...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('.cmp-parts li')].map((li) => li.textContent)).toEqual(['Rumusan serupa kini dalam Pasal 26 ayat (5)']);
  });
});
