#!/usr/bin/env node
// Launches the TypeScript CLI through tsx so no build step is needed to run the server.
import { register } from 'tsx/esm/api';

register();
await import('../server/main.ts');
