/**
 * Crash recovery. The draft autosaves into the project file (SQLite, WAL, synchronous FULL), so
 * nothing is lost by a crash; what the next start must do is reopen the project and tell the
 * user. A session marker in userData (`session.json`: pid, start time, the open project) exists
 * while the app runs and is removed on a clean quit: finding one at start means the previous
 * session did not close cleanly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { localTimeParts } from './local-time';

/** The marker's file name inside userData. */
export const SESSION_MARKER_FILE = 'session.json';

/** What the marker records. */
export interface SessionMarker {
  pid: number;
  startedAt: string;
  /** The project open for writing, if any. */
  project: string | null;
}

/** The marker file of `userDataDir`. */
export function markerPath(userDataDir: string): string {
  return path.join(userDataDir, SESSION_MARKER_FILE);
}

/** Reads the marker; null when there is none (or it is unreadable). */
export function readMarker(userDataDir: string): SessionMarker | null {
  try {
    const v = JSON.parse(fs.readFileSync(markerPath(userDataDir), 'utf8')) as Partial<SessionMarker>;
    return {
      pid: Number(v.pid ?? 0),
      startedAt: String(v.startedAt ?? ''),
      project: typeof v.project === 'string' ? v.project : null,
    };
  } catch {
    return null;
  }
}

/** Writes the marker (atomically: temporary file, then rename). */
export function writeMarker(userDataDir: string, marker: SessionMarker): void {
  fs.mkdirSync(userDataDir, { recursive: true });
  const file = markerPath(userDataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(marker));
  fs.renameSync(tmp, file);
}

/**
 * Starts a session: returns the marker an unclean previous session left (null after a clean
 * quit or on the first start) and writes this session's marker.
 */
export function beginSession(userDataDir: string, pid: number, now: Date): SessionMarker | null {
  const previous = readMarker(userDataDir);
  writeMarker(userDataDir, { pid, startedAt: now.toISOString(), project: null });
  return previous;
}

/** Records the project open for writing (null when none), for the next start's recovery. */
export function recordProject(userDataDir: string, project: string | null): void {
  const current = readMarker(userDataDir);
  if (!current) return;
  writeMarker(userDataDir, { ...current, project });
}

/** Ends the session cleanly: removes the marker. */
export function endSession(userDataDir: string): void {
  fs.rmSync(markerPath(userDataDir), { force: true });
}

/** The project to reopen after an unclean end: the marker's project, if it still exists. */
export function projectToRecover(
  previous: SessionMarker | null,
  exists: (file: string) => boolean = fs.existsSync,
): string | null {
  return previous?.project && exists(previous.project) ? previous.project : null;
}

/** "Draf terakhir dipulihkan dari simpanan otomatis pukul 14.05 (28-11-2025)." in local time. */
export function recoveryMessage(savedAt: string): string {
  const t = localTimeParts(savedAt);
  if (!t) return 'Draf terakhir dipulihkan dari simpanan otomatis.';
  return `Draf terakhir dipulihkan dari simpanan otomatis pukul ${t.time} (${t.date}).`;
}
