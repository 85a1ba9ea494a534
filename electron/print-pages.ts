/**
 * The pages the hidden PDF window prints: the export HTML, held in memory under a random one-time
 * address on its own host (`app://print/<token>.html`), so that it is never the app's page (no
 * IPC), never a file on disk and never a huge `data:` URL.
 */
import { randomUUID } from 'node:crypto';

/** The host of the print pages (not `rancang`: a print page is never a trusted IPC sender). */
export const PRINT_HOST = 'print';
/** The origin of the print pages. */
export const PRINT_ORIGIN = `app://${PRINT_HOST}`;

/** Print HTML waiting to be loaded by the PDF window. */
export class PrintPages {
  private readonly pages = new Map<string, string>();

  /** Stores `html` and returns the address that serves it. */
  put(html: string): string {
    const url = `${PRINT_ORIGIN}/${randomUUID()}.html`;
    this.pages.set(url, html);
    return url;
  }

  /** The HTML at `url`, or null when unknown. */
  get(url: string): string | null {
    return this.pages.get(url.split(/[?#]/)[0] ?? '') ?? null;
  }

  /** Forgets the page at `url` (after printing). */
  delete(url: string): void {
    this.pages.delete(url);
  }

  /** How many pages are held (for tests: printing must not leak pages). */
  get size(): number {
    return this.pages.size;
  }
}
