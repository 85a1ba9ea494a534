/**
 * The source text as read, with line numbers (indentation kept, narrowed); removed page furniture is greyed out and lines
 * with a diagnostic are marked. A click on a diagnostic scrolls here to its line.
 */
import { memo, useEffect, useRef, type CSSProperties } from 'react';
import type { ImportJobResult } from '../../../src/api/contract';

/** The number of leading spaces (shown narrower than in the source, which is laid out for a page). */
const indentOf = (text: string) => text.length - text.trimStart().length;

/** Props of the source view. */
export interface SourceViewProps {
  result: ImportJobResult;
  focusLine: number | null;
  label: string;
}

/** The view (memoised: the lines only change with a new import). */
export const SourceView = memo(function SourceView({ result, focusLine, label }: SourceViewProps) {
  const box = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (focusLine === null || !box.current) return;
    const el = box.current.querySelector<HTMLElement>(`[data-line="${focusLine}"]`);
    el?.scrollIntoView({ block: 'center' });
  }, [focusLine]);
  const removed = new Set(result.removed.map((r) => r.line));
  const flagged = new Map<number, string>();
  for (const d of result.diagnostics) if (d.line !== undefined && d.severity !== 'info') flagged.set(d.line, d.severity);
  return (
    <div className="import-source" ref={box} role="region" aria-label={label} tabIndex={0}>
      {result.sourceLines.map((l) => (
        <div
          key={l.no}
          data-line={l.no}
          className={`src-line${removed.has(l.no) ? ' is-removed' : ''}${flagged.has(l.no) ? ` is-${flagged.get(l.no)}` : ''}${l.no === focusLine ? ' is-focus' : ''}`}
        >
          <span className="src-no">{l.no}</span>
          <span className="src-text" style={{ '--indent': Math.min(indentOf(l.text), 80) } as CSSProperties}>
            {l.text.trimStart()}
          </span>
        </div>
      ))}
    </div>
  );
});
