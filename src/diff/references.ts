/**
 * Cross-references that only followed renumbering are not changes. When old Pasal 5 became new
 * Pasal 6, an old "sebagaimana dimaksud dalam Pasal 5 ayat (2)" and a new "... dalam Pasal 6 ayat
 * (2)" say the same thing. `mappedKeys` rewrites the old side's internal references to the new
 * numbers of the units they point to (Pasal through the Pasal alignment, ayat through the ayat
 * alignment of that Pasal, live `ref` nodes through the uid map); the caller then compares both
 * the raw and the mapped text, and only a difference in both is a change.
 *
 * References to other laws ("Pasal 18 ayat (6) Undang-Undang Dasar ...") are left alone: a
 * reference chain followed by the name of a regulation is external.
 */
import { addressRank, OTHER_REGULATION, THIS_REGULATION } from '../model/other-regulation';
import { isAddress, LIST_JOINERS, nextInList, sameCitationSets } from './citation-lists';
import { canonicalLength, canonicalOf, sameCanonical, tokenize, type Token } from './tokenize';
import { hasNumberedRef, neutralTokenKey, rawKey, rawLength, sameRaw } from './unit-keys';

/** What the old side's references map to. */
export interface RefMaps {
  /** Old Pasal number -> new Pasal number (matched Pasal only). */
  pasal: ReadonlyMap<string, string>;
  /** Old Pasal number -> (old ayat number -> new ayat number). */
  ayat: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Old uid -> new uid of every matched unit. */
  uid: ReadonlyMap<string, string>;
  /**
   * Old Pasal number -> (old ayat number -> its new place) for ayat that moved to another Pasal
   * in a split or merge ("Pasal 10 ayat (3)" became "Pasal 11 ayat (1)").
   */
  ayatMoved: ReadonlyMap<string, ReadonlyMap<string, AyatPlace>>;
  /**
   * Where a citation of a split or merged Pasal as a whole ("Pasal 13", no ayat) goes: a split
   * Pasal to its first piece, which keeps its place and, unless the Pasal before it moved, its
   * number; each Pasal of a merge to the Pasal they make. A citation naming it followed the split
   * or merge. By old number (written citations) and by old uid (live references).
   */
  wholePasal: WholePasal;
  /**
   * Old letter -> new letter of the items a bare "huruf c" cites where the text stands
   * (`bareLetterAt`): for a Menimbang item, the Menimbang items (its last one cites those before
   * it). Absent elsewhere.
   */
  letters?: ReadonlyMap<string, string>;
}

/** Old split or merged Pasal -> the new Pasal a citation of it as a whole names, by number and by uid (`RefMaps.wholePasal`). */
export interface WholePasal {
  num: ReadonlyMap<string, string>;
  uid: ReadonlyMap<string, string>;
}

/** Where an ayat stands: its Pasal's number and its own. */
export interface AyatPlace {
  pasal: string;
  ayat: string;
}

/** The surface of up to `n` tokens from `j`, joined by spaces. */
function wordsFrom(tokens: readonly Token[], j: number, n: number): string {
  return tokens.slice(j, j + n).map((t) => t.s).join(' ');
}

/** True when the reference chain starting at `i` (with the rest of its list) names another regulation. */
export function isExternal(tokens: readonly Token[], i: number): boolean {
  const rank = addressRank((tokens[i] as Token).s);
  let j = i + 1;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    if (isAddress(t)) { j++; continue; }
    // The list goes on to an address as deep as its first or deeper ("huruf c, serta Pasal 12 …" ends at "huruf c").
    const next = nextInList(tokens, j, true);
    if (next >= 0 && addressRank((tokens[next] as Token).s) >= rank) { j = next; continue; }
    // "Peraturan Daerah ini", "Undang-Undang ini" is the text's own.
    return t.kind === 'word' && OTHER_REGULATION.test(t.s) && !THIS_REGULATION.test(wordsFrom(tokens, j, 5));
  }
  return false;
}

/** Neutral keys: reference numbers blanked (for matching by content regardless of numbering). */
export function neutralKeys(tokens: readonly Token[]): string[] {
  return tokens.map(neutralTokenKey);
}

/** Whether an old and a new token run differ, ignoring references that only followed renumbering. */
export interface TextDiff {
  changed: boolean;
  /** Only such references differ. */
  refsOnly: boolean;
  /** The old side's keys with references mapped (for the word diff); null when the raw texts are equal. */
  keys: string[] | null;
  /**
   * Both runs as written, when a reference is live on one side and plain text on the other: the
   * word diff then compares what the source documents say (see `samePrintedText`).
   */
  written?: { old: readonly Token[]; new: readonly Token[]; keys: string[] };
}

/**
 * Compare an old and a new token run: raw keys first, then with references mapped, then (when a
 * side holds live references) as printed.
 */
