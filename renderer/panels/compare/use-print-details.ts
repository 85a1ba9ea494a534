/**
 * A printed comparison shows what the screen folds away: every closed "Perubahan per tahap"
 * (three-way) opens for the print, whether started by "Cetak" or by the window's own print, and
 * closes again after it.
 */
import { useEffect } from 'react';

/** Open the closed `details` matching `selector` while the window prints. */
export function usePrintDetails(selector: string): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>(selector)].filter((d) => !d.open);
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [selector]);
}
