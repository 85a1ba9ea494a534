/**
 * A real pair of texts kept in test/fixtures/diff (a law and the law that replaced it), imported
 * and compared, with the row of a new Pasal found by its label.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { compareDocs } from '../../src/diff/compare';
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
