// @vitest-environment jsdom
/**
 * Finding words in the comparison, and showing the Pasal of one status, on the real Surabaya pair
 * (2009 -> 2018): the rows kept are exactly those whose old or new text holds the words (case and
 * whitespace aside), a Pasal shown part by part keeps the parts that hold them, and each
 * occurrence is marked in the text. On paper, a line says what part of the comparison was printed.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../renderer/i18n/index';
import { PrintScope } from '../../../renderer/panels/compare/PrintScope';
import type { ShownRows } from '../../../renderer/panels/compare/use-shown-rows';
import type { CompareRowView } from '../../../src/api/contract';
import { filterOfValue, filterValue } from '../../../renderer/panels/compare/FilterSelect';
import { normalizeQuery, partsShown, searchRows, splitAtHits } from '../../../renderer/panels/compare/row-search';
import { SearchQuery } from '../../../renderer/panels/compare/search-highlight';
import { SegmentText } from '../../../renderer/panels/compare/SegmentText';
import { filterRows, numberRows, sideText, type RowFilter } from '../../../renderer/panels/compare/view-model';
import { surabayaComparison } from '../../helpers/surabaya-comparison';

const { result } = surabayaComparison();
const rows = numberRows(result.rows);
/** Everything a row's texts say, as a reader sees it (for the expectations, apart from the code under test). */
const said = (r: CompareRowView) =>
  [r.old?.label, r.new?.label, r.oldText, sideText(r.segments, 'old'), sideText(r.segments, 'new'), ...(r.partRows ?? []).flatMap((p) => [sideText(p.segments, 'old'), sideText(p.segments, 'new')])]
    .join(' ¶ ')
    .replace(/\s+/g, ' ')
    .toLowerCase();

describe('search in the comparison', () => {
  it('keeps exactly the rows whose old or new text holds the words, whatever their case and spacing', () => {
    const found = searchRows(rows, '  Wajib   RETRIBUSI ');
    // The old definition (Pasal 1 angka 37) and the old Pasal on late payment, both removed by the 2018 Perda.
    expect(found.map((r) => r.row.old?.label ?? r.row.new?.label)).toContain('Pasal 38');
    expect(found.some((r) => r.row.new?.label === 'Pasal 1')).toBe(true);
    expect(found.every((r) => said(r.row).includes('wajib retribusi'))).toBe(true);
    expect(rows.filter((r) => !found.includes(r)).every((r) => !said(r.row).includes('wajib retribusi'))).toBe(true);
    expect(found.length).toBeLessThan(rows.length);
    expect(searchRows(rows, '')).toHaveLength(rows.length);
    expect(searchRows(rows, 'tidak ada kata seperti ini')).toHaveLength(0);
  });

  it('in a Pasal shown part by part keeps the parts that hold the words, or all when only its label does', () => {
    const pasal1 = result.rows.find((r) => r.new?.label === 'Pasal 1' && r.partRows) as CompareRowView;
    const parts = pasal1.partRows ?? [];
    const shown = parts.filter(partsShown(parts, normalizeQuery('wajib retribusi')));
    expect(shown.map((p) => p.old?.marker)).toEqual(['37.']);
    expect(parts.filter(partsShown(parts, normalizeQuery('pasal 1')))).toHaveLength(parts.length);
  });

  it('under "Hanya perubahan isi" leaves out the parts changed in form only (Pasal 1 angka 20: "Bangunan Umum" -> "Bangunan umum")', () => {
    const pasal1 = result.rows.find((r) => r.new?.label === 'Pasal 1' && r.partRows) as CompareRowView;
    const parts = pasal1.partRows ?? [];
    const form = parts.filter((p) => p.form !== undefined);
    expect(form.map((p) => p.form)).toContain('hanya huruf besar/kecil');
    expect(form.some((p) => p.new?.marker === '20.')).toBe(true);
    const content = parts.filter(partsShown(parts, '', true));
    expect(content).toHaveLength(parts.length - form.length);
    expect(content.some((p) => p.form !== undefined)).toBe(false);
    expect(parts.filter(partsShown(parts, ''))).toHaveLength(parts.length);
  });

  it('cuts a text at each occurrence, across line breaks and in any case', () => {
    expect(splitAtHits('Setiap Wajib\nRetribusi wajib retribusi.', normalizeQuery('wajib retribusi'))).toEqual([
      { text: 'Setiap ', hit: false },
      { text: 'Wajib\nRetribusi', hit: true },
      { text: ' ', hit: false },
      { text: 'wajib retribusi', hit: true },
      { text: '.', hit: false },
    ]);
    // Characters a pattern would read specially are matched as written.
    expect(splitAtHits('ayat (1) huruf a.', normalizeQuery('(1)')).filter((p) => p.hit).map((p) => p.text)).toEqual(['(1)']);
  });

  it('marks each occurrence in the text, inside a deletion too', () => {
    const row = result.rows.find((r) => r.old?.label === 'Pasal 38' && !r.new) as CompareRowView;
    const html = renderToStaticMarkup(
      <SearchQuery.Provider value={normalizeQuery('wajib retribusi')}>
        <SegmentText segments={row.segments} mode="inline" titles={{ del: 'dihapus', ins: 'ditambahkan' }} />
      </SearchQuery.Provider>,
    );
    expect(html).toContain('<mark class="cmp-hit">wajib retribusi</mark>');
    expect(html.indexOf('<del')).toBeLessThan(html.indexOf('<mark'));
  });
});

describe('the Pasal of one status', () => {
  it('shows exactly the Pasal rows the summary counts under that status', () => {
    for (const status of ['changed', 'inserted', 'deleted', 'renumbered'] as const) {
      const kept = filterRows(rows, { kind: 'status', status });
      expect(kept).toHaveLength(result.summary[status]);
      expect(kept.every((r) => r.row.kind === 'pasal' && r.row.status === status)).toBe(true);
    }
  });

  it('reads back every filter of the "Tampilkan" list', () => {
    const filters: RowFilter[] = [{ kind: 'all' }, { kind: 'changes' }, { kind: 'status', status: 'inserted' }, { kind: 'bab', label: 'BAB III' }];
    for (const f of filters) expect(filterOfValue(filterValue(f))).toEqual(f);
  });
});

describe('what was printed', () => {
  initI18n();
  const shownAs = (filter: RowFilter, query: string): ShownRows => {
    const q = normalizeQuery(query);
    const kept = searchRows(filterRows(rows, filter), q);
    return { rows: kept, filter, query, searched: q, key: '', everything: filter.kind === 'all' && q === '', setFilter: () => {}, setQuery: () => {} };
  };
  const line = (filter: RowFilter, query: string) => renderToStaticMarkup(<PrintScope result={result} shown={shownAs(filter, query)} />);

  it('names the filter and the search when the print is not the whole comparison, and says nothing when it is', () => {
    expect(line({ kind: 'all' }, '')).toBe('');
    expect(line({ kind: 'status', status: 'inserted' }, '')).toBe(`<p class="cmp-print-scope">Dicetak: Pasal “Disisipkan” (${result.summary.inserted}).</p>`);
    const n = searchRows(filterRows(rows, { kind: 'changes' }), normalizeQuery('retribusi')).length;
    expect(line({ kind: 'changes' }, ' retribusi ')).toBe(`<p class="cmp-print-scope">Dicetak: Hanya perubahan; baris yang memuat “retribusi” (${n} baris).</p>`);
  });
});
