/**
 * Re-finding an anchor in a document (after a reload, or in another version), never changing
 * it: by the unit's uid; then the stored position checked against the quote; then a search for
 * the quote in the unit (exact, then approximate, `match-quote.ts`); then in the enclosing units
 * up to the Pasal (never beyond it: a phrase is never attached to another Pasal). A thread whose
 * text is gone is `detached`, keeps its original quote and can be re-attached by hand.
 */
import type { Node } from 'prosemirror-model';
import { matchQuote, type QuoteSelector } from './match-quote';
import type { ThreadAnchor } from './types';
import { unitIndex, type UnitLocation } from './unit-index';
import { unitLabelOf } from './unit-label';
import { flatText } from './unit-text';

/** How an anchor was found. */
export type AnchorMethod = 'unit' | 'position' | 'exact' | 'fuzzy' | 'parent';

/** Why an anchor could not be found ('base-missing': a thread on the base text of a project without one). */
export type DetachReason = 'unit-missing' | 'unit-deleted' | 'quote-missing' | 'base-missing';

/** Where an anchor is in one document. */
export type AnchorResolution =
  | {
      state: 'anchored';
      method: AnchorMethod;
      /** The unit the thread now sits on (the anchor's unit, or an enclosing one). */
      unitUid: string;
      label: string;
      /** The phrase's offsets in that unit's flattened text (absent for a whole-unit thread). */
      start?: number;
      end?: number;
      /** The text now at the anchor. */
      text?: string;
      errors?: number;
    }
  | { state: 'detached'; reason: DetachReason; unitUid: null; label: null };

/** Node types a phrase may fall back to when its own unit lost it (units inside a Pasal). */
const FALLBACK_TYPES: ReadonlySet<string> = new Set(['pasal', 'ayat', 'item']);

/** Fallback matches must also agree with the quote's context at least this much. */
const FALLBACK_CONTEXT = 0.5;

/** The placement of an anchor whose text cannot be found, for `reason`. */
export const detached = (reason: DetachReason): AnchorResolution => ({ state: 'detached', reason, unitUid: null, label: null });

/** True for a "Dihapus." placeholder (perubahan mode): its text is no longer part of the Perda. */
function isDeleted(loc: UnitLocation, index: ReadonlyMap<string, UnitLocation>): boolean {
  if (loc.node.attrs.deleted === true) return true;
  return loc.ancestors.some((a) => index.get(a)?.node.attrs.deleted === true);
}

/** The enclosing units (innermost first) a phrase may fall back to: up to and including the Pasal. */
function fallbackUnits(ancestors: readonly string[], index: ReadonlyMap<string, UnitLocation>): UnitLocation[] {
  const out: UnitLocation[] = [];
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const loc = index.get(ancestors[i] as string);
    if (!loc) continue;
    if (!FALLBACK_TYPES.has(loc.node.type.name)) break;
    out.push(loc);
    if (loc.node.type.name === 'pasal') break;
  }
  return out;
}

/** Search a selector in one unit; `strict` demands supporting context (fallback units). */
function searchIn(loc: UnitLocation, sel: QuoteSelector, strict: boolean) {
  const text = flatText(loc.node);
  const m = matchQuote(text, strict ? { ...sel, start: undefined } : sel);
  if (!m) return null;
  if (strict && m.prefixScore < FALLBACK_CONTEXT && m.suffixScore < FALLBACK_CONTEXT) return null;
  return { m, text };
}

/** Find `anchor` in `doc`. */
export function resolveAnchor(doc: Node, anchor: ThreadAnchor): AnchorResolution {
  const index = unitIndex(doc);
  const loc = index.get(anchor.unitUid);
  const label = (uid: string) => unitLabelOf(doc, uid) ?? anchor.label;
  if (loc && isDeleted(loc, index)) return detached('unit-deleted');
  const q = anchor.quote;
  if (loc && !q) return { state: 'anchored', method: 'unit', unitUid: loc.uid, label: label(loc.uid) };
  const sel: QuoteSelector = q ? q : { exact: anchor.excerpt, prefix: '', suffix: '' };
  if (loc && q) {
    const text = flatText(loc.node);
    if (text.slice(q.start, q.end) === q.exact) {
      return { state: 'anchored', method: 'position', unitUid: loc.uid, label: label(loc.uid), start: q.start, end: q.end, text: q.exact, errors: 0 };
    }
    const found = searchIn(loc, sel, false);
    if (found) {
      const { m } = found;
      return {
        state: 'anchored', method: m.errors === 0 ? 'exact' : 'fuzzy', unitUid: loc.uid, label: label(loc.uid),
        start: m.start, end: m.end, text: found.text.slice(m.start, m.end), errors: m.errors,
      };
    }
  }
  if (sel.exact.length > 0) {
    for (const parent of fallbackUnits(loc ? loc.ancestors : anchor.ancestors, index)) {
      if (isDeleted(parent, index)) break;
      const found = searchIn(parent, sel, true);
      if (found) {
        const { m } = found;
        return {
          state: 'anchored', method: 'parent', unitUid: parent.uid, label: label(parent.uid),
          start: m.start, end: m.end, text: found.text.slice(m.start, m.end), errors: m.errors,
        };
      }
    }
  }
  return detached(loc ? 'quote-missing' : 'unit-missing');
}
