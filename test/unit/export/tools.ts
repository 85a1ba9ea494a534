/**
 * External tools of the export tests (LibreOffice, poppler, xmllint, Chromium): found on PATH;
 * when one is missing a test is skipped with a printed message, except in CI (`CI` set), where a
 * missing tool fails the run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../helpers/paths';

/** True when `cmd` is on PATH. */
export function hasTool(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether tests needing `tools` run; throws in CI when one is missing, prints a message otherwise. */
export function toolsAvailable(...tools: string[]): boolean {
  const missing = tools.filter((t) => (t.startsWith('/') ? !fs.existsSync(t) : !hasTool(t)));
  if (missing.length === 0) return true;
  if (process.env.CI) throw new Error(`Export tests need ${missing.join(', ')} (missing in CI)`);
  console.log(`[export tests] skipped: ${missing.join(', ')} not installed`);
  return false;
}

/** The AKN schema, found relative to the repository. */
export const aknSchema = path.resolve(repoRoot, '../shared/schemas/akn/akomantoso30.xsd');
