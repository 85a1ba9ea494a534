/**
 * "Cari": a word or phrase to find in the comparison. The table and the redline keep only the
 * rows whose old or new text holds it, each occurrence marked; the count of such rows is read
 * out as it changes. Ctrl+F (the editor's find key, idle behind this tab) goes to it; Enter and
 * Shift+Enter step to the next and previous change among the rows found, as F8 does; Escape
 * clears it.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of the box. */
export interface SearchBoxProps {
  value: string;
  /** Rows found, or null when nothing is searched. */
  found: number | null;
  onChange(query: string): void;
  /** Enter / Shift+Enter: the next / previous change among the rows found. */
  onStep(dir: 1 | -1): void;
}

/** The box. */
export function SearchBox({ value, found, onChange, onStep }: SearchBoxProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'f') return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <label className="cmp-field cmp-search" title={t('compare.searchTitle')}>
      <span>{t('compare.search')}</span>
      <input
        ref={input}
        type="search"
        value={value}
        data-field="search"
        placeholder={t('compare.searchPlaceholder')}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value !== '') {
            e.preventDefault();
            onChange('');
          } else if (e.key === 'Enter' && value.trim() !== '') {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          }
        }}
      />
      <span className="cmp-search-found" aria-live="polite">
        {found !== null ? t('compare.searchFound', { count: found }) : ''}
      </span>
    </label>
  );
}
