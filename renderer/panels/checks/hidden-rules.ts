/** The rules the user chose to hide in the checks panel, remembered in localStorage. */
import { useCallback, useState } from 'react';

const KEY = 'rancang.checks.hidden';

function load(): string[] {
  try {
    const v: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** The hidden rule ids and a toggle. */
export function useHiddenRules(): { hidden: readonly string[]; setHidden(id: string, hide: boolean): void } {
  const [hidden, setState] = useState<string[]>(load);
  const setHidden = useCallback((id: string, hide: boolean) => {
    setState((cur) => {
      const next = hide ? [...new Set([...cur, id])] : cur.filter((x) => x !== id);
      try {
        globalThis.localStorage?.setItem(KEY, JSON.stringify(next));
      } catch {
        /* storage unavailable: the choice lasts for this session */
      }
      return next;
    });
  }, []);
  return { hidden, setHidden };
}
