/** Finds the project file a launch was asked to open (double-click on a `.rancang` file). */

/** Extension of project files. */
export const PROJECT_EXTENSION = '.rancang';

/** The last argument that names a `.rancang` file, or null (flags and the executable are ignored). */
export function projectFileFromArgv(argv: readonly string[]): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const a = argv[i];
    if (a && !a.startsWith('-') && a.toLowerCase().endsWith(PROJECT_EXTENSION)) return a;
  }
  return null;
}
