/** Handlers of `app.*`. */
import { LATEST_SCHEMA_VERSION } from '../../store/index';
import type { Handlers } from '../handler';

/** `app.info`: name, version and the project schema version this build writes. */
export const appHandlers: Handlers<'app.info'> = {
  'app.info': (ctx) => ({ name: 'Rancang', version: ctx.appVersion, schemaVersion: LATEST_SCHEMA_VERSION }),
};
