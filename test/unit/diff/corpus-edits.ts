/**
 * Edited copies of the real corpus texts, made the way a drafter makes a revision and with what
 * a comparison must find: one word or phrase changed, a Pasal deleted, inserted or moved with
 * every later number and citation following, an ayat inserted, a Pasal split at an ayat or
 * inside a list, two Pasal merged, several Pasal reworded (`reworded`, to combine with another
 * edit: `andThen`), and the same text laid out otherwise (lines joined, spaces collapsed, page
 * numbers elsewhere).
 * Edits work on the text layer as published (`pdftotext -layout`), so page numbers, running
 * headers and wrapped citations stay where a real file has them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { corpusDir } from '../../helpers/paths';

/** A corpus text cut into lines, with where its Pasal are. */
export interface CorpusText {
  file: string;
  text: string;
  lines: readonly string[];
  /** Line index and number of each Pasal heading of the body, in order. */
  heads: ReadonlyArray<{ line: number; n: number }>;
  /** Line index where the Penjelasan starts (or the line count). */
  penjelasan: number;
}

/** What a comparison of the original with an edited copy must say, by Pasal label. */
export interface Truth {
  changed: string[];
  deleted: string[];
  /** New labels of inserted Pasal. */
  inserted: string[];
  /** Old labels of Pasal moved elsewhere. */
  moved: string[];
  /** Old labels of Pasal split in two. */
  split: string[];
  /** Old labels of the first of two Pasal merged into one. */
  merged: string[];
  /** Old labels whose status is not judged: they cite the Pasal that was deleted or split. */
  ignored: string[];
  /** New number of each old Pasal number, when the edit renumbers. */
  renumber?: (n: number) => number;
}

/** An edited copy and what it should compare as. */
export interface CorpusEdit {
  name: string;
  text: string;
  truth: Truth;
}

const PASAL_HEADING = /^(\s*)Pasal (\d+)\s*$/;
/** A line that ends a Pasal's text: a BAB heading (its title on the line or not), a Bagian or Paragraf heading, or the pengundangan formula. */
const PASAL_END = /^\s*(BAB\s+[IVXLC]+[A-Z]?(\s+[A-Z][A-Z\s,./()-]*)?|Bagian\s*Ke\w+(\s+[A-Z].*)?|Paragraf\s+\d+(\s+[A-Z].*)?)\s*$|Agar\s+setiap/;
/** Right after "Pasal N" (and its ayat or huruf): the citation names another law, so it is not renumbered. */
const OTHER_LAW = /^(\s+ayat\s+\(\d+\))?(\s+huruf\s+\w)?\s+(Undang|UU|Peraturan\s+(Pemerintah|Menteri|Presiden)|Kitab|KUHP?)/;

/** Read a corpus text and find its Pasal. */
export function readCorpus(file: string): CorpusText {
  return readCorpusFrom(fs.readFileSync(path.join(corpusDir, file), 'utf8'), file);
}

/** `text` (a corpus text, perhaps edited already) cut into lines, with where its Pasal are. */
export function readCorpusFrom(text: string, file: string): CorpusText {
  const lines = text.split('\n');
  const found = lines.findIndex((l) => /^\s*PENJELASAN\s*$/.test(l));
  const penjelasan = found < 0 ? lines.length : found;
  const heads: Array<{ line: number; n: number }> = [];
  lines.forEach((l, line) => {
    const m = PASAL_HEADING.exec(l);
    if (m && line < penjelasan && !heads.some((h) => h.n === Number(m[2]))) heads.push({ line, n: Number(m[2]) });
  });
  return { file, text, lines, heads, penjelasan };
}

/** The line after the last line of the `k`-th Pasal's text. */
function endOf(t: CorpusText, k: number): number {
  const next = t.heads[k + 1]?.line ?? t.penjelasan;
  for (let i = (t.heads[k]?.line ?? 0) + 1; i < next; i++) if (PASAL_END.test(t.lines[i] ?? '')) return i;
  return next;
}

/** The lines of the `k`-th Pasal's text (heading included). */
const pasalLines = (t: CorpusText, k: number) => t.lines.slice(t.heads[k]!.line, endOf(t, k));

/** Line indices of the markers `marker(1)`, `marker(2)`, … at line starts in the `k`-th Pasal, in sequence. */
function markedLines(t: CorpusText, k: number, marker: (n: number) => string): number[] {
  const out: number[] = [];
  for (let i = t.heads[k]!.line + 1; i < endOf(t, k); i++) if (new RegExp(`^\\s*${marker(out.length + 1)}\\s`).test(t.lines[i] ?? '')) out.push(i);
  return out;
}

