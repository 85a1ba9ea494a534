/** A proposed wording as a redline against the phrase it replaces: old words struck, new inserted. */
import { useMemo } from 'react';
import { tokenize } from '../../../src/diff/tokenize';
import { wordDiff } from '../../../src/diff/word-diff';

/** The redline of `current` -> `proposed`. */
export function SuggestionRedline({ current, proposed }: { current: string; proposed: string }) {
  const segments = useMemo(() => wordDiff(tokenize(current), tokenize(proposed)), [current, proposed]);
  return (
    <p className="suggestion-redline">
      {segments.map((s, i) =>
        s.op === 'delete' ? (
          <del key={i}>{s.text}</del>
        ) : s.op === 'insert' ? (
          <ins key={i}>{s.text}</ins>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}
