/**
 * The instrument pane: the items of Pasal I generated from the draft against the base, kept in
 * step with the editor (regenerated a moment after each change, once the draft is saved); each
 * item jumps to its unit; formulas of practice rather than rule say so.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AmendResult } from '../../../src/api/contract';
import { errorCodeOf } from '../../api/client';
import type { PanelContext } from '../panel-types';

/** Wait after the last edit before regenerating. */
const REGENERATE_DELAY_MS = 1200;

/** The panel. */
export function InstrumentPanel({ ctx }: { ctx: PanelContext }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<AmendResult | null>(null);
  const [missingBase, setMissingBase] = useState(false);
  const [busy, setBusy] = useState(false);
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;

  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      setBusy(true);
      try {
        const c = ctxRef.current;
        if (c.viewingVersionId === null && !c.readOnly) await c.flush();
        const res = await c.client.call(
          'amend.generate',
          c.viewingVersionId === null ? {} : { versionId: c.viewingVersionId },
        );
        if (live) {
          setResult(res);
          setMissingBase(false);
        }
      } catch (e) {
        if (!live) return;
        if (errorCodeOf(e) === 'NOT_FOUND') setMissingBase(true);
        else ctxRef.current.reportError(e);
      } finally {
        if (live) setBusy(false);
      }
    }, REGENERATE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ctx.draftDoc, ctx.viewingVersionId]);

  const pct = (x: number) => Math.round(x * 100);

  return (
    <div className="instrument-panel">
      <h2 className="panel-title">{t('instrument.heading')}</h2>
      <p className="hint">{t('instrument.hint')}</p>
      {missingBase ? (
        <p className="hint">{t('instrument.needBase')}</p>
      ) : result === null ? (
        <p className="hint">{t('instrument.loading')}</p>
      ) : (
        <>
          <p className="instrument-summary" aria-live="polite">
            {t('instrument.items', { count: result.items.length })} ·{' '}
            {t('instrument.share', {
              pasal: pct(result.share.pasal),
              text: pct(result.share.text),
            })}
            {busy && <span className="hint"> · {t('instrument.loading')}</span>}
          </p>
          <p className={`instrument-advice advice-${result.recommendation}`}>
            {t(
              result.recommendation === 'penggantian'
                ? 'instrument.advicePenggantian'
                : 'instrument.advicePerubahan',
            )}
          </p>
          {result.reasons.length > 0 && (
            <ul className="instrument-reasons">
              {result.reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          )}
          {result.items.length === 0 ? (
            <p className="hint">{t('instrument.none')}</p>
          ) : (
            <ol className="instrument-items">
              {result.items.map((it, i) => (
                <li key={i} data-action={it.action}>
                  <button
                    type="button"
                    className="instrument-item"
                    title={[
                      it.note ? `${t('instrument.practice')}: ${it.note}` : it.formula,
                      it.hint,
                    ]
                      .filter(Boolean)
                      .join(' — ')}
                    onClick={() => it.targetUids[0] && ctx.jumpToUnit(it.targetUids[0])}
                  >
                    {it.text}
                  </button>
                  {it.note && (
                    <span className="instrument-practice">{t('instrument.practice')}</span>
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
