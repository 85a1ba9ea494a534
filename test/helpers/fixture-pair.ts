/**
 * A real pair of texts kept in test/fixtures/diff (a law and the law that replaced it), imported
 * and compared, with the row of a new Pasal found by its label.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { compareDocs } from '../../src/diff/compare';
import { comparisonToJson } from '../../src/diff/json';
import type { Comparison, PasalRow } from '../../src/diff/types';
import { parseText } from '../../src/parse';
import { fixturesDir } from './paths';

/** The text of a file in test/fixtures/diff. */
export function readDiffFixture(file: string): string {
  return fs.readFileSync(path.join(fixturesDir, 'diff', file), 'utf8');
}

/** Both texts of a pair (`oldFile` -> `newFile`), their comparison, and the row of each new Pasal by label. */
export function fixturePair(oldFile: string, newFile: string): { OLD: Node; NEW: Node; c: Comparison; rowOf: (newLabel: string) => PasalRow } {
  const OLD = parseText(readDiffFixture(oldFile)).doc;
  const NEW = parseText(readDiffFixture(newFile)).doc;
  const c = compareDocs(OLD, NEW);
  return { OLD, NEW, c, rowOf: (newLabel) => c.pasal.find((r) => r.new?.label === newLabel) as PasalRow };
}

/** A pair's reading checked by reading both texts (a golden fixture): the Pasal paired, each with its status, and the summary. */
export interface GoldenPair {
  matched: Array<[string, string, string]>;
  summary: Record<string, number>;
}

/** The golden fixture `file` in test/fixtures/diff. */
export function readGolden(file: string): GoldenPair {
  return JSON.parse(readDiffFixture(file)) as GoldenPair;
}

/** The paired Pasal of a comparison as a golden fixture lists them: status, old label, new label. */
export function pairedRows(c: Comparison): Array<[string, string, string]> {
  return c.pasal.filter((r) => r.old && r.new).map((r) => [r.status, (r.old as { label: string }).label, (r.new as { label: string }).label]);
}

/** The old Pasal a comparison's JSON lists, in its order: each old Pasal of a merged row, else a row's old one. */
export function oldLabelsOf(c: Comparison): string[] {
  return comparisonToJson(c).units.flatMap((u) => (u.status === 'merged' ? (u.oldAll ?? []) : u.old ? [u.old] : []));
}
