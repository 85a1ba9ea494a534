/**
 * Re-anchoring benchmark: 1,000 threads on phrases of a generated 1,000-Pasal Perda, then a large
 * edit (60 Pasal inserted at the front, so every Pasal is renumbered; words inserted around a third of
 * the phrases; a word changed inside a tenth of them; 5% of the phrases deleted), then
 * every thread re-found in the edited document from scratch (fresh document, cold caches).
 * Baseline, same run: the same work with a naive quadratic edit-distance search (Sellers) in
 * place of the bit-parallel one. Run: `npx tsx test/bench/anchors.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { Node } from 'prosemirror-model';
import { generatePerda } from '../../src/model/doc-builders';
import { numberDocument } from '../../src/model/numbering';
import { newUid } from '../../src/model/uid';
import { parseDocJson } from '../../src/model/validate';
import { anchorForUnit } from '../../src/review/make-anchor';
import { resolveAnchor } from '../../src/review/reanchor';
import type { ThreadAnchor } from '../../src/review/types';
import { unitIndex } from '../../src/review/unit-index';
import { flatText } from '../../src/review/unit-text';
import type { BenchFigure } from './figure';
import { formatTable, median } from './figure';

interface J { type: string; attrs?: Record<string, unknown>; content?: J[]; text?: string }

const THREADS = 1000;

/** Pick 1,000 phrases (3 words) in text nodes of Pasal and anchor a thread on each. */
function makeThreads(doc: Node): Array<{ anchor: ThreadAnchor; phrase: string }> {
  const out: Array<{ anchor: ThreadAnchor; phrase: string }> = [];
  const pasal = [...numberDocument(doc).values()].filter((u) => u.type === 'pasal');
  const index = unitIndex(doc);
  for (let i = 0; out.length < THREADS && i < pasal.length * 4; i++) {
    const u = pasal[(i * 7) % pasal.length]!;
    const text = flatText(index.get(u.uid)!.node);
    const words = text.split(' ');
    const k = (i * 13) % Math.max(1, words.length - 3);
    const phrase = words.slice(k, k + 3).join(' ');
    if (phrase.length < 12 || phrase.includes('\n') || text.indexOf(phrase) !== text.lastIndexOf(phrase)) continue;
    out.push({ anchor: anchorForUnit(doc, u.uid, phrase), phrase });
  }
  return out;
}

/** The large edit, on JSON. */
function edit(json: J, threads: Array<{ anchor: ThreadAnchor; phrase: string }>): J {
  const batang = json.content!.find((n) => n.type === 'batangTubuh')!;
  const firstBab = batang.content!.find((n) => n.type === 'bab')!;
  const insertAt = firstBab.content!.findIndex((n) => n.type === 'pasal');
  firstBab.content!.splice(insertAt, 0, ...Array.from({ length: 60 }, (_, k): J => ({
    type: 'pasal', attrs: { uid: newUid(), baseNum: null, deleted: false },
    content: [{ type: 'para', attrs: { role: null }, content: [{ type: 'text', text: `Ketentuan sisipan ${k + 1} mengenai pelaporan.` }] }],
  })));
  const texts = new Map<string, J[]>();
  const walk = (n: J, unit: string) => {
    const own = n.type === 'pasal' ? String(n.attrs?.uid) : unit;
    if (n.type === 'text') texts.set(own, [...(texts.get(own) ?? []), n]);
    n.content?.forEach((c) => walk(c, own));
  };
  walk(json, '');
  threads.forEach(({ anchor, phrase }, i) => {
    const node = (texts.get(anchor.unitUid) ?? []).find((t) => t.text!.includes(phrase));
    if (!node) return;
    const mode = i % 20 === 0 ? 'delete' : i % 10 === 1 ? 'inside' : i % 3 === 0 ? 'around' : 'none';
    if (mode === 'delete') node.text = node.text!.replace(phrase, 'diatur kemudian').trim() || 'diatur';
    if (mode === 'inside') node.text = node.text!.replace(phrase, phrase.replace(/[aeiou](?=[^aeiou]*$)/, 'x'));
    if (mode === 'around') node.text = node.text!.replace(phrase, `dengan memperhatikan ketentuan, ${phrase} sesuai kebutuhan daerah,`);
  });
  return json;
}

/** Naive fuzzy search (Sellers DP) standing in for the bit-parallel one in the baseline. */
function naiveFind(text: string, quote: string, maxErrors: number): number | null {
  const i = text.indexOf(quote);
  if (i >= 0) return 0;
  let col = Array.from({ length: quote.length + 1 }, (_, k) => k);
  let best = Infinity;
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    for (let k = 1; k <= quote.length; k++) next[k] = Math.min(col[k - 1]! + (quote[k - 1] === text[j - 1] ? 0 : 1), col[k]! + 1, next[k - 1]! + 1);
    col = next;
    best = Math.min(best, col[quote.length]!);
  }
  return best <= maxErrors ? best : null;
}

/** Run the benchmark. */
export async function run(): Promise<BenchFigure[]> {
  const base = generatePerda(1000, { seed: 3 });
  const threads = makeThreads(base);
  const editedJson = edit(base.toJSON() as J, threads);
  const runs: number[] = [];
  let anchored = 0;
  let detached = 0;
  let onPhrase = 0;
  let lost = 0;
  for (let r = 0; r < 5; r++) {
    const doc = parseDocJson(editedJson); // fresh node: no cached index, text or numbering
    const t0 = performance.now();
    const results = threads.map((t) => resolveAnchor(doc, t.anchor));
    runs.push(performance.now() - t0);
    anchored = results.filter((x) => x.state === 'anchored').length;
    detached = results.length - anchored;
    onPhrase = results.filter((x, i) => x.state === 'anchored' && x.unitUid === threads[i]!.anchor.unitUid).length;
    const index = unitIndex(doc);
    lost = results.filter((x, i) => {
      const loc = index.get(threads[i]!.anchor.unitUid);
      return x.state === 'detached' && loc !== undefined && flatText(loc.node).includes(threads[i]!.phrase);
    }).length;
  }
  const baseline: number[] = [];
  for (let r = 0; r < 3; r++) {
    const doc = parseDocJson(editedJson);
    const t0 = performance.now();
    const index = unitIndex(doc);
    numberDocument(doc);
    for (const t of threads) {
      const loc = index.get(t.anchor.unitUid);
      if (loc) naiveFind(flatText(loc.node), t.anchor.quote!.exact, Math.floor(t.anchor.quote!.exact.length * 0.2));
    }
    baseline.push(performance.now() - t0);
  }
  const ms = median(runs);
  const baseMs = median(baseline);
  return [
    { name: `re-anchor ${threads.length} threads after a large edit (1,060 Pasal)`, value: ms, unit: 'ms', baseline: baseMs, baselineName: 'bare search: naive DP, no scoring/labels', ratio: ms / baseMs, target: '< 1000 ms' },
    { name: 'threads anchored (same unit)', value: onPhrase, unit: 'threads', target: `${anchored} anchored` },
    { name: 'threads lost (phrase still there, not found)', value: lost, unit: 'threads', target: '0' },
    { name: 'threads detached (phrase deleted or cut by an edit)', value: detached, unit: 'threads', target: `${threads.filter((_, i) => i % 20 === 0).length} deleted` },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatTable(await run()));
}
