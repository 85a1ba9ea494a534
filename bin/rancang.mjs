#!/usr/bin/env node
// The `rancang` command. Runs the TypeScript sources through tsx, so it works right after
// `npm ci` without a build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
