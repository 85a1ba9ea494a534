/**
 * The new-comment form: where (unit label and quoted phrase; "(naskah lama)" on the base text),
 * the comment, an optional proposed wording ("usulan rumusan", on the draft only), the kind of
 * response for the DIM ("Jenis"), and the commenter's name, role and fraksi (remembered).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { anchorSide, sideLabel } from '../../../src/review/anchor-side';
import { RESPONSE_KINDS, REVIEW_ROLES, type ResponseKind, type ReviewAuthor } from '../../../src/review/types';
import { Modal } from '../../components/Modal';
import type { ComposerTarget } from './thread-store';

/** What the form submits. */
export interface ComposerResult {
  body: string;
  suggestion?: string;
  /** The kind of response for the DIM, when chosen. */
  jenis?: ResponseKind;
  author: ReviewAuthor;
}

/** Props of the form. */
export interface ComposerProps {
  target: ComposerTarget;
  initialAuthor: ReviewAuthor;
  onSubmit(r: ComposerResult): Promise<void>;
  onCancel(): void;
}

/** The form in a modal dialog. */
export function Composer({ target, initialAuthor, onSubmit, onCancel }: ComposerProps) {
  const { t } = useTranslation();
  const quote = target.anchor.quote?.exact ?? null;
  const side = anchorSide(target.anchor);
  const label = sideLabel(target.anchor.label, side);
  const [jenis, setJenis] = useState<ResponseKind | ''>('');
  const [body, setBody] = useState('');
  const [suggest, setSuggest] = useState(false);
  const [suggestion, setSuggestion] = useState(quote ?? '');
  const [author, setAuthor] = useState<ReviewAuthor>(initialAuthor);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim() || busy) return;
    setBusy(true);
    try {
      await onSubmit({ body: body.trim(), author, ...(suggest && side === 'draft' ? { suggestion } : {}), ...(jenis ? { jenis } : {}) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('comments.composer.title')} onClose={onCancel}>
      <form className="form comment-composer" onSubmit={(e) => void submit(e)}>
        <div className="composer-where">
          <span className="composer-label" data-side={side}>{t('comments.composer.on')} {label}</span>
          {quote ? <blockquote className="thread-quote">{quote}</blockquote> : <span className="hint">{t('comments.wholeUnit', { label })}</span>}
          {side === 'base' && <small className="hint">{t('comments.composer.baseHint')}</small>}
        </div>
        <label className="field">
          <span>{t('comments.composer.body')}</span>
          <textarea name="body" rows={4} value={body} required onChange={(e) => setBody(e.target.value)} />
        </label>
        {side === 'draft' && (
          <label className="radio">
            <input type="checkbox" name="suggest" checked={suggest} onChange={(e) => setSuggest(e.target.checked)} />
            {t('comments.composer.suggest')}
          </label>
        )}
        {suggest && side === 'draft' && (
          <label className="field">
            <span>{t('comments.composer.suggestion')}</span>
            <textarea name="suggestion" rows={3} value={suggestion} onChange={(e) => setSuggestion(e.target.value)} />
            <small className="hint">{t('comments.composer.suggestionHint')}</small>
          </label>
        )}
        <label className="field">
          <span>{t('comments.composer.jenis')}</span>
          <select name="jenis" value={jenis} onChange={(e) => setJenis(e.target.value as ResponseKind | '')}>
            <option value="">{t('comments.composer.jenisNone')}</option>
            {RESPONSE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <div className="composer-who">
          <label className="field">
            <span>{t('comments.composer.name')}</span>
            <input name="author" value={author.name} onChange={(e) => setAuthor({ ...author, name: e.target.value })} />
          </label>
          <label className="field">
            <span>{t('comments.composer.role')}</span>
            <input name="role" list="comment-roles" value={author.role} onChange={(e) => setAuthor({ ...author, role: e.target.value })} />
            <datalist id="comment-roles">
              {REVIEW_ROLES.map((r) => (
                <option key={r} value={r} />
              ))}
            </datalist>
          </label>
          <label className="field">
            <span>{t('comments.composer.fraksi')}</span>
            <input name="fraksi" value={author.fraksi ?? ''} onChange={(e) => setAuthor({ ...author, fraksi: e.target.value })} />
          </label>
        </div>
        <div className="modal-actions">
          <button type="button" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !body.trim()}>
            {t('comments.composer.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
