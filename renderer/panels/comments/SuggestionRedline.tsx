/**
 * A proposed wording as a redline against the phrase it replaces: old words struck, new inserted;
 * a word only written otherwise (its capitals or spelling: "Walikota" -> "Wali Kota"), which the
 * word diff keeps in place, struck and inserted too.
 */
import { Fragment, useMemo } from 'react';
import { renumberedPieces } from '../../../src/diff/printed-otherwise';
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
          <Fragment key={i}>{keptRun(s.text, s.old)}</Fragment>
        ),
      )}
    </p>
  );
}

/** A kept run as the proposal writes it, each word written otherwise struck in its old form and inserted in its new. */
function keptRun(text: string, old: string | undefined) {
  const pieces = old !== undefined ? renumberedPieces(old, text) : null;
  if (!pieces) return <span>{text}</span>;
  return pieces.map((p, j) =>
    'same' in p ? (
      <span key={j}>{p.same}</span>
    ) : (
      <Fragment key={j}>
        {p.old && <del>{p.old}</del>}
        {p.now && <ins>{p.now}</ins>}
      </Fragment>
    ),
  );
}
