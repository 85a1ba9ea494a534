/**
 * Where the CLI finds things: the repository (or installed package) root, the built renderer,
 * the package version and the user's data folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the package (the folder with package.json), two levels above this file. */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The built renderer that `rancang serve` serves by default. */
export const defaultRendererDir = path.join(packageRoot, 'out/renderer');

/** The version in package.json ("0.0.0" if it cannot be read). */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * The user's data folder (recent projects, sample project, settings): `$RANCANG_USER_DATA` when
 * set, else the OS config folder: `%APPDATA%\Rancang` on Windows,
 * `~/Library/Application Support/Rancang` on macOS, `$XDG_CONFIG_HOME/rancang` or
 * `~/.config/rancang` elsewhere.
 */
export function userDataDir(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (env.RANCANG_USER_DATA) return path.resolve(env.RANCANG_USER_DATA);
  if (platform === 'win32')
    return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Rancang');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Rancang');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'rancang');
}
