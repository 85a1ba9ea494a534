// ESLint flat config: TypeScript's recommended rules (not type-aware, to stay fast) plus the
// import boundaries of the architecture: the core (src/) never touches Electron, React or the
// DOM; the renderer never touches Node, SQLite, Electron or the Node-side modules of the core.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** Globals of plain Node scripts (.js/.mjs/.cjs). */
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'queueMicrotask',
    'structuredClone',
    'fetch',
    'AbortController',
    'TextEncoder',
    'TextDecoder',
    'require',
    'module',
    '__dirname',
    '__filename',
    'globalThis',
  ].map((name) => [name, 'readonly']),
);

/** DOM globals that the core must not use. */
const domGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'Element',
  'Node',
  'DOMParser',
  'getSelection',
  'requestAnimationFrame',
  'alert',
  'confirm',
].map((name) => ({ name, message: 'src/ is pure TypeScript: no DOM globals (use renderer/).' }));

/** Core modules that run only in Node (the renderer reaches them through the API client). */
const nodeSideCore = [
  '**/src/store',
  '**/src/store/**',
  '**/src/api/dispatch',
  '**/src/api/dispatch.*',
  '**/src/api/context',
  '**/src/api/context.*',
  '**/src/api/handlers',
  '**/src/api/handlers/**',
  '**/src/server',
  '**/src/server/**',
  '**/src/cli',
  '**/src/cli/**',
];

export default defineConfig([
  globalIgnores(['node_modules/', 'out/', 'dist/', 'release/', 'coverage/', '.vite/', 'tmp/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/ is the core: no Electron (use electron/).' },
            { name: 'react', message: 'src/ is the core: no React (use renderer/).' },
            { name: 'react-dom', message: 'src/ is the core: no React (use renderer/).' },
            {
              name: 'prosemirror-view',
              message: 'src/ is the core: no DOM editor view (use renderer/editor).',
            },
          ],
          patterns: [
            { group: ['react/*', 'react-dom/*'], message: 'src/ is the core: no React.' },
            {
              group: ['**/renderer', '**/renderer/**', '**/electron/**'],
              message: 'src/ must not import the doors.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // The Vite config runs in Node at build time, not in the renderer.
    ignores: ['renderer/vite.config.*'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'The renderer has no Electron access: use window.rancang via the API client.',
            },
            {
              name: 'better-sqlite3',
              message: 'The renderer has no database access: use the API client.',
            },
            ...builtinModules.map((name) => ({
              name,
              message: 'The renderer has no Node access.',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node access.' },
            {
              group: nodeSideCore,
              message: 'Node-side core module: call it through the API client.',
            },
            {
              group: ['**/src/api/contract', '**/src/api/contract.*', '**/electron/**'],
              allowTypeImports: true,
              message: 'Only types may be imported from the API contract and the Electron bridge.',
            },
          ],
        },
      ],
    },
  },
]);
