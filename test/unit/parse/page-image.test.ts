/**
 * The pieces of reading a scanned PDF that need no text recognition: a page's image in grey
 * (`page-image.ts`), enlarged where the scan is coarse, written as PGM; recognised words set out as
 * text-layer items, specks left out, and a page number's misread dashes (`pdf-ocr.ts`).
 */
import { describe, expect, it } from 'vitest';
import { asPlaced, enlargedForReading, grey, pgm, turned } from '../../../src/parse/page-image';
import { ocrItems, readersFor, withPageNumbers } from '../../../src/parse/pdf-ocr';
import { withoutStrayCapital } from '../../../src/parse/stray-capitals';
import type { SourceLine } from '../../../src/parse/types';

describe('a scanned page as an image to read', () => {
  it('one-bit images: a set bit is white, rows padded to whole bytes', () => {
    // 10 x 2: row 0 = 1010101010 (+6 padding bits), row 1 = 0000000001.
    const img = grey({ width: 10, height: 2, kind: 1, data: new Uint8Array([0b10101010, 0b10000000, 0b00000000, 0b01000000]) });
    expect(Array.from(img!.data)).toEqual([255, 0, 255, 0, 255, 0, 255, 0, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255]);
  });

  it('RGB and RGBA pixels in grey by their lightest channel, coloured ink (a stamp, a signature, a highlighter) as paper', () => {
    // Black ink, grey ink, yellowed paper, black ink through a blue stamp; a blue stamp, a red seal, yellow highlighter.
    const rgb = grey({ width: 7, height: 1, kind: 2, data: new Uint8Array([20, 22, 18, 120, 118, 110, 250, 238, 205, 30, 32, 60, 40, 60, 170, 170, 40, 60, 250, 240, 80]) });
    expect(Array.from(rgb!.data)).toEqual([22, 120, 250, 60, 255, 255, 255]);
    const rgba = grey({ width: 2, height: 1, kind: 3, data: new Uint8ClampedArray([0, 255, 0, 255, 9, 9, 9, 255]) });
    expect(Array.from(rgba!.data)).toEqual([255, 9]);
    expect(grey({ width: 2, height: 2, kind: 2, data: new Uint8Array(3) })).toBeNull();
  });

  it('a scan coarser than 250 dpi is enlarged by a whole factor, a finer one kept', () => {
    const at = (dpi: number) => ({ width: Math.round((dpi * 595) / 72), height: 4, data: new Uint8Array(Math.round((dpi * 595) / 72) * 4) });
    expect(enlargedForReading(at(150), 595).width / at(150).width).toBe(2);
    expect(enlargedForReading(at(100), 595).width / at(100).width).toBe(3);
    expect(enlargedForReading(at(30), 595).width / at(30).width).toBe(4);
    const fine = at(300);
    expect(enlargedForReading(fine, 595)).toBe(fine);
  });

  it('enlarges by bilinear steps between the pixels it has', () => {
    const big = enlargedForReading({ width: 2, height: 1, data: new Uint8Array([0, 200]) }, 2 * 72 / 125);
    expect(big.width).toBe(4);
    expect(Array.from(big.data.slice(0, 4))).toEqual([0, 50, 150, 200]);
  });

  it('turns a page the PDF shows turned, clockwise', () => {
    // 3 x 2:  1 2 3 / 4 5 6
    const img = { width: 3, height: 2, data: new Uint8Array([1, 2, 3, 4, 5, 6]) };
    const at = (d: number) => { const t = turned(img, d); return [t.width, t.height, ...t.data]; };
    expect(at(90)).toEqual([2, 3, 4, 1, 5, 2, 6, 3]);
    expect(at(180)).toEqual([3, 2, 6, 5, 4, 3, 2, 1]);
    expect(at(270)).toEqual([2, 3, 3, 6, 2, 5, 1, 4]);
    expect(at(-90)).toEqual(at(270));
    expect(turned(img, 0)).toBe(img);
  });

  it('sets an image as its matrix places it: turned a quarter or a half round, or mirrored; upright or askew as stored', () => {
    // Stored 3 x 2: a b c / d e f (as pixel values 1 to 6).
    const img = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
    const shown = (at: [number, number, number, number, number, number]) => {
      const r = asPlaced(img, at);
      return [r.width, r.height, ...Array.from(r.data)];
    };
    expect(shown([30, 0, 0, 20, 0, 0])).toEqual([3, 2, 1, 2, 3, 4, 5, 6]);
    // Its top edge along the page's left side, from the foot up (turned a quarter anticlockwise).
    expect(shown([0, 30, -20, 0, 20, 0])).toEqual([2, 3, 3, 6, 2, 5, 1, 4]);
    // Its top edge along the page's right side, from the head down (a quarter clockwise).
    expect(shown([0, -30, 20, 0, 0, 30])).toEqual([2, 3, 4, 1, 5, 2, 6, 3]);
    expect(shown([-30, 0, 0, -20, 30, 20])).toEqual([3, 2, 6, 5, 4, 3, 2, 1]);
    // Drawn with the page's y axis pointing down: its first row at the foot.
    expect(shown([30, 0, 0, -20, 0, 20])).toEqual([3, 2, 4, 5, 6, 1, 2, 3]);
    expect(shown([26, 15, -10, 17, 0, 0])).toEqual([3, 2, 1, 2, 3, 4, 5, 6]);
    // The clockwise quarter is what `turned` gives for a page shown turned 90 degrees.
    expect(asPlaced(img, [0, -30, 20, 0, 0, 30])).toEqual(turned(img, 90));
  });

  it('writes a binary PGM', () => {
    const file = pgm({ width: 3, height: 1, data: new Uint8Array([1, 2, 3]) });
    expect(file.toString('latin1', 0, 13)).toBe('P5\n3 1\n255\n\u0001\u0002');
    expect(file.length).toBe(14);
  });
});

