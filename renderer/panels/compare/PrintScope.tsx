/**
 * On paper only: what part of the comparison was printed, when it is not all of it ("Dicetak:
 * Pasal “Disisipkan” (25); baris yang memuat “retribusi” (12 baris)"), since the controls that
 * chose it are not printed.
 */
import { useTranslation } from 'react-i18next';
import type { CompareResult } from '../../../src/api/contract';
import { filterText } from './FilterSelect';
import type { ShownRows } from './use-shown-rows';

/** The line (nothing when every row is shown). */
export function PrintScope({ result, shown }: { result: CompareResult; shown: ShownRows }) {
  const { t } = useTranslation();
  if (shown.everything) return null;
  const parts: string[] = [];
  if (shown.filter.kind !== 'all') parts.push(filterText(t, shown.filter, result.summary, result.babs));
  if (shown.searched) parts.push(t('compare.printSearch', { query: shown.query.trim(), count: shown.rows.length }));
  return <p className="cmp-print-scope">{t('compare.printScope', { scope: parts.join('; ') })}</p>;
}
