/** The real instruments and their bases kept in test/fixtures/amend, imported. */
import fs from 'node:fs';
import path from 'node:path';
import { parseText } from '../../src/parse';
import type { ImportResult } from '../../src/parse/types';
import { fixturesDir } from './paths';

/** The file `file` of test/fixtures/amend, imported. */
export function readAmendFixture(file: string): ImportResult {
  return parseText(fs.readFileSync(path.join(fixturesDir, 'amend', file), 'utf8'));
}
