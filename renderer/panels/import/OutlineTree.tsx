/** The outline tree of the imported document: BAB/Bagian/Paragraf/Pasal/ayat, selectable. */
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewEntry } from './review-model';

/** The tree. */
export const OutlineTree = memo(function OutlineTree({ entries, selected, onSelect }: { entries: ReviewEntry[]; selected: string | null; onSelect(uid: string): void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!selected || !box.current) return;
    box.current.querySelector<HTMLElement>(`[data-uid="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <nav className="import-outline" aria-label={t('import.outline')} ref={box}>
      <h3>{t('import.outline')}</h3>
      <ul>
        {entries.map((e) => (
          <li key={e.uid} style={{ paddingLeft: `${e.depth * 0.8}rem` }}>
            <button
              type="button"
              data-uid={e.uid}
              className={`outline-unit unit-${e.type}${e.uid === selected ? ' is-selected' : ''}`}
              aria-pressed={e.uid === selected}
              onClick={() => onSelect(e.uid)}
            >
              <strong>{e.label}</strong> <span className="outline-words">{e.words}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
});
