/**
 * How a part row reads when the part moved between Pasal (`cross-moves.ts`): in the row of the
 * Pasal it left, "ayat (4) dipindahkan ke Pasal 29 ayat (3)"; in the row of the Pasal it joined,
 * "ayat (3) dipindahkan dari Pasal 27 ayat (4)". Shared by the Perbandingan tab and the exported
 * comparison table.
 */

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
