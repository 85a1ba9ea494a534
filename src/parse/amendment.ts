/**
 * Stage 4d — amending instrument. Reads: the body lines of Pasal I. Writes: Pasal I content —
 * the opening text (with the lettered list of earlier amendments, if any) and one `changeItem`
 * per numbered item, holding its instruction and the units it restates (numbers taken
 * literally as `baseNum`). Item numbers are recognised by state (drafting-rules.md 7): an item
 * starts with the next expected number and reads as an instruction (Ketentuan…, Di antara…,
 * Pasal … dihapus) containing an action verb; the action tolerates typos ("disispkan").
 */
import { buildBody, leadPara } from './body-blocks';
import { endsStrict, readHeading, REFERENCE_WORD } from './patterns';
import { para, type PMJson } from './pm-json';
import { joinLines } from './join-lines';
import { readPhraseChanges } from './phrase-change';
import { newUid } from '../model/uid';
import { readDigits } from '../model/misread-digits';
import { readQuotedMisreadPasal } from './roman-pasal';
import { withoutUnitQuotes } from './quoted-units';
import { scanUnits } from './unit-scan';
import { assembleUnits } from './unit-tree';
import type { Diagnostic, SourceLine } from './types';
import { distance } from 'fastest-levenshtein';

/** The four actions of a change item. */
export type ChangeAction = 'diubah' | 'disisipkan' | 'dihapus' | 'ditambah';

const ACTION_WORDS: Array<[string, ChangeAction]> = [
  ['diubah', 'diubah'],
  ['disisipkan', 'disisipkan'],
  ['disisipi', 'disisipkan'],
  ['dihapus', 'dihapus'],
  ['dihapuskan', 'dihapus'],
  ['ditambah', 'ditambah'],
  ['ditambahkan', 'ditambah'],
  // variants real drafters write: "disempurnakan menjadi", "diubah dan dibaca menjadi"
  ['disempurnakan', 'diubah'],
  ['dibaca', 'diubah'],
  // slips and near-synonyms seen in practice: "dirubah", "frasa ... diganti dengan ...", "Pasal 24 dicabut"
  ['dirubah', 'diubah'],
  ['diganti', 'diubah'],
  ['dicabut', 'dihapus'],
];

/**
 * The active voice of older instruments ("Mengubah ketentuan Pasal 5 …", "Menghapus Pasal 6.",
 * "Menyisipkan 1 (satu) pasal di antara Pasal 9 dan Pasal 10 …"): read only as written (no
 * typo tolerance, which would take "menetapkan" for "menambahkan").
 */
const ACTIVE_WORDS: ReadonlyMap<string, ChangeAction> = new Map<string, ChangeAction>([
  ['mengubah', 'diubah'],
  ['merubah', 'diubah'],
  ['menghapus', 'dihapus'],
  ['menghapuskan', 'dihapus'],
  ['menyisipkan', 'disisipkan'],
  ['menambah', 'ditambah'],
  ['menambahkan', 'ditambah'],
]);

/** The action of an active verb ("Menghapus" -> "dihapus"), or undefined for any other word. */
export function activeAction(word: string): ChangeAction | undefined {
  return ACTIVE_WORDS.get(word.toLowerCase());
}

/**
 * The formula that restates a unit ("…, sehingga Pasal 7 huruf c menjadi berbunyi sebagai
 * berikut:"): a change of that unit even where the drafter left out its verb (UU 10/1998 Pasal I
 * angka 4, "Ketentuan Pasal 7 huruf c, sehingga …").
 */
const RESTATES = /\bsehingga\b[^.:]*\bberbunyi\b/i;

/** The action named in an instruction (first action verb, typo-tolerant; "diubah" where only the restating formula says it), or null. */
export function actionOf(text: string): ChangeAction | null {
  for (const w of text.toLowerCase().split(/[^a-z]+/)) {
    const active = activeAction(w);
    if (active) return active;
    if (!w.startsWith('di') || w.length < 5) continue;
    for (const [word, action] of ACTION_WORDS) {
      if (w === word) return action;
    }
    for (const [word, action] of ACTION_WORDS) {
      if (w[2] === word[2] && Math.abs(w.length - word.length) <= 2 && distance(w, word) <= 2)
        return action;
    }
  }
  return RESTATES.test(text) ? 'diubah' : null;
}

