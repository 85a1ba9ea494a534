/** Paths of the repository used by the end-to-end tests (found from this file, never hard-coded). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The built renderer served by the preview server. */
export const rendererDir = path.join(repoRoot, 'out/renderer');
