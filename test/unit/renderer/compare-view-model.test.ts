/**
 * The comparison panel's pure helpers on a real comparison (Surabaya 2009 -> 2018, laid out by
 * the `compare.run` handler): filters, stepping through changes, side texts, the selection.
 */
import { describe, expect, it } from 'vitest';
import type { VersionInfo } from '../../../src/api/contract';
import { BEFORE_IMPORT_LABEL } from '../../../src/api/version-labels';
import { defaultSelection, exportTexts, isValidSelection, runArgs } from '../../../renderer/panels/compare/selection';
import { versionChoiceName } from '../../../renderer/panels/compare/version-choice';
import { changedLines, changeSplit, filterRows, isChange, isChangeStatus, numberRows, sideText, SKIPPED_LINES, stepChange, stepPart, startsSection } from '../../../renderer/panels/compare/view-model';
import { partNotes } from '../../../src/export/table/part-notes';
import { filterCountsOf, filterOfValue, filterText, filterValue } from '../../../renderer/panels/compare/FilterSelect';
import type { TFunction } from 'i18next';
import { surabayaComparison } from '../../helpers/surabaya-comparison';

const { comparison: c, result } = surabayaComparison();
const rows = numberRows(result.rows);

describe('comparison panel helpers', () => {
  it('numbers rows in reading order and the filters keep their numbers', () => {
    expect(rows.map((r) => r.no)).toEqual(result.rows.map((_, i) => i + 1));
    const changes = filterRows(rows, { kind: 'changes' });
    expect(changes.length).toBe(result.rows.filter((r) => r.status !== 'unchanged' && r.status !== 'renumbered').length);
    expect(changes.some((r) => r.row.status === 'deleted') && changes.some((r) => r.row.status === 'changed')).toBe(true);
    expect(changes.every((r) => isChange(r.row) && result.rows[r.no - 1] === r.row)).toBe(true);
    expect(filterRows(rows, { kind: 'all' })).toHaveLength(rows.length);
  });

  it('"only changes of content" leaves out the changes of form only (old Penjelasan Pasal 40 -> 38: punctuation only)', () => {
    const formOnly = result.rows.filter((r) => r.formOnly);
    expect(formOnly.map((r) => `${r.old?.label} -> ${r.new?.label}: ${r.keterangan}`)).toEqual(['Penjelasan Pasal 40 -> Penjelasan Pasal 38: Diubah (semula Penjelasan Pasal 40); hanya tanda baca']);
    const content = filterRows(rows, { kind: 'content' });
    expect(content).toEqual(filterRows(rows, { kind: 'changes' }).filter((r) => !r.row.formOnly));
    expect(content).toHaveLength(filterRows(rows, { kind: 'changes' }).length - 1);
    expect(filterOfValue(filterValue({ kind: 'content' }))).toEqual({ kind: 'content' });
    const counts = filterCountsOf(result);
    expect(counts.formOnly).toBe(1);
    expect(filterText(((key: string, o?: { count?: number }) => `${key}:${o?.count ?? ''}`) as unknown as TFunction, { kind: 'content' }, counts)).toBe('compare.filterContent:1');
  });

  it('the changes outside the Pasal are the rows the summary counts as such, each a change and none a Pasal', () => {
    const outside = filterRows(rows, { kind: 'outside' });
    expect(outside).toHaveLength(changeSplit(rows).other);
    expect(outside.length).toBeGreaterThan(50);
    expect(outside.every((r) => r.row.kind !== 'pasal' && isChange(r.row))).toBe(true);
    expect(new Set(outside.map((r) => r.row.section))).toEqual(new Set(['judul', 'konsiderans', 'dasarHukum', 'diktum', 'batangTubuh', 'penjelasan', 'penutup']));
    expect(filterOfValue(filterValue({ kind: 'outside' }))).toEqual({ kind: 'outside' });
  });

  it('the BAB filter keeps the BAB title and exactly the Pasal the comparison puts in that BAB', () => {
    // New BAB III: its Pasal, with old Pasal 3 removed between them.
    const bab = result.babs.find((b) => b.label === 'BAB III')!;
    const kept = filterRows(rows, { kind: 'bab', label: bab.label });
    expect(kept[0]!.row.kind).toBe('bab');
    expect(kept[0]!.row.new?.label).toBe(bab.label);
    // Pasal of the new BAB, plus old Pasal removed from where they stood (between them).
    const body = result.rows.filter((r) => r.section === 'batangTubuh');
    const from = body.indexOf(kept[0]!.row);
    const next = body.findIndex((r, i) => i > from && r.kind === 'bab' && r.bab !== bab.label);
    expect(kept.map((r) => r.row)).toEqual(body.slice(from, next));
    const pasal = kept.filter((r) => r.row.kind === 'pasal').map((r) => r.row);
    const inNewBab = c.pasal.filter((r) => r.new && r.newBab === bab.label).map((r) => r.new!.label);
    expect(inNewBab.length).toBeGreaterThan(0);
    expect(pasal.filter((r) => r.new).map((r) => r.new!.label)).toEqual(inNewBab);
    expect(kept.every((r) => r.row.section === 'batangTubuh')).toBe(true);
  });

  it('removed BAB stand between two new BAB, filed under their own removed BAB (old BAB IX-XVII)', () => {
    const body = result.rows.filter((r) => r.section === 'batangTubuh');
    const label = (r: (typeof body)[number]) => `${r.old?.label ?? '-'}>${r.new?.label ?? '-'}`;
    // Old Pasal 16 became new Pasal 17 (new BAB VI): the removed chapters after it no longer split
    // new BAB VI but follow its last Pasal, right before the title of new BAB VII.
    const first = body.findIndex((r) => r.kind === 'bab' && !r.new && r.old?.label === 'BAB IX');
    const last = body.findIndex((r) => r.kind === 'pasal' && !r.new && r.old?.label === 'Pasal 35');
    expect(body.slice(first - 1, first).map(label)).toEqual(['->Pasal 20']);
    expect(body.slice(last + 1, last + 2).map(label)).toEqual(['->BAB VII']);
    expect(body.slice(first, last + 1).every((r) => r.status === 'deleted')).toBe(true);
    // New BAB VI holds only its own Pasal (17-20, with old Pasal 16 as 17 and old Pasal 15 as 19).
    const bab6 = filterRows(rows, { kind: 'bab', label: 'BAB VI' }).map((r) => label(r.row));
    expect(bab6).toEqual(['->BAB VI', 'Pasal 16>Pasal 17', '->Pasal 18', 'Pasal 15>Pasal 19', '->Pasal 20']);
    // A removed BAB is a filter of its own, apart from the new BAB of the same number.
    expect(result.babs.map((b) => b.label)).toContain('BAB IX (dihapus)');
    expect(result.babs.find((b) => b.label === 'BAB X (dihapus)')?.title).toBe(body.find((r) => r.kind === 'bab' && !r.new && r.old?.label === 'BAB X')?.segments.map((s) => s.text).join('').trim());
    const bab9 = filterRows(rows, { kind: 'bab', label: 'BAB IX (dihapus)' }).map((r) => label(r.row));
    expect(bab9).toEqual(['BAB IX>-', 'Pasal 17>-']);
    expect(filterRows(rows, { kind: 'bab', label: 'BAB IX' }).map((r) => label(r.row))[0]).toBe('BAB VIII>BAB IX');
  });

  it('gives the parts of a Pasal whose parts are out of step, each with its marker and word diff (Pasal 1), and not of others (Pasal 12)', () => {
    const pasal1 = result.rows.find((r) => r.kind === 'pasal' && r.new?.label === 'Pasal 1')!;
    const parts = pasal1.partRows!;
    expect(parts.length).toBeGreaterThan(30);
    const nine = parts.find((p) => p.old?.marker === '9.')!;
    expect([nine.status, nine.new?.marker, nine.new?.label]).toEqual(['changed', '7.', 'Pasal 1 angka 7']);
    expect(sideText(nine.segments, 'old')).toMatch(/^Parkir adalah keadaan tidak bergerak/);
    expect(parts.some((p) => p.status === 'deleted' && p.new === null) && parts.some((p) => p.status === 'inserted' && p.old === null)).toBe(true);
    expect(parts.find((p) => p.kind === 'para')?.old?.marker).toBe('');
    expect(result.rows.find((r) => r.kind === 'pasal' && r.new?.label === 'Pasal 12')!.partRows).toBeUndefined();
  });

  it('steps to the next and previous change, wrapping around, skipping unchanged rows', () => {
    const all = filterRows(rows, { kind: 'all' });
    const first = stepChange(all, -1, 1);
    expect(isChange(all[first]!.row)).toBe(true);
    expect(all.slice(0, first).every((r) => !isChange(r.row))).toBe(true);
    const second = stepChange(all, first, 1);
    expect(second).toBeGreaterThan(first);
    expect(stepChange(all, second, -1)).toBe(first);
    const last = stepChange(all, -1, -1);
    expect(all.slice(last + 1).every((r) => !isChange(r.row))).toBe(true);
    expect(stepChange(all, last, 1)).toBe(first);
    expect(stepChange(filterRows(rows, { kind: 'changes' }).slice(0, 0), -1, 1)).toBe(-1);
  });

  it('steps through the changed parts of a Pasal shown part by part (Pasal 1), skipping kept ones', () => {
    const pasal1 = result.rows.find((r) => r.new?.label === 'Pasal 1')!;
    const parts = pasal1.partRows!;
    const changed = parts.map((p, i) => (isChangeStatus(p.status) ? i : -1)).filter((i) => i >= 0);
    expect(changed.length).toBeGreaterThan(30);
    expect(changed.length).toBeLessThan(parts.length);
    const forward: number[] = [];
    for (let i = stepPart(pasal1, -1, 1); i >= 0; i = stepPart(pasal1, i, 1)) forward.push(i);
    expect(forward).toEqual(changed);
    const back: number[] = [];
    for (let i = stepPart(pasal1, parts.length, -1); i >= 0; i = stepPart(pasal1, i, -1)) back.push(i);
    expect(back).toEqual([...changed].reverse());
    // A row with one row only has no parts to step through.
    expect(stepPart(result.rows.find((r) => r.new?.label === 'Pasal 12')!, -1, 1)).toBe(-1);
  });

  it('rebuilds each side of a changed Pasal from its segments (old Pasal 8 -> new Pasal 12)', () => {
    const row = result.rows.find((r) => r.new?.label === 'Pasal 12')!;
    expect(sideText(row.segments, 'old')).toContain('standart');
    expect(sideText(row.segments, 'old')).toContain('untuk bangunan umum');
    expect(sideText(row.segments, 'new')).toContain('standar');
    expect(sideText(row.segments, 'new')).not.toContain('standart');
  });

  it('marks where sections start: Judul, Menimbang, Mengingat, Menetapkan, batang tubuh, penutup, Penjelasan', () => {
    const starts = result.rows.filter((r, i) => startsSection(r, result.rows[i - 1])).map((r) => r.section);
    expect(starts).toEqual(['judul', 'konsiderans', 'dasarHukum', 'diktum', 'batangTubuh', 'penutup', 'penjelasan']);
  });

  it('chooses draft vs base by default, else the latest version vs the draft', () => {
    const v = (id: number): VersionInfo => ({ id, label: `V${id}`, stage: '', author: '', createdAt: '', parentId: null, hash: '' });
    expect(defaultSelection(true, [])).toMatchObject({ mode: 'draftBase' });
    expect(runArgs(defaultSelection(true, [])!)).toEqual({ old: { kind: 'base' }, new: { kind: 'draft' } });
    const pair = defaultSelection(false, [v(1), v(3), v(2)])!;
    expect(runArgs(pair)).toEqual({ old: { kind: 'version', id: 3 }, new: { kind: 'draft' } });
    expect(defaultSelection(false, [])).toBeNull();
    const three = { ...defaultSelection(true, [v(4)])!, mode: 'threeWay' as const };
    expect(runArgs(three)).toEqual({ old: { kind: 'base' }, threeWay: { kind: 'version', id: 4 }, new: { kind: 'draft' } });
    expect(isValidSelection(three, true, [v(4)])).toBe(true);
    expect(isValidSelection(three, true, [v(5)])).toBe(false);
    expect(isValidSelection({ mode: 'draftBase', old: 'base', new: 'draft', mid: '' }, false, [])).toBe(false);
  });

  it('takes as the stage between (three-way) the latest version a user saved, not the draft an import kept', () => {
    const v = (id: number, label: string): VersionInfo => ({ id, label, stage: '', author: '', createdAt: '', parentId: null, hash: '' });
    const versions = [v(1, BEFORE_IMPORT_LABEL), v(2, 'Hasil Rapat Pansus 1'), v(3, BEFORE_IMPORT_LABEL)];
    expect(defaultSelection(true, versions)?.mid).toBe('v:2');
    expect(defaultSelection(true, [v(1, BEFORE_IMPORT_LABEL), v(3, BEFORE_IMPORT_LABEL)])?.mid).toBe('v:3');
    // With no base, the latest version of any kind is compared with the draft: what the last import changed.
    expect(defaultSelection(false, versions)?.old).toBe('v:3');
  });

  it('says which texts a Word file of the comparison shown reads: the draft or a version against the base or a version', () => {
    const pair = (old: string, neu: string) => ({ mode: 'pair' as const, old, new: neu, mid: '' });
    expect(exportTexts({ mode: 'draftBase', old: 'base', new: 'draft', mid: '' })).toEqual({});
    expect(exportTexts({ mode: 'threeWay', old: 'base', new: 'draft', mid: 'v:4' })).toEqual({});
    expect(exportTexts(pair('v:1', 'v:2'))).toEqual({ versionId: 2, againstVersionId: 1 });
    expect(exportTexts(pair('base', 'v:2'))).toEqual({ versionId: 2 });
    expect(exportTexts(pair('v:3', 'draft'))).toEqual({ againstVersionId: 3 });
    // No export sets the base as the new text, or the draft as the old.
    expect(exportTexts(pair('draft', 'v:2'))).toBeNull();
    expect(exportTexts(pair('v:2', 'base'))).toBeNull();
  });
});

