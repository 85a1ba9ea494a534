/**
 * The state one door (a window, the browser preview, a CLI run) keeps between API calls: the
 * currently open project and the user data folder (where `recent.json` and the sample project
 * live).
 */
import { CoreError } from '../core-error';
import type { ProjectStore } from '../store/index';

/** What handlers receive. */
export interface ApiContext {
  /** Folder for `recent.json` and the sample project file. */
  readonly userDataDir: string;
  /** The app user's name (fallback author for versions and the audit log). */
  readonly author: string;
  /** The app version reported by `app.info` and recorded in new files. */
  readonly appVersion: string;
  /** The open project, if any. */
  project: ProjectStore | null;
}

/** Make a context with no project open. */
export function createContext(opts: { userDataDir: string; author?: string; appVersion?: string }): ApiContext {
  return { userDataDir: opts.userDataDir, author: opts.author ?? '', appVersion: opts.appVersion ?? '0.0.0', project: null };
}

/** Close the open project, if any (collects garbage first). */
export function closeContext(ctx: ApiContext): void {
  const p = ctx.project;
  ctx.project = null;
  p?.close();
}

/** The open project, or NO_PROJECT. */
export function requireProject(ctx: ApiContext): ProjectStore {
  if (!ctx.project) throw new CoreError('NO_PROJECT', 'Belum ada proyek yang dibuka.');
  return ctx.project;
}

/** Who is acting: the explicit author, else the project's author setting, else the app user. */
export function actorOf(ctx: ApiContext, explicit?: string): string {
  if (explicit) return explicit;
  const fromSettings = ctx.project?.getSettings().author;
  return fromSettings || ctx.author || 'Pengguna';
}
