/**
 * Specks taken off a scanned page before it is read: the dust and toner a photocopy scatters over
 * a page, dots of a few pixels each, by the thousand. Text recognition reads them as letters and
 * signs ("Co", "oo", "EE", ":") into the lines beside them, and a page thick with them lost its
 * headings and every Pasal. A speck is a spot of ink too small to be any printed sign: a full stop
 * or the dot of an "i" covers 20 to 40 pixels at 300 dpi, a speck 1 to 4. A page with few specks
 * (a clean scan) is left exactly as it is.
 */
import type { GreyImage } from './page-image';

/** Darker than this (0-255) is ink. */
const INK = 128;

/** A spot of ink of at most this many pixels at 300 dpi is a speck (a full stop covers about 30). */
const SPECK_PIXELS_AT_300_DPI = 8;

/** A page with fewer specks than this is left as it is: a clean scan's few stray dots do no harm. */
const MANY_SPECKS = 300;

/** The specks of `img` (spots of ink of at most `most` pixels, 8-connected), as lists of pixel indexes. */
export function specksOf(img: GreyImage, most: number): number[][] {
  const { width, height, data } = img;
  const seen = new Uint8Array(width * height);
  const specks: number[][] = [];
  const stack: number[] = [];
  for (let start = 0; start < data.length; start++) {
    if (seen[start] === 1 || (data[start] as number) >= INK) continue;
    // The spot of ink that holds `start`, walked whole so none of it is walked again.
    const spot: number[] = [];
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const p = stack.pop() as number;
      if (spot.length <= most) spot.push(p);
      const x = p % width;
      const y = (p - x) / width;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const q = ny * width + nx;
          if (seen[q] === 0 && (data[q] as number) < INK) {
            seen[q] = 1;
            stack.push(q);
          }
        }
      }
    }
    if (spot.length <= most) specks.push(spot);
  }
  return specks;
}

/** The largest speck, in pixels, for a scan of `dpi`. */
export function speckPixels(dpi: number): number {
  return Math.max(2, Math.round(SPECK_PIXELS_AT_300_DPI * (dpi / 300) ** 2));
}

/** `img` with its specks made paper, read at `dpi`; the image itself when it holds few (`MANY_SPECKS`). */
export function despeckled(img: GreyImage, dpi: number): GreyImage {
  const specks = specksOf(img, speckPixels(dpi));
  if (specks.length < MANY_SPECKS) return img;
  const data = Uint8Array.from(img.data);
  for (const speck of specks) for (const p of speck) data[p] = 255;
  return { width: img.width, height: img.height, data };
}
