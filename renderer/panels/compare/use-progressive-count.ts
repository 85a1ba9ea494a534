/**
 * Progressive rendering of long tables: the first rows render at once, the rest follow in chunks
 * between frames, so a 300-Pasal comparison appears immediately and the page stays responsive.
 * `ensure(i)` renders up to row `i` at once (for "next change" far down the table).
 */
import { useCallback, useEffect, useState } from 'react';

const FIRST = 60;
const CHUNK = 80;

/** How many of `total` rows to render now; restarts when `resetKey` changes. */
export function useProgressiveCount(total: number, resetKey: unknown): { count: number; ensure(index: number): void } {
  const [state, setState] = useState({ key: resetKey, count: Math.min(total, FIRST) });
  const count = state.key === resetKey ? Math.min(state.count, total) : Math.min(total, FIRST);
  if (state.key !== resetKey) setState({ key: resetKey, count });

  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setState((s) => ({ key: s.key, count: Math.min(total, s.count + CHUNK) })), 16);
    return () => clearTimeout(timer);
  }, [count, total]);

  const ensure = useCallback(
    (index: number) => setState((s) => (s.count > index ? s : { key: s.key, count: Math.min(total, index + CHUNK) })),
    [total],
  );
  return { count, ensure };
}
