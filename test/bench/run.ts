/**
 * One benchmark report (`npm run bench`): runs every benchmark module of test/bench/ that exports
 * `run(): Promise<BenchFigure[]>` and prints one table (or JSON with `-- --json`). Benchmarks
 * report; they never fail the test suite.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFigure } from './figure';
import { formatTable } from './figure';

const here = dirname(fileURLToPath(import.meta.url));
const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'figure.ts'].includes(f))
  .filter((f) => !only || f.startsWith(only))
  .sort();

const all: Array<BenchFigure & { bench: string }> = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as {
    run?: () => Promise<BenchFigure[]>;
  };
  if (typeof mod.run !== 'function') continue;
  const bench = file.replace(/\.ts$/, '');
  if (!json) process.stderr.write(`menjalankan ${bench} …\n`);
  try {
    for (const f of await mod.run()) all.push({ bench, ...f });
  } catch (e) {
    all.push({ bench, name: `${bench}: gagal`, value: NaN, unit: '', target: String((e as Error).message) });
  }
}

if (json) {
  process.stdout.write(
    JSON.stringify(
      all.map((f) => ({
        name: `${f.bench}: ${f.name}`,
        value: f.value,
        unit: f.unit,
        baseline: f.baseline ?? null,
        baselineName: f.baselineName ?? null,
        ratio: f.ratio ?? (f.baseline ? f.value / f.baseline : null),
        target: f.target ?? null,
      })),
      null,
      2,
    ) + '\n',
  );
} else {
  process.stdout.write(formatTable(all.map((f) => ({ ...f, name: `${f.bench}: ${f.name}` }))) + '\n');
}
