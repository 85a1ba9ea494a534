/**
 * The list of schema migrations, in order. Append only: add `002-<name>.ts` and list it here.
 */
import { migration001 } from './001-initial';
import { migration002 } from './002-review';
import type { Migration } from './migration';

/** Every migration, oldest first; `MIGRATIONS[i].version === i + 1`. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002];

/** The schema version this build writes (a file with a higher `user_version` is refused). */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export type { Migration } from './migration';
