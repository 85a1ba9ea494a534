/**
 * One end-to-end session per test file: registers `beforeAll`/`afterAll` that start the real
 * preview, optionally prepare it (e.g. put a base text into a project), launch Chromium and open
 * a page that logs page errors; and a helper that creates a project from the start screen.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { id as idText } from '../../../renderer/i18n/id';
import { dispatch } from '../../../src/api/dispatch';
import type { DocJson } from '../../../src/api/contract';
import { launchBrowser } from './browser';
import { startPreview, type Preview } from './preview';

/** The live handles of a session. */
export interface E2eSession {
  preview: Preview;
  page: Page;
}

/**
 * Register the session hooks of one test file; `onReady` receives the handles in `beforeAll`.
 * `prepare` runs after the preview starts and before the browser opens.
 */
export function useE2eSession(
  onReady: (s: E2eSession) => void,
  prepare?: (preview: Preview) => Promise<void>,
  timeoutMs = 60_000,
): void {
  let preview: Preview | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;

  beforeAll(async () => {
    preview = await startPreview();
    if (prepare) await prepare(preview);
    browser = await launchBrowser();
    // The page the context opened with, not a second one: a page Chromium takes for a background
    // tab gets no animation frames, and a resize (setViewportSize) then waits for one forever.
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (e) => console.error('[page error]', e));
    page.on('crash', () => console.error('[page crash]'));
    onReady({ preview, page });
  }, timeoutMs);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });
}

/** Fill the start screen's "Proyek baru" form and wait for the drafting screen. */
export async function createProjectFromStartScreen(
  page: Page,
  preview: Preview,
  opts: { title: string; mode: 'penggantian' | 'perubahan'; file: string },
): Promise<void> {
  await page.locator('input[name="title"]').fill(opts.title);
  await page.locator(`input[name="mode"][value="${opts.mode}"]`).check();
  await page.locator('input[name="path"]').fill(path.join(preview.workDir, opts.file));
  await page.getByRole('button', { name: idText.start.create }).click();
  await page.locator('.perda-doc').waitFor();
}

/** Call the core of the preview directly (test setup); a failure throws. */
export async function callCore<T = unknown>(preview: Preview, method: string, args: unknown): Promise<T> {
  const res = await dispatch(preview.ctx, method, args);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.value as T;
}

/** A project with a base text and a draft: its file name (in the preview's folder), title, texts and the base's source. */
export interface DraftProject {
  file: string;
  title: string;
  base: DocJson;
  source: string;
  draft: DocJson;
}

/** A new project in the preview's folder with `base` as its base text and `draft` saved as its draft (test setup). */
export async function projectWithDraft(preview: Preview, opts: DraftProject): Promise<void> {
  await callCore(preview, 'project.create', { path: path.join(preview.workDir, opts.file), title: opts.title });
  await callCore(preview, 'base.set', { doc: opts.base, source: opts.source });
  const current = await callCore<{ revision: number }>(preview, 'draft.get', {});
  await callCore(preview, 'draft.save', { doc: opts.draft, revision: current.revision });
}

/** Register a session (`useE2eSession`) whose preview holds the project `project()` gives (`projectWithDraft`). */
export function useDraftSession(onReady: (s: E2eSession) => void, project: () => DraftProject): void {
  useE2eSession(onReady, (preview) => projectWithDraft(preview, project()));
}
