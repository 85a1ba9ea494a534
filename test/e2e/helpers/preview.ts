/**
 * Starts the real browser preview in-process for end-to-end tests: a fresh core context on a
 * temporary user data folder, the real `dispatch`, and the built renderer from out/renderer
 * (built here with Vite when it is missing).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeContext, createContext, type ApiContext } from '../../../src/api/context';
import { startPreviewServer } from '../../../src/server/preview-server';
import { rendererDir, repoRoot } from './paths';

/** A running preview for one test file. */
export interface Preview {
  url: string;
  /** Temporary folder for project files of this run. */
  workDir: string;
  ctx: ApiContext;
  close(): Promise<void>;
}

/** Build the renderer with Vite if out/renderer/index.html is missing. */
export async function ensureRendererBuilt(): Promise<void> {
  if (fs.existsSync(path.join(rendererDir, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: path.join(repoRoot, 'renderer/vite.config.ts'), logLevel: 'warn' });
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer build did not produce ${rendererDir}/index.html; run "npm run build:renderer".`);
  }
}

/** Start the preview server on a free port. */
export async function startPreview(): Promise<Preview> {
  await ensureRendererBuilt();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-e2e-'));
  const ctx = createContext({ userDataDir: path.join(workDir, 'userdata'), author: 'Perancang Uji' });
  const server = await startPreviewServer({ ctx, staticDir: rendererDir });
  return {
    url: server.url,
    workDir,
    ctx,
    async close() {
      await server.close();
      closeContext(ctx);
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}
