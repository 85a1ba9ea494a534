// @vitest-environment jsdom
/**
 * Three-way mode: a Pasal of the real Surabaya 2018 text that both stages reworded opens, under
 * its new text, the word diff of each stage, named as the stage badges name them.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../renderer/i18n/index';
import { StageSteps } from '../../../renderer/panels/compare/StageSteps';
import type { CompareRowView } from '../../../src/api/contract';
import { compareThreeWay, keteranganOf } from '../../../src/diff/index';
import { parseDocJson } from '../../../src/model/validate';
import { ADDED_WORDS, baseDoc, editedDraft } from '../../api/compare-fixture';

describe('StageSteps', () => {
  it('shows each stage its own words, and nothing for a row without steps', () => {
    const base = baseDoc();
    const a = editedDraft(base, 4, 9);
    const draft = editedDraft(a.doc, 4, 20);
    const t = compareThreeWay(parseDocJson(base), parseDocJson(a.doc), parseDocJson(draft.doc));
    const both = t.rows.find((r) => r.row.new?.uid === a.changedUid)!;
    expect(both.stage).toBe('both');
    const view = (r: typeof both): CompareRowView => ({
      key: 'p', section: 'batangTubuh', kind: 'pasal', status: r.row.status, keterangan: keteranganOf(r.row), old: null, new: null,
      oldAll: [], newAll: [], bab: null, segments: r.row.segments, parts: [], stage: r.stage, mid: r.mid, ...(r.steps ? { steps: r.steps } : {}),
    });
    const i18n = initI18n();
    const text = { t: i18n.t, del: 'dihapus', ins: 'ditambahkan', former: (o: string) => `semula ${o}`, later: (n: string) => `menjadi ${n}`, absent: '', stageNames: { mid: 'Hasil harmonisasi', new: 'Draf' } };
    const html = renderToStaticMarkup(<StageSteps row={view(both)} text={text} />);
    expect(html).toContain('<summary>Perubahan per tahap</summary>');
    const step = (key: string) => new RegExp(`data-step="${key}"><div class="cmp-step-name">([^<]*)</div>.*?<ins class="cmp-ins" title="ditambahkan">([^<]*)</ins>`).exec(html)?.slice(1);
    expect(step('baseToA')).toEqual(['Dasar → Hasil harmonisasi', ADDED_WORDS]);
    expect(step('aToDraft')).toEqual(['Hasil harmonisasi → Draf', ADDED_WORDS]);
    const once = t.rows.find((r) => r.row.new?.uid === draft.insertedUid)!;
    expect(renderToStaticMarkup(<StageSteps row={view(once)} text={text} />)).toBe('');
  });
});