/** Line indices of the ayat markers "(1)", "(2)", … in the `k`-th Pasal. */
const ayatLines = (t: CorpusText, k: number) => markedLines(t, k, (n) => `\\(${n}\\)`);

/** Line indices of the numbered items "1.", "2.", … in the `k`-th Pasal (Pasal 1's definitions). */
const numberedItemLines = (t: CorpusText, k: number) => markedLines(t, k, (n) => `${n}\\.`);

/** `lines` with every "Pasal N" of the body (headings, citations, Penjelasan entries) numbered by `renumber`; citations of other laws kept. */
function withNumbers(t: CorpusText, lines: readonly string[], renumber: (n: number) => number): string {
  // The first Pasal heading of the edited lines (the text's first Pasal may be the one deleted).
  const start = lines.findIndex((l) => PASAL_HEADING.test(l));
  // A heading alone on its line is this text's Pasal whatever follows it (UU 35/2009 Pasal 2 to 4
  // open "Undang-Undang tentang Narkotika …", which after a citation would name another law).
  const heading = (all: string, at: number, end: number) => (at === 0 || all[at - 1] === '\n') && /^[ \t]*(\n|$)/.test(all.slice(end));
  const body = lines.slice(start).join('\n').replace(/([Pp])asal(\s+)(\d+)/g, (m: string, p: string, space: string, n: string, at: number, all: string) =>
    !heading(all, at, at + m.length) && OTHER_LAW.test(all.slice(at + m.length, at + m.length + 80)) ? m : `${p}asal${space}${renumber(Number(n))}`);
  return [...lines.slice(0, start), body].join('\n');
}

/** Old labels of the Pasal (other than the `k`-th) whose text cites the `k`-th one. */
function citersOf(t: CorpusText, k: number): string[] {
  const cites = new RegExp(`pasal\\s+${t.heads[k]!.n}\\b`, 'i');
  return t.heads.filter((h, j) => j !== k && cites.test(pasalLines(t, j).slice(1).join(' '))).map((h) => `Pasal ${h.n}`);
}

const truth = (over: Partial<Truth>): Truth => ({ changed: [], deleted: [], inserted: [], moved: [], split: [], merged: [], ignored: [], ...over });

/** One word of the `k`-th Pasal's text replaced by another ("dan" by "serta", …); null when it has none of them. */
export function wordChanged(t: CorpusText, k: number): CorpusEdit | null {
  const swap: Record<string, string> = { dan: 'serta', atau: 'maupun', yang: 'yang wajib', dengan: 'melalui', untuk: 'guna' };
  const lines = t.lines.slice();
  for (let i = t.heads[k]!.line + 1; i < endOf(t, k); i++) {
    const m = /\b(dan|atau|yang|dengan|untuk)\b/.exec(lines[i]!);
    if (!m) continue;
    lines[i] = lines[i]!.slice(0, m.index) + swap[m[1]!] + lines[i]!.slice(m.index + m[1]!.length);
    return { name: `a word of Pasal ${t.heads[k]!.n} replaced`, text: lines.join('\n'), truth: truth({ changed: [`Pasal ${t.heads[k]!.n}`] }) };
  }
  return null;
}

/** The `k`-th Pasal deleted; every later Pasal and every citation of one renumbered. */
export function pasalDeleted(t: CorpusText, k: number): CorpusEdit {
  const n = t.heads[k]!.n;
  const lines = [...t.lines.slice(0, t.heads[k]!.line), ...t.lines.slice(endOf(t, k))];
  return {
    name: `Pasal ${n} deleted, later ones renumbered`,
    text: withNumbers(t, lines, (x) => (x > n ? x - 1 : x)),
    truth: truth({ deleted: [`Pasal ${n}`], ignored: citersOf(t, k), renumber: (x) => (x > n ? x - 1 : x) }),
  };
}

/** A new Pasal of two ayat inserted after the `k`-th; every later Pasal and every citation of one renumbered. */
export function pasalInserted(t: CorpusText, k: number): CorpusEdit {
  const n = t.heads[k]!.n;
  const indent = PASAL_HEADING.exec(t.lines[t.heads[k]!.line]!)![1];
  const added = [
    '',
    `${indent}Pasal ${n + 1}`,
    '',
    '(1) Setiap orang wajib melaporkan kepada Perangkat Daerah setiap kejadian penyalahgunaan yang diketahuinya paling lambat 3 (tiga) hari kerja.',
    '(2) Ketentuan lebih lanjut mengenai tata cara pelaporan diatur dengan Peraturan Kepala Daerah.',
    '',
  ];
  const renumbered = withNumbers(t, t.lines, (x) => (x > n ? x + 1 : x)).split('\n');
  const end = endOf(t, k);
  return {
    name: `a Pasal inserted after Pasal ${n}, later ones renumbered`,
    text: [...renumbered.slice(0, end), ...added, ...renumbered.slice(end)].join('\n'),
    truth: truth({ inserted: [`Pasal ${n + 1}`], renumber: (x) => (x > n ? x + 1 : x) }),
  };
}