const INSTRUCTION_START =
  /^(Ketentuan|Frasa|Frase|Kata|Istilah|Di\s?antara|Diantara|Pasal|BAB|Bab|Bagian|Paragraf|Penjelasan|Lampiran|Judul|Ayat|Huruf|Angka|Penambahan|Penyisipan|Perubahan|Menambahkan|Menyisipkan|Mengubah|Menghapus|Setelah|Sesudah|Sebelum|Pada|Menambah|Menyisip|Dalam\s+(?:BAB|Bab|Bagian|Paragraf|Pasal|Penjelasan|Lampiran)\b)\b/i;

/**
 * An instruction whose first word is a slip ("Keterangan Pasal 46 ayat (1) diubah, sehingga …",
 * UU 10/1998 Pasal I angka 33): a word, the unit it names, and an action verb as written.
 */
const SLIPPED_START = /^\p{Lu}\p{Ll}+\s+(?:Pasal|BAB|Bab|Bagian|Paragraf)\s+[^.:]*?\b(?:diubah|dihapus|disisipkan|ditambah(?:kan)?)\b/u;

/** True when `text` (after an item's number) opens a change item's instruction. */
export function opensInstruction(text: string): boolean {
  return INSTRUCTION_START.test(text) || SLIPPED_START.test(text) || misreadOpening(text);
}

/**
 * True when `text` opens with "Ketentuan" or "Di antara" as text recognition misread them: a letter
 * of "Ketentuan" ("Ket€ntuan ayat (4) … Pasal 24 diubah", Perpres 7/2025), two of "antara" ("Di
 * ar:tara Pasal 6 dan Pasal 7 disisipkan", Perpres 86/2025).
 */
function misreadOpening(text: string): boolean {
  const ketentuan = /^\S{8,10}(?=\s)/.exec(text)?.[0];
  if (ketentuan !== undefined && distance(ketentuan.toLowerCase(), 'ketentuan') === 1) return true;
  const antara = /^Di\s(\S{5,8})\s+(?:Pasal|BAB|Bab|Bagian|Paragraf|ayat|huruf|angka)\b/.exec(text)?.[1];
  return antara !== undefined && distance(antara, 'antara') <= 2;
}

/**
 * Verbs of instructions that are no Lampiran II change action (a move, a merge): such an item is
 * still an item of its own, so that applying it is reported instead of being swallowed.
 */
const OTHER_INSTRUCTION_VERB = /\b(dipindah(kan)?|digabung(kan)?|dipecah)\b/i;

/** The longest instruction a change item opens with, before the units it restates. */
const INSTRUCTION_MAX_CHARS = 500;

/** If `line` starts change item number `expected`, the instruction text after the number. */
function changeStart(line: SourceLine, expected: number, style: ItemStyle | null): string | null {
  const m = /^(?:(\d{1,3})[.),]?|([a-zA-Z])[.)])\s*(.*)$/.exec(itemText(line, expected));
  if (!m) return null;
  const lettered = m[2] !== undefined;
  // Every item is numbered as the first one is: a restated list's "b." or "2)" never starts an
  // item of an instrument numbered "1.", "2.".
  const own = itemStyle(line, expected);
  if (style === null ? own === 'letter' && expected !== 1 : own !== style) return null;
  const n = lettered ? (m[2] as string).toLowerCase().charCodeAt(0) - 96 : Number(m[1]);
  if (n !== expected) return null;
  return opensInstruction(m[3]!) ? m[3]! : null;
}

/**
 * Change item `expected`'s number alone on its line, printed without its full stop ("2" / "Pasal 3
 * diubah, …", Sulut 2/2018 where its justified lines came apart a word a line), joined to the line
 * after it where that opens an instruction; null otherwise.
 */
function withLoneNumber(lines: readonly SourceLine[], i: number, expected: number): SourceLine | null {
  const line = lines[i];
  const next = lines[i + 1];
  if (!line || !next || !/^\d{1,3}$/.test(line.text) || Number(line.text) !== expected || !opensInstruction(next.text)) return null;
  return { ...line, text: `${line.text} ${next.text}`, raw: `${line.raw} ${next.raw}` };
}

/** How the items of Pasal I are numbered: "1." (Lampiran II), or "1)", "a." / "A." (some regions). */
type ItemStyle = 'number' | 'paren' | 'letter';

/**
 * True when `line` ("b. …") is the next huruf of a list the item restates (its last lettered line
 * is "a. …"): with items lettered too, that line belongs to the list, not to a new item.
 */
function continuesList(rest: readonly SourceLine[], line: SourceLine): boolean {
  const letter = (l: SourceLine) => /^([a-zA-Z])[.)]\s/.exec(l.text)?.[1]?.toLowerCase().charCodeAt(0);
  const here = letter(line);
  if (here === undefined) return false;
  for (let k = rest.length - 1; k >= 0; k--) {
    const before = letter(rest[k] as SourceLine);
    if (before !== undefined) return before === here - 1;
  }
  return false;
}

