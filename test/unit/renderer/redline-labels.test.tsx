// @vitest-environment jsdom
/**
 * The redline heads each unit with its label: a unit the new text removed, whose label a unit of
 * the new text bears, is called old ("Menimbang huruf b lama"), so two rows never read as the
 * same unit (the real Surabaya pair: Menimbang huruf b deleted, old huruf a now huruf b).
 */
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../renderer/i18n/index';
import { RedlineView } from '../../../renderer/panels/compare/RedlineView';
import type { RowText } from '../../../renderer/panels/compare/row-parts';
import { filterRows, numberRows } from '../../../renderer/panels/compare/view-model';
import { surabayaComparison } from '../../helpers/surabaya-comparison';

const { result } = surabayaComparison();

describe('redline labels', () => {
  initI18n();
  void i18next.changeLanguage('id');
  const text = { t: i18next.t.bind(i18next), del: 'dihapus', ins: 'ditambahkan', absent: '(tidak ada)', stageNames: null } as unknown as RowText;

  it('calls a removed unit old when a unit of the new text bears its label', () => {
    const rows = numberRows(result.rows.filter((r) => r.section === 'konsiderans'));
    const html = renderToStaticMarkup(<RedlineView rows={rows} allRows={result.rows} count={rows.length} currentKey={null} text={text} onRowClick={() => {}} />);
    const labels = [...html.matchAll(/<span class="cmp-label">([^<]*)<\/span>/g)].map((m) => m[1]);
    const removed = result.rows.filter((r) => r.section === 'konsiderans' && !r.new && r.old).map((r) => r.old!.label);
    const bornAgain = removed.filter((l) => result.rows.some((r) => r.new?.label === l));
    expect(bornAgain.length).toBeGreaterThan(0);
    for (const l of bornAgain) expect(labels).toContain(`${l} lama`);
    // Every label names one row only.
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('calls it old also where a filter leaves the unit bearing its label out (only changes: old BAB IX deleted, new BAB IX unchanged)', () => {
    const rows = filterRows(numberRows(result.rows), { kind: 'changes' });
    const html = renderToStaticMarkup(<RedlineView rows={rows} allRows={result.rows} count={rows.length} currentKey={null} text={text} onRowClick={() => {}} />);
    const labels = [...html.matchAll(/<span class="cmp-label">([^<]*)<\/span>/g)].map((m) => m[1]);
    const hidden = result.rows.filter((r) => r.new && !rows.some((x) => x.row.key === r.key)).map((r) => r.new!.label);
    const removed = rows.filter((x) => !x.row.new && x.row.old && hidden.includes(x.row.old.label)).map((x) => x.row.old!.label);
    expect(removed).toContain('BAB IX');
    for (const l of removed) expect(labels).toContain(`${l} lama`);
    expect(labels).not.toContain('BAB IX');
  });
});
