/**
 * Where a part's note points to in the comparison itself: the other place of a part moved between
 * Pasal ("ayat (4) dipindahkan ke Pasal 29 ayat (3)"), or the part of another Pasal that reads
 * alike ("rumusan serupa kini dalam Pasal 11 ayat (6)"); the panel can show that row.
 */
import { partElsewhere } from '../../../src/diff/part-elsewhere';

/** A unit of the comparison a note points to: its label, and on which side that label is read. */
export interface PartLink {
  label: string;
  side: 'old' | 'new';
}

/** What a part (of the row labelled `rowOld` / `rowNew`) needs to say where its note points. */
interface LinkedPart {
  old: { label: string } | null;
  new: { label: string } | null;
  alike?: string;
}

/** Where the note of part `p` points, or null when it names no other place. */
export function partLink(rowOld: string | undefined, rowNew: string | undefined, p: LinkedPart): PartLink | null {
  const moved = partElsewhere(rowOld, rowNew, p.old?.label, p.new?.label);
  if (moved) return { label: moved.other, side: moved.direction === 'to' ? 'new' : 'old' };
  if (p.alike && (p.old === null) !== (p.new === null)) return { label: p.alike, side: p.old ? 'new' : 'old' };
  return null;
}

/** The label of the Pasal that holds `label` ("Pasal 11 ayat (6)" -> "Pasal 11"), or null. */
export function pasalOf(label: string): string | null {
  return /^Pasal\s+\S+/.exec(label)?.[0] ?? null;
}
