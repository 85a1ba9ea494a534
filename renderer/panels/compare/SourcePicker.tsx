/** Chooses what to compare: draft vs base, any two documents, or base -> version A -> draft. */
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../../src/api/contract';
import { formatDateTime } from '../../lib/format-date';
import type { CompareMode, Selection } from './selection';
import { versionChoiceName } from './version-choice';

/** Props of the picker. */
export interface SourcePickerProps {
  value: Selection;
  hasBase: boolean;
  versions: readonly VersionInfo[];
  onChange(next: Selection): void;
}

/** The picker. */
export function SourcePicker({ value, hasBase, versions, onChange }: SourcePickerProps) {
  const { t, i18n } = useTranslation();
  const words = { version: (label: string) => t('compare.version', { label }), when: (iso: string) => formatDateTime(iso, i18n.language) };
  const docs = [
    ...(hasBase ? [{ code: 'base', name: t('compare.base') }] : []),
    ...versions.map((v) => ({ code: `v:${v.id}`, name: versionChoiceName(v, versions, words) })),
    { code: 'draft', name: t('compare.draft') },
  ];
  const modes: Array<[CompareMode, string, boolean]> = [
    ['draftBase', t('compare.modeDraftBase'), hasBase],
    ['pair', t('compare.modePair'), docs.length > 1],
    ['threeWay', t('compare.modeThreeWay'), hasBase && versions.length > 0],
  ];
  const select = (label: string, field: 'old' | 'new' | 'mid', options: typeof docs) => (
    <label className="cmp-field">
      <span>{label}</span>
      <select value={value[field]} onChange={(e) => onChange({ ...value, [field]: e.target.value })} data-field={field}>
        {options.map((d) => (
          <option key={d.code} value={d.code}>
            {d.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="cmp-picker">
      <fieldset className="cmp-modes">
        <legend>{t('compare.mode')}</legend>
        {modes.map(([mode, name, enabled]) => (
          <label key={mode} className={`cmp-mode${enabled ? '' : ' is-disabled'}`}>
            <input
              type="radio"
              name="cmp-mode"
              value={mode}
              checked={value.mode === mode}
              disabled={!enabled}
              onChange={() => onChange({ ...value, mode })}
            />
            {name}
          </label>
        ))}
      </fieldset>
      {value.mode === 'pair' && (
        <div className="cmp-docs">
          {select(t('compare.oldDoc'), 'old', docs)}
          <span aria-hidden="true">→</span>
          {select(t('compare.newDoc'), 'new', docs)}
        </div>
      )}
      {value.mode === 'threeWay' && (
        <div className="cmp-docs">
          <span className="cmp-fixed">{t('compare.base')}</span>
          <span aria-hidden="true">→</span>
          {select(t('compare.midDoc'), 'mid', docs.filter((d) => d.code.startsWith('v:')))}
          <span aria-hidden="true">→</span>
          <span className="cmp-fixed">{t('compare.draft')}</span>
        </div>
      )}
    </div>
  );
}