/** How a list item ends and an instruction never does: ";", ",", "; dan", "; atau". */
const LIST_ITEM_END = /[;,]\s*(?:dan|atau)?\s*$/i;

/** The numbering style of the line of item `n`. */
function itemStyle(line: SourceLine, n: number): ItemStyle {
  const text = itemText(line, n);
  return /^\d+\)/.test(text) ? 'paren' : /^\d/.test(text) ? 'number' : 'letter';
}

/**
 * The text of the line of item `n` with its number read back where text recognition read the
 * digit 1 as l or I, or 0 as O ("l. Pasal 1 diubah", "1O, Ketentuan …" for item 1 or 10): only when that
 * reading is `n` and an instruction follows, so a lettered item "I." (the ninth) stays a letter.
 */
function itemText(line: SourceLine, n: number): string {
  const m = /^((?!O)[0-9]{0,2}[lIO][0-9lIO]{0,2})([.),])\s*(.*)$/.exec(line.text) ?? ocrItemNumber(line.text, n);
  if (!m || Number(readDigits(m[1]!)) !== n || !opensInstruction(m[3]!)) return line.text;
  return `${n}${m[2] === ',' ? '.' : m[2]} ${m[3]}`;
}

/**
 * Two more slips of text recognition in an item's number, read back only as item `n`: its digits
 * set apart ("1 1. Di antara …" for 11) and a 1 read as 7 ("77.Di antara …" for 17, UU 15/2019).
 * The parts of the line as `itemText` reads them (number, its mark, the rest), or null.
 */
function ocrItemNumber(text: string, n: number): [string, string, string, string] | null {
  const apart = /^(\d)\s(\d)([.),])\s*(.*)$/.exec(text);
  if (apart && Number(`${apart[1]}${apart[2]}`) === n) return [apart[0], `${apart[1]}${apart[2]}`, apart[3]!, apart[4]!];
  const seven = /^(\d{1,3})([.),])\s*(.*)$/.exec(text);
  if (seven && sevensReadAsOnes(seven[1]!).includes(n)) return [seven[0], String(n), seven[2]!, seven[3]!];
  return null;
}

/** The numbers `digits` may be with any of its 7s read back as 1s ("77" -> 17, 71, 11). */
function sevensReadAsOnes(digits: string): number[] {
  const at = [...digits].flatMap((d, i) => (d === '7' ? [i] : []));
  const out: number[] = [];
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const chars = [...digits];
    at.forEach((i, k) => {
      if (mask & (1 << k)) chars[i] = '1';
    });
    out.push(Number(chars.join('')));
  }
  return out;
}

/**
 * True when `text` has the shape of the single-change form of Pasal I (drafting-rules.md 3.4.1
 * Contoh 2: "Ketentuan Pasal 5 dalam Peraturan Daerah ... diubah sehingga berbunyi sebagai
 * berikut:"): it opens with the changed unit and ends like an instruction, rather than being the
 * chapeau of numbered items ("... diubah sebagai berikut:" names no unit first).
 */
export function hasSingleChangeShape(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (WORD_LEVEL_OPENING.test(t) && readPhraseChanges(t).length > 0) return true;
  if (!/^(Ketentuan|Di\s?antara|Diantara|Pasal|Bab|Penjelasan|Lampiran)\b/i.test(t) && !activeAction(/^\p{L}*/u.exec(t)?.[0] ?? '')) return false;
  return (
    /\b(sebagai\s+berikut\s*:?|dihapus\.?)\s*$/i.test(t) || /\bsebagaimana\s+tercantum\b/i.test(t)
  );
}

/**
 * How a word-level change written as the whole of Pasal I opens ("Ketentuan Pasal 9 ayat (1) …
 * frasa "…" diganti dengan frasa "…".", "Frasa "…" dalam Pasal 7 ayat (1) … dihapus."); what
 * follows must read as one or more (`readPhraseChanges`).
 */
const WORD_LEVEL_OPENING = /^(?:Ketentuan|Frasa|Frase|Kata|Istilah|Di\s?antara|Diantara|Setelah|Sesudah|Sebelum)\b/i;

/** Lines of the single-change opening at the start of Pasal I (0 when it is not that form). */
function singleChangeOpening(lines: readonly SourceLine[]): number {
  let text = '';
  for (let k = 0; k < lines.length && text.length < INSTRUCTION_MAX_CHARS; k++) {
    text = text ? `${text} ${lines[k]!.text}` : lines[k]!.text;
    if (endsStrict(text)) return hasSingleChangeShape(text) && actionOf(text) !== null ? k + 1 : 0;
  }
  return 0;
}

