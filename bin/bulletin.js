#!/usr/bin/env node
// A batch tool for archives: V8 is asked to favour memory over speed before anything is loaded. Its
// heap then grows in smaller steps over what is live (issue 10: a 4 MB input's peak resident set
// 378 -> 330 MiB, CPU time the same within the noise of a loaded machine; README "Performance").
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--optimize-for-size');
import('../dist/cli/main.js').then((m) => m.run());