describe('versionChoiceName', () => {
  const words = { version: (label: string) => `Versi ${label}`, when: (iso: string) => iso.slice(11, 16) };
  const v = (id: number, label: string, stage: string, createdAt: string): VersionInfo => ({ id, label, stage, author: '', createdAt, parentId: null, hash: '' });
  const all = [v(1, BEFORE_IMPORT_LABEL, '', '2026-12-06T09:12:00Z'), v(2, 'Hasil Rapat Pansus 1', 'Pembahasan Pansus', '2026-12-06T10:00:00Z'), v(3, BEFORE_IMPORT_LABEL, '', '2026-12-06T11:29:00Z')];

  it('names a version by its label and stage, and tells apart by time the versions that share a label', () => {
    expect(all.map((x) => versionChoiceName(x, all, words))).toEqual([
      'Versi Draf sebelum impor (09:12)',
      'Versi Hasil Rapat Pansus 1 · Pembahasan Pansus',
      'Versi Draf sebelum impor (11:29)',
    ]);
  });
});

describe('changedLines', () => {
  it('keeps the lines of a Pasal that changed, "…" for the lines between (old Pasal 8 -> new Pasal 12)', () => {
    const row = result.rows.find((r) => r.kind === 'pasal' && r.new?.label === 'Pasal 12')!;
    const kept = changedLines(row.segments).map((x) => x.text).join('');
    // Ayat (1) changed ("standart" -> "standar"); ayat (2) did not.
    expect(kept).toContain('standart');
    expect(kept).not.toContain('Apabila penyediaan tempat parkir');
    expect(kept.endsWith(`\n${SKIPPED_LINES}`)).toBe(true);
    expect(changedLines([{ op: 'equal', text: 'a\nb' }])).toEqual([]);
    expect(changedLines([{ op: 'equal', text: 'a\n' }, { op: 'insert', text: 'b' }, { op: 'equal', text: '\nc\nd' }, { op: 'delete', text: 'e' }])).toEqual([
      { op: 'equal', text: `${SKIPPED_LINES}\n` },
      { op: 'insert', text: 'b' },
      { op: 'equal', text: `\n${SKIPPED_LINES}\n` },
      { op: 'equal', text: 'd' },
      { op: 'delete', text: 'e' },
    ]);
  });

  it('keeps a line whose only change is a word spelt or capitalised otherwise, with its old print; not one whose numbers only followed the renumbering', () => {
    expect(changedLines([{ op: 'equal', text: 'a\noleh Wali Kota\nb', old: 'a\noleh Walikota\nb' }])).toEqual([
      { op: 'equal', text: `${SKIPPED_LINES}\n` },
      { op: 'equal', text: 'oleh Wali Kota', old: 'oleh Walikota' },
      { op: 'equal', text: `\n${SKIPPED_LINES}` },
    ]);
    expect(changedLines([{ op: 'equal', text: 'pada ayat (3)\nb', old: 'pada ayat (2)\nb' }])).toEqual([]);
  });
});

describe('notes on the parts of a Pasal that is one paragraph', () => {
  it('are left out: the row says it (old Pasal 39 -> Pasal 37), while a Pasal with a list keeps them (old Pasal 42 -> Pasal 40)', () => {
    const row = (label: string) => result.rows.find((r) => r.new?.label === label)!;
    expect(row('Pasal 37').status).toBe('changed');
    expect(row('Pasal 37').parts).toEqual([]);
    expect(partNotes(c.pasal.find((r) => r.new?.label === 'Pasal 37')!)).toEqual([]);
    expect(row('Pasal 40').parts.length).toBeGreaterThan(1);
    // The repealed Perda listed (huruf a-d) are gone; the closing words "dicabut dan dinyatakan
    // tidak berlaku" are in new Pasal 40's one sentence, with the opening words.
    expect(partNotes(c.pasal.find((r) => r.new?.label === 'Pasal 40')!).join('; ')).toBe('huruf a, b, c, d dihapus; teks Pasal (semula teks pembuka) diubah; teks penutup digabung ke teks Pasal');
  });
});