/** The `k`-th Pasal moved to just after the `m`-th; all Pasal numbered by the new order, citations following. */
export function pasalMoved(t: CorpusText, k: number, m: number): CorpusEdit {
  const order = t.heads.map((h) => h.n).filter((n) => n !== t.heads[k]!.n);
  order.splice(order.indexOf(t.heads[m]!.n) + 1, 0, t.heads[k]!.n);
  const newNumber = new Map(order.map((n, i) => [n, i + 1]));
  const block = pasalLines(t, k);
  const rest = [...t.lines.slice(0, t.heads[k]!.line), ...t.lines.slice(endOf(t, k))];
  const at = endOf(t, m) - (endOf(t, m) > t.heads[k]!.line ? block.length : 0);
  const renumber = (x: number) => newNumber.get(x) ?? x;
  return {
    name: `Pasal ${t.heads[k]!.n} moved after Pasal ${t.heads[m]!.n}, all renumbered`,
    text: withNumbers(t, [...rest.slice(0, at), ...block, ...rest.slice(at)], renumber),
    truth: truth({ moved: [`Pasal ${t.heads[k]!.n}`], renumber }),
  };
}

/** A new ayat (2) inserted in the `k`-th Pasal (which has at least three); later ayat and the Pasal's own citations of them renumbered. */
export function ayatInserted(t: CorpusText, k: number): CorpusEdit | null {
  const ayat = ayatLines(t, k);
  if (ayat.length < 3) return null;
  const lines = t.lines.slice();
  for (const i of ayat.slice(1)) lines[i] = lines[i]!.replace(/^(\s*)\((\d+)\)/, (_m, space: string, d: string) => `${space}(${Number(d) + 1})`);
  // "ayat (2)" and later, cited within the Pasal (not "Pasal 5 ayat (2)"), follow.
  const own = lines.slice(t.heads[k]!.line, endOf(t, k)).join('\n')
    .replace(/(?<!Pasal\s+\d+\s+)ayat(\s+)\((\d+)\)/g, (m: string, space: string, d: string) => (Number(d) >= 2 ? `ayat${space}(${Number(d) + 1})` : m))
    .split('\n');
  own.splice(ayat[1]! - t.heads[k]!.line, 0, '(2) Pelaksanaan sebagaimana dimaksud pada ayat (1) dilakukan secara terpadu dengan melibatkan masyarakat dan dunia usaha.');
  const n = t.heads[k]!.n;
  return {
    name: `an ayat (2) inserted in Pasal ${n}, later ayat renumbered`,
    text: [...lines.slice(0, t.heads[k]!.line), ...own, ...lines.slice(endOf(t, k))].join('\n'),
    truth: truth({ changed: [`Pasal ${n}`], ignored: citersOf(t, k) }),
  };
}

/** The number of ayat of the `k`-th Pasal (as markers at line starts). */
export const ayatCount = (t: CorpusText, k: number) => ayatLines(t, k).length;

/** The `k`-th Pasal split before its ayat (3): those ayat become a new Pasal numbered from (1); later Pasal renumbered. */
export function pasalSplit(t: CorpusText, k: number): CorpusEdit | null {
  const ayat = ayatLines(t, k);
  if (ayat.length < 3) return null;
  const n = t.heads[k]!.n;
  const renumber = (x: number) => (x > n ? x + 1 : x);
  const lines = withNumbers(t, t.lines, renumber).split('\n');
  for (const i of ayat.slice(2)) lines[i] = lines[i]!.replace(/^(\s*)\((\d+)\)/, (_m, space: string, d: string) => `${space}(${Number(d) - 2})`);
  lines.splice(ayat[2]!, 0, '', `${PASAL_HEADING.exec(t.lines[t.heads[k]!.line]!)![1]}Pasal ${n + 1}`, '');
  return { name: `Pasal ${n} split before its ayat (3)`, text: lines.join('\n'), truth: truth({ split: [`Pasal ${n}`], ignored: citersOf(t, k) }) };
}

/** Line indices of the lettered items "a.", "b.", … in the `k`-th Pasal. */
const letteredItemLines = (t: CorpusText, k: number) => markedLines(t, k, (n) => `${String.fromCharCode(96 + n)}\\.`);

