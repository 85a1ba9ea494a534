/**
 * Specks taken off a scanned page (`specks.ts`), on made pages: "letters" (blocks of ink 4 by 30
 * pixels), full stops (6 by 6) and specks (2 by 2) on white paper.
 */
import { describe, expect, it } from 'vitest';
import { despeckled, speckPixels, specksOf } from '../../../src/parse/specks';
import type { GreyImage } from '../../../src/parse/page-image';

const W = 600;
const H = 400;

/** Ink at `value` over the box from (x, y), `w` by `h` pixels. */
function ink(img: GreyImage, x: number, y: number, w: number, h: number, value = 0): void {
  for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) img.data[yy * W + xx] = value;
}

/** A page of 10 lines of 40 letters, a full stop after each line, and `specks` specks between the lines. */
function page(specks: number): GreyImage {
  const img = { width: W, height: H, data: new Uint8Array(W * H).fill(255) };
  for (let line = 0; line < 10; line++) {
    for (let k = 0; k < 40; k++) ink(img, 10 + k * 12, 5 + line * 40, 4, 30);
    ink(img, 500, 29 + line * 40, 6, 6);
  }
  for (let s = 0; s < specks; s++) ink(img, 10 + (s % 70) * 8, 37 + 40 * Math.floor(s / 70), 2, 2, 60);
  return img;
}

describe('specks on a scanned page', () => {
  it('are the spots of ink too small to be a printed sign, at the scan\'s resolution', () => {
    expect([speckPixels(300), speckPixels(600), speckPixels(150), speckPixels(75)]).toEqual([8, 32, 2, 2]);
    const specks = specksOf(page(50), speckPixels(300));
    expect(specks).toHaveLength(50);
    expect(specks.every((s) => s.length === 4)).toBe(true);
  });

  it('are left alone on a page that holds few of them', () => {
    const clean = page(20);
    expect(despeckled(clean, 300)).toBe(clean);
  });

  it('are made paper on a page thick with them, every letter and full stop kept', () => {
    const dirty = page(600);
    const cleaned = despeckled(dirty, 300);
    expect(specksOf(cleaned, speckPixels(300))).toEqual([]);
    expect(Array.from(cleaned.data)).toEqual(Array.from(page(0).data));
    // The page read was not changed.
    expect(specksOf(dirty, speckPixels(300))).toHaveLength(600);
  });
});
