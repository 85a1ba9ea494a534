/**
 * Tabulasi (drafting-rules.md 1.4.3, 9.3; Lampiran II [WS p.113]): every item ends with ";", the
 * last-but-one with "; dan", "; atau" or "; dan/atau", the last with "." when it ends the
 * sentence; an item (or the opening sentence) followed by sub-items ends with ":"; at most 4
 * levels; items begin with a lower-case letter. Definitions in Pasal 1 are the exception: each
 * begins with a capital and ends with "." (1.5).
 *
 * Calm rules: an item with no text yet is left alone (the empty-unit rule speaks for it), and an
 * empty item at the end of a list is taken as one being typed: the list is judged without it.
 * The last item of a nested list under a non-final item may end with ";" with or without "dan".
 */
import type { Node } from 'prosemirror-model';
import type { CheckRun, Span, UnitRec } from './context';
import { definedTerm, topLists } from './definition-lists';
import { endSpan, firstWordSpan, hasPlaceholder, isBlank } from './text-util';
import { paraText } from './unit-text';

/**
 * What the end of an item must be: "mid" ";" (a non-final item), "conj" "; dan/atau" (the
 * last-but-one), "end" "." (the end of the sentence), "inner" ";" with or without a conjunction
 * (the last sub-item under a non-final item), "open" anything (a sentence continues after the
 * list).
 */
type Slot = 'mid' | 'conj' | 'end' | 'inner' | 'open';

const CONJ = /;\s*(dan|atau|dan\s*\/\s*atau)$/i;
const LOOSE_CONJ = /[,;]?\s+(dan|atau|dan\s*\/\s*atau)$/i;
const MAX_DEPTH = 4;

/** True when an item has nothing written yet (no text, no sub-items). */
function isBlankItem(item: Node): boolean {
  for (let i = 0; i < item.childCount; i++) {
    const c = item.child(i);
    if (!c.isTextblock || !isBlank(paraText(c))) return false;
  }
  return true;
}

/** The message for an ending that does not fit its slot, or null when it fits. */
function endingProblem(text: string, slot: Slot): string | null {
  const t = text.trimEnd();
  if (hasPlaceholder(t.slice(-3))) return null;
  switch (slot) {
    case 'mid':
      if (CONJ.test(t) || LOOSE_CONJ.test(t)) return 'Kata "dan"/"atau" hanya ditulis sesudah rincian kedua terakhir; rincian ini diakhiri dengan titik koma (";").';
      return t.endsWith(';') ? null : 'Rincian diakhiri dengan tanda baca titik koma (";").';
    case 'conj':
      if (CONJ.test(t)) return null;
      if (LOOSE_CONJ.test(t)) return 'Rincian kedua terakhir diakhiri dengan titik koma sebelum kata sambung: "; dan", "; atau", atau "; dan/atau".';
      return 'Rincian kedua terakhir diakhiri dengan "; dan" (kumulatif), "; atau" (alternatif), atau "; dan/atau".';
    case 'end':
      return t.endsWith('.') ? null : 'Rincian terakhir diakhiri dengan tanda baca titik (".").';
    case 'inner':
      return t.endsWith(';') || CONJ.test(t) ? null : 'Rincian diakhiri dengan tanda baca titik koma (";").';
    default:
      return null;
  }
}

/** The slot of the last item of a sub-list under an item in `slot`. */
function inherit(slot: Slot): Slot {
  return slot === 'end' || slot === 'open' ? slot : 'inner';
}

/** Span of the last character before `end` that is not white space. */
function spanBefore(text: string, end: number): Span {
  const e = text.slice(0, end).trimEnd().length;
  return { from: Math.max(0, e - 1), to: e };
}

/** Checks of one list and its sub-lists. */
function checkList(run: CheckRun, list: Node, slot: Slot, depth: number, definitions: boolean, terms: readonly string[]): void {
  const items: Node[] = [];
  list.forEach((c) => {
    if (c.type.name === 'item' && c.attrs.deleted !== true) items.push(c);
  });
  let n = items.length;
  while (n > 0 && isBlankItem(items[n - 1]!)) n--;
  if (depth === MAX_DEPTH + 1 && items[0]) {
    const rec = run.byUid.get(String(items[0].attrs.uid));
    if (rec) run.report('kedalaman-rincian', rec, `Rincian lebih dari ${MAX_DEPTH} (empat) tingkat; bagi ke dalam pasal atau ayat lain.`);
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const rec = run.byUid.get(String(item.attrs.uid));
    const position: Slot = i >= n ? 'open' : definitions ? 'end' : i < n - 2 ? 'mid' : i === n - 2 ? 'conj' : slot;
    checkItem(run, item, rec, position, depth, definitions, terms);
  }
  if (!definitions) checkInitials(run, items.slice(0, n), terms);
}

