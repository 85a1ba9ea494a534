/**
 * Stage 5 — cross-references (drafting-rules.md 2.2). Reads: the JSON batang tubuh of an
 * original Perda. Writes: `ref` inline nodes in place of the unit labels of phrases such as
 * "sebagaimana dimaksud dalam Pasal 5 ayat (2) huruf a", "pada ayat (1)", "Pasal 7 sampai dengan
 * Pasal 9" (target uid, `to` uid for ranges, label text); a reference to a unit that does not exist
 * stays text and is reported. References to other regulations ("Pasal 18 ayat (6) Undang-Undang
 * Dasar …") are left alone.
 */
import { readDigits } from '../model/misread-digits';
import { citesOtherRegulation } from '../model/other-regulation';
import type { PMJson } from './pm-json';
import type { Diagnostic } from './types';

interface ItemIdx { uid: string; items: Map<string, ItemIdx> }
interface AyatIdx { uid: string; items: Map<string, ItemIdx> }
interface PasalIdx { uid: string; ayat: Map<string, AyatIdx>; items: Map<string, ItemIdx> }

/** Index of the items of the lists directly in `content`. */
function indexItems(content: readonly PMJson[] | undefined): Map<string, ItemIdx> {
  const out = new Map<string, ItemIdx>();
  for (const n of content ?? []) {
    if (n.type !== 'list') continue;
    for (const it of n.content ?? []) {
      const label = it.attrs?.baseNum;
      if (typeof label === 'string' && !out.has(label)) out.set(label, { uid: String(it.attrs?.uid), items: indexItems(it.content) });
    }
  }
  return out;
}

/** All Pasal of the operative part (change items excluded), in order. */
export function collectPasal(nodes: readonly PMJson[]): PMJson[] {
  const out: PMJson[] = [];
  const walk = (n: PMJson) => {
    if (n.type === 'pasal') out.push(n);
    else if (n.type === 'bab' || n.type === 'bagian' || n.type === 'paragraf') (n.content ?? []).forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

/**
 * Reference phrases; an ayat number may be "l", as text recognition reads "(1)" (`ayatNumber`),
 * closed by a brace or bracket ("ayat (1}", as it reads the parenthesis), or spaced, "( 1 )"; a
 * Pasal number may hold an O or l misread for 0 or 1 ("Pasal 2O", `readDigits`).
 */
const ADDR = /\b(?:([Pp]asal)\s+(\d[\dOl]*[A-Z]?)(?![A-Za-z0-9])|(ayat)\s*\(\s?(\d+[a-z]?|l)\s?[)}\]])(\s+ayat\s*\(\s?(\d+[a-z]?|l)\s?[)}\]])?(\s+huruf\s+([a-z])\b)?(\s+angka\s+(\d+[a-z]?)\b)?(\s+sampai\s+dengan\s+(?:[Pp]asal\s+(\d[\dOl]*[A-Z]?)(?![A-Za-z0-9])|ayat\s*\(\s?(\d+[a-z]?|l)\s?[)}\]]))?/g;

/** An ayat number as read in a reference: "l" (text recognition's "1") is 1. */
function ayatNumber(label: string | undefined): string | undefined {
  return label === 'l' ? '1' : label;
}
const LIST_GAP = /^\s*(,|dan|atau|dan\/atau|serta|sampai\s+dengan)?\s*(dan|atau|dan\/atau|serta)?\s*$/;
/** A letter or number that continues the list of the address before it ("huruf a dan huruf b", "angka 3, angka 4"). */
const ITEM_TAIL = /^(\s*(?:,\s*(?:dan\/atau|dan|atau|serta)?|dan\/atau|dan|atau|serta)\s*)(huruf\s+([a-z])|angka\s+(\d+[a-z]?))\b/;

/** Where the letters and numbers that continue an address's list are looked up. */
interface ItemScope {
  letters: Map<string, ItemIdx> | undefined;
  numbers: Map<string, ItemIdx> | undefined;
}

