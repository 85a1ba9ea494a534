/**
 * Ayat markers a scan's text recognition set after their paragraphs, at the page's foot
 * (`displaced-markers.ts`; the real case, Perpres 70/2023 Pasal 3, is in
 * test/unit/amend/pengalokasian-lahan.test.ts): placed back only where they go on from the last
 * ayat and there are exactly as many paragraphs without a marker.
 */
import { describe, expect, it } from 'vitest';
import { placeDisplacedMarkers } from '../../../src/parse/displaced-markers';
import { normalizeLines } from '../../../src/parse/normalize-lines';
import type { RemovedLine } from '../../../src/parse/types';

/** The lines of `page` (then a page break and "BAB III") after the displaced markers are placed, and the lines removed. */
function placed(page: string[]): { lines: string[]; removed: string[] } {
  const removed: RemovedLine[] = [];
  const lines = placeDisplacedMarkers(normalizeLines(`${page.join('\n')}\n\fBAB III\n`), removed);
  return { lines: lines.map((l) => l.text), removed: removed.map((r) => r.text) };
}

const PAGE = ['(6) Atas rekomendasi Satuan Tugas, menteri menerbitkan surat keputusan.', 'Atas rekomendasi Satuan Tugas, menteri menghapus HAT.', 'Atas penerbitan surat keputusan, Satuan Tugas melakukan penataan kembali.'];

describe('ayat markers set after their paragraphs at a page\'s foot', () => {
  it('"{71" and "(8)" after two paragraphs that follow ayat (6): each paragraph takes its marker, the marker lines are removed', () => {
    expect(placed([...PAGE, '{71', '(8)'])).toEqual({
      lines: [PAGE[0], `(7) ${PAGE[1]}`, `(8) ${PAGE[2]}`, 'BAB III'],
      removed: ['{71', '(8)'],
    });
  });

  it('markers that do not go on from the last ayat, or more markers than paragraphs, stay as they are', () => {
    expect(placed([...PAGE, '(8)', '(9)']).removed).toEqual([]);
    expect(placed([PAGE[0] as string, PAGE[1] as string, '{71', '(8)']).removed).toEqual([]);
  });

  it('a marker left at a page\'s foot whose words open the next page stays (the words are its own)', () => {
    const removed: RemovedLine[] = [];
    const lines = normalizeLines(`${[PAGE[0], PAGE[1], '(7)'].join('\n')}\n\fKetentuan lebih lanjut diatur dengan Peraturan Presiden.\n`);
    placeDisplacedMarkers(lines, removed);
    expect(removed).toEqual([]);
  });
});
