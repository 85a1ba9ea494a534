/** The import diagnostics (severity, line, message); a click shows the line and selects its unit. */
import { useTranslation } from 'react-i18next';
import type { ImportDiagnostic } from '../../../src/api/contract';

const ICON: Record<ImportDiagnostic['severity'], string> = { error: '⛔', warning: '⚠', info: 'ℹ' };
const ORDER: Record<ImportDiagnostic['severity'], number> = { error: 0, warning: 1, info: 2 };

/** The list. */
export function DiagnosticsList({ items, onPick }: { items: ImportDiagnostic[]; onPick(d: ImportDiagnostic): void }) {
  const { t } = useTranslation();
  const sorted = [...items].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0));
  return (
    <section className="import-diagnostics" aria-label={t('import.diagnostics', { count: items.length })}>
      <h3>{t('import.diagnostics', { count: items.length })}</h3>
      {items.length === 0 ? (
        <p className="hint">{t('import.noDiagnostics')}</p>
      ) : (
        <ul>
          {sorted.map((d, i) => (
            <li key={i}>
              <button type="button" className={`diag diag-${d.severity}`} onClick={() => onPick(d)} disabled={d.line === undefined}>
                <span className="diag-icon" role="img" aria-label={t(`import.severity.${d.severity}`)}>
                  {ICON[d.severity]}
                </span>
                <span className="diag-where">
                  {d.line !== undefined ? t('import.line', { line: d.line }) : '—'}
                  {d.page ? ` · ${t('import.page', { page: d.page })}` : ''}
                </span>
                <span className="diag-message">{d.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
