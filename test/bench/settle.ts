/**
 * A full garbage collection between a benchmark's preparation and its timed run, so the figure
 * measures the function and not the promotion of the inputs the preparation just built (in the
 * app, a base document lives long and a draft shares almost all its nodes with long-lived
 * versions). Every timed function of a benchmark gets the same treatment, baselines included.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;

/** Run a full garbage collection (no-op where the runtime refuses). */
export function settleHeap(): void {
  if (typeof collect === 'function') collect();
}

/** Milliseconds one call of `fn` takes, timed after a settled heap. */
export function settledTime(fn: () => unknown): number {
  settleHeap();
  const t = performance.now();
  fn();
  return performance.now() - t;
}
