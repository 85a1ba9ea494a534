/**
 * The project file store: one SQLite file per project (see project-store.ts).
 */
export { ProjectStore, GC_EVERY_SAVES, type OpenOptions } from './project-store';
export type { ProjectInit } from './create-project-file';
export { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index';
export { APPLICATION_ID, PROJECT_EXTENSION } from './pragmas';
export type { FileStats } from './file-stats';
export type { GcStats } from './gc';
