/**
 * The configuration the crash harness passes to its child process (one JSON argument).
 */

/** An autosave policy and a typing pace. */
export interface TypingConfig {
  /** Save this long after the last keystroke. */
  debounceMs: number;
  /** ...but at most this long after the first unsaved keystroke (0: no limit). */
  maxWaitMs: number;
  /** Time between keystrokes: uniform in [keyMinMs, keyMaxMs]. */
  keyMinMs: number;
  keyMaxMs: number;
  /** Chance that a keystroke is followed by a pause (the typist thinks)... */
  pauseChance: number;
  /** ...of this many ms. */
  pauseMs: number;
}

/** What one child does. */
export interface ChildConfig {
  file: string;
  userDataDir: string;
  seed: number;
  /** `stress`: back-to-back writes of every kind; `typing`: keystrokes plus autosave. */
  mode: 'stress' | 'typing';
  /** `PRAGMA synchronous` of the child's connection. */
  synchronous: 'FULL' | 'NORMAL';
  /** Number of Pasal in the draft (threads are put on `Pasal 1..pasalCount`). */
  pasalCount: number;
  /** Review packages the child may import. */
  packages: string[];
  typing: TypingConfig;
}
