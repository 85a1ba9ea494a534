/**
 * The recently opened projects (`recent.json` in the user data folder): newest first, at most
 * `MAX_RECENT`, written atomically (temporary file + rename) so a crash never leaves it half
 * written. A missing or unreadable list is an empty list.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RecentProject } from './contract';

/** How many projects the list keeps. */
export const MAX_RECENT = 10;

const fileOf = (dir: string) => path.join(dir, 'recent.json');

/** Read the list. */
export function readRecent(dir: string): RecentProject[] {
  try {
    const data = JSON.parse(fs.readFileSync(fileOf(dir), 'utf8')) as unknown;
    if (!Array.isArray(data)) return [];
    return data
      .filter(
        (r): r is RecentProject =>
          typeof r === 'object' && r !== null && typeof r.path === 'string' && typeof r.title === 'string' && typeof r.openedAt === 'string',
      )
      .slice(0, MAX_RECENT);
  } catch {
    return [];
  }
}

/** Put a project at the top of the list (replacing an older entry of the same path). */
export function addRecent(dir: string, entry: RecentProject): RecentProject[] {
  const list = [entry, ...readRecent(dir).filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${fileOf(dir)}.${process.pid}-${Date.now().toString(36)}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(list, null, 2)}\n`);
  fs.renameSync(tmp, fileOf(dir));
  return list;
}