describe('recognised words as a text layer', () => {
  const word = (text: string, x0: number, x1: number, confidence = 90, y0 = 82, y1 = 108) => ({ text, confidence, bbox: { x0, x1, y0, y1 } });

  it('sets every word of a line on the line\'s baseline, in points from the page\'s foot, and leaves specks out', () => {
    const items = ocrItems({ blocks: [{ paragraphs: [{ lines: [{ baseline: { y0: 100, y1: 102 }, bbox: { y0: 80, y1: 110 }, words: [word('a.', 10, 30), word('~~', 40, 60, 17), word('parkir;', 70, 150), word('-', 160, 170, 95)] }] }] }] }, 1000, 0.5);
    expect(items.map((i) => i.str)).toEqual(['a.', 'parkir;', '-']);
    expect(items.map((i) => i.transform[5])).toEqual([449.5, 449.5, 449.5]);
    expect(items.map((i) => [i.transform[4], i.width])).toEqual([[5, 10], [35, 40], [80, 5]]);
  });

  it('leaves out a blot read as a short word: a punch hole in the margin twice as tall as the words ("O" beside "Pasal 3")', () => {
    const lines = [
      { baseline: { y0: 100, y1: 100 }, bbox: { y0: 40, y1: 130 }, words: [word('O', 0, 90, 65, 40, 130), word('Pasal', 400, 500), word('3', 510, 530)] },
      { baseline: { y0: 200, y1: 200 }, bbox: { y0: 170, y1: 210 }, words: [word('(1)', 100, 150), word('Walikota', 160, 320), word('OO', 330, 400, 90, 172, 208)] },
    ];
    const items = ocrItems({ blocks: [{ paragraphs: [{ lines }] }] }, 1000, 0.5);
    // A short word of the text's own height stays, whatever it reads.
    expect(items.map((i) => i.str)).toEqual(['Pasal', '3', '(1)', 'Walikota', 'OO']);
  });

  const line = (text: string, indent: number): SourceLine => ({ no: 1, page: 3, indent, text, raw: `${' '.repeat(indent)}${text}`, hard: false, blankBefore: false });

  it('drops the capital text recognition sets before a word\'s first consonant or inside a word', () => {
    expect(['Kkelestarian', 'Jjasa', 'Kketersediaan', 'kelestarian', 'Daerah', 'Aan', 'Oos', 'KKN', 'Ss'].map(withoutStrayCapital)).toEqual(['kelestarian', 'jasa', 'ketersediaan', 'kelestarian', 'Daerah', 'Aan', 'Oos', 'KKN', 'Ss']);
    // A "b" read as "Db" at a word's head, a "k" read as "Kk", "kK" or "K" inside a word; a stop after any kept.
    expect(['Dberlangganan;', 'Dberdekatan', 'parKkir.', 'parKkir', 'kKhusus;', 'parKir.'].map(withoutStrayCapital)).toEqual(['berlangganan;', 'berdekatan', 'parkir.', 'parkir', 'khusus;', 'parkir.']);
    // Words a capital may open, names in old spellings, abbreviations and words of capitals stay as read.
    const kept = ['Provinsi', 'Struktur', 'Knalpot', 'Bhayangkara', 'Ngawi', 'Mbojo', 'Djoko', 'Tjipto', 'Sri', 'Schmidt', 'Drs.', 'Bpk.', 'Tbk', 'DPRD', 'PemKot', 'McDonald', 'Kabupaten/Kota'];
    expect(kept.map(withoutStrayCapital)).toEqual(kept);
  });

  it('reads as many pages at once as there are cores, at most four, never more than the pages', () => {
    expect([1, 2, 3, 8, 16].map((cores) => readersFor(19, cores))).toEqual([1, 2, 3, 4, 4]);
    expect(readersFor(1, 8)).toBe(1);
    expect(readersFor(3, 0)).toBe(1);
  });

  it('a page number at a page\'s head or foot is written as printed whatever became of its dashes', () => {
    const lines = withPageNumbers([line('= 14 =', 33), line('(1) Walikota berwenang …', 0), line('9s', 34)]);
    expect(lines.map((l) => l.text)).toEqual(['- 14 -', '(1) Walikota berwenang …', '- 9 -']);
    expect(lines[0]!.raw).toBe(`${' '.repeat(33)}- 14 -`);
    // Not a page number: words, a line at the left edge, a line within the page.
    const kept = withPageNumbers([line('Pasal 5', 33), line('7s', 0), line('= 2 =', 30), line('a.', 2)]);
    expect(kept.map((l) => l.text)).toEqual(['Pasal 5', '7s', '= 2 =', 'a.']);
  });
});