/**
 * The list continuations right after an address (`rest` starts where it ends) as nodes: each
 * letter or number found in `scope` a reference, the words between them text, until one is not
 * found or the list ends; `length` is how much of `rest` they cover.
 */
function itemContinuations(rest: string, scope: ItemScope): { nodes: PMJson[]; length: number } {
  const nodes: PMJson[] = [];
  let length = 0;
  let numbers = scope.numbers;
  for (let m = ITEM_TAIL.exec(rest); m; m = ITEM_TAIL.exec(rest.slice(length))) {
    const item = m[3] ? scope.letters?.get(m[3]) : numbers?.get(m[4] as string);
    if (!item) break;
    if (m[3]) numbers = item.items;
    nodes.push({ type: 'text', text: m[1] as string }, { type: 'ref', attrs: { target: item.uid, to: null, text: m[2] as string } });
    length += m[0].length;
  }
  return { nodes, length };
}

/** A letter or number cited alone where its list stands ("sebagaimana dimaksud pada huruf a"). */
const BARE_ITEM = /\b(?:pada|dalam)\s+(huruf\s+([a-z])|angka\s+(\d+[a-z]?))\b/g;

/**
 * `text` (plain, outside any address) as nodes: a letter or number cited alone after "pada" or
 * "dalam" is a reference to the item of that label in `scope` (the letters of the ayat or Pasal
 * the text is in, the numbers of the huruf it is in), and so are the letters or numbers that
 * continue its list; the rest stays text.
 */
