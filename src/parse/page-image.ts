/**
 * The scanned image of a PDF page, for text recognition: the largest image the page paints,
 * decoded by pdfjs (JPEG, JBIG2, CCITT, Flate) and turned into 8-bit grey, enlarged where the
 * scan is coarser than text recognition reads well, and written as a PGM file (the simplest
 * format Tesseract reads).
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

/** The resolution from which text recognition reads a scan as it is; coarser scans are enlarged. */
const MIN_DPI = 250;

/** pdfjs's operator codes for painting an image (`OPS.paintImageXObject`, `OPS.paintInlineImageXObject`). */
export interface ImageOps {
  paintImageXObject: number;
  paintInlineImageXObject: number;
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

/**
 * The largest image `page` paints, in grey, or null when it paints none: a scan has one image
 * per page, set over the whole page.
 */
export async function pageScan(page: PDFPageProxy, ops: ImageOps): Promise<GreyImage | null> {
  const list = await page.getOperatorList();
  let best: DecodedImage | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    if (fn !== ops.paintImageXObject && fn !== ops.paintInlineImageXObject) continue;
    const arg = (list.argsArray[i] as unknown[])[0];
    const img = typeof arg === 'string' ? await imageObject(page, arg) : isDecoded(arg) ? arg : null;
    if (img && (!best || img.width * img.height > best.width * best.height)) best = img;
  }
  return best ? grey(best) : null;
}

/** The image in 8-bit grey (one-bit images: a set bit is white, as pdfjs paints them). */
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
  for (let i = 0, j = 0; i < out.length; i++, j += channels)
    out[i] = ((data[j] as number) * 299 + (data[j + 1] as number) * 587 + (data[j + 2] as number) * 114) / 1000;
  return { width, height, data: out };
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
  const src = img.data;
  for (let y = 0; y < h; y++) {
    const sy = Math.min(img.height - 1, (y + 0.5) / f - 0.5);
    const y0 = Math.max(0, Math.floor(sy));
    const y1 = Math.min(img.height - 1, y0 + 1);
    const fy = Math.max(0, sy - y0);
    for (let x = 0; x < w; x++) {
      const sx = Math.min(img.width - 1, (x + 0.5) / f - 0.5);
      const x0 = Math.max(0, Math.floor(sx));
      const x1 = Math.min(img.width - 1, x0 + 1);
      const fx = Math.max(0, sx - x0);
      const top = (src[y0 * img.width + x0] as number) * (1 - fx) + (src[y0 * img.width + x1] as number) * fx;
      const bottom = (src[y1 * img.width + x0] as number) * (1 - fx) + (src[y1 * img.width + x1] as number) * fx;
      out[y * w + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width: w, height: h, data: out };
}

/** The image as a binary PGM file. */
export function pgm(img: GreyImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1'), Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength)]);
}
