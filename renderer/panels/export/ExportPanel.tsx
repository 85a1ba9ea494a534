/**
 * The "Ekspor" side panel: choose what (naskah, versi, naskah dasar, Raperda perubahan, matriks
 * perbandingan, naskah dengan perubahan terlacak, laporan komentar, DIM), the format, the version
 * (and, for the two comparisons, the text compared with: the base or a saved version) and the Penjelasan option; the
 * export runs in the core, a spinner shows meanwhile (Batal stops waiting), and the file is
 * downloaded as a Blob.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../../src/api/contract';
import { errorCodeOf } from '../../api/client';
import type { PanelContext } from '../panel-types';
import { blockedKind, comparesTexts, formatsOf, hasPenjelasanOption, KINDS, takesVersion, type ExportFormat, type ExportWhat } from './choices';
import { downloadBase64 } from './download';
import './export.css';

type State = { kind: 'idle' } | { kind: 'running'; token: number } | { kind: 'done'; fileName: string } | { kind: 'error'; message: string };

/** The saved versions as options of a <select> (value: the version's id). */
function VersionOptions({ versions }: { versions: readonly VersionInfo[] }) {
  return (
    <>
      {versions.map((v) => (
        <option key={v.id} value={String(v.id)}>
          {v.label}
        </option>
      ))}
    </>
  );
}

/** The panel. */
export function ExportPanel({ ctx }: { ctx: PanelContext }) {
  const { t, i18n } = useTranslation();
  const [what, setWhat] = useState<ExportWhat>('draft');
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [version, setVersion] = useState<string>('');
  /** The text a comparison reads as old: "" for the base, else a version id. */
  const [against, setAgainst] = useState<string>('');
  const [penjelasan, setPenjelasan] = useState(true);
  const [changesOnly, setChangesOnly] = useState(false);
  const [contentOnly, setContentOnly] = useState(false);
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const token = useRef(0);

  useEffect(() => {
    let live = true;
    ctx.client.call('version.list', {}).then((v) => live && setVersions(v), () => live && setVersions([]));
    return () => {
      live = false;
    };
  }, [ctx.client, ctx.versionsKey]);

  const formats = formatsOf(what);
  const chosenFormat = formats.includes(format) ? format : 'docx';
  const versionRequired = what === 'version';
  const blocked = blockedKind(what, ctx.info.hasBase, versions.length);
  // Without a base, a comparison reads the latest saved version as old unless another is chosen.
  const chosenAgainst = against || (ctx.info.hasBase ? '' : String(versions[versions.length - 1]?.id ?? ''));

  const errorText = (e: unknown) => {
    const code = errorCodeOf(e);
    for (const key of [`export.errors.${code}`, `errors.${code}`]) if (i18n.exists(key)) return t(key);
    return e instanceof Error ? e.message : t('errors.unknown', { code });
  };

  const run = async () => {
    const mine = ++token.current;
    setState({ kind: 'running', token: mine });
    try {
      await ctx.flush();
      const chosen = version || (versionRequired ? String(versions[versions.length - 1]?.id ?? '') : '');
      const res = await ctx.client.call('export.run', {
        what,
        format: chosenFormat,
        ...(takesVersion(what) && chosen ? { versionId: Number(chosen) } : {}),
        ...(hasPenjelasanOption(what) ? { includePenjelasan: penjelasan } : {}),
        ...(what === 'comparison' ? { changesOnly, contentOnly: changesOnly && contentOnly } : {}),
        ...(comparesTexts(what) && chosenAgainst ? { againstVersionId: Number(chosenAgainst) } : {}),
      });
      if (token.current !== mine) return;
      if (!res.base64) throw new Error(t('export.noBytes'));
      downloadBase64(res.base64, res.fileName, res.mime);
      setState({ kind: 'done', fileName: res.fileName });
    } catch (e) {
      if (token.current === mine) setState({ kind: 'error', message: errorText(e) });
    }
  };

  const cancel = () => {
    token.current++;
    setState({ kind: 'idle' });
  };

  const running = state.kind === 'running';
  return (
    <aside className="side-panel export-panel" aria-labelledby="export-title">
      <h2 id="export-title" className="panel-title">
        {t('export.heading')}
      </h2>
      <label className="field">
        <span>{t('export.what')}</span>
        <select name="what" value={what} disabled={running} onChange={(e) => setWhat(e.target.value as ExportWhat)}>
          {KINDS.map((k) => (
            <option key={k} value={k} disabled={blockedKind(k, ctx.info.hasBase, versions.length)}>
              {t(`export.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{t(`export.kindHint.${what}`)}</p>
      <fieldset className="field">
        <legend>{t('export.format')}</legend>
        <div className="export-formats">
          {formats.map((f) => (
            <label key={f} className="export-format">
              <input type="radio" name="format" value={f} checked={chosenFormat === f} disabled={running} onChange={() => setFormat(f)} />
              {t(`export.formatName.${f}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {takesVersion(what) && (
        <label className="field">
          <span>{t('export.version')}</span>
          <select name="version" value={version} disabled={running} onChange={(e) => setVersion(e.target.value)}>
            {!versionRequired && <option value="">{t('export.workingDraft')}</option>}
            <VersionOptions versions={versions} />
          </select>
        </label>
      )}
      {comparesTexts(what) && (
        <label className="field">
          <span>{t('export.against')}</span>
          <select name="against" value={chosenAgainst} disabled={running} onChange={(e) => setAgainst(e.target.value)}>
            {ctx.info.hasBase && <option value="">{t('export.againstBase')}</option>}
            <VersionOptions versions={versions} />
          </select>
        </label>
      )}
      {hasPenjelasanOption(what) && (
        <label className="export-check">
          <input type="checkbox" name="includePenjelasan" checked={penjelasan} disabled={running} onChange={(e) => setPenjelasan(e.target.checked)} />
          {t('export.includePenjelasan')}
        </label>
      )}
      {what === 'comparison' && (
        <label className="export-check">
          <input type="checkbox" name="changesOnly" checked={changesOnly} disabled={running} onChange={(e) => setChangesOnly(e.target.checked)} />
          {t('export.changesOnly')}
        </label>
      )}
      {what === 'comparison' && (
        <label className="export-check export-check-sub">
          <input type="checkbox" name="contentOnly" checked={changesOnly && contentOnly} disabled={running || !changesOnly} onChange={(e) => setContentOnly(e.target.checked)} />
          {t('export.contentOnly')}
        </label>
      )}
      {blocked && <p className="hint export-blocked">{t(what === 'version' ? 'export.needVersion' : comparesTexts(what) ? 'export.needOldText' : 'export.needBase')}</p>}
      <div className="export-actions">
        <button type="button" className="primary" data-action="export" disabled={running || blocked} onClick={() => void run()}>
          {t('export.run')}
        </button>
        {running && (
          <button type="button" className="quiet" data-action="cancel" onClick={cancel}>
            {t('export.cancel')}
          </button>
        )}
      </div>
      <div className="export-status" role="status" aria-live="polite">
        {running && (
          <span className="export-running">
            <span className="export-spinner" aria-hidden="true" />
            {t('export.running')}
          </span>
        )}
        {state.kind === 'done' && <span className="export-done">{t('export.done', { fileName: state.fileName })}</span>}
        {state.kind === 'error' && <span className="export-error">{state.message}</span>}
      </div>
    </aside>
  );
}
