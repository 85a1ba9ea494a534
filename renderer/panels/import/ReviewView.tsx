/**
 * The review of an import: the outline (left), the source text with line numbers (middle), and
 * the diagnostics, the removed lines and the structure fixes (right). `actions` are the commit
 * buttons of the caller (the drafting screen's panel or the start screen).
 */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { unitAtLine } from '../../../src/parse/fix/index';
import { DiagnosticsList } from './DiagnosticsList';
import { FixTools } from './FixTools';
import type { ImportSession, ImportState } from './import-session';
import { OutlineTree } from './OutlineTree';
import { reviewEntries } from './review-model';
import { SourceView } from './SourceView';

type Review = Extract<ImportState, { phase: 'review' }>;

/** The view. */
export function ReviewView({ state, session, actions }: { state: Review; session: ImportSession; actions: ReactNode }) {
  const { t } = useTranslation();
  const entries = useMemo(() => reviewEntries(state.doc), [state.doc]);
  const { result } = state;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const selectedLabel = entries.find((e) => e.uid === state.selected)?.label ?? null;
  return (
    <div className="import-review">
      <header className="import-review-head">
        <div>
          <h2 className="import-title">{result.outline.title || result.fileName}</h2>
          <p className="hint">
            {result.fileName} — {t('import.summary', { babs: result.outline.babs.length, pasal: result.outline.pasal.length, errors, warnings })}
          </p>
        </div>
        <div className="import-actions">{actions}</div>
      </header>
      <div className="import-columns">
        <OutlineTree entries={entries} selected={state.selected} onSelect={(uid) => session.select(uid)} />
        <div className="import-source-col">
          <h3>{t('import.source')}</h3>
          <SourceView result={result} focusLine={state.focusLine} label={t('import.source')} />
        </div>
        <div className="import-side">
          <FixTools
            doc={state.doc}
            selected={state.selected}
            label={selectedLabel}
            refusal={state.refusal}
            canUndo={state.history.length > 0}
            onFix={(run) => session.fix(run)}
            onUndo={() => session.undo()}
          />
          <DiagnosticsList
            items={result.diagnostics}
            onPick={(d) => d.line !== undefined && session.select(unitAtLine(state.doc, result.sourceLines, d.line) ?? state.selected, d.line)}
          />
          <details className="import-removed">
            <summary>{t('import.removed', { count: result.removed.length })}</summary>
            <p className="hint">{t('import.removedHint')}</p>
            <ul>
              {result.removed.map((r) => (
                <li key={r.line}>
                  <button type="button" className="quiet" onClick={() => session.select(state.selected, r.line)}>
                    {t('import.line', { line: r.line })} · {t('import.page', { page: r.page })}: <q>{r.text.trim()}</q> — {r.reason}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        </div>
      </div>
    </div>
  );
}
