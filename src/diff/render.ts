/**
 * Turns token runs back into readable text: single spaces where the source had whitespace,
 * structural marks ("(2)", "a.") at the start of a new line.
 */
import { memoOf } from './run-memo';
import type { Token } from './tokenize';
import type { LineLayout, UnitRef } from './types';

/** What a line's layout is read from: a part of a Pasal (`PartUnit`). */
export interface LaidOutPart {
  indent: number;
  marker: string;
  label: string;
  /** Set as a heading, centred: a Pasal or BAB heading an amending instrument quotes, or the heading line of a later Pasal in a merged row's old side. */
  heading?: true;
}

/** Text of `tokens[from..to)`. `atStart` means nothing was written before (no leading space/newline). */
export function renderRun(tokens: readonly Token[], from: number, to: number, atStart: boolean): string {
  let out = '';
  let first = atStart;
  let afterMark = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'mark') {
      if (!first) out += '\n';
      out += t.s;
      afterMark = t.s !== '';
    } else {
      if (!first && (t.sp || afterMark) && !out.endsWith('\n')) out += ' ';
      out += t.s;
      afterMark = false;
    }
    first = false;
  }
  return out;
}

/** The whole text of a token list (memoised: token arrays of extracted units are immutable). */
export function renderText(tokens: readonly Token[]): string {
  const m = memoOf(tokens);
  return (m.text ??= renderRun(tokens, 0, tokens.length, true));
}

/** A row side whose text and line layout are made only when first read (and in JSON). */
class LazyUnitRef implements UnitRef {
  #text: string | null = null;
  readonly #tokens: readonly Token[];
  readonly #parts: readonly LaidOutPart[] | undefined;
  readonly #before: readonly Token[] | undefined;
  constructor(
    readonly uid: string,
    readonly label: string,
    tokens: readonly Token[],
    readonly marker: string | undefined,
    parts: readonly LaidOutPart[] | undefined,
    before: readonly Token[] | undefined,
  ) {
    this.#tokens = tokens;
    this.#parts = parts;
    this.#before = before;
  }

  get text(): string {
    return (this.#text ??= renderText(this.#tokens));
  }

  get lines(): LineLayout[] | undefined {
    return this.#parts?.map((p) => (p.heading ? { indent: p.indent, marker: p.marker, label: p.label, heading: true } : { indent: p.indent, marker: p.marker, label: p.label }));
  }

  get before(): string | undefined {
    return this.#before && renderText(this.#before);
  }

  toJSON(): UnitRef {
    const out: UnitRef = { uid: this.uid, label: this.label, text: this.text };
    if (this.marker !== undefined) out.marker = this.marker;
    const lines = this.lines;
    if (lines) out.lines = lines;
    const before = this.before;
    if (before !== undefined) out.before = before;
    return out;
  }
}

/**
 * One row side kept for the life of the module, so the class's object shape outlives every
 * comparison and the compiled code that reads row sides is not discarded with the last of them
 * (as `gram-counts.ts` explains).
 */
export const KEPT_UNIT_REF_SHAPE: UnitRef = new LazyUnitRef('', '', [], undefined, undefined, undefined);

/**
 * A row side: uid, label, the unit's text (rendered lazily), for a part its printed marker, and
 * the parts its lines are set by (a Pasal's parts, or the part itself), one per line. `before`:
 * for a row showing only a portion of the unit (a piece of a split Pasal), the unit's tokens
 * before that portion.
 */
export function unitRef(uid: string, label: string, tokens: readonly Token[], marker?: string, parts?: readonly LaidOutPart[], before?: readonly Token[]): UnitRef {
  return new LazyUnitRef(uid, label, tokens, marker, parts, before);
}
