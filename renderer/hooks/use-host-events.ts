/**
 * Events from the desktop host (Electron main process, through the preload's `on`): menu
 * actions, "the window is closing" (save now), a recovered draft after a crash, a project opened
 * from the OS. In the browser preview there is no host and nothing is subscribed.
 */
import { useEffect, useRef } from 'react';

/** What the drafting screen does for host events. */
export interface HostEventHandlers {
  /** A menu item was chosen (see electron/menu.ts for the action ids). */
  menu(action: string): void;
  /** The window is about to close: save everything now. */
  closing(): void;
  /** A message for the user (e.g. the draft was recovered after a crash). */
  notice(message: string): void;
}

/** Subscribe to the host's events for as long as the component lives. */
export function useHostEvents(handlers: HostEventHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const bridge = typeof window === 'undefined' ? undefined : window.rancang;
    if (!bridge) return;
    const offs = [
      bridge.on('menu', (p) => {
        const action = (p as { action?: unknown } | null)?.action;
        if (typeof action === 'string') latest.current.menu(action);
      }),
      bridge.on('app.closing', () => latest.current.closing()),
      bridge.on('recovery.restored', (p) => {
        const message = (p as { message?: unknown } | null)?.message;
        if (typeof message === 'string') latest.current.notice(message);
      }),
    ];
    return () => offs.forEach((off) => off());
  }, []);
}
