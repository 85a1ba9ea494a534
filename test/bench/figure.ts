/**
 * The shape every benchmark reports, and the table printer shared by the benchmark scripts.
 */

/** One measured figure with the baseline it is compared with in the same run. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  baselineName?: string;
  ratio?: number;
  target?: string;
}

const fmt = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? '' : Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2);

/** Format figures as an aligned text table. */
export function formatTable(figures: BenchFigure[]): string {
  const rows = [
    ['figure', 'value', 'unit', 'baseline', 'ratio', 'target'],
    ...figures.map((f) => [
      f.name,
      fmt(f.value),
      f.unit,
      f.baseline === undefined ? '' : `${fmt(f.baseline)}${f.baselineName ? ` (${f.baselineName})` : ''}`,
      fmt(f.ratio ?? (f.baseline ? f.value / f.baseline : undefined)),
      f.target ?? '',
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Time a function `n` times and return the median milliseconds. */
export async function timeMedian(n: number, fn: () => unknown): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}
