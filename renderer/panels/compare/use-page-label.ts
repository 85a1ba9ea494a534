/**
 * The printed comparison numbers its pages ("Halaman 2 dari 12") in a page margin box, which CSS
 * fills from custom properties of the root element; this hook sets them in the interface's
 * language while the comparison is mounted.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The root's custom properties the print style reads (`compare.css`, `@page`). */
const WORD = '--cmp-page-word';
const OF = '--cmp-page-of';

/** Set the page label words of the printed comparison for the current language. */
export function usePageLabel(): void {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    const root = document.documentElement.style;
    // JSON quoting is a valid CSS string for these plain words.
    root.setProperty(WORD, JSON.stringify(t('compare.printPageWord')));
    root.setProperty(OF, JSON.stringify(t('compare.printPageOf')));
    return () => {
      root.removeProperty(WORD);
      root.removeProperty(OF);
    };
  }, [t, i18n.language]);
}
