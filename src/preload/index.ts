/**
 * The preload: exposes `window.objector`, one named function per channel of the IPC contract and
 * one subscription per event (each returns its unsubscribe function). `ipcRenderer` itself is
 * never exposed. Built as CommonJS: sandboxed preloads cannot be ES modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_EVENTS, API_GLOBAL, API_METHODS, type Api } from '@shared/ipc/contract';

const methods = Object.fromEntries(
  Object.entries(API_METHODS).map(([name, channel]) => [name, (arg?: unknown) => ipcRenderer.invoke(channel, arg)]),
);

const events = Object.fromEntries(
  Object.entries(API_EVENTS).map(([name, channel]) => [
    name,
    (listener: (payload: unknown) => void) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    },
  ]),
);

const api = { ...methods, ...events } as unknown as Api;
contextBridge.exposeInMainWorld(API_GLOBAL, api);