/** Offset of the end of the direct paragraph `para` of `node` in the node's own text. */
function paraEnd(node: Node, para: Node): number {
  let offset = 0;
  let first = true;
  for (let i = 0; i < node.childCount; i++) {
    const c = node.child(i);
    if (!c.isTextblock) continue;
    offset += (first ? 0 : 1) + paraText(c).length;
    first = false;
    if (c === para) break;
  }
  return offset;
}

/** Checks of one item: opening of sub-items, its ending, its first letter; then its sub-lists. */
function checkItem(run: CheckRun, item: Node, rec: UnitRec | undefined, position: Slot, depth: number, definition: boolean, terms: readonly string[]): void {
  const lastChild = item.lastChild;
  const rule = definition ? 'definisi-tanda-baca' : 'tanda-baca-rincian';
  let firstList = true;
  for (let k = 1; k < item.childCount; k++) {
    const c = item.child(k);
    if (c.type.name !== 'list') continue;
    const intro = item.child(k - 1);
    if (rec && firstList && intro.isTextblock) {
      const t = paraText(intro).trimEnd();
      if (t && !t.endsWith(':') && !hasPlaceholder(t.slice(-3))) {
        run.report(rule, rec, 'Rincian yang masih mempunyai rincian lebih lanjut diakhiri dengan tanda baca titik dua (":").', spanBefore(run.text(rec), paraEnd(item, intro)));
      }
    }
    firstList = false;
    checkList(run, c, c === lastChild ? inherit(position) : 'open', depth + 1, false, terms);
  }
  if (!rec) return;
  const text = run.text(rec);
  if (isBlank(text)) return;
  if (lastChild?.isTextblock) {
    const t = paraText(lastChild);
    if (!isBlank(t)) {
      const trimmed = t.trimEnd();
      const problem = definition
        ? trimmed.endsWith('.') || hasPlaceholder(trimmed.slice(-3)) ? null : 'Setiap definisi dalam Ketentuan Umum diakhiri dengan tanda baca titik (".").'
        : endingProblem(trimmed, position);
      if (problem) run.report(rule, rec, problem, endSpan(text, CONJ.exec(text.trimEnd())?.[0].length ?? 1));
    }
  }
  if (definition) {
    const first = /\S/.exec(text);
    if (first && /^\p{Ll}/u.test(text.slice(first.index))) run.report('definisi-tanda-baca', rec, 'Setiap definisi dalam Ketentuan Umum diawali dengan huruf kapital.', firstWordSpan(text));
  }
}

/** How an item's text begins: "lower", "capital" (a capitalised word that is not a defined term) or "other". */
function initial(text: string, terms: readonly string[]): 'lower' | 'capital' | 'other' {
  const head = text.trimStart();
  if (/^\p{Ll}/u.test(head)) return 'lower';
  if (/^\p{Lu}\p{Ll}/u.test(head) && !terms.some((term) => head.startsWith(term))) return 'capital';
  return 'other';
}

/**
 * Items begin with a lower-case letter (1.4.3 angka 3). A capitalised first word may be a name
 * or a term defined elsewhere, so an item is flagged only when its own list shows the rule is
 * otherwise followed (another item begins in lower case).
 */
function checkInitials(run: CheckRun, items: readonly Node[], terms: readonly string[]): void {
  const recs = items.map((item) => run.byUid.get(String(item.attrs.uid)));
  const kinds = recs.map((rec) => (rec ? initial(run.text(rec), terms) : 'other'));
  if (!kinds.includes('lower')) return;
  kinds.forEach((k, i) => {
    const rec = recs[i];
    if (k === 'capital' && rec) run.report('rincian-huruf-kecil', rec, 'Rincian diawali dengan huruf kecil seperti rincian lain dalam daftar ini, kecuali nama diri atau istilah yang didefinisikan.', firstWordSpan(run.text(rec)));
  });
}

/** All lists of the batang tubuh. */
export function checkLists(run: CheckRun): void {
  const tops = topLists(run);
  const terms: string[] = [];
  for (const top of tops) {
    if (!top.definitions) continue;
    top.list.forEach((item) => {
      const d = definedTerm(paraText(item.firstChild ?? item));
      if (d) {
        terms.push(d.term);
        if (d.short) terms.push(d.short);
      }
    });
  }
  for (const top of tops) {
    // A list with no opening sentence is a run of numbered sentences, not a tabulasi.
    const intro = top.intro ? paraText(top.intro).trimEnd() : '';
    if (!intro) continue;
    if (!intro.endsWith(':') && !hasPlaceholder(intro.slice(-3))) {
      run.report(top.definitions ? 'definisi-tanda-baca' : 'tanda-baca-rincian', top.unit, 'Kalimat pembuka rincian diakhiri dengan tanda baca titik dua (":").', spanBefore(run.text(top.unit), top.introEnd));
    }
    checkList(run, top.list, top.last ? 'end' : 'open', 1, top.definitions, terms);
  }
}
