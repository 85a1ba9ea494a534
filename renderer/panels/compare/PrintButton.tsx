/**
 * "Cetak": prints the comparison as it is shown (the view, the filter), every row of it: rows
 * still waiting for progressive rendering are rendered first. The print stylesheet (compare.css)
 * leaves out the window's chrome and the controls.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The button; `ensureAll` renders every row, `allShown` says when they are. */
export function PrintButton({ ensureAll, allShown }: { ensureAll(): void; allShown: boolean }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (!pending || !allShown) return;
    // Let the last rows reach the page before the print dialog reads it.
    const frame = requestAnimationFrame(() => {
      setPending(false);
      window.print();
    });
    return () => cancelAnimationFrame(frame);
  }, [pending, allShown]);
  return (
    <button
      type="button"
      className="cmp-print"
      title={t('compare.printTitle')}
      disabled={pending}
      onClick={() => {
        ensureAll();
        setPending(true);
      }}
    >
      {t('compare.print')}
    </button>
  );
}