export function textDiff(oldT: readonly Token[], newT: readonly Token[], maps: RefMaps, ownPasal: string | null): TextDiff {
  if (sameRaw(oldT, newT)) return { changed: false, refsOnly: false, keys: null };
  // Without references on the old side, mapping changes no key: the texts differ as they are.
  const keys = hasNumberedRef(oldT) || (maps.letters !== undefined && citesLetter(oldT)) ? mappedKeys(oldT, maps, ownPasal) : null;
  // Sorting citation lists keeps the length: runs of other lengths are neither equal nor the same sets.
  if (keys && canonicalLength(oldT, keys) === rawLength(newT) && (canonicalOf(oldT, keys) === rawKey(newT) || sameCitationSets(oldT, keys, newT)))
    return { changed: false, refsOnly: !sameTokens(oldT, newT, (t) => t.s) && !sameCanonical(oldT, printedKey, newT, printedKey), keys };
  // Only a reference live on one side and plain on the other can make equal prints differ.
  const written = liveRefCount(oldT) === liveRefCount(newT) ? undefined : writtenRuns(oldT, newT, maps, ownPasal);
  const same = written !== undefined && samePrintedText(oldT, newT, written, maps, ownPasal);
  const out: TextDiff = { changed: !same, refsOnly: false, keys: keys ?? (same ? ownKeys(oldT) : null) };
  if (written) out.written = written;
  return out;
}

/**
 * For a pair `textDiff` found changed: both runs print the same words, every live reference read
 * as the text it was written with, so a reference now points elsewhere (its citation did not
 * follow the new numbering). Without live references the raw keys already told the words apart.
 */
export function pointsElsewhere(oldT: readonly Token[], newT: readonly Token[]): boolean {
  const live = liveRefCount(oldT);
  if (live === 0 && liveRefCount(newT) === 0) return false;
  if (live === liveRefCount(newT)) return sameTokens(oldT, newT, (t) => t.typed || t.s);
  return sameCanonical(refsAsWritten(oldT), undefined, refsAsWritten(newT));
}

/**
 * Token by token (stopping at the first difference): the same keys, live references printing the
 * same `text` (their label, or the text they were written with). With labels: two imports of one
 * text link the same references to different uids, and where they print the same nothing about
 * the references changed (not even a number), so such a pair is not `refsOnly`.
 */
function sameTokens(oldT: readonly Token[], newT: readonly Token[], text: (ref: Token) => string): boolean {
  if (oldT.length !== newT.length) return false;
  for (let i = 0; i < oldT.length; i++) {
    const a = oldT[i] as Token;
    const b = newT[i] as Token;
    if (a.kind === 'ref' || b.kind === 'ref' ? a.kind !== b.kind || text(a) !== text(b) : a.k !== b.k) return false;
  }
  return true;
}

/** A token's key as printed: a live reference by its label (two imports give its target other uids). */
function printedKey(t: Token): string {
  return t.kind === 'ref' ? t.s : t.k;
}

/** The tokens' own keys. */
function ownKeys(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.k);
}

/** How many live reference nodes a run holds. */
function liveRefCount(tokens: readonly Token[]): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).kind === 'ref') n++;
  return n;
}

/**
 * Two runs print the same text, references that are live on one side only read as their labels
 * or as the text they were written with. An importer links a reference only where its target
 * exists ("Pasal 20 ayat (1)" stays plain text in a version whose Pasal 20 was deleted), so the
 * same sentence can hold a live reference on one side and plain text on the other; what the
 * reader sees is unchanged. The written text matters where a label would read longer than the
 * source ("Pasal 7 ayat (1) dan ayat (2)": the second reference's label is "Pasal 7 ayat (2)").
 * A reference whose target is on both sides stays a reference, compared by where it points (an
 * old citation that now points elsewhere is a change, also next to one that lost its target).
 * Compared canonically (`canonicalOf`), so layout and line-end hyphenation make no difference.
 */
function samePrintedText(oldT: readonly Token[], newT: readonly Token[], written: NonNullable<TextDiff['written']>, maps: RefMaps, ownPasal: string | null): boolean {
  if (sameCanonical(written.old, written.keys, written.new)) return true;
  const old = refsAs(oldT, (t) => (maps.uid.has(t.target as string) ? undefined : t.s));
  const neu = refsAs(newT, (t) => (mappedTargets(maps).has(t.target as string) ? undefined : t.s));
  return sameCanonical(old, mappedKeys(old, maps, ownPasal), neu);
}

/**
 * Both runs as written, the old side's references mapped as in `mappedKeys`: a live reference
 * whose target has no counterpart on the other side reads as the text it was written with.
 */
function writtenRuns(oldT: readonly Token[], newT: readonly Token[], maps: RefMaps, ownPasal: string | null): NonNullable<TextDiff['written']> {
  const old = refsAs(oldT, (t) => (maps.uid.has(t.target as string) ? undefined : t.typed));
  const neu = refsAs(newT, (t) => (mappedTargets(maps).has(t.target as string) ? undefined : t.typed));
  return { old, new: neu, keys: mappedKeys(old, maps, ownPasal) };
}

