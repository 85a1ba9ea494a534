/**
 * The preload of the main window (sandboxed, bundled to CommonJS): exposes exactly
 * `{ call, on }` on `window.rancang` and nothing else of Electron or Node.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { RancangBridge } from './bridge';
import { IPC_CALL, IPC_EVENT } from './channels';

const bridge: RancangBridge = {
  call: (method, args) => ipcRenderer.invoke(IPC_CALL, String(method), args),
  on(event, listener) {
    const relay = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, relay);
    };
  },
};

contextBridge.exposeInMainWorld('rancang', bridge);
