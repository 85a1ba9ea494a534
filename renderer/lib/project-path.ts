/** Default file location of a new project, derived from its title. */
import type { RecentProject } from '../../src/api/contract';

const EXTENSION = '.rancang';

/** A file-name-safe slug of a title ("Perda Narkotika 2025" -> "perda-narkotika-2025"). */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'rancangan-perda';
}

/** The directory of a path (keeps the separator style), or '' when it has none. */
function dirOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(0, i + 1) : '';
}

/** Default path: next to the most recently opened project, named after the title. */
export function defaultProjectPath(title: string, recent: RecentProject[]): string {
  const dir = recent[0] ? dirOf(recent[0].path) : '';
  return `${dir}${slugOf(title)}${EXTENSION}`;
}
