/**
 * The scanned image of a PDF page, for text recognition: the image the page paints (its pieces
 * put together where they stand), decoded by pdfjs (JPEG, JBIG2, CCITT, Flate) and turned into
 * 8-bit grey, enlarged where the scan is coarser than text recognition reads well, and written
 * as a PGM file (the simplest format Tesseract reads).
 */
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api';

/** A decoded image as pdfjs hands it over (`ImageKind`: 1 one bit, 2 RGB, 3 RGBA). */
interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** An 8-bit grey image. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Coloured ink: channels this far apart (0-255). A Perda is printed in black; what is coloured on
 * its scan is laid over the text (a blue or red stamp, a signature, a highlighter's stroke).
 */
const COLOURED = 60;

/** The resolution from which text recognition reads a scan as it is; coarser scans are enlarged. */
const MIN_DPI = 250;

/** pdfjs's operator codes (`OPS`) a page's images are painted and placed with. */
export interface ImageOps {
  save: number;
  restore: number;
  transform: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

/** A transformation matrix [a b c d e f] (x' = a x + c y + e, y' = b x + d y + f). */
type Matrix = readonly [number, number, number, number, number, number];

/** `m` applied first, then `ctm`. */
function times(ctm: Matrix, m: Matrix): Matrix {
  return [ctm[0] * m[0] + ctm[2] * m[1], ctm[1] * m[0] + ctm[3] * m[1], ctm[0] * m[2] + ctm[2] * m[3], ctm[1] * m[2] + ctm[3] * m[3], ctm[0] * m[4] + ctm[2] * m[5] + ctm[4], ctm[1] * m[4] + ctm[3] * m[5] + ctm[5]];
}

/** An image painted on a page, with the matrix that places its unit square there. */
interface Placed {
  img: DecodedImage;
  at: Matrix;
}

/** The decoded image object `id` of `page` (or of the document, for ids starting "g_"). */
function imageObject(page: PDFPageProxy, id: string): Promise<DecodedImage | null> {
  const objs = id.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => {
    objs.get(id, (img: unknown) => resolve(isDecoded(img) ? img : null));
  });
}

function isDecoded(x: unknown): x is DecodedImage {
  const d = x as DecodedImage | null;
  return !!d && typeof d.width === 'number' && typeof d.height === 'number' && typeof d.kind === 'number' && (d.data instanceof Uint8Array || d.data instanceof Uint8ClampedArray);
}

/** Every image `page` paints, each with where it is placed (following save, restore, transforms and forms). */
async function placedImages(page: PDFPageProxy, ops: ImageOps): Promise<Placed[]> {
  const list = await page.getOperatorList();
  const out: Placed[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = (list.argsArray[i] ?? []) as unknown[];
    if (fn === ops.save) saved.push(ctm);
    else if (fn === ops.restore) ctm = saved.pop() ?? ctm;
    else if (fn === ops.transform) ctm = times(ctm, args as unknown as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      saved.push(ctm);
      if (Array.isArray(args[0]) && args[0].length === 6) ctm = times(ctm, args[0] as unknown as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = saved.pop() ?? ctm;
    else if (fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject) {
      const arg = args[0];
      const img = typeof arg === 'string' ? await imageObject(page, arg) : isDecoded(arg) ? arg : null;
      if (img) out.push({ img, at: ctm });
    }
  }
  return out;
}

/**
 * What `page` shows of its images, in grey, or null when it paints none: a scan has one image
 * per page, set over the whole page; one cut into strips (as some scanners write a page), or
 * with a stamp set over it, is put together where each piece stands, at the resolution of the
 * largest. Pieces turned or skewed are left aside for the largest alone, which is set as the page
 * shows it (`asPlaced`).
 */
export async function pageScan(page: PDFPageProxy, ops: ImageOps): Promise<GreyImage | null> {
  const placed = await placedImages(page, ops);
  if (placed.length === 0) return null;
  const largest = placed.reduce((a, b) => (b.img.width * b.img.height > a.img.width * a.img.height ? b : a));
  const upright = placed.every((p) => p.at[1] === 0 && p.at[2] === 0 && p.at[0] > 0 && p.at[3] !== 0);
  if (placed.length === 1 || !upright) {
    const g = grey(largest.img);
    return g && asPlaced(g, largest.at);
  }
  return composed(placed, page.view);
}

/**
 * `img` as the page shows it where `at` places it turned a quarter or a half round, or mirrored
 * (a scan stored sideways and set upright by its matrix, as some scanners write a page; an image
 * drawn with the page's y axis pointing down): its first row is where the matrix puts the image's
 * top. An image placed askew (turned by another angle) is left as stored.
 */
export function asPlaced(img: GreyImage, at: Matrix): GreyImage {
  const [a, b, c, d] = at;
  const across = b === 0 && c === 0 && a !== 0 && d !== 0;
  const quarter = a === 0 && d === 0 && b !== 0 && c !== 0;
  if ((!across && !quarter) || (across && a > 0 && d > 0)) return img;
  const { width: w, height: h, data } = img;
  // The page's x grows with the image's columns (across) or its rows (a quarter turn).
  const [ow, oh] = across ? [w, h] : [h, w];
  const out = new Uint8Array(w * h);
  // Where the unit square lands, from the least x and y it reaches, and how far it reaches.
  const x0 = Math.min(0, a) + Math.min(0, c);
  const y0 = Math.min(0, b) + Math.min(0, d);
  const spanX = Math.abs(a) + Math.abs(c);
  const spanY = Math.abs(b) + Math.abs(d);
  for (let j = 0; j < h; j++)
    for (let i = 0; i < w; i++) {
      // The unit square: u across the stored image, v up from its last row.
      const u = (i + 0.5) / w;
      const v = 1 - (j + 0.5) / h;
      const ox = Math.min(ow - 1, Math.floor(((a * u + c * v - x0) / spanX) * ow));
      const oy = Math.min(oh - 1, Math.floor(((spanY - (b * u + d * v - y0)) / spanY) * oh));
      out[oy * ow + ox] = data[j * w + i] as number;
    }
  return { width: ow, height: oh, data: out };
}

/** The images `placed` put together on a grey page the size of `view`, at the resolution of the largest. */
function composed(placed: readonly Placed[], view: readonly number[]): GreyImage | null {
  const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = view;
  const scale = Math.max(...placed.map((p) => p.img.width / p.at[0]));
  const width = Math.round((x1 - x0) * scale);
  const height = Math.round((y1 - y0) * scale);
  if (!(width > 0 && height > 0) || width * height > 200_000_000) return grey(placed[0]!.img);
  const data = new Uint8Array(width * height).fill(255);
  for (const { img, at } of placed) {
    const g = grey(img);
    if (!g) continue;
    // The unit square's top edge is at y = f + d (d > 0) or f (d < 0, drawn upside down).
    const left = Math.round((at[4] - x0) * scale);
    const top = Math.round((y1 - (at[3] > 0 ? at[5] + at[3] : at[5])) * scale);
    const w = Math.round(at[0] * scale);
    const h = Math.round(Math.abs(at[3]) * scale);
    for (let y = Math.max(0, top); y < Math.min(height, top + h); y++) {
      const sy = Math.min(g.height - 1, Math.floor(((y - top) * g.height) / h));
      const row = at[3] > 0 ? sy : g.height - 1 - sy;
      for (let x = Math.max(0, left); x < Math.min(width, left + w); x++) {
        const sx = Math.min(g.width - 1, Math.floor(((x - left) * g.width) / w));
        const v = g.data[row * g.width + sx] as number;
        // Pieces laid over one another: the darker ink shows.
        if (v < (data[y * width + x] as number)) data[y * width + x] = v;
      }
    }
  }
  return { width, height, data };
}

/**
 * The image in 8-bit grey (one-bit images: a set bit is white, as pdfjs paints them). A colour
 * pixel reads as its lightest channel, and coloured ink as paper: black text stays black where a
 * stamp lies over it, and the stamp goes (a blue stamp and a red seal over page 5's Pasal 2 to 5:
 * by luminance Pasal 2 and 3 read as one, the stamp over Pasal 3's heading, and 4 with slips; so,
 * 2 to 4 read word for word, as on the clean page).
 */
export function grey(img: DecodedImage): GreyImage | null {
  const { width, height, kind, data } = img;
  const out = new Uint8Array(width * height);
  if (kind === 1) {
    const stride = Math.ceil(width / 8);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) out[y * width + x] = ((data[y * stride + (x >> 3)] as number) >> (7 - (x & 7))) & 1 ? 255 : 0;
    return { width, height, data: out };
  }
  const channels = kind === 2 ? 3 : kind === 3 ? 4 : 0;
  if (channels === 0 || data.length < width * height * channels) return null;
  for (let i = 0, j = 0; i < out.length; i++, j += channels) {
    const r = data[j] as number;
    const g = data[j + 1] as number;
    const b = data[j + 2] as number;
    const hi = Math.max(r, g, b);
    out[i] = hi - Math.min(r, g, b) > COLOURED ? 255 : hi;
  }
  return { width, height, data: out };
}

/**
 * The value of a grid of `width` x `height` values (rows first) at the point (`sx`, `sy`) between
 * them, read bilinearly from the four around it; a point beyond the grid's edge reads the edge.
 */
export function bilinearAt(values: ArrayLike<number>, width: number, height: number, sx: number, sy: number): number {
  const x = Math.min(width - 1, Math.max(0, sx));
  const y = Math.min(height - 1, Math.max(0, sy));
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = Math.min(width - 1, x0 + 1);
  const y1 = Math.min(height - 1, y0 + 1);
  const fx = x - x0;
  const fy = y - y0;
  const top = (values[y0 * width + x0] as number) * (1 - fx) + (values[y0 * width + x1] as number) * fx;
  const bottom = (values[y1 * width + x0] as number) * (1 - fx) + (values[y1 * width + x1] as number) * fx;
  return top * (1 - fy) + bottom * fy;
}

/**
 * The image enlarged by a whole factor (bilinear) so that it reaches `MIN_DPI` over a page
 * `pageWidthPt` points wide; as it is where it does already.
 */
export function enlargedForReading(img: GreyImage, pageWidthPt: number): GreyImage {
  const dpi = img.width / (pageWidthPt / 72);
  const f = dpi > 0 && dpi < MIN_DPI ? Math.min(4, Math.ceil(MIN_DPI / dpi)) : 1;
  if (f === 1) return img;
  const w = img.width * f;
  const h = img.height * f;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) out[y * w + x] = bilinearAt(img.data, img.width, img.height, (x + 0.5) / f - 0.5, (y + 0.5) / f - 0.5);
  return { width: w, height: h, data: out };
}

/**
 * The image turned clockwise by `degrees` (0, 90, 180 or 270): a page a PDF shows turned
 * (`/Rotate`, as a landscape Lampiran table is often kept) is read as it is shown.
 */
export function turned(img: GreyImage, degrees: number): GreyImage {
  const d = ((degrees % 360) + 360) % 360;
  if (d !== 90 && d !== 180 && d !== 270) return img;
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  const [ow, oh] = d === 180 ? [w, h] : [h, w];
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const [nx, ny] = d === 90 ? [h - 1 - y, x] : d === 180 ? [w - 1 - x, h - 1 - y] : [y, w - 1 - x];
      out[ny * ow + nx] = data[y * w + x] as number;
    }
  return { width: ow, height: oh, data: out };
}

/** The image as a binary PGM file. */
export function pgm(img: GreyImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1'), Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength)]);
}
