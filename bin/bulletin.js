#!/usr/bin/env node
// One large file is parsed in a child Node with a smaller pool of V8 threads (src/cli/relaunch.ts).
// dist/ is built by `npm ci` / `npm run build`; a checkout updated without a build gets one line, not a stack.
const load = (path) =>
  import(path).catch((err) => {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !/[\\/]dist[\\/]/.test(String(err.message))) throw err;
    process.stderr.write(`bulletin: the build in dist/ is missing or out of date (${err.message.split(' imported')[0]}); run \`npm run build\`\n`);
    process.exit(70);
  });

const args = process.argv.slice(2);
// V8's tier-up budget, before the parser's modules load (src/cli/v8-flags.ts).
(await load('../dist/cli/v8-flags.js')).setInProcessFlags();
const { relaunch, relaunchTarget } = await load('../dist/cli/relaunch.js');
if (relaunchTarget(args)) await relaunch(args);
else {
  // This thread will parse small inputs: the segmenter's dictionary loads in the background from now on (src/nlp/jieba.ts).
  if ((await load('../dist/cli/invocation.js')).preloadsSegmenter(args)) (await load('../dist/nlp/jieba.js')).preloadSegmenter();
  await load('../dist/cli/main.js').then((m) => m.run());
}
