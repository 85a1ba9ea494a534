/**
 * Making anchors: for a unit and an optional quoted phrase (the CLI, the API), or for an editor
 * selection (the renderer). The quote is stored with up to `CONTEXT_CHARS` characters of context
 * on each side and its position in the unit's flattened text.
 */
import type { Node } from 'prosemirror-model';
import { CoreError } from '../core-error';
import type { TextQuote, ThreadAnchor } from './types';
import { unitIndex } from './unit-index';
import { unitLabelOf } from './unit-label';
import { flatText, posToOffset, unitText } from './unit-text';

/** Characters of context kept before and after a quote. */
export const CONTEXT_CHARS = 32;
/** Characters of the unit's text kept as the excerpt. */
export const EXCERPT_CHARS = 200;

/** A quote at `start..end` of `text` with its context. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** The unit `uid` of `doc`, or NOT_FOUND (`where` names the document: "naskah", "naskah lama"). */
function requireUnit(doc: Node, uid: string, where = 'naskah') {
  const loc = unitIndex(doc).get(uid);
  if (!loc) throw new CoreError('NOT_FOUND', `Unit ${uid} tidak ditemukan dalam ${where}.`);
  return loc;
}

/** Escape a string for a regular expression. */
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where `quote` occurs in `text`: exact occurrences; when there is none, occurrences that differ
 * only in whitespace (a phrase copied from the comparison table or a PDF may have other line
 * breaks or double spaces than the unit's text).
 */
export function quoteHits(text: string, quote: string): Array<{ start: number; end: number }> {
  const hits: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) hits.push({ start: i, end: i + quote.length });
  if (hits.length > 0) return hits;
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return hits;
  const re = new RegExp(words.map(escapeRe).join('\\s+'), 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    hits.push({ start: m.index, end: m.index + m[0].length });
    re.lastIndex = m.index + 1;
  }
  return hits;
}

/**
 * The anchor on unit `uid`, on the phrase `quote` when given (its `occurrence`-th appearance,
 * from 1; NOT_FOUND when the phrase is not in the unit, INVALID_ARGS when it is ambiguous and no
 * occurrence was chosen). `where` names the document in messages ("naskah", "naskah lama").
 */
export function anchorForUnit(doc: Node, uid: string, quote?: string, occurrence?: number, where = 'naskah'): ThreadAnchor {
  const loc = requireUnit(doc, uid, where);
  const text = flatText(loc.node);
  const label = unitLabelOf(doc, uid) ?? uid;
  const base = { unitUid: uid, ancestors: loc.ancestors, label, excerpt: text.slice(0, EXCERPT_CHARS) };
  if (quote === undefined || quote === '') return base;
  const hits = quoteHits(text, quote);
  if (hits.length === 0) throw new CoreError('NOT_FOUND', `Kutipan "${quote}" tidak ditemukan di ${label}.`);
  if (occurrence === undefined && hits.length > 1) {
    throw new CoreError('INVALID_ARGS', `Kutipan "${quote}" muncul ${hits.length} kali di ${label}; perpanjang kutipan atau pilih kemunculan ke berapa.`);
  }
  const at = hits[(occurrence ?? 1) - 1];
  if (at === undefined) throw new CoreError('NOT_FOUND', `Kutipan "${quote}" hanya muncul ${hits.length} kali di ${label}.`);
  return { ...base, quote: quoteAt(text, at.start, at.end) };
}

/**
 * The anchor for an editor selection `from..to` inside unit `uid` (the renderer passes the unit
 * the user commented on; positions are ProseMirror positions of `doc`). An empty selection gives
 * a whole-unit anchor.
 */
export function anchorForRange(doc: Node, uid: string, from: number, to: number): ThreadAnchor {
  const loc = requireUnit(doc, uid);
  const ut = unitText(loc.node, loc.pos);
  const start = posToOffset(ut, Math.min(from, to));
  const end = posToOffset(ut, Math.max(from, to));
  const label = unitLabelOf(doc, uid) ?? uid;
  const base = { unitUid: uid, ancestors: loc.ancestors, label, excerpt: ut.text.slice(0, EXCERPT_CHARS) };
  return end > start ? { ...base, quote: quoteAt(ut.text, start, end) } : base;
}
