/**
 * The core context of one CLI run, created on first use (so `--help` never touches the disk)
 * and closed when the command ends.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ApiArgs, ApiMethod, ApiResult, ProjectInfo } from '../api/contract';
import { createContext, type ApiContext } from '../api/context';
import { call, closeContext } from '../api/dispatch';
import { CoreError } from '../core-error';
import { packageVersion } from './paths';

/** Lazily created context plus typed calls into the core. */
export interface CliSession {
  /** The context (created on first call). */
  context(): ApiContext;
  /** Calls a method in-process; throws CoreError on failure. */
  call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>>;
  /** Opens an existing project file (NOT_FOUND with an Indonesian message if it is missing). */
  openProject(file: string, readOnly: boolean): Promise<ProjectInfo>;
  /** Closes the context if it was created. */
  close(): Promise<void>;
}

/** Creates a session over the data folder `userDataDir`, recording `author` as the actor. */
export function createSession(userDataDir: string, author: string | undefined): CliSession {
  let ctx: ApiContext | undefined;
  const context = () =>
    (ctx ??= createContext({ userDataDir, author, appVersion: packageVersion() }));
  const session: CliSession = {
    context,
    call: (method, args) => call(context(), method, args),
    async openProject(file, readOnly) {
      const abs = path.resolve(file);
      if (!fs.existsSync(abs)) throw new CoreError('NOT_FOUND', `Berkas tidak ditemukan: ${file}`);
      return session.call('project.open', { path: abs, readOnly });
    },
    async close() {
      if (ctx) await closeContext(ctx);
      ctx = undefined;
    },
  };
  return session;
}
