/**
 * How a part row reads when the part moved between Pasal (`cross-moves.ts`): in the row of the
 * Pasal it left, "ayat (4) dipindahkan ke Pasal 29 ayat (3)"; in the row of the Pasal it joined,
 * "ayat (3) dipindahkan dari Pasal 27 ayat (4)". And when it was merged into, or split from,
 * another part of its Pasal (`part-pieces.ts`): "ayat (2) digabung ke ayat (1)", "ayat (2)
 * dipecah dari ayat (1)". Shared by the Perbandingan tab and the exported comparison table.
 */

/** What joins the address of a unit an amending instrument quotes to its change item's label: "Pasal I angka 2, Pasal 3 ayat (1)". */
export const QUOTED_WITHIN = ', ';

/** A part row whose other side lies in another Pasal. */
export interface PartElsewhere {
  /** "to": the part left this row's Pasal; "from": it came from another Pasal. */
  direction: 'to' | 'from';
  /** The part's label within this row's Pasal ("ayat (4)"). */
  own: string;
  /** The full label of its other side ("Pasal 29 ayat (3)"). */
  other: string;
}

/** True when `label` names a unit inside the unit labelled `owner` ("Pasal 5 ayat (2)" in "Pasal 5"). */
function inside(label: string, owner: string | undefined): boolean {
  return owner !== undefined && label.startsWith(`${owner} `);
}

/**
 * Where a part of the Pasal row labelled `rowOld` / `rowNew` went or came from, when its other
 * side (`partOld` / `partNew`) lies in another Pasal; null for a part that stayed in its Pasal.
 */
export function partElsewhere(rowOld: string | undefined, rowNew: string | undefined, partOld: string | undefined, partNew: string | undefined): PartElsewhere | null {
  if (partOld === undefined || partNew === undefined) return null;
  if (inside(partOld, rowOld) && !inside(partNew, rowNew)) return { direction: 'to', own: partOld.slice((rowOld as string).length + 1), other: partNew };
  if (inside(partNew, rowNew) && !inside(partOld, rowOld)) return { direction: 'from', own: partNew.slice((rowNew as string).length + 1), other: partOld };
  return null;
}

/** A part merged into (or split from) another part of its Pasal: both labels within the Pasal. */
export interface PartPiece {
  status: 'merged' | 'split';
  /** The piece: the old part merged away, or the new part split off ("ayat (2)"). */
  own: string;
  /** The part it went into or came from ("ayat (1)"). */
  other: string;
}

/** `label` without the leading label of its Pasal `owner` ("Pasal 9 ayat (2)" in "Pasal 9" -> "ayat (2)"). */
function within(label: string, owner: string | undefined): string {
  return inside(label, owner) ? label.slice((owner as string).length + 1) : label;
}

/**
 * How a merged or split part row of the Pasal row `rowOld` / `rowNew` reads; null for other
 * statuses. A side that is one unnumbered paragraph (`whole`) names it "teks Pasal", as
 * `partName` does: "teks penutup digabung ke teks Pasal" (Surabaya 1/2009 Pasal 42, a list of
 * repealed Perda closed by "dicabut dan dinyatakan tidak berlaku", is 3/2018 Pasal 40, one
 * sentence holding its opening and closing words), not "… digabung ke (teks 1)".
 */
export function partPiece(rowOld: string | undefined, rowNew: string | undefined, status: string, partOld: string | undefined, partNew: string | undefined, whole: WholeSides = {}): PartPiece | null {
  if (partOld === undefined || partNew === undefined) return null;
  const oldName = wholeName(within(partOld, rowOld), whole.old);
  const newName = wholeName(within(partNew, rowNew), whole.new);
  // A list item folded into (or written out of) its own ayat names itself within it: "huruf a
  // digabung ke ayat (2)", not "ayat (2) huruf a digabung ke ayat (2)".
  const piece = (own: string, other: string): PartPiece => ({ status: status as PartPiece['status'], own: within(own, other), other });
  if (status === 'merged') return piece(oldName, newName);
  if (status === 'split') return piece(newName, oldName);
  return null;
}

