/** Handlers of `project.*`: create, open, the sample project, close, info, recent list. */
import fs from 'node:fs';
import path from 'node:path';
import { newPerdaSkeleton } from '../../model/skeleton';
import { PROJECT_EXTENSION, ProjectStore } from '../../store/index';
import { closeContext, requireProject, type ApiContext } from '../context';
import { settingsSchema, type ProjectInfo, type ProjectSettings } from '../contract';
import { docToJson } from '../doc-input';
import type { Handlers } from '../handler';
import { addRecent, readRecent } from '../recent';
import { BATAM_REGION, EMPTY_BASE_CITATION } from '../region-defaults';
import { createSampleProject, SAMPLE_PROJECT_FILE } from '../sample-project';
import { projectInfo, reviewPackageInfo } from './project-info';
import { openReviewPackage } from './review';

/** An absolute path with the project extension. */
function projectPath(p: string): string {
  const abs = path.resolve(p);
  return abs.toLowerCase().endsWith(PROJECT_EXTENSION) ? abs : abs + PROJECT_EXTENSION;
}

/** Make `store` the open project (closing the previous one) and list it as recent. */
function adopt(ctx: ApiContext, store: ProjectStore): ProjectInfo {
  let info: ProjectInfo;
  try {
    info = projectInfo(store);
  } catch (e) {
    // A file that opens but cannot be read is not adopted: the project open before stays open.
    if (ctx.project !== store) store.close();
    throw e;
  }
  if (ctx.project !== store) closeContext(ctx);
  ctx.project = store;
  try {
    addRecent(ctx.userDataDir, { path: store.path, title: info.title, openedAt: new Date().toISOString() });
  } catch {
    // The recent list is a convenience: failing to write it must not fail the open.
  }
  return info;
}

/** Create a project file with a new-Perda skeleton draft. */
function createProject(
  ctx: ApiContext,
  file: string,
  a: { title: string; mode?: ProjectSettings['mode']; region?: Partial<ProjectSettings['region']>; author?: string },
  extra: { docTitle?: string; meta?: Record<string, string>; auditDetail?: Record<string, unknown> } = {},
): ProjectStore {
  const settings = settingsSchema.parse({
    title: a.title,
    mode: a.mode ?? 'penggantian',
    region: { ...BATAM_REGION, ...a.region },
    amendmentCount: 0,
    baseCitation: EMPTY_BASE_CITATION,
    author: a.author ?? ctx.author,
  });
  const { docTitle, ...rest } = extra;
  const doc = docToJson(newPerdaSkeleton({ title: docTitle ?? settings.title, mode: settings.mode, region: settings.region }));
  return ProjectStore.create(file, {
    settings,
    doc,
    actor: a.author || ctx.author || 'Pengguna',
    appVersion: ctx.appVersion,
    ...rest,
  });
}

/** Handlers of `project.*`. */
export const projectHandlers: Handlers<
  'project.create' | 'project.open' | 'project.sample' | 'project.close' | 'project.info' | 'project.recent'
> = {
  'project.create': (ctx, a) => adopt(ctx, createProject(ctx, projectPath(a.path), a)),

  'project.open': (ctx, a) =>
    adopt(ctx, ProjectStore.open(path.resolve(a.path), { readOnly: a.readOnly, appVersion: ctx.appVersion })),

  'project.sample': async (ctx) => {
    const file = path.join(ctx.userDataDir, SAMPLE_PROJECT_FILE);
    if (fs.existsSync(file)) return adopt(ctx, ProjectStore.open(file, { appVersion: ctx.appVersion }));
    fs.mkdirSync(ctx.userDataDir, { recursive: true });
    return adopt(ctx, await createSampleProject(ctx, file));
  },

  'project.close': (ctx) => {
    const was = ctx.project !== null;
    closeContext(ctx);
    return { closed: was };
  },

  'project.info': (ctx) => {
    const pkg = openReviewPackage(ctx);
    return pkg ? reviewPackageInfo(pkg) : projectInfo(requireProject(ctx));
  },

  'project.recent': (ctx) => readRecent(ctx.userDataDir),
};

