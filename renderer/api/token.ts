/**
 * The browser-preview access token: read once from the page URL (`?token=…`), kept in
 * sessionStorage so that a reload of `/` keeps working, and removed from the visible URL.
 */
const KEY = 'rancang.token';

/** Read the token from the URL (storing it) or from sessionStorage; null when there is none. */
export function loadToken(win: Window = window): string | null {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      win.sessionStorage.setItem(KEY, fromUrl);
    } catch {
      /* private mode: keep it in the URL instead */
      return fromUrl;
    }
    url.searchParams.delete('token');
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return win.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}