/**
 * The `k`-th Pasal, a lead sentence and a lettered list (no ayat), split before its item `at`
 * (0-based): those items become the next Pasal, lettered from "a." under a lead of its own; later
 * Pasal renumbered.
 */
export function listSplit(t: CorpusText, k: number, at: number, lead: string): CorpusEdit | null {
  const items = letteredItemLines(t, k);
  if (ayatCount(t, k) > 0 || at < 1 || at >= items.length) return null;
  const n = t.heads[k]!.n;
  const lines = withNumbers(t, t.lines, (x) => (x > n ? x + 1 : x)).split('\n');
  items.slice(at).forEach((i, j) => (lines[i] = lines[i]!.replace(/^(\s*)[a-z]\./, (_m, space: string) => `${space}${String.fromCharCode(97 + j)}.`)));
  lines.splice(items[at]!, 0, '', `${PASAL_HEADING.exec(t.lines[t.heads[k]!.line]!)![1]}Pasal ${n + 1}`, '', lead, '');
  return { name: `Pasal ${n} split before its item ${at + 1}`, text: lines.join('\n'), truth: truth({ split: [`Pasal ${n}`], ignored: citersOf(t, k) }) };
}

/** The first ayat of the `k`-th Pasal that holds a lettered list: its line, its items' lines, and the line after its list. */
function firstAyatList(t: CorpusText, k: number): { ownAyat: number | undefined; items: number[]; listEnd: number } {
  const lettered = letteredItemLines(t, k);
  const ayat = ayatLines(t, k);
  const ownAyat = ayat.filter((i) => i < (lettered[0] ?? -1)).pop();
  // That ayat's items only: the lettering runs on into a later ayat's list ("c." after "b.").
  const listEnd = ayat.find((i) => i > (lettered[0] ?? Infinity)) ?? endOf(t, k);
  return { ownAyat, items: ownAyat === undefined ? [] : lettered.filter((i) => i < listEnd), listEnd };
}

/** The number of items in the list of the first ayat of the `k`-th Pasal that holds one (0 if none). */
export const ayatListItemCount = (t: CorpusText, k: number) => firstAyatList(t, k).items.length;

/**
 * The `k`-th Pasal, made of ayat, split inside the lettered list of one of them: the list's items
 * from `at` (0-based) on become a new Pasal after it, lettered from "a." under `lead` (by default
 * the ayat's own words before its list, as `listSplit` takes the Pasal's), while the later ayat
 * stay; later Pasal renumbered.
 */
export function ayatListSplit(t: CorpusText, k: number, at: number, lead?: string): CorpusEdit | null {
  const { ownAyat, items, listEnd } = firstAyatList(t, k);
  if (ownAyat === undefined || at < 1 || at >= items.length) return null;
  const n = t.heads[k]!.n;
  const lines = withNumbers(t, t.lines, (x) => (x > n ? x + 1 : x)).split('\n');
  const taken = lines.slice(items[at]!, listEnd);
  items.slice(at).forEach((i, j) => (taken[i - items[at]!] = taken[i - items[at]!]!.replace(/^(\s*)[a-z]\./, (_m, space: string) => `${space}${String.fromCharCode(97 + j)}.`)));
  const heading = `${PASAL_HEADING.exec(t.lines[t.heads[k]!.line]!)![1]}Pasal ${n + 1}`;
  const end = endOf(t, k);
  const ownLead = t.lines.slice(ownAyat, items[0]).join(' ').replace(/^\s*\(\d+\)/, '').replace(/\s+/g, ' ').trim();
  const text = [...lines.slice(0, items[at]!), ...lines.slice(listEnd, end), '', heading, '', lead ?? ownLead, ...taken, '', ...lines.slice(end)].join('\n');
  return { name: `Pasal ${n} split inside the list of an ayat, before its item ${at + 1}`, text, truth: truth({ split: [`Pasal ${n}`], ignored: citersOf(t, k) }) };
}

/** The number of lettered items ("a.", "b.", …) of the `k`-th Pasal. */
export const letteredItemCount = (t: CorpusText, k: number) => letteredItemLines(t, k).length;

/** The words of the `k`-th Pasal before its first lettered item (its lead sentence), on one line. */
export function leadOf(t: CorpusText, k: number): string {
  const first = letteredItemLines(t, k)[0] ?? t.heads[k]!.line + 1;
  return t.lines.slice(t.heads[k]!.line + 1, first).join(' ').replace(/\s+/g, ' ').trim();
}

