/**
 * Uneven light taken off a scanned page before it is read: a shadow over part of the page (a hand,
 * the phone that photographed it, a book's gutter), light falling off towards a corner, paper
 * gone yellow in patches. Text recognition splits ink from paper by one threshold for the whole
 * page, so where the paper lies in shadow it reads paper as ink, or ink as paper, and the lines
 * there are lost. Here the paper's own brightness is found around every point (the brightest
 * pixel of each small block, widened and smoothed over its neighbours: a block always holds some
 * paper between the strokes of its letters) and every pixel is read against it, so the paper
 * comes out white everywhere and the ink dark. A page lit evenly is left exactly as it is.
 */
import { bilinearAt, type GreyImage } from './page-image';

/** Blocks across an A4 page's width: a block about 2.5 mm wide, wider than a letter's strokes, narrower than a shadow's edge. */
const BLOCKS_ACROSS = 85;

/** Light counts as even where the paper's darkest patch is at least this share of its brightest. */
const EVEN = 0.85;

/** The brightest pixel of each `size` x `size` block of `img`, block rows first. */
function blockMaxima(img: GreyImage, size: number, cols: number, rows: number): Float32Array {
  const out = new Float32Array(cols * rows);
  const { width, height, data } = img;
  for (let y = 0; y < height; y++) {
    const row = ((y / size) | 0) * cols;
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x] as number;
      const b = row + ((x / size) | 0);
      if (v > (out[b] as number)) out[b] = v;
    }
  }
  return out;
}

/** Each block's value replaced by `pick` of its 3 x 3 neighbourhood (clipped at the edges). */
function neighbourhood(grid: Float32Array, cols: number, rows: number, pick: (values: number[]) => number): Float32Array {
  const out = new Float32Array(grid.length);
  const values: number[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      values.length = 0;
      for (let dr = -1; dr <= 1; dr++)
        for (let dc = -1; dc <= 1; dc++) {
          const rr = Math.min(rows - 1, Math.max(0, r + dr));
          const cc = Math.min(cols - 1, Math.max(0, c + dc));
          values.push(grid[rr * cols + cc] as number);
        }
      out[r * cols + c] = pick(values);
    }
  return out;
}

const largest = (values: number[]) => Math.max(...values);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The value below which `share` of `grid`'s values lie. */
function percentile(grid: Float32Array, share: number): number {
  const sorted = Float32Array.from(grid).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number;
}

/**
 * The paper's brightness around every block of `img` (`BLOCKS_ACROSS` blocks across), or null
 * when the page is lit evenly (its darkest paper at least `EVEN` of its brightest).
 */
export function paperLight(img: GreyImage): { size: number; cols: number; rows: number; light: Float32Array } | null {
  const size = Math.max(4, Math.round(img.width / BLOCKS_ACROSS));
  const cols = Math.ceil(img.width / size);
  const rows = Math.ceil(img.height / size);
  if (cols < 3 || rows < 3) return null;
  const light = neighbourhood(neighbourhood(blockMaxima(img, size, cols, rows), cols, rows, largest), cols, rows, mean);
  const bright = percentile(light, 0.95);
  return bright > 0 && percentile(light, 0.05) >= EVEN * bright ? null : { size, cols, rows, light };
}

/** `img` with its paper made evenly white (`paperLight`, read between block centres); the image itself when it is lit evenly. */
export function evenlyLit(img: GreyImage): GreyImage {
  const found = paperLight(img);
  if (!found) return img;
  const { size, cols, rows, light } = found;
  const { width, height, data } = img;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const paper = Math.max(1, bilinearAt(light, cols, rows, (x + 0.5) / size - 0.5, (y + 0.5) / size - 0.5));
      out[y * width + x] = Math.min(255, Math.round(((data[y * width + x] as number) * 255) / paper));
    }
  return { width, height, data: out };
}
