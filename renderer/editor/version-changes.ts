/**
 * "What changed since the last version": the comparison core (`compareDocs`, pure and bundled in
 * the renderer) run between the last saved version and the draft, reduced to Pasal counts.
 */
import type { Node } from 'prosemirror-model';
import { compareDocs } from '../../src/diff/compare';

/** Pasal counts since the last version. */
export interface ChangeCounts {
  changed: number;
  inserted: number;
  deleted: number;
}

/** Count the Pasal changed (also moved, renumbered, split or merged), inserted and deleted from `base` to `draft`. */
export function changesSince(base: Node, draft: Node): ChangeCounts {
  const s = compareDocs(base, draft, { noSegments: true }).summary;
  return { changed: s.changed + s.moved + s.split + s.merged, inserted: s.inserted, deleted: s.deleted };
}
