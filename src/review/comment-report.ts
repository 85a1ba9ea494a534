/**
 * The comment report: threads per Pasal in document order, each with its comment, replies,
 * suggestion and status; detached threads in their own section at the end with their original
 * quote.
 */
import type { ReportTable } from './report-table';
import type { ThreadView } from './thread-view';
import type { ReviewAuthor, ThreadComment } from './types';

/** One line of the comment report. */
export interface CommentReportRow {
  /** "Pasal 14", or "Terlepas" for a detached thread. */
  section: string;
  threadId: string;
  unitLabel: string;
  quote: string | null;
  status: 'open' | 'resolved';
  detached: boolean;
  author: ReviewAuthor;
  createdAt: string;
  body: string;
  suggestion: string | null;
  suggestionState: string | null;
  replies: Array<{ author: ReviewAuthor; at: string; body: string }>;
}

/** The rows of the report. */
export function commentReportRows(views: readonly ThreadView[]): CommentReportRow[] {
  const reply = (c: ThreadComment) => ({ author: c.author, at: c.createdAt, body: c.body });
  const rows = views.map((v): CommentReportRow => ({
    section: v.detached ? 'Terlepas' : (v.pasalLabel ?? v.unitLabel),
    threadId: v.id,
    unitLabel: v.unitLabel,
    quote: v.quote,
    status: v.status,
    detached: v.detached,
    author: v.comment.author,
    createdAt: v.comment.createdAt,
    body: v.comment.body,
    suggestion: v.suggestion?.text ?? null,
    suggestionState: v.suggestion?.state ?? null,
    replies: v.replies.map(reply),
  }));
  return [...rows.filter((r) => !r.detached), ...rows.filter((r) => r.detached)];
}

const who = (a: ReviewAuthor) => `${a.name} (${[a.role, a.fraksi].filter(Boolean).join(', ')})`;
const SUGGESTION_STATE: Record<string, string> = { pending: 'menunggu', accepted: 'diterima', rejected: 'ditolak' };

/** The report as a table: Pasal | Unit dan kutipan | Komentar | Balasan | Status. */
export function commentReportTable(rows: readonly CommentReportRow[], subtitle: string[] = []): ReportTable {
  return {
    title: 'LAPORAN KOMENTAR',
    subtitle,
    headers: ['Pasal', 'Unit dan kutipan', 'Komentar', 'Balasan', 'Status'],
    rows: rows.map((r) => [
      r.section,
      [r.detached ? `${r.unitLabel} (terlepas)` : r.unitLabel, r.quote ? `"${r.quote}"` : ''].filter(Boolean).join('\n'),
      [`${who(r.author)}, ${r.createdAt.slice(0, 10)}: ${r.body}`, r.suggestion !== null ? `Usulan rumusan (${SUGGESTION_STATE[r.suggestionState ?? ''] ?? ''}): ${r.suggestion}` : '']
        .filter(Boolean)
        .join('\n'),
      r.replies.map((x) => `${who(x.author)}, ${x.at.slice(0, 10)}: ${x.body}`).join('\n'),
      r.status === 'open' ? 'terbuka' : 'selesai',
    ]),
  };
}
