/**
 * One thread in the comments panel: where (unit label, quoted phrase), the first comment and the
 * replies with author, role, fraksi and time (edits with their history), the status with
 * resolve / reopen, the proposed wording as a redline with Terima / Tolak for the drafter, reply
 * and edit forms, and for a detached thread its original place with "Tautkan kembali".
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadView } from '../../../src/api/contract';
import { sideLabel } from '../../../src/review/anchor-side';
import type { ReviewAuthor, ThreadComment } from '../../../src/review/types';
import { formatDateTime } from '../../lib/format-date';
import { SuggestionRedline } from './SuggestionRedline';

/** What a card may do (decided by the panel). */
export interface CardPermissions {
  /** Reply, resolve, edit (false while an old version is shown). */
  write: boolean;
  /** Accept / reject suggestions and re-attach (the drafter, not in review mode). */
  drafter: boolean;
  /** The commenter now (own comments may be edited in review mode). */
  me: ReviewAuthor;
  reviewMode: boolean;
}

/** The operations a card triggers. */
export interface CardActions {
  select(): void;
  reply(body: string): Promise<void>;
  edit(commentId: string, body: string): Promise<void>;
  setStatus(status: 'open' | 'resolved'): Promise<void>;
  decide(accept: boolean, body: string): Promise<void>;
  reattach(): Promise<void>;
}

const same = (a: ReviewAuthor, b: ReviewAuthor) => a.name.trim().toLowerCase() === b.name.trim().toLowerCase();

/** "Nama · Anggota DPRD · Fraksi X". */
function Who({ author }: { author: ReviewAuthor }) {
  return (
    <span className="comment-who">
      <strong>{author.name}</strong>
      {author.role && <span className="comment-role">{author.role}</span>}
      {author.fraksi && <span className="comment-role">{author.fraksi}</span>}
    </span>
  );
}

