/** The IPC channel names shared by the main process and the preload. */

/** The one request channel: `invoke(IPC_CALL, method, args)` -> ApiResponse. */
export const IPC_CALL = 'rancang:call';

/** Events pushed from the main process: `(eventName, payload)`. */
export const IPC_EVENT = 'rancang:event';
