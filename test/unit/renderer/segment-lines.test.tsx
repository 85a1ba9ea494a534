/**
 * A Pasal set as printed in the comparison (Surabaya 2009 -> 2018, laid out by the `compare.run`
 * handler): one line per ayat, item or paragraph, items a step inside their ayat, markers hung.
 * Every line of every Pasal row, on each side and in the redline, opens with the marker its
 * layout names, so no line takes the layout of another.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CompareRowView } from '../../../src/api/contract';
import { formChanged } from '../../../src/diff/printed-otherwise';
import { hungMarker, lineName, lineStops, MARKER_WORD, segmentLines } from '../../../renderer/panels/compare/segment-lines';
import { SegmentText } from '../../../renderer/panels/compare/SegmentText';
import { sideSegments } from '../../../renderer/panels/compare/view-model';
import { surabayaComparison } from '../../helpers/surabaya-comparison';

const { result } = surabayaComparison();
const pasalRows = result.rows.filter((r) => r.kind === 'pasal');
const byNew = (label: string) => pasalRows.find((r) => r.new?.label === label) as CompareRowView;

describe('line layout of compared Pasal', () => {
  it('gives each ayat, item and paragraph of a Pasal its step and marker (new Pasal 10, inserted)', () => {
    const lines = byNew('Pasal 10').new?.lines ?? [];
    // (1), (2) with a. to e., (3) with a. to e., (4), (5).
    expect(lines.map((l) => `${l.indent}${l.marker}`)).toEqual(['0(1)', '0(2)', '1a.', '1b.', '1c.', '1d.', '1e.', '0(3)', '1a.', '1b.', '1c.', '1d.', '1e.', '0(4)', '0(5)']);
    // Pasal 1: its opening words flush, then its numbered definitions hung at the Pasal's edge.
    const pasal1 = byNew('Pasal 1').new?.lines ?? [];
    expect(pasal1[0]).toEqual({ indent: 0, marker: '', label: 'Pasal 1 teks pembuka' });
    expect(lines[2]?.label).toBe('Pasal 10 ayat (2) huruf a');
    expect(pasal1.slice(1).every((l) => l.indent === 0 && /^\d+\.$/.test(l.marker))).toBe(true);
  });

  it('opens every line of every Pasal row with the marker its layout names, on each side and inline', () => {
    let lines = 0;
    let hung = 0;
    for (const row of pasalRows) {
      const sides = { old: row.old?.lines, new: row.new?.lines };
      const views: Array<['old' | 'new' | 'inline', CompareRowView['segments']]> = [
        ['old', sideSegments(row.segments, 'old')],
        ['new', sideSegments(row.segments, 'new')],
        ['inline', row.segments],
      ];
      for (const [mode, segments] of views) {
        if (mode !== 'inline' && !row[mode]) continue;
        if (mode === 'old' && row.oldText !== undefined) continue;
        const cut = segmentLines(segments, mode, sides).filter((l) => l.pieces.some((p) => p.text.trim() !== ''));
        // Each side shows exactly as many lines as it has parts.
        if (mode !== 'inline') expect(cut.length, `${row.key} ${mode}`).toBe(sides[mode]?.length);
        for (const line of cut) {
          lines++;
          if (!line.layout?.marker) continue;
          const opened = hungMarker(line);
          if (opened) {
            hung++;
            expect(opened.marker.text, `${row.key} ${mode}`).toBe(line.layout.marker);
          } else {
            // Not hung: the line must not open with some other marker (the layout of another line).
            const first = (line.pieces[0]?.text ?? '').trimStart().split(/\s/)[0] ?? '';
            expect(MARKER_WORD.test(first), `${row.key} ${mode}: "${first}" under ${line.layout.marker}`).toBe(false);
          }
        }
      }
    }
    expect(lines).toBeGreaterThan(800);
    expect(hung / lines).toBeGreaterThan(0.8);
  });

  it('renders hung markers and stepped lines', () => {
    const row = byNew('Pasal 10');
    const html = renderToStaticMarkup(<SegmentText segments={row.segments} mode="new" plain newLines={row.new?.lines} titles={{ del: 'dihapus', ins: 'ditambahkan' }} />);
    expect(html).toContain('<div data-line="1" class="cmp-line cmp-hang"><span class="cmp-hung">(2) </span>Penyelenggaraan Tempat Parkir di luar Ruang Milik Jalan');
    expect(html).toContain('<div data-line="2" class="cmp-line cmp-hang" style="--cmp-indent:1"><span class="cmp-hung">a. </span>Parkir TKP Wisata;</div>');
    // Without layouts the text stays one block (Menimbang items, titles).
    const menimbang = result.rows.find((r) => r.kind === 'konsiderans' && r.status === 'changed') as CompareRowView;
    expect(renderToStaticMarkup(<SegmentText segments={menimbang.segments} mode="new" newLines={menimbang.new?.lines} titles={{ del: 'dihapus', ins: 'ditambahkan' }} />)).not.toContain('cmp-line');
  });

  it('titles a reference that reads the same but points at another ayat as such, in each column, laid out and inline (Pasal 11 ayat (8))', () => {
    const row = byNew('Pasal 11');
    const titles = { del: 'dihapus', ins: 'ditambahkan', repointedDel: 'rujukan lama', repointedIns: 'rujukan baru', repointedDelWas: (was: string) => `rujukan lama, kini ${was}` };
    const old = renderToStaticMarkup(<SegmentText segments={row.segments} mode="old" oldLines={row.old?.lines} titles={titles} />);
    const neu = renderToStaticMarkup(<SegmentText segments={row.segments} mode="new" newLines={row.new?.lines} titles={titles} />);
    const inline = renderToStaticMarkup(<SegmentText segments={row.segments} mode="inline" oldLines={row.old?.lines} newLines={row.new?.lines} titles={titles} />);
    expect(old).toContain('<del class="cmp-del" title="rujukan lama, kini ayat (4)">ayat (2)</del>');
    expect(neu).toContain('<ins class="cmp-ins" title="rujukan baru">ayat (2)</ins>');
    expect(inline).toContain('title="rujukan lama, kini ayat (4)">ayat (2)</del>');
    expect(inline).toContain('title="rujukan baru">ayat (2)</ins>');
    // Other marks keep the plain titles.
    expect(old.match(/title="rujukan lama/g)).toHaveLength(1);
    expect(old).toContain('title="dihapus"');
  });

  it('hangs a marker the old text did not print (Banjarnegara 8/2025 Pasal II: a paragraph that became angka 3)', () => {
    const line = segmentLines([{ op: 'equal', text: '3. ', old: '' }, { op: 'insert', text: 'Perda ini mulai berlaku pada tanggal diundangkan.' }], 'new', { new: [{ indent: 0, marker: '3.', label: 'Pasal II angka 3' }] })[0]!;
    const hung = hungMarker(line);
    expect(hung?.marker).toEqual({ op: 'equal', text: '3.', old: '' });
    expect(hung?.rest.map((p) => p.text)).toEqual([' ', 'Perda ini mulai berlaku pada tanggal diundangkan.']);
  });

  it('hangs one marker where a line opens with one deleted and one inserted (an instrument quoting a list the Perda numbered on its own)', () => {
    const line = segmentLines([{ op: 'delete', text: '1.' }, { op: 'insert', text: '1.' }, { op: 'equal', text: ' Gubernur adalah Gubernur Sulawesi Utara.' }], 'inline', {})[0]!;
    expect(hungMarker(line)).toEqual({ marker: { op: 'equal', text: '1.' }, rest: [{ op: 'equal', text: ' Gubernur adalah Gubernur Sulawesi Utara.' }] });
    const renumbered = segmentLines([{ op: 'delete', text: '2.' }, { op: 'insert', text: '3.' }, { op: 'equal', text: ' Dinas.' }], 'inline', {})[0]!;
    expect(hungMarker(renumbered)?.marker).toEqual({ op: 'equal', text: '3.', old: '2.' });
  });

  it('in the redline, F8 stops at each changed line of a changed Pasal, named as its part', () => {
    const pasal1 = byNew('Pasal 1');
    const stops = lineStops(pasal1) ?? [];
    const cut = segmentLines(pasal1.segments, 'inline', { old: pasal1.old?.lines, new: pasal1.new?.lines });
    // Exactly the lines holding a word change or a word written otherwise (capitals, spelling), in order.
    const changedWords = (l: (typeof cut)[number]) => l.pieces.some((p) => p.op !== 'equal' && p.text.trim() !== '');
    const writtenOtherwise = (l: (typeof cut)[number]) => l.pieces.some((p) => formChanged(p));
    expect(stops).toEqual(cut.flatMap((l, i) => (changedWords(l) || writtenOtherwise(l) ? [i] : [])));
    // Angka 20, "Bangunan Umum" now "Bangunan umum" and nothing else, is a stop.
    const capitals = cut.findIndex((l) => l.pieces.some((p) => p.text.includes('Bangunan umum adalah')));
    expect(changedWords(cut[capitals]!)).toBe(false);
    expect(stops).toContain(capitals);
    expect(stops.length).toBeGreaterThan(20);
    expect(stops.length).toBeLessThan(cut.length);
    // Angka 3 ("Kepala Daerah" -> "Walikota") is a stop, named as the table names it; its opening words are not.
    const third = cut.findIndex((l) => l.pieces.some((p) => p.text.includes('Walikota')));
    expect(stops).toContain(third);
    expect(lineName(pasal1, third)).toBe('angka 3');
    // A kept definition whose number followed the renumbering is named with both numbers, as the table names it.
    const parkir = cut.findIndex((l) => l.pieces.some((p) => p.text.includes('Kendaraan berhenti atau')));
    expect(lineName(pasal1, parkir)).toBe('angka 7 (semula angka 9)');
    expect(stops).not.toContain(0);
    // A Pasal inserted whole, or changed in one line only, is one stop.
    expect(byNew('Pasal 5').status).toBe('inserted');
    expect(lineStops(byNew('Pasal 5'))).toBeNull();
  });

  it('in the redline, a deleted ayat before the kept ones opens no line of the new text', () => {
    // Segments as a Pasal gives them when its first ayat was deleted: the kept ayat is still the new text's first line.
    const segments = [
      { op: 'delete' as const, text: '(1) Penyelenggaraan tempat parkir merupakan kewenangan Pemerintah Daerah.' },
      { op: 'equal' as const, text: '\n(2) Pemerintah Daerah dapat bekerja sama dengan orang atau badan.' },
    ];
    const cut = segmentLines(segments, 'inline', { old: [{ indent: 0, marker: '(1)', label: 'Pasal 2 ayat (1)' }, { indent: 0, marker: '(2)', label: 'Pasal 2 ayat (2)' }], new: [{ indent: 0, marker: '(2)', label: 'Pasal 4 ayat (2)' }] });
    expect(cut.map((l) => l.layout?.marker)).toEqual(['(1)', '(2)']);
    expect(cut.map((l) => hungMarker(l)?.marker.text)).toEqual(['(1)', '(2)']);
  });

  it('in the redline, old lines deleted before new lines inserted below them each keep their own lines (Surabaya old Pasal 3 -> new Pasal 10)', () => {
    // As the comparison gives them: the old ayat (1) and its item a struck, then the new ayat (1) after a break.
    const segments = [
      { op: 'delete' as const, text: '(1) Penyelenggaraan tempat parkir oleh Pemerintah Daerah meliputi :\na. Parkir di Tepi Jalan Umum;' },
      { op: 'insert' as const, text: '\n(1) Penyelenggaraan Tempat Parkir di luar Ruang Milik Jalan dilaksanakan dalam bentuk TKP.\n(2) Penyelenggaraan Tempat Parkir dapat dilaksanakan melalui:\na. Parkir TKP Wisata;' },
      { op: 'equal' as const, text: '\nb. Parkir TKP Valet;' },
    ];
    const cut = segmentLines(segments, 'inline', {
      old: [{ indent: 0, marker: '(1)', label: 'Pasal 3 ayat (1)' }, { indent: 1, marker: 'a.', label: 'Pasal 3 ayat (1) huruf a' }, { indent: 1, marker: 'b.', label: 'Pasal 3 ayat (1) huruf b' }],
      new: [{ indent: 0, marker: '(1)', label: 'Pasal 10 ayat (1)' }, { indent: 0, marker: '(2)', label: 'Pasal 10 ayat (2)' }, { indent: 1, marker: 'a.', label: 'Pasal 10 ayat (2) huruf a' }, { indent: 1, marker: 'b.', label: 'Pasal 10 ayat (2) huruf b' }],
    });
    // Struck item a stands alone, not beside the new ayat (1).
    expect(cut.map((l) => l.pieces.filter((p) => p.text.trim() !== '').map((p) => p.op).join(','))).toEqual(['delete', 'delete', 'insert', 'insert', 'insert', 'equal']);
    expect(cut.map((l) => l.layout?.label)).toEqual(['Pasal 3 ayat (1)', 'Pasal 3 ayat (1) huruf a', 'Pasal 10 ayat (1)', 'Pasal 10 ayat (2)', 'Pasal 10 ayat (2) huruf a', 'Pasal 10 ayat (2) huruf b']);
  });

  it('in the redline, a deletion and an insertion that both break the line break it together (the Sulut RPJMD texts, Pasal 4: the instrument ";" where the Perda has "." at the end of ayat (1))', () => {
    // As the comparison gives them: the end of ayat (1) and the marker of ayat (2) in one change on each side.
    const segments = [
      { op: 'equal' as const, text: '(1) RPJMD tercantum dalam Lampiran Peraturan Daerah ini' },
      { op: 'delete' as const, text: ';\n(2)' },
      { op: 'insert' as const, text: '.\n(2)' },
      { op: 'equal' as const, text: ' Target kinerja bersifat indikatif.' },
    ];
    const layout = [{ indent: 0, marker: '(1)', label: 'Pasal 4 ayat (1)' }, { indent: 0, marker: '(2)', label: 'Pasal 4 ayat (2)' }];
    const cut = segmentLines(segments, 'inline', { old: layout, new: layout });
    expect(cut.map((l) => l.pieces.map((p) => `${p.op === 'equal' ? '' : p.op === 'delete' ? '-' : '+'}${p.text}`).join('|'))).toEqual([
      '(1) RPJMD tercantum dalam Lampiran Peraturan Daerah ini|-;|+.',
      '-(2)|+(2)| Target kinerja bersifat indikatif.',
    ]);
    expect(cut.map((l) => l.layout?.marker)).toEqual(['(1)', '(2)']);
    // Each side alone reads as it did: the table's columns are not touched.
    expect(segmentLines(sideSegments(segments, 'new'), 'new', { new: layout }).map((l) => l.pieces.map((p) => p.text).join(''))).toEqual(['(1) RPJMD tercantum dalam Lampiran Peraturan Daerah ini.', '(2) Target kinerja bersifat indikatif.']);
  });
});
