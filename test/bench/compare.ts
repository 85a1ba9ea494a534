/**
 * Benchmark of the comparison core. For generated Perda of 100 and 1,000 Pasal, a revision with
 * about 20% of words changed and 5% of Pasal inserted/deleted (and no shared uids, as for an
 * imported draft), it measures in the same run:
 * - compareDocs (align + classify + word diff);
 * - the floor: merely tokenising both documents;
 * - the naive approach: jsdiff `diffWords` per Pasal matched by number.
 * Targets: 1,000 Pasal <= 250 ms; <= 5x the tokenising floor; 10x the document <= 12x the time.
 * Run: npx tsx test/bench/compare.ts
 */
import { diffWords } from 'diff';
import type { Node } from 'prosemirror-model';
import { pathToFileURL } from 'node:url';
import { compareDocs } from '../../src/diff/compare';
import { tokenize } from '../../src/diff/tokenize';
import { generatePerda } from '../../src/model/doc-builders';
import { perdaSchema } from '../../src/model/schema';

/** One printed figure. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  baselineName?: string;
  ratio?: number;
  target?: string;
}

type Json = { type: string; attrs?: Record<string, unknown>; content?: Json[]; text?: string };

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['pelaksanaan', 'ketentuan', 'pengawasan', 'penyelenggaraan', 'kewajiban', 'koordinasi', 'pembinaan', 'pelaporan', 'wilayah', 'sarana'];

/** A revision of `doc`: words changed, Pasal deleted and inserted, every uid renewed. */
export function revise(doc: Node, seed: number, wordShare = 0.2, pasalShare = 0.05): Node {
  const r = rng(seed);
  const json = doc.toJSON() as Json;
  const uidMap = new Map<string, string>();
  let counter = 0;
  const fresh = (u: string) => {
    let v = uidMap.get(u);
    if (!v) { v = `r${seed}x${counter++}`; uidMap.set(u, v); }
    return v;
  };
  const editText = (n: Json) => {
    if (n.type === 'text' && n.text) n.text = n.text.replace(/\p{L}+/gu, (w) => (r() < wordShare ? (WORDS[Math.floor(r() * WORDS.length)] as string) : w));
    n.content?.forEach(editText);
  };
  const visit = (n: Json, inBody: boolean) => {
    if (n.attrs && typeof n.attrs.uid === 'string' && n.attrs.uid) n.attrs = { ...n.attrs, uid: fresh(n.attrs.uid) };
    if (n.type === 'ref' && n.attrs) n.attrs = { ...n.attrs, target: fresh(String(n.attrs.target)) };
    if (inBody && n.content) {
      const out: Json[] = [];
      for (const c of n.content) {
        if (c.type === 'pasal' && r() < pasalShare / 2) continue;
        out.push(c);
        if (c.type === 'pasal' && r() < pasalShare / 2) out.push({ type: 'pasal', attrs: { uid: `new${counter++}` }, content: [{ type: 'para', content: [{ type: 'text', text: `Ketentuan baru nomor ${counter} mengenai ${WORDS[counter % WORDS.length]} diatur dalam Peraturan Wali Kota.` }] }] });
      }
      n.content = out;
    }
    if (n.type === 'pasal') editText(n);
    n.content?.forEach((c) => visit(c, inBody || n.type === 'batangTubuh'));
  };
  visit(json, false);
  return perdaSchema.nodeFromJSON(json);
}

function tokeniseAll(doc: Node): number {
  let n = 0;
  doc.descendants((node) => {
    if (node.isText) n += tokenize(node.text ?? '').length;
    return true;
  });
  return n;
}

function pasalTexts(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'pasal') { out.push(node.textContent); return false; }
    return true;
  });
  return out;
}

function naive(a: Node, b: Node): number {
  const x = pasalTexts(a);
  const y = pasalTexts(b);
  let changed = 0;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = diffWords(x[i] ?? '', y[i] ?? '');
    if (d.some((c) => c.added || c.removed)) changed++;
  }
  return changed;
}

function median(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((p, q) => p - q);
  return times[Math.floor(times.length / 2)] as number;
}

/** Run the benchmark. */
export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const compareMs: Record<number, number> = {};
  for (const n of [100, 1000]) {
    const a = generatePerda(n, { seed: 7 });
    const b = revise(a, 11);
    const runs = n >= 1000 ? 7 : 15;
    for (let i = 0; i < 2; i++) { compareDocs(a, b); tokeniseAll(a); naive(a, b); }
    const floor = median(() => { tokeniseAll(a); tokeniseAll(b); }, runs);
    const ours = median(() => compareDocs(a, b), runs);
    const naiveMs = median(() => naive(a, b), runs);
    compareMs[n] = ours;
    const c = compareDocs(a, b);
    figures.push({ name: `compare ${n} Pasal (align + diff)`, value: round(ours), unit: 'ms', baseline: round(floor), baselineName: 'tokenise both docs', ratio: round(ours / floor), target: n >= 1000 ? '<= 250 ms and <= 5x floor' : '<= 5x floor' });
    figures.push({ name: `naive per-Pasal jsdiff ${n} Pasal`, value: round(naiveMs), unit: 'ms', baseline: round(ours), baselineName: 'compareDocs', ratio: round(naiveMs / ours) });
    figures.push({ name: `${n} Pasal: changed / inserted / deleted (ours)`, value: c.summary.changed, unit: `chg; ins ${c.summary.inserted}, del ${c.summary.deleted}, other ${c.pasal.length - c.summary.changed - c.summary.inserted - c.summary.deleted}`, });
    figures.push({ name: `${n} Pasal: Pasal that look changed to the naive approach`, value: naive(a, b), unit: 'Pasal' });
  }
  figures.push({ name: 'growth 100 -> 1,000 Pasal', value: round((compareMs[1000] as number) / (compareMs[100] as number)), unit: 'x', target: '<= 12x' });
  return figures;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figs = await run();
  console.table(figs.map((f) => ({ name: f.name, value: f.value, unit: f.unit, baseline: f.baseline ?? '', vs: f.baselineName ?? '', ratio: f.ratio ?? '', target: f.target ?? '' })));
}