/** Which sides of a Pasal row are one unnumbered paragraph: the Pasal's whole text (`CompareSide.lines` of one line). */
export interface WholeSides {
  old?: boolean;
  new?: boolean;
}

/** The sides of a row (`CompareSide`s, with their lines) that are one unnumbered paragraph each. */
export function wholeSides(row: { old: { lines?: readonly unknown[] } | null; new: { lines?: readonly unknown[] } | null }): WholeSides {
  return { old: row.old?.lines?.length === 1, new: row.new?.lines?.length === 1 };
}

/** The name of a loose paragraph that is all its Pasal's text ("(teks 1)"): "teks Pasal", as a reader calls it. */
function wholeName(name: string, whole: boolean | undefined): string {
  return whole && /^\(teks \d+\)$/.test(name) ? 'teks Pasal' : name;
}

/**
 * A part's name in the notes of its Pasal row: its label within the new Pasal, and its old label
 * within the old Pasal when that differs ("ayat (2) (semula ayat (1))"), so a note never mixes
 * old and new numbers unsaid. A part on one side only is named as it stands there; a part of the
 * old side only whose number a new part now bears (`newNames`) is called old ("angka 16 lama"),
 * so "angka 16 lama: dihapus" and "angka 16 (semula angka 14): diubah" never read as one part.
 * The whole text of a Pasal without ayat (`whole`) is "teks Pasal": "ayat (1) (semula teks
 * Pasal)", where a Pasal gained ayat, not "ayat (1) (semula (teks 1))".
 */
export function partName(rowOld: string | undefined, rowNew: string | undefined, partOld: string | undefined, partNew: string | undefined, newNames?: ReadonlySet<string>, whole: WholeSides = {}): string {
  const now = partNew !== undefined ? wholeName(within(partNew, rowNew), whole.new) : undefined;
  const was = partOld !== undefined ? wholeName(within(partOld, rowOld), whole.old) : undefined;
  if (now === undefined) return was !== undefined && newNames?.has(was) ? `${was} lama` : (was ?? '');
  if (was === undefined || was === now) return now;
  return looseName(now, was) ?? quotedName(now, was) ?? `${now} (semula ${was})`;
}

/**
 * One name for a unit an amending instrument quotes whose change item alone was renumbered:
 * "angka 3 (semula angka 2), Pasal 3 ayat (1)", not the whole name twice; null otherwise.
 */
function quotedName(now: string, was: string): string | null {
  const a = now.indexOf(QUOTED_WITHIN);
  const b = was.indexOf(QUOTED_WITHIN);
  if (a < 0 || b < 0 || now.slice(a) !== was.slice(b)) return null;
  return `${now.slice(0, a)} (semula ${was.slice(0, b)})${now.slice(a)}`;
}

/** A loose paragraph's name: what holds it, and its role ("teks pembuka", "teks penutup") or place ("(teks 2)"). */
const LOOSE_NAME = /^(.*?)\s*(\(teks \d+\)|teks (?:pembuka|penutup))$/;

/**
 * One name for a loose paragraph named otherwise on each side of the same holder: a paragraph's
 * name is no number a reader looks up, so the role wins where one side has it ("teks pembuka"
 * for an opening text that became the whole Pasal, not "(teks 1) (semula teks pembuka)"); null
 * when the parts are not both loose paragraphs of one holder.
 */
function looseName(now: string, was: string): string | null {
  const a = LOOSE_NAME.exec(now);
  const b = LOOSE_NAME.exec(was);
  if (!a || !b || a[1] !== b[1]) return null;
  const [nowName, wasName] = [a[2] as string, b[2] as string];
  const role = !nowName.startsWith('(') ? nowName : !wasName.startsWith('(') ? wasName : nowName;
  return a[1] ? `${a[1]} ${role}` : role;
}

/** The names (`partName`) the parts of a Pasal row bear on its new side. */
export function newPartNames(rowNew: string | undefined, parts: ReadonlyArray<{ new: { label: string } | null }>): Set<string> {
  const out = new Set<string>();
  for (const p of parts) if (p.new && inside(p.new.label, rowNew)) out.add(within(p.new.label, rowNew));
  return out;
}