/** Build the content of Pasal I of an amending instrument. */
export function buildPasalI(lines: readonly SourceLine[], diagnostics: Diagnostic[]): PMJson[] {
  const intro: SourceLine[] = [];
  const items: Array<{
    n: number;
    line: SourceLine;
    instr: SourceLine[];
    rest: SourceLine[];
    first: string;
  }> = [];
  let i = 0;
  /** Set by the first item: later items are numbered alike. */
  let style: ItemStyle | null = null;
  while (i < lines.length) {
    const joined = withLoneNumber(lines, i, items.length + 1);
    const line = joined ?? lines[i]!;
    const prev = i > 0 ? lines[i - 1] : undefined;
    const cur = items[items.length - 1];
    const first =
      prev && REFERENCE_WORD.test(prev.text) ? null : changeStart(line, items.length + 1, style);
    if (first !== null) {
      // The instruction runs until ":" or a sentence end, or the next heading (at most
      // INSTRUCTION_MAX_CHARS: a few lines, or a word a line where justified lines came apart).
      const instr: SourceLine[] = [line];
      let text = first;
      let j = i + (joined ? 2 : 1);
      while (
        j < lines.length &&
        text.length < INSTRUCTION_MAX_CHARS &&
        !endsStrict(text) &&
        !readHeading(lines[j]!.text) &&
        !changeStart(lines[j]!, items.length + 2, style ?? itemStyle(line, items.length + 1))
      ) {
        instr.push(lines[j]!);
        text = `${text} ${lines[j]!.text}`;
        j++;
      }
      // With lettered items, "b. …" ending like a list item (";", "; dan") after a restated "a. …"
      // is that list's next huruf.
      const listItem = style === 'letter' && cur !== undefined && continuesList(cur.rest, line) && LIST_ITEM_END.test(text);
      if (!listItem && (actionOf(text) !== null || OTHER_INSTRUCTION_VERB.test(text))) {
        items.push({ n: items.length + 1, line, instr, rest: [], first });
        style ??= itemStyle(line, items.length);
        i = j;
        continue;
      }
    }
    if (cur) cur.rest.push(lines[i]!);
    else intro.push(lines[i]!);
    i++;
  }

  const single = items.length === 0 ? singleChangeOpening(intro) : 0;
  if (single > 0) {
    // One change, written without an item number: the opening sentence, then the restated units
    // in one unnumbered change item whose first paragraph is empty (as the generator writes it).
    const opening = joinLines(intro.slice(0, single).map((l) => l.text));
    const scan = scanUnits(withoutUnitQuotes(intro.slice(single)), { loose: true, diagnostics });
    const restated = assembleUnits(scan.units, true, diagnostics);
    return [
      para(opening),
      {
        type: 'changeItem',
        attrs: { uid: newUid(), action: actionOf(opening) ?? 'diubah', baseNum: null },
        content: [para(''), ...restated],
      },
    ];
  }
  const introBody = buildBody(intro, { allowAyat: false, where: 'Pasal I', diagnostics });
  const out: PMJson[] = leadPara(introBody.intro);
  if (items.length === 0) {
    diagnostics.push({
      line: lines[0]?.no,
      page: lines[0]?.page,
      severity: 'warning',
      code: 'NO_CHANGE_ITEMS',
      message: 'Pasal I tidak memuat butir perubahan bernomor yang dapat dikenali.',
    });
  }
  for (const it of items) {
    const instruction = joinLines([it.first, ...it.instr.slice(1).map((l) => l.text)]);
    const action = actionOf(instruction) ?? 'diubah';
    const scan = scanUnits(readQuotedMisreadPasal(withoutUnitQuotes(it.rest), instruction), { loose: true, diagnostics });
    const pre = buildBody(scan.pre, {
      allowAyat: true,
      where: `Butir ${it.n} Pasal I`,
      diagnostics,
      quoted: true,
    });
    const content: PMJson[] = [
      para(instruction),
      ...(pre.ayat ?? []),
      ...(pre.ayat ? [] : pre.intro),
      ...assembleUnits(scan.units, true, diagnostics),
    ];
    if (pre.ayat && pre.intro.length) content.splice(1, 0, ...pre.intro);
    out.push({
      type: 'changeItem',
      attrs: { uid: newUid(), action, baseNum: String(it.n) },
      content,
    });
  }
  return out;
}
