/**
 * Turns token runs back into readable text: single spaces where the source had whitespace,
 * structural marks ("(2)", "a.") at the start of a new line.
 */
import { memoOf } from './run-memo';
import type { Token } from './tokenize';
import type { UnitRef } from './types';

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

/** A row side whose text is rendered only when first read (and in JSON). */
class LazyUnitRef implements UnitRef {
  #text: string | null = null;
  readonly #tokens: readonly Token[];
  constructor(
    readonly uid: string,
    readonly label: string,
    tokens: readonly Token[],
    readonly marker: string | undefined,
  ) {
    this.#tokens = tokens;
  }

  get text(): string {
    return (this.#text ??= renderText(this.#tokens));
  }

  toJSON(): UnitRef {
    return this.marker === undefined ? { uid: this.uid, label: this.label, text: this.text } : { uid: this.uid, label: this.label, text: this.text, marker: this.marker };
  }
}

/** A row side: uid, label, the unit's text (rendered lazily) and, for a part, its printed marker. */
export function unitRef(uid: string, label: string, tokens: readonly Token[], marker?: string): UnitRef {
  return new LazyUnitRef(uid, label, tokens, marker);
}
