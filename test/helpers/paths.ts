/**
 * Paths that tests share. Everything is found relative to this file, never from a machine path:
 * the repository root is two folders up, and the shared corpus sits next to the repository
 * (`../shared/corpus`), both here and in CI.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Absolute path of the real Perda texts (`../shared/corpus` relative to the repository). */
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');

/** Absolute path of the hand-made test fixtures. */
export const fixturesDir = path.join(repoRoot, 'test/fixtures');

/** Absolute path of the built renderer (exists after `npm run build:renderer`). */
export const rendererOutDir = path.join(repoRoot, 'out/renderer');
