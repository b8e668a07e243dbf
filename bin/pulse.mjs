#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx so `npx pulse` never serves a stale build.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/adapters/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
