/**
 * Benchmark of the drafting checks (src/checks). On a generated Perda of 1,000 Pasal (with
 * Penjelasan) it measures in the same run:
 * - the floor: merely walking the document and reading every text node;
 * - all checks on a freshly built document (cold: numbering and every paragraph text computed);
 * - all checks with the numbering already derived (as in the editor, whose numbering plugin
 *   derives it for every new document);
 * - all checks again after a one-word edit (warm: unchanged paragraphs keep their cached text);
 * - all checks on 100 Pasal, for the growth figure.
 * Target: 1,000 Pasal well under 100 ms. Run: npx tsx test/bench/checks.ts
 */
import { pathToFileURL } from 'node:url';
import type { Node } from 'prosemirror-model';
import { runChecks } from '../../src/checks';
import { generatePerda } from '../../src/model/doc-builders';
import { numberDocument } from '../../src/model/numbering';
import { perdaSchema } from '../../src/model/schema';
import { formatTable, median, type BenchFigure } from './figure';

export type { BenchFigure };

/** Walk every node and read every text (the floor of any check). */
function walkText(doc: Node): number {
  let n = 0;
  doc.descendants((node) => {
    if (node.isText) n += node.text?.length ?? 0;
    return true;
  });
  return n;
}

/** The same document with one word of the last Pasal changed (shares all other nodes). */
function editOneWord(doc: Node): Node {
  let pos = -1;
  doc.descendants((node, p) => {
    if (node.isText && (node.text ?? '').includes('Peraturan Daerah ini mulai berlaku')) pos = p;
    return pos < 0;
  });
  return pos < 0 ? doc : doc.replace(pos, pos + 'Peraturan'.length, perdaSchema.text('Perda').slice(0));
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Median over `runs` of a function given a fresh input each time (input built outside the timing). */
function timed<T>(runs: number, make: () => T, fn: (x: T) => unknown): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = make();
    const t = performance.now();
    fn(input);
    xs.push(performance.now() - t);
  }
  return median(xs);
}

/** Run the benchmark. */
export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const ms: Record<number, number> = {};
  for (const n of [100, 1000]) {
    const base = generatePerda(n, { seed: 5, penjelasan: true });
    const json = base.toJSON();
    const fresh = () => perdaSchema.nodeFromJSON(json);
    for (let i = 0; i < 3; i++) { runChecks(fresh()); walkText(fresh()); }
    const runs = n >= 1000 ? 11 : 21;
    const floor = timed(runs, fresh, walkText);
    const cold = timed(runs, fresh, (d) => runChecks(d));
    ms[n] = cold;
    const findings = runChecks(base).length;
    figures.push({ name: `all checks, ${n} Pasal (cold)`, value: round(cold), unit: 'ms', baseline: round(floor), baselineName: 'walk all text', ratio: round(cold / floor), target: n >= 1000 ? '< 100 ms' : undefined });
    if (n >= 1000) {
      // In the editor the numbering of each new document is already derived (numbering plugin).
      const numbered = () => { const d = fresh(); numberDocument(d); return d; };
      const given = timed(runs, numbered, (d) => runChecks(d));
      figures.push({ name: `all checks, ${n} Pasal, numbering already derived`, value: round(given), unit: 'ms', baseline: round(floor), baselineName: 'walk all text', ratio: round(given / floor), target: '< 100 ms' });
      const warm = timed(runs, () => { const d = fresh(); runChecks(d); const e = editOneWord(d); numberDocument(e); return e; }, (d) => runChecks(d));
      figures.push({ name: `all checks, ${n} Pasal, after a one-word edit (warm)`, value: round(warm), unit: 'ms', baseline: round(floor), baselineName: 'walk all text', ratio: round(warm / floor), target: '< 100 ms' });
      figures.push({ name: `findings on the generated ${n}-Pasal doc`, value: findings, unit: 'findings' });
    }
  }
  figures.push({ name: 'growth 100 -> 1,000 Pasal', value: round((ms[1000] ?? 0) / (ms[100] ?? 1)), unit: 'x', target: '<= 12x' });
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatTable(await run()));
}
