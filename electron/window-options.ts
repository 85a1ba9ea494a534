/**
 * Every window of the app is made here, by one function whose `new BrowserWindow({...})` spells
 * out the security options literally (so that electronegativity can read them): context
 * isolation, sandbox, no Node integration, web security, no webview, no insecure content, and
 * middle-click (auxclick) disabled. Tested in Node with a fake `BrowserWindow` class.
 */
import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/** What differs between the windows of the app. */
export interface WindowSpec {
  /** The preload script (only the main window has one). */
  preload?: string;
  /** Whether the window is ever shown (the PDF window is not). */
  show: boolean;
  width: number;
  height: number;
  /** Whether the page may run scripts (the print page needs none). */
  javascript: boolean;
  /** The built-in spellchecker (Indonesian, set on the session). */
  spellcheck: boolean;
}

/** The main window: the renderer on app://rancang/ with the preload, shown once ready. */
export function mainWindowSpec(preload: string): WindowSpec {
  return { preload, show: false, width: 1280, height: 860, javascript: true, spellcheck: true };
}

/** The hidden window that prints the export HTML to PDF: no preload, no scripts. */
export const PDF_WINDOW_SPEC: WindowSpec = {
  show: false,
  width: 816,
  height: 1248,
  javascript: false,
  spellcheck: false,
};

/** A constructor with the shape of Electron's `BrowserWindow`. */
export type BrowserWindowClass<W = ElectronBrowserWindow> = new (
  options: BrowserWindowConstructorOptions,
) => W;

/** Creates a window with the app's fixed security options and `spec`. */
export function openSecureWindow<W>(BrowserWindow: BrowserWindowClass<W>, spec: WindowSpec): W {
  return new BrowserWindow({
    width: spec.width,
    height: spec.height,
    minWidth: 800,
    minHeight: 560,
    title: 'Rancang',
    show: spec.show,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: spec.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      javascript: spec.javascript,
      spellcheck: spec.spellcheck,
    },
  });
}