/** The new uids old units map to, per reference maps. */
const targetsOf = new WeakMap<RefMaps, ReadonlySet<string>>();

/** The new uids that some old unit maps to (`maps.uid`'s values). */
function mappedTargets(maps: RefMaps): ReadonlySet<string> {
  let set = targetsOf.get(maps);
  if (!set) {
    set = new Set(maps.uid.values());
    targetsOf.set(maps, set);
  }
  return set;
}

/** The run with every live reference replaced by the tokens of the text it was written with (its label where none was kept). */
export function refsAsWritten(tokens: readonly Token[]): readonly Token[] {
  return refsAs(tokens, (t) => t.typed || t.s);
}

/** The run with every live reference replaced by the tokens of `text(ref)` (kept where that is empty or undefined). */
function refsAs(tokens: readonly Token[], text: (ref: Token) => string | undefined): readonly Token[] {
  if (!tokens.some((t) => t.kind === 'ref' && text(t))) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    const replacement = t.kind === 'ref' ? text(t) : undefined;
    if (replacement) tokenize(replacement, t.sp, out);
    else out.push(t);
  }
  return out;
}

/** The letter a "huruf c" cites ("c"), or null for another reference. */
function letterOf(t: Token): string | null {
  return t.kind === 'otherRef' ? (/^huruf([a-z]{1,2})$/.exec(t.k)?.[1] ?? null) : null;
}

/**
 * The letter the token at `i` cites where the text stands: a "huruf c" in a list of letters only
 * ("dalam huruf a, huruf b dan huruf c"), not a letter of a Pasal or ayat ("Pasal 12 ayat (2)
 * huruf c") nor of another law's; else null.
 */
function bareLetterAt(tokens: readonly Token[], i: number): string | null {
  const letter = letterOf(tokens[i] as Token);
  if (letter === null || isExternal(tokens, i)) return null;
  // Back to the start of the list the letter stands in: every item before it a letter too.
  let j = i - 1;
  while (j >= 0) {
    const t = tokens[j] as Token;
    if (isAddress(t)) {
      if (letterOf(t) === null) return null;
      j--;
    } else if (LIST_JOINERS.has(t.k)) {
      // ", dan huruf c": the conjunction and the comma before it.
      const k = t.k !== ',' && tokens[j - 1]?.k === ',' ? j - 2 : j - 1;
      if (k >= 0 && isAddress(tokens[k] as Token)) j = k;
      else break;
    } else break;
  }
  return letter;
}

/** Some token cites a letter where the text stands (`bareLetterAt`). */
function citesLetter(tokens: readonly Token[]): boolean {
  return tokens.some((_t, i) => bareLetterAt(tokens, i) !== null);
}

/**
 * Keys of old tokens with internal references rewritten to new numbers. `ownPasal` is the old
 * number of the Pasal the text belongs to (for bare "ayat (2)"), or null outside Pasal.
 */
export function mappedKeys(tokens: readonly Token[], maps: RefMaps, ownPasal: string | null): string[] {
  const keys: string[] = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    keys[i] = t.k;
    if (t.kind === 'pasalRef' && t.num !== undefined && ownPasal !== null && !isExternal(tokens, i)) {
      const next = tokens[i + 1];
      const moved = next?.kind === 'ayatRef' && next.num !== undefined ? maps.ayatMoved.get(t.num)?.get(next.num) : undefined;
      if (moved) {
        keys[i] = `Pasal${moved.pasal}`;
        keys[i + 1] = `ayat(${moved.ayat})`;
        i++;
        continue;
      }
      const to = (next?.kind === 'ayatRef' ? undefined : maps.wholePasal.num.get(t.num)) ?? maps.pasal.get(t.num);
      if (to !== undefined) keys[i] = `Pasal${to}`;
    } else if (t.kind === 'ayatRef' && t.num !== undefined && ownPasal !== null) {
      const prev = tokens[i - 1];
      const inPasal = prev?.kind === 'pasalRef' ? prev.num : ownPasal;
      if (prev?.kind === 'pasalRef' && isExternal(tokens, i - 1)) continue;
      const to = inPasal !== undefined ? maps.ayat.get(inPasal)?.get(t.num) : undefined;
      if (to !== undefined) keys[i] = `ayat(${to})`;
    } else if (t.kind === 'otherRef' && maps.letters !== undefined) {
      const to = maps.letters.get(bareLetterAt(tokens, i) ?? '');
      if (to !== undefined) keys[i] = `huruf${to}`;
    } else if (t.kind === 'ref' && t.target !== undefined) {
      keys[i] = `ref:${maps.wholePasal.uid.get(t.target) ?? maps.uid.get(t.target) ?? t.target}`;
    }
  }
  return keys;
}