/** The `k`-th Pasal and the next merged (the next one's heading removed), when no heading stands between them; later Pasal renumbered. */
export function pasalsMerged(t: CorpusText, k: number): CorpusEdit | null {
  const next = t.heads[k + 1];
  if (!next || endOf(t, k) !== next.line) return null;
  const n = t.heads[k]!.n;
  const renumber = (x: number) => (x > n ? x - 1 : x);
  const lines = t.lines.slice();
  lines[next.line] = '';
  return {
    name: `Pasal ${n} and ${n + 1} merged, later ones renumbered`,
    text: withNumbers(t, lines, renumber),
    // A citation of either Pasal may now name a part numbered otherwise in the merged one.
    truth: truth({ merged: [`Pasal ${n}`], ignored: [...citersOf(t, k), ...citersOf(t, k + 1)], renumber }),
  };
}

/** The number of numbered items ("1.", "2.", …) of the `k`-th Pasal. */
export const numberedItemCount = (t: CorpusText, k: number) => numberedItemLines(t, k).length;

/** A new definition inserted as angka `at` + 1 of the `k`-th Pasal; the items after it renumbered. */
export function itemInserted(t: CorpusText, k: number, at: number): CorpusEdit | null {
  const items = numberedItemLines(t, k);
  const line = items[at];
  if (line === undefined) return null;
  const lines = t.lines.slice();
  for (const i of items.slice(at)) lines[i] = lines[i]!.replace(/^(\s*)(\d+)\./, (_m, space: string, d: string) => `${space}${Number(d) + 1}.`);
  const indent = /^(\s*)/.exec(lines[line]!)![1];
  lines.splice(line, 0, `${indent}${at + 1}.   Penyalahgunaan adalah penggunaan tanpa hak atau melawan hukum.`, '');
  return { name: `a definition inserted as angka ${at + 1} of Pasal ${t.heads[k]!.n}, later ones renumbered`, text: lines.join('\n'), truth: truth({ changed: [`Pasal ${t.heads[k]!.n}`] }) };
}

/** The same text laid out otherwise: every other wrapped line joined to the one before, runs of spaces collapsed, page numbers dropped and others put elsewhere. */
export function reflowed(t: CorpusText): CorpusEdit {
  const first = t.heads[0]!.line;
  const continues = (l: string) => /^\s*[a-z]/.test(l) && !/^\s*[a-z]\.\s/.test(l);
  const out = t.lines.slice(0, first);
  let page = 40;
  for (let i = first; i < t.lines.length; i++) {
    const l = t.lines[i]!;
    if (/^\s*-\s*\d+\s*-\s*$/.test(l)) continue;
    const before = out[out.length - 1] ?? '';
    if (i % 2 === 0 && continues(l) && /\S/.test(before) && !PASAL_HEADING.test(before)) {
      out[out.length - 1] = `${before.trimEnd()} ${l.trim().replace(/\s+/g, ' ')}`;
      continue;
    }
    out.push(l.replace(/(\S)\s{2,}(\S)/g, '$1 $2'));
    if (i % 37 === 0 && continues(l)) out.push('', `                     - ${page++} -`, '');
  }
  return { name: 'laid out otherwise', text: out.join('\n'), truth: truth({}) };
}

/**
 * Several Pasal reworded (`words` words replaced in each of the Pasal at `ks`, see `wordChanged`);
 * null when none has such a word.
 */
export function reworded(t: CorpusText, ks: readonly number[], words: number): CorpusEdit | null {
  let text = t.text;
  const changed: string[] = [];
  for (const k of ks) {
    let done = false;
    for (let w = 0; w < words; w++) {
      const e = wordChanged(readCorpusFrom(text, t.file), k);
      if (!e) break;
      text = e.text;
      done = true;
    }
    if (done) changed.push(`Pasal ${t.heads[k]!.n}`);
  }
  return changed.length === 0 ? null : { name: `${changed.length} Pasal reworded`, text, truth: truth({ changed }) };
}

/**
 * A revision made of two: `first` (which keeps every Pasal number, such as `reworded`), then the
 * edit `then` makes of its result. The Pasal `first` changed count as changed unless `then` judges
 * them otherwise (deletes, moves, splits or merges them, or leaves them unjudged).
 */
export function andThen(first: CorpusEdit, then: (t: CorpusText) => CorpusEdit | null, file: string): CorpusEdit | null {
  const second = then(readCorpusFrom(first.text, file));
  if (!second) return null;
  const t = second.truth;
  const judged = new Set([...t.deleted, ...t.moved, ...t.split, ...t.merged, ...t.ignored]);
  return { name: `${first.name}, then ${second.name}`, text: second.text, truth: { ...t, changed: [...t.changed, ...first.truth.changed.filter((c) => !judged.has(c))] } };
}