function linkBareItems(text: string, scope: ItemScope): PMJson[] {
  const out: PMJson[] = [];
  let last = 0;
  for (const m of text.matchAll(BARE_ITEM)) {
    const start = (m.index as number) + m[0].length - (m[1] as string).length;
    if (start < last) continue;
    const end = start + (m[1] as string).length;
    const rest = text.slice(end, end + 400);
    if (citesOtherRegulation(m[1] as string, rest)) continue;
    const item = m[2] ? scope.letters?.get(m[2]) : scope.numbers?.get(m[3] as string);
    if (!item) continue;
    if (start > last) out.push({ type: 'text', text: text.slice(last, start) });
    out.push({ type: 'ref', attrs: { target: item.uid, to: null, text: m[1] } });
    const tail = itemContinuations(rest, m[2] ? { letters: scope.letters, numbers: item.items } : { letters: undefined, numbers: scope.numbers });
    out.push(...tail.nodes);
    last = end + tail.length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

/**
 * Replace reference phrases by `ref` nodes in the operative part (only in the Pasal of `only`,
 * when given; the others are still targets).
 */
export function linkReferences(batangTubuh: PMJson[], diagnostics: Diagnostic[], only?: ReadonlySet<PMJson>): void {
  const pasals = collectPasal(batangTubuh);
  const index = new Map<string, PasalIdx>();
  for (const p of pasals) {
    const num = String(p.attrs?.baseNum ?? '');
    if (!num || index.has(num)) continue;
    const ayat = new Map<string, AyatIdx>();
    for (const a of p.content ?? []) {
      if (a.type === 'ayat' && typeof a.attrs?.baseNum === 'string' && !ayat.has(a.attrs.baseNum)) ayat.set(a.attrs.baseNum, { uid: String(a.attrs.uid), items: indexItems(a.content) });
    }
    index.set(num, { uid: String(p.attrs?.uid), ayat, items: indexItems(p.content) });
  }
  for (const p of pasals) {
    if (only && !only.has(p)) continue;
    const here = index.get(String(p.attrs?.baseNum ?? ''));
    const where = `Pasal ${String(p.attrs?.baseNum ?? '?')}`;
    const line = typeof p.attrs?._line === 'number' ? p.attrs._line : undefined;
    const rewrite = (para: PMJson, around: ItemScope) => {
      const out: PMJson[] = [];
      const plain = (text: string) => out.push(...linkBareItems(text, around));
      for (const c of para.content ?? []) {
        if (c.type !== 'text' || !c.text) { out.push(c); continue; }
        const s = c.text;
        let last = 0;
        let prevEnd = -1;
        let prevPasal: PasalIdx | null = null;
        // Where the last address of another regulation's list ended: the list's later addresses are its too.
        let otherEnd = -1;
        for (const m of s.matchAll(ADDR)) {
          const start = m.index!;
          const text = m[0];
          const end = start + text.length;
          const rest = s.slice(end, end + 400);
          if ((otherEnd >= 0 && LIST_GAP.test(s.slice(otherEnd, start))) || citesOtherRegulation(text, rest)) {
            prevEnd = -1;
            prevPasal = null;
            otherEnd = end;
            continue;
          }
          otherEnd = -1;
          let pasal: PasalIdx | null | undefined;
          let ayatLabel: string | undefined;
          if (m[1]) {
            pasal = index.get(readDigits(m[2]!));
            ayatLabel = ayatNumber(m[6]);
          } else {
            pasal = prevPasal && prevEnd >= 0 && LIST_GAP.test(s.slice(prevEnd, start)) ? prevPasal : here;
            ayatLabel = ayatNumber(m[4]);
          }
          let target: string | undefined;
          let to: string | null = null;
          let items: Map<string, ItemIdx> | undefined;
          const scope: ItemScope = { letters: undefined, numbers: undefined };
          if (pasal) {
            if (ayatLabel) {
              const a = pasal.ayat.get(ayatLabel);
              target = a?.uid;
              items = a?.items;
            } else {
              target = pasal.uid;
              items = pasal.items;
            }
            scope.letters = items;
            scope.numbers = items;
            if (target && m[8]) {
              const it = items?.get(m[8]);
              target = it?.uid;
              items = it?.items;
              scope.numbers = items;
            }
            if (target && m[10]) target = items?.get(m[10])?.uid;
            if (target && (m[12] || m[13])) {
              to = m[12] ? index.get(readDigits(m[12]))?.uid ?? null : pasal.ayat.get(ayatNumber(m[13]) as string)?.uid ?? null;
              if (!to) target = undefined;
            }
          }
          if (m[1]) prevPasal = pasal ?? null;
          prevEnd = end;
          if (!target) {
            diagnostics.push({ line, severity: 'warning', code: 'REF_UNRESOLVED', message: `${where}: acuan "${text}" tidak ditemukan dalam dokumen; dibiarkan sebagai teks.` });
            continue;
          }
          if (start > last) plain(s.slice(last, start));
          out.push({ type: 'ref', attrs: { target, to, text } });
          last = end;
          // "… huruf a dan huruf b": the letters (or numbers) that continue the list are references too.
          if (!to && (m[8] || m[10])) {
            const tail = itemContinuations(rest, scope);
            out.push(...tail.nodes);
            last += tail.length;
            prevEnd = last;
          }
        }
        if (last < s.length) plain(s.slice(last));
      }
      para.content = out;
    };
    // A letter or number cited alone is an item of the list where the text stands (see `linkBareItems`).
    const walk = (n: PMJson, around: ItemScope) => {
      if (n.type === 'para') rewrite(n, around);
      else if (n.type === 'ayat') {
        const items = indexItems(n.content);
        (n.content ?? []).forEach((c) => walk(c, { letters: items, numbers: items }));
      } else if (n.type === 'list') (n.content ?? []).forEach((c) => walk(c, around));
      else if (n.type === 'item') {
        // An item's own sub-items, when it has them, are what its text cites by their kind of label.
        const own = indexItems(n.content);
        const first = own.keys().next().value;
        const inside = first === undefined ? around : /^[a-z]/.test(first) ? { letters: own, numbers: around.numbers } : { letters: around.letters, numbers: own };
        (n.content ?? []).forEach((c) => walk(c, inside));
      }
    };
    (p.content ?? []).forEach((c) => walk(c, { letters: here?.items, numbers: here?.items }));
  }
}
