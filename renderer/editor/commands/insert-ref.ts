/**
 * Inserting a live cross-reference (drafting-rules.md 2.2): the address ("Pasal 5 ayat (2) huruf
 * a", "Pasal 7 sampai dengan Pasal 9", or relative "ayat (1)") is resolved against the document
 * from the unit the cursor is in; a `ref` node is inserted with the right phrase before it:
 * "sebagaimana dimaksud dalam" for another Pasal, "sebagaimana dimaksud pada" inside the same
 * Pasal. When the text before the cursor already ends with the phrase, only its preposition is
 * put right.
 */
import type { EditorState, Command, Transaction } from 'prosemirror-state';
import { refParts } from '../../../src/model/labels';
import { resolveRange } from '../../../src/model/references';
import type { Numbering } from '../../../src/model/numbering';
import { currentUnit } from './current-unit';

/** A resolved reference ready to insert. */
export interface ResolvedRef {
  target: string;
  to: string | null;
  /** The label as it prints now ("Pasal 5", "ayat (1)"). */
  label: string;
  /** "pada" inside the same Pasal, else "dalam". */
  preposition: 'dalam' | 'pada';
}

const PHRASE = /sebagaimana dimaksud (dalam|pada) ?$/i;

/** Resolve `address` as seen from the cursor; null when no unit has that address. */
export function resolveRefAt(state: EditorState, address: string): ResolvedRef | null {
  const from = currentUnit(state)?.node.attrs.uid as string | undefined;
  const range = resolveRange(state.doc, address, from);
  if (!range) return null;
  const parts = refParts(state.doc, from, range.from, range.to);
  if (!parts) return null;
  return { target: range.from, to: range.to, label: parts.text, preposition: parts.local ? 'pada' : 'dalam' };
}

/** Insert `ref` at the selection, replacing `replaceFrom..` (typed address) when given. */
export function insertRefTr(state: EditorState, ref: ResolvedRef, replaceFrom?: number): Transaction {
  const { from, to } = state.selection;
  const start = replaceFrom ?? from;
  const $start = state.doc.resolve(start);
  const before = $start.parent.textBetween(0, $start.parentOffset, undefined, '\ufffc');
  const node = state.schema.nodes.ref!.create({ target: ref.target, to: ref.to, text: ref.label });
  const tr = state.tr.replaceWith(start, to, node);
  const m = PHRASE.exec(before);
  if (m) {
    const wordStart = start - (before.length - m.index) + 'sebagaimana dimaksud '.length;
    const wordEnd = wordStart + (m[1] ?? '').length;
    if (m[1] !== ref.preposition) tr.insertText(ref.preposition, wordStart, wordEnd);
    if (!/ $/.test(before)) tr.insertText(' ', tr.mapping.map(start, -1));
  } else {
    const lead = before === '' || /\s$/.test(before) ? '' : ' ';
    tr.insertText(`${lead}sebagaimana dimaksud ${ref.preposition} `, start);
  }
  return tr.scrollIntoView();
}

/** The command inserting a reference to `address` (false when it does not resolve or there is no text here). */
export function insertReference(address: string): Command {
  return (state, dispatch) => {
    if (!state.selection.$from.parent.inlineContent || !state.selection.$from.parent.type.contentMatch.matchType(state.schema.nodes.ref!)) return false;
    const ref = resolveRefAt(state, address);
    if (!ref) return false;
    if (dispatch) dispatch(insertRefTr(state, ref));
    return true;
  };
}

/**
 * Addresses of units that start with (or contain) `query`, best first, at most `limit`. A
 * relative query ("ayat (1", "huruf a") is tried first under the `context` addresses (the units
 * around the cursor, innermost first: "Pasal 5 ayat (2)", "Pasal 5").
 */
export function addressSuggestions(numbering: Numbering, query: string, limit = 8, context: readonly string[] = []): string[] {
  const q = query.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!q) return [];
  const prefixes = [...context.map((c) => `${c.toLowerCase()} ${q}`), q];
  const ranked: string[][] = prefixes.map(() => []);
  const contains: string[] = [];
  for (const u of numbering.values()) {
    if (u.type === 'penjelasanPasal' || u.type === 'changeItem' || u.deleted) continue;
    const a = u.address.toLowerCase();
    const k = prefixes.findIndex((p) => a.startsWith(p));
    if (k >= 0) ranked[k]!.push(u.address);
    else if (q.length > 2 && a.includes(q) && contains.length < limit) contains.push(u.address);
    if (ranked[prefixes.length - 1]!.length >= limit) break;
  }
  return [...new Set([...ranked.flat(), ...contains])].slice(0, limit);
}

/** The addresses of the units around the cursor, innermost first (context for relative queries). */
export function cursorContext(state: EditorState, numbering: Numbering): string[] {
  const out: string[] = [];
  const $from = state.selection.$from;
  for (let d = $from.depth; d > 0; d--) {
    const uid = $from.node(d).attrs.uid;
    const u = typeof uid === 'string' ? numbering.get(uid) : undefined;
    if (u && (u.type === 'pasal' || u.type === 'ayat' || u.type === 'item')) out.push(u.address);
  }
  return out;
}
