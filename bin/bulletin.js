#!/usr/bin/env node
// One large file is parsed in a child Node with a smaller pool of V8 threads (src/cli/relaunch.ts).
import { relaunch, relaunchTarget } from '../dist/cli/relaunch.js';

const args = process.argv.slice(2);
if (relaunchTarget(args)) await relaunch(args);
else await import('../dist/cli/main.js').then((m) => m.run());
