/**
 * A scanned page fed upside down or sideways is read again turned until it reads well
 * (`page-orientation.ts`), with a stand-in recogniser: it is sure of a page only when the page's
 * marked corner pixel stands at the top left, as text stands the right way up.
 */
import { describe, expect, it } from 'vitest';
import { medianConfidence, readRightWayUp, TurnPolicy, type Confidences } from '../../../src/parse/page-orientation';
import type { GreyImage } from '../../../src/parse/page-image';

/** A page of `n` words recognised with `confidence` each. */
function page(confidence: number, n = 20): Confidences & { confidence: number } {
  return { confidence, blocks: [{ paragraphs: [{ lines: [{ words: Array.from({ length: n }, () => ({ confidence })) }] }] }] };
}

/** A 3 x 2 image, dark at one corner: `turn` degrees away from the right way up. */
function image(turn: 0 | 90 | 180 | 270): GreyImage {
  const upright = [0, 255, 255, 255, 255, 255];
  const data = turn === 0 ? upright : turn === 180 ? [...upright].reverse() : turn === 90 ? [255, 0, 255, 255, 255, 255] : [255, 255, 255, 255, 0, 255];
  return turn === 0 || turn === 180 ? { width: 3, height: 2, data: Uint8Array.from(data) } : { width: 2, height: 3, data: Uint8Array.from(data) };
}

/** The stand-in recogniser: sure (90) of an image whose first pixel is dark, unsure (25) otherwise; `seen` counts its readings. */
function recogniser(seen: GreyImage[], sureOf = (img: GreyImage) => img.data[0] === 0) {
  return async (img: GreyImage) => {
    seen.push(img);
    return page(sureOf(img) ? 90 : 25);
  };
}

describe('medianConfidence', () => {
  it('is the median of the words\' confidences, or null for a page of too few words', () => {
    expect(medianConfidence({ blocks: [{ paragraphs: [{ lines: [{ words: [10, 20, 90, 95, 99, 30, 91, 92, 93, 94, 96, 97, 98, 15, 25].map((confidence) => ({ confidence })) }] }] }] })).toBe(92);
    expect(medianConfidence(page(20, 14))).toBeNull();
    expect(medianConfidence({ blocks: null })).toBeNull();
  });
});

describe('readRightWayUp', () => {
  it('reads a page laid the right way up once', async () => {
    const seen: GreyImage[] = [];
    const r = await readRightWayUp(image(0), recogniser(seen));
    expect([r.turn, r.legible, seen.length]).toEqual([0, true, 1]);
  });

  it('reads a page fed upside down turned a half round, and keeps that reading', async () => {
    const seen: GreyImage[] = [];
    const r = await readRightWayUp(image(180), recogniser(seen));
    expect([r.turn, r.legible, seen.length, r.page.confidence]).toEqual([180, true, 2, 90]);
    expect(r.image.data[0]).toBe(0);
  });

  it('reads a page fed sideways turned a quarter, trying upside down first', async () => {
    const seen: GreyImage[] = [];
    const r = await readRightWayUp(image(270), recogniser(seen));
    expect([r.turn, r.legible, seen.length]).toEqual([90, true, 3]);
    expect([r.image.width, r.image.height]).toEqual([3, 2]);
  });

  it('keeps the surest reading of a page no way reads well, and says so', async () => {
    const seen: GreyImage[] = [];
    let k = 0;
    const confidences = [25, 30, 42, 20];
    const r = await readRightWayUp(image(0), async (img) => {
      seen.push(img);
      return page(confidences[k++] as number);
    });
    expect([r.turn, r.legible, seen.length, r.page.confidence]).toEqual([90, false, 4, 42]);
  });

  it('does not turn a page of a few words (a signature, a stamp)', async () => {
    const seen: GreyImage[] = [];
    const r = await readRightWayUp(image(180), async (img) => {
      seen.push(img);
      return page(10, 5);
    });
    expect([r.turn, r.legible, seen.length]).toEqual([0, true, 1]);
  });
});

describe('TurnPolicy', () => {
  it('stops turning a poor copy\'s pages after two were turned in vain, and reads such a page once', async () => {
    const policy = new TurnPolicy();
    const poor = async () => page(25);
    const reads: number[] = [];
    for (let p = 0; p < 4; p++) {
      let n = 0;
      const r = await readRightWayUp(image(0), async () => (n++, poor()), policy.turns);
      policy.record(r);
      reads.push(n);
      expect(r.legible).toBe(false);
    }
    expect(reads).toEqual([4, 4, 1, 1]);
  });

  it('keeps turning once a page was found fed the wrong way, and counts no page read well', () => {
    const policy = new TurnPolicy();
    policy.record({ turn: 0, legible: true });
    policy.record({ turn: 0, legible: false });
    policy.record({ turn: 180, legible: true });
    policy.record({ turn: 0, legible: false });
    policy.record({ turn: 0, legible: false });
    expect(policy.turns).toBe(true);
    const fresh = new TurnPolicy();
    for (let i = 0; i < 5; i++) fresh.record({ turn: 0, legible: true });
    expect(fresh.turns).toBe(true);
  });
});
