/**
 * What the paper says about itself, since the controls are not printed: which two texts were
 * compared (as the table heads them, with the name each judul prints) and when it was printed,
 * and what part of the comparison was printed when it is not all of it ("Dicetak: Pasal
 * “Disisipkan” (25); baris yang memuat “retribusi” (12 baris)").
 */
import { useTranslation } from 'react-i18next';
import type { CompareResult } from '../../../src/api/contract';
import { filterCountsOf, filterText } from './FilterSelect';
import { sourceName } from './row-parts';
import type { ShownRows } from './use-shown-rows';

/** The lines naming the compared texts and the day of printing. */
export function PrintSources({ result, printedOn }: { result: CompareResult; printedOn: Date }) {
  const { t, i18n } = useTranslation();
  const line = (key: 'compare.printOld' | 'compare.printMid' | 'compare.printNew', s: CompareResult['sources']['old']) => (
    <p>{t(key, { source: sourceName(t, s), title: s.title ?? '' }).replace(/:\s*$/, '')}</p>
  );
  return (
    <div className="cmp-print-sources">
      {line('compare.printOld', result.sources.old)}
      {result.sources.mid && line('compare.printMid', result.sources.mid)}
      {line('compare.printNew', result.sources.new)}
      <p>{t('compare.printedOn', { date: printedOn.toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric' }) })}</p>
    </div>
  );
}

/** The line (nothing when every row is shown). */
export function PrintScope({ result, shown }: { result: CompareResult; shown: ShownRows }) {
  const { t } = useTranslation();
  if (shown.everything) return null;
  const parts: string[] = [];
  if (shown.filter.kind !== 'all') parts.push(filterText(t, shown.filter, filterCountsOf(result)));
  if (shown.searched) parts.push(t('compare.printSearch', { query: shown.query.trim(), count: shown.rows.length }));
  return <p className="cmp-print-scope">{t('compare.printScope', { scope: parts.join('; ') })}</p>;
}
