/**
 * A scanned page fed upside down or sideways: text recognition reads it as nonsense
 * ("‘I33UN Ue)1o0BWRY …"), with a median word confidence of about 25 where every page laid the right
 * way up reads about 90 (measured on straight, turned, faint and noisy, and filed-copy scans of the
 * Surabaya texts). Such a page is read again turned a half round, then a quarter either way, and
 * the reading the recogniser is surest of is kept.
 */
import { turned, type GreyImage } from './page-image';
import { medianOf, wordsOf, type RecognisedPage } from './recognised-words';

/** The words' confidences of a recognised page (as `recognize` gives them with `blocks`). */
export type Confidences = RecognisedPage<{ confidence: number }>;

/** A median word confidence (0-100) from which a page reads the right way up. */
export const LEGIBLE_CONFIDENCE = 50;
/** Fewer words than this say nothing about a page's orientation (a page with a signature, a stamp). */
const MIN_WORDS = 15;
/** The turns tried, in order, for a page that reads as nonsense: fed upside down is the usual slip. */
const TURNS = [180, 90, 270] as const;

/** The median word confidence of a recognised page, or null when it has too few words to tell. */
export function medianConfidence(page: Confidences): number | null {
  const all = wordsOf(page).map((w) => w.confidence);
  return all.length < MIN_WORDS ? null : (medianOf(all) as number);
}

/** A page's reading: what was recognised, from the image turned `turn` degrees. */
export interface OrientedReading<P> {
  page: P;
  image: GreyImage;
  turn: number;
  /** The recogniser is sure enough of it (or it has too few words to tell). */
  legible: boolean;
}

/**
 * Read `image` with `read`; a page that reads as nonsense is read turned until one way reads well,
 * else the surest way is kept. With `turns` false (`TurnPolicy`) it is read once.
 */
export async function readRightWayUp<P extends Confidences>(image: GreyImage, read: (img: GreyImage) => Promise<P>, turns = true): Promise<OrientedReading<P>> {
  const first = await read(image);
  const sure = medianConfidence(first);
  if (sure === null || sure >= LEGIBLE_CONFIDENCE) return { page: first, image, turn: 0, legible: true };
  if (!turns) return { page: first, image, turn: 0, legible: false };
  let best: OrientedReading<P> = { page: first, image, turn: 0, legible: false };
  let bestSure = sure;
  for (const turn of TURNS) {
    const img = turned(image, turn);
    const page = await read(img);
    const s = medianConfidence(page) ?? 0;
    if (s > bestSure) {
      best = { page, image: img, turn, legible: s >= LEGIBLE_CONFIDENCE };
      bestSure = s;
    }
    if (s >= LEGIBLE_CONFIDENCE) break;
  }
  return best;
}

/** Pages turned in vain after which a scan's other poor pages are read once (`TurnPolicy`). */
const FRUITLESS_TURNS = 2;

/**
 * Whether a scan's poor pages are still read turned: a poor copy (a fax, a faded carbon) reads
 * poorly whichever way it is turned, and reading every page four times would only make its import
 * four times as long. Once `FRUITLESS_TURNS` pages were turned in vain and none was found fed the
 * wrong way, the rest are read once.
 */
export class TurnPolicy {
  private fruitless = 0;
  private found = false;

  /** Whether the next poor page is to be read turned. */
  get turns(): boolean {
    return this.found || this.fruitless < FRUITLESS_TURNS;
  }

  /** Record how a page read. */
  record(reading: { turn: number; legible: boolean }): void {
    if (reading.turn !== 0) this.found = true;
    else if (!reading.legible) this.fruitless++;
  }
}
