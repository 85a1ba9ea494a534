/** The commenter's name, role and fraksi, remembered on this computer (no login). */
import type { ReviewAuthor } from '../../../src/review/types';

const KEY = 'rancang.reviewer';

/** The remembered identity (empty name when none yet). */
export function loadReviewer(fallbackRole: string): ReviewAuthor {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const v = raw ? (JSON.parse(raw) as Partial<ReviewAuthor>) : {};
    const out: ReviewAuthor = { name: typeof v.name === 'string' ? v.name : '', role: typeof v.role === 'string' && v.role ? v.role : fallbackRole };
    if (typeof v.fraksi === 'string' && v.fraksi) out.fraksi = v.fraksi;
    return out;
  } catch {
    return { name: '', role: fallbackRole };
  }
}

/** Remember the identity for the next comment. */
export function saveReviewer(a: ReviewAuthor): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify({ name: a.name, role: a.role, fraksi: a.fraksi ?? '' }));
  } catch {
    // Storage unavailable (private window): the form simply starts empty next time.
  }
}

/** The author fields of an API call for this identity (empty fields left to the core's defaults). */
export function authorArgs(a: ReviewAuthor): { author?: string; role?: string; fraksi?: string } {
  const out: { author?: string; role?: string; fraksi?: string } = {};
  if (a.name.trim()) out.author = a.name.trim();
  if (a.role.trim()) out.role = a.role.trim();
  if (a.fraksi?.trim()) out.fraksi = a.fraksi.trim();
  return out;
}
