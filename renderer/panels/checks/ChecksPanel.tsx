/**
 * The "Pemeriksaan" panel: the drafting checks of the draft, recomputed whenever the drafting
 * screen hands over a new draft document (it does so a moment after each edit). Counts by
 * severity (each a filter), findings grouped by rule or by Pasal, each finding a button that
 * jumps to its unit and selects the span it is about; each shows the rule's source; a rule can
 * be hidden (remembered on this computer).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextSelection } from 'prosemirror-state';
import { RULE_BY_ID, findingRange, runChecks, type Finding, type Severity } from '../../../src/checks';
import { numberDocument } from '../../../src/model/numbering';
import type { PanelContext } from '../panel-types';
import { groupFindings } from './group-findings';
import { useHiddenRules } from './hidden-rules';
import './checks.css';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const PAGE = 100;

/** The panel component. */
export function ChecksPanel({ ctx }: { ctx: PanelContext }) {
  const { t } = useTranslation();
  const doc = ctx.draftDoc;
  const findings = useMemo(() => (doc ? runChecks(doc) : null), [doc]);
  const { hidden, setHidden } = useHiddenRules();
  const [by, setBy] = useState<'rule' | 'pasal'>('rule');
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const ruleTitle = (id: string) => t(`checks.rules.${id}`, { defaultValue: RULE_BY_ID.get(id)?.title ?? id });

  const active = useMemo(() => (findings ?? []).filter((f) => !hidden.includes(f.ruleId)), [findings, hidden]);
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of active) c[f.severity]++;
    return c;
  }, [active]);
  const groups = useMemo(() => {
    const numbering = doc ? numberDocument(doc) : null;
    return groupFindings(active.filter((f) => shown[f.severity]), by, (uid) => numbering?.get(uid)?.address ?? null);
  }, [active, shown, by, doc]);
  const hiddenPresent = useMemo(() => hidden.filter((id) => RULE_BY_ID.has(id)), [hidden]);

  const jump = (f: Finding) => {
    ctx.jumpToUnit(f.uid);
    if (ctx.viewingVersionId !== null || f.from === undefined) return;
    // After the screen's own jump (queued first), select the span the finding is about.
    setTimeout(() => {
      const view = ctx.getDraftView();
      const range = view ? findingRange(view.state.doc, f) : null;
      if (!view || !range) return;
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, range.from, range.to)).scrollIntoView());
      view.focus();
    }, 0);
  };

  if (!findings) return <p className="hint">{t('checks.waiting')}</p>;

  return (
    <div className="checks-panel">
      <h2 className="panel-title">{t('checks.heading')}</h2>
      <div className="checks-summary" role="group" aria-label={t('checks.severityFilter')}>
        {SEVERITIES.map((s) => (
          <button
            key={s}
            type="button"
            className={`checks-count sev-${s}`}
            aria-pressed={shown[s]}
            data-severity={s}
            onClick={() => setShown((cur) => ({ ...cur, [s]: !cur[s] }))}
          >
            <strong>{counts[s]}</strong> {t(`checks.severity.${s}`)}
          </button>
        ))}
      </div>
      <div className="checks-groupby" role="group" aria-label={t('checks.groupBy')}>
        {(['rule', 'pasal'] as const).map((g) => (
          <button key={g} type="button" className="small quiet" aria-pressed={by === g} onClick={() => setBy(g)}>
            {t(g === 'rule' ? 'checks.byRule' : 'checks.byPasal')}
          </button>
        ))}
      </div>
      {active.length === 0 ? (
        <p className="hint checks-none">{t('checks.none')}</p>
      ) : groups.length === 0 ? (
        <p className="hint">{t('checks.noneVisible')}</p>
      ) : (
        groups.map((g) => {
          const open = expanded.has(g.key);
          const list = open ? g.findings : g.findings.slice(0, PAGE);
          return (
            <section key={g.key} className="checks-group" data-rule={g.ruleId ?? undefined}>
              <header className="checks-group-head">
                <span className="checks-group-title">{g.ruleId ? ruleTitle(g.ruleId) : g.label}</span>
                <span className="checks-group-count" title={t('checks.count', { count: g.findings.length })}>{g.findings.length}</span>
                {g.ruleId && (
                  <button type="button" className="small quiet" title={t('checks.hideRuleTitle', { rule: ruleTitle(g.ruleId) })} onClick={() => setHidden(g.ruleId!, true)}>
                    {t('checks.hideRule')}
                  </button>
                )}
              </header>
              <ul className="checks-list">
                {list.map((f, i) => (
                  <li key={`${f.uid}-${f.ruleId}-${f.from ?? i}-${i}`}>
                    <button
                      type="button"
                      className={`checks-finding sev-${f.severity}`}
                      data-rule={f.ruleId}
                      data-uid={f.uid}
                      title={t('checks.jump', { address: f.address })}
                      onClick={() => jump(f)}
                    >
                      <span className="checks-where">
                        <span className="checks-dot" aria-label={t(`checks.severity.${f.severity}`)} />
                        {f.address}
                        {!g.ruleId && <span className="checks-rule"> · {ruleTitle(f.ruleId)}</span>}
                      </span>
                      <span className="checks-message">{f.message}</span>
                      <span className="checks-cite">
                        {t('checks.source')}: {f.citation}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
              {!open && g.findings.length > PAGE && (
                <button type="button" className="small quiet" onClick={() => setExpanded((cur) => new Set([...cur, g.key]))}>
                  {t('checks.more', { count: g.findings.length - PAGE })}
                </button>
              )}
            </section>
          );
        })
      )}
      {hiddenPresent.length > 0 && (
        <details className="checks-hidden">
          <summary>{t('checks.hidden', { count: hiddenPresent.length })}</summary>
          <ul>
            {hiddenPresent.map((id) => (
              <li key={id}>
                <span>{ruleTitle(id)}</span>
                <button type="button" className="small quiet" onClick={() => setHidden(id, false)}>
                  {t('checks.show')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
