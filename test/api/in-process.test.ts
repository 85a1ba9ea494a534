/** The contract suite run in-process through `dispatch`. */
import { closeContext, createContext, dispatch } from '../../src/api/dispatch';
import { makeTmpDir } from '../helpers/tmp-dir';
import { contractSuite } from './contract-suite';

contractSuite('in-process', async () => {
  const dir = makeTmpDir('api');
  const ctx = createContext({ userDataDir: dir.path, author: 'Pengguna Uji', appVersion: 'test' });
  return {
    call: (method, args) => dispatch(ctx, method, args),
    tmpDir: dir.path,
    close: async () => {
      closeContext(ctx);
      dir.cleanup();
    },
  };
});
