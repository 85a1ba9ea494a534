/**
 * Harness of the review door tests: a project made from the real corpus Perda, driven through
 * `dispatch` (the drafter's edits) and through the review CLI commands (`thread add/list`,
 * `review export/import`), run in-process with the same argument parsing as `runCli`.
 */
import path from 'node:path';
import { expect } from 'vitest';
import type { ApiArgs, ApiMethod, ApiResult } from '../../src/api/contract';
import { call, closeContext, createContext, type ApiContext } from '../../src/api/dispatch';
import { parseCommandArgs, selectCommand } from '../../src/cli/args';
import { exitCodeFor } from '../../src/cli/main';
import { commands } from '../../src/cli/registry';
import { createSession } from '../../src/cli/session';
import { captureIo } from '../helpers/cli-io';
import { makeTmpDir, type TmpDir } from '../helpers/tmp-dir';
import { corpusDoc } from '../unit/review/fixtures';

/** The result of one CLI run. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Run a review command in-process (exit codes as `runCli`: 0 ok, 1 user error, 2 internal). */
export async function runReviewCli(env: Record<string, string>, ...argv: string[]): Promise<CliRun> {
  const c = captureIo(env);
  const selected = selectCommand(commands, argv);
  if (!selected) throw new Error(`unknown command ${argv.join(' ')}`);
  const session = createSession(env.RANCANG_USER_DATA ?? '', env.RANCANG_AUTHOR);
  let code = 0;
  try {
    const args = parseCommandArgs(selected.command, selected.rest);
    code = (await selected.command.run({ io: c.io, args, session })) ?? 0;
  } catch (e) {
    code = exitCodeFor(e);
    c.io.err(`Galat: ${(e as Error).message}`);
  } finally {
    await session.close();
  }
  return { code, out: c.stdout(), err: c.stderr() };
}

/** `rancang thread list FILE --json [extra…]`: the threads listed; the run must succeed without a message. */
export async function listThreadsJson<T>(env: Record<string, string>, file: string, ...extra: string[]): Promise<T[]> {
  const r = await runReviewCli(env, 'thread', 'list', file, '--json', ...extra);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as T[];
}

/** A temporary folder with a project whose draft is the corpus Perda. */
export interface ReviewProject {
  tmp: TmpDir;
  file: string;
  env: Record<string, string>;
  /** Call the API on a fresh context with the project opened (closed afterwards). */
  api<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>>;
  /** Run several calls on one context with the project open. */
  withProject<T>(fn: (ctx: ApiContext) => Promise<T>): Promise<T>;
  done(): void;
}

/** Create the project `name.rancang` with the corpus Perda as its draft. */
export async function makeReviewProject(name = 'parkir'): Promise<ReviewProject> {
  const tmp = makeTmpDir('review');
  const file = path.join(tmp.path, `${name}.rancang`);
  const env = { RANCANG_USER_DATA: path.join(tmp.path, 'user-data') };
  const ctx = createContext({ userDataDir: env.RANCANG_USER_DATA, author: 'Perancang Uji', appVersion: 'test' });
  await call(ctx, 'project.create', { path: file, title: 'Penyelenggaraan Perparkiran', author: 'Rina' });
  await call(ctx, 'draft.save', { doc: corpusDoc() });
  closeContext(ctx);
  const withProject = async <T>(fn: (c: ApiContext) => Promise<T>): Promise<T> => {
    const c = createContext({ userDataDir: env.RANCANG_USER_DATA, author: 'Perancang Uji', appVersion: 'test' });
    try {
      await call(c, 'project.open', { path: file });
      return await fn(c);
    } finally {
      closeContext(c);
    }
  };
  return {
    tmp,
    file,
    env,
    api: (method, args) => withProject((c) => call(c, method, args)),
    withProject,
    done: () => tmp.cleanup(),
  };
}
