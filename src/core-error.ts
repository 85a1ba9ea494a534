/**
 * Typed errors of the core. Every failure that a user can cause is a `CoreError` with a code
 * from `ErrorCode`; `dispatch` turns it into `{ ok: false, error: { code, message } }` and the UI
 * shows its own Indonesian message per code (it never parses `message`).
 */

/** The error codes of the core, stable across versions. */
export type ErrorCode =
  | 'INVALID_ARGS'
  | 'UNKNOWN_METHOD'
  | 'NO_PROJECT'
  | 'NOT_FOUND'
  | 'NOT_A_PROJECT'
  | 'PROJECT_TOO_NEW'
  | 'PROJECT_LOCKED'
  | 'READ_ONLY'
  | 'FILE_EXISTS'
  | 'FILE_ERROR'
  | 'INVALID_DOCUMENT'
  | 'BASE_ALREADY_SET'
  | 'CONFLICT'
  | 'UNSUPPORTED_FILE'
  | 'IMPORT_FAILED'
  | 'CANCELLED'
  | 'EXPORT_UNAVAILABLE'
  | 'INTERNAL';

/** A failure with a stable code and a message (Indonesian, for the CLI and logs). */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CoreError';
  }
}

/** True when `e` is a CoreError (also across module copies). */
export function isCoreError(e: unknown): e is CoreError {
  return e instanceof CoreError || (e instanceof Error && e.name === 'CoreError' && 'code' in e);
}
