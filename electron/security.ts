/**
 * The security policy of every session and every web contents: no permissions, no remote
 * requests, no navigation, no new windows, no webviews; downloads only of the app's own blobs
 * (export files), saved through the native dialog; external links only to the allow-list and
 * only in the system browser. Spellchecking in Indonesian.
 */
import type { Session, WebContents } from 'electron';
import { isAllowedExternalUrl } from './external-links';
import { isAllowedRequest } from './ipc-guard';

/** The spellchecker languages (Hunspell code of Indonesian). */
export const SPELLCHECK_LANGUAGES = ['id'];

/** Applies the policy to a session (normally `session.defaultSession`). */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  ses.on('will-download', (event, item) => {
    if (!item.getURL().startsWith('blob:app://rancang/')) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({ title: 'Simpan hasil ekspor', defaultPath: item.getFilename() });
  });
  ses.setSpellCheckerLanguages(SPELLCHECK_LANGUAGES);
}

/**
 * Applies the policy to new web contents: navigation and new windows are denied; an allowed
 * external link goes to `openExternal` (the system browser) instead.
 */
export function hardenContents(contents: WebContents, openExternal: (url: string) => void): void {
  const leave = (url: string) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    leave(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leave(url);
    return { action: 'deny' };
  });
}
