/**
 * Uneven light taken off a scanned page (`even-light.ts`), on made pages: lines of "letters"
 * (strokes 4 pixels wide, 24 apart) on paper, lit evenly, or with a shadow over their lower half.
 */
import { describe, expect, it } from 'vitest';
import { evenlyLit, paperLight } from '../../../src/parse/even-light';
import type { GreyImage } from '../../../src/parse/page-image';

const W = 850;
const H = 1200;

/** A page of text lines: ink `ink` on paper `paper`, each pixel then times the light at its place. */
function page(paper: number, ink: number, light: (x: number, y: number) => number = () => 1): GreyImage {
  const data = new Uint8Array(W * H);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const inLine = y % 60 >= 20 && y % 60 < 44 && x > 80 && x < W - 80;
      const stroke = inLine && x % 24 < 4;
      data[y * W + x] = Math.round((stroke ? ink : paper) * light(x, y));
    }
  return { width: W, height: H, data };
}

/** A soft shadow over the lower half: the light falls to `1 - depth` across 60 pixels. */
const shadow = (depth: number) => (_x: number, y: number) => 1 - depth * Math.min(1, Math.max(0, (y - H / 2) / 60));

/** The range of the values at the pixels `where` picks. */
function range(img: GreyImage, where: (x: number, y: number) => boolean): [number, number] {
  let lo = 255;
  let hi = 0;
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      if (!where(x, y)) continue;
      const v = img.data[y * img.width + x] as number;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  return [lo, hi];
}

const isStroke = (x: number, y: number) => y % 60 >= 20 && y % 60 < 44 && x > 80 && x < W - 80 && x % 24 < 4;
/** Paper between the strokes of a line: the pixels around which a threshold must fall. */
const isGap = (x: number, y: number) => y % 60 >= 20 && y % 60 < 44 && x > 80 && x < W - 80 && x % 24 >= 10 && x % 24 < 18;
const below = (where: (x: number, y: number) => boolean) => (x: number, y: number) => y > H / 2 + 80 && where(x, y);
const above = (where: (x: number, y: number) => boolean) => (x: number, y: number) => y < H / 2 - 20 && where(x, y);

describe('a scanned page in uneven light', () => {
  it('is left exactly as it is when lit evenly, white paper or grey, grey ink or one-bit black', () => {
    for (const img of [page(255, 0), page(215, 70), page(240, 120, (x) => 1 - 0.1 * (x / W))]) {
      expect(paperLight(img)).toBeNull();
      expect(evenlyLit(img)).toBe(img);
    }
  });

  it('finds the paper darker where the shadow lies', () => {
    const found = paperLight(page(230, 40, shadow(0.6)))!;
    expect(found.size).toBe(10);
    const at = (x: number, y: number) => found.light[Math.floor(y / found.size) * found.cols + Math.floor(x / found.size)] as number;
    expect(at(400, 200)).toBe(230);
    expect(Math.abs(at(400, 1000) - 92)).toBeLessThanOrEqual(1);
  });

  it('makes paper in the shadow as white as paper in the light, the ink staying dark', () => {
    const shaded = page(230, 40, shadow(0.6));
    // In the shadow the paper (92) is darker than the ink is in the light (40 is far below, but a
    // page-wide threshold between 40 and 230 falls above 92): the lines there would read as ink.
    expect(range(shaded, below(isGap))[1]).toBeLessThan(100);
    const even = evenlyLit(shaded);
    expect(even).not.toBe(shaded);
    for (const part of [above, below]) {
      const [paperLo] = range(even, part(isGap));
      const [, inkHi] = range(even, part(isStroke));
      expect(paperLo).toBeGreaterThanOrEqual(240);
      expect(inkHi).toBe(44);
    }
  });
});