/** A small text form (reply, edit, rejection reason). */
function TextForm({ initial, placeholder, submitLabel, required, onSubmit, onCancel }: {
  initial: string; placeholder: string; submitLabel: string; required: boolean; onSubmit(body: string): Promise<void>; onCancel(): void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (required && !body.trim()) return;
    setBusy(true);
    try {
      await onSubmit(body.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="thread-form" onSubmit={(e) => void submit(e)}>
      <textarea rows={3} value={body} placeholder={placeholder} aria-label={placeholder} autoFocus onChange={(e) => setBody(e.target.value)} />
      <div className="thread-form-actions">
        <button type="button" className="small quiet" onClick={onCancel}>
          {t('comments.cancel')}
        </button>
        <button type="submit" className="small primary" disabled={busy || (required && !body.trim())}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** One comment with its edit history. */
function CommentBlock({ c, canEdit, onEdit }: { c: ThreadComment; canEdit: boolean; onEdit(body: string): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const edited = c.history.length > 1;
  return (
    <div className="comment" data-comment={c.id}>
      <div className="comment-head">
        <Who author={c.author} />
        <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, i18n.language)}</time>
      </div>
      {editing ? (
        <TextForm initial={c.body} placeholder={t('comments.edit')} submitLabel={t('comments.save')} required onCancel={() => setEditing(false)}
          onSubmit={async (b) => { await onEdit(b); setEditing(false); }} />
      ) : (
        <p className="comment-body">{c.body}</p>
      )}
      {c.alternatives.length > 0 && (
        <div className="comment-alternatives">
          <span>{t('comments.alternatives')}</span>
          {c.alternatives.map((a, i) => <p key={i}>{a}</p>)}
        </div>
      )}
      <div className="comment-tools">
        {edited && (
          <details className="comment-history">
            <summary>{t('comments.history', { count: c.history.length - 1 })}</summary>
            <ol>
              {c.history.map((r) => (
                <li key={r.eventId}>
                  <span className="comment-meta">{r.author.name} · {formatDateTime(r.at, i18n.language)}</span>
                  <p>{r.body}</p>
                </li>
              ))}
            </ol>
          </details>
        )}
        {canEdit && !editing && (
          <button type="button" className="small quiet" onClick={() => setEditing(true)}>
            {t('comments.edit')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The card. */
export function ThreadCard({ thread, active, perm, actions }: { thread: ThreadView; active: boolean; perm: CardPermissions; actions: CardActions }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<'reply' | 'reject' | null>(null);
  const canEdit = (c: ThreadComment) => perm.write && (!perm.reviewMode || same(c.author, perm.me));
  const canStatus = perm.write && (!perm.reviewMode || same(thread.comment.author, perm.me));
  const sug = thread.suggestion;
  const current = thread.placement.state === 'anchored' ? thread.placement.text ?? thread.quote ?? '' : thread.quote ?? thread.anchor.excerpt;
  const cls = ['thread-card', `is-${thread.status}`, active ? 'is-active' : '', thread.detached ? 'is-detached' : ''].filter(Boolean).join(' ');

  return (
    <article className={cls} data-thread={thread.id} data-status={thread.status} data-side={thread.side} aria-current={active ? 'true' : undefined}>
      <header className="thread-head">
        <button type="button" className="thread-where link-button" title={t(thread.side === 'base' ? 'comments.goBase' : 'comments.go')} onClick={actions.select}>
          {thread.detached ? t('comments.detached.original', { label: sideLabel(thread.anchor.label, thread.side) }) : thread.unitLabel}
        </button>
        {thread.jenis && <span className="thread-jenis">{thread.jenis}</span>}
        <span className={`thread-status status-${thread.detached ? 'detached' : thread.status}`}>
          {thread.detached ? t('comments.detached.badge') : t(`comments.status.${thread.status}`)}
        </span>
      </header>
      {thread.quote ? (
        <blockquote className="thread-quote" onClick={actions.select}>{thread.quote}</blockquote>
      ) : (
        <p className="thread-whole">{t('comments.wholeUnit', { label: thread.unitLabel })}</p>
      )}
      <CommentBlock c={thread.comment} canEdit={canEdit(thread.comment)} onEdit={(b) => actions.edit(thread.id, b)} />
      {sug && (
        <section className={`thread-suggestion sug-${sug.state}`}>
          <div className="suggestion-head">
            <span>{t('comments.suggestion.title')}</span>
            <span className="suggestion-state">
              {sug.state === 'pending'
                ? t('comments.suggestion.pending')
                : t('comments.suggestion.decidedBy', { state: t(`comments.suggestion.${sug.state}`), name: sug.decidedBy?.name ?? '' })}
            </span>
          </div>
          <SuggestionRedline current={sug.state === 'accepted' ? thread.quote ?? '' : current} proposed={sug.text} />
          {sug.state === 'pending' && perm.drafter && perm.write && !thread.detached && thread.side === 'draft' && form !== 'reject' && (
            <div className="suggestion-actions">
              <button type="button" className="small primary" onClick={() => void actions.decide(true, '')}>
                {t('comments.suggestion.accept')}
              </button>
              <button type="button" className="small" onClick={() => setForm('reject')}>
                {t('comments.suggestion.reject')}
              </button>
            </div>
          )}
          {form === 'reject' && (
            <TextForm initial="" placeholder={t('comments.suggestion.rejectReason')} submitLabel={t('comments.suggestion.reject')} required
              onCancel={() => setForm(null)} onSubmit={async (b) => { await actions.decide(false, b); setForm(null); }} />
          )}
        </section>
      )}
      {thread.replies.length > 0 && (
        <ol className="thread-replies" aria-label={t('comments.replies', { count: thread.replies.length })}>
          {thread.replies.map((r) => (
            <li key={r.id}>
              <CommentBlock c={r} canEdit={canEdit(r)} onEdit={(b) => actions.edit(r.id, b)} />
            </li>
          ))}
        </ol>
      )}
      {thread.status === 'resolved' && (
        <p className="thread-resolved-by">
          {t('comments.status.resolved')} · {thread.statusChangedBy.name} · {formatDateTime(thread.statusChangedAt, i18n.language)}
        </p>
      )}
      {form === 'reply' && (
        <TextForm initial="" placeholder={t('comments.replyPlaceholder')} submitLabel={t('comments.send')} required
          onCancel={() => setForm(null)} onSubmit={async (b) => { await actions.reply(b); setForm(null); }} />
      )}
      {perm.write && form === null && (
        <footer className="thread-actions">
          <button type="button" className="small" onClick={() => setForm('reply')}>
            {t('comments.reply')}
          </button>
          {canStatus && (
            <button type="button" className="small quiet" onClick={() => void actions.setStatus(thread.status === 'open' ? 'resolved' : 'open')}>
              {thread.status === 'open' ? t('comments.resolve') : t('comments.reopen')}
            </button>
          )}
          {thread.detached && perm.drafter && (
            <button type="button" className="small" title={t('comments.detached.reattachHint')} onClick={() => void actions.reattach()}>
              {t('comments.detached.reattach')}
            </button>
          )}
        </footer>
      )}
    </article>
  );
}
