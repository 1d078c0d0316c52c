/**
 * After `npm ci` / `npm install`: apply patches/ to dependencies with patch-package, then rebuild
 * nodejieba from source so the patched native code is what runs.
 *
 * The patch (patches/nodejieba+3.5.8.patch) stops nodejieba's load() from reading the whole
 * dictionary a second time for its TextRank extractor: the extractor now shares the trie and HMM
 * model already loaded. Measured on the 2-core reference machine: load() from about 1.15 s to about
 * 0.7 s, which is most of the time of parsing one issue. It also adds loadInBackground(): the same
 * load on a thread of its own, taken by the next load() (src/nlp/jieba.ts preloadSegmenter).
 *
 * Never fails the install: if the patch does not apply (another nodejieba version) or the compiler
 * is missing, it says so and leaves the stock build, which is correct, only slower.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

/** Runs `node args…` in `cwd`, quietly: its output is shown only when it fails. */
function run(args, what, cwd = root) {
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (r.status === 0) return true;
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-20).join('\n');
  console.warn(`${out}\nbulletin postinstall: ${what} failed (exit ${r.status}); nodejieba stays as built (slower load)`);
  return false;
}

let jiebaDir;
try {
  jiebaDir = path.dirname(require.resolve('nodejieba/package.json'));
} catch {
  process.exit(0); // nothing to patch (e.g. installed without nodejieba)
}
const patchDir = path.join(root, 'patches');
const patches = fs.existsSync(patchDir) ? fs.readdirSync(patchDir).filter((f) => f.startsWith('nodejieba+')) : [];
if (!patches.length) process.exit(0);
const hash = createHash('sha256');
for (const p of patches) hash.update(fs.readFileSync(path.join(patchDir, p)));
const digest = hash.digest('hex');
const marker = path.join(jiebaDir, 'build', '.bulletin-patch');
if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === digest) process.exit(0);

const patchPackage = path.join(path.dirname(require.resolve('patch-package/package.json')), 'index.js');
if (!run([patchPackage], 'patch-package')) process.exit(0);

// nodejieba's own node-pre-gyp (the one its install script runs), called the documented way:
// `install --build-from-source` compiles (clean, configure, build) whatever prebuilt binary exists;
// `install --fallback-to-build` is nodejieba's stock install. No npm config is passed through the
// environment (npm 11 warns about unknown ones such as build-from-source); node-gyp still reads
// npm's own (nodedir, python) from the lifecycle environment npm gives this script.
let preGyp;
try {
  const fromJieba = createRequire(path.join(jiebaDir, 'package.json'));
  preGyp = path.join(path.dirname(fromJieba.resolve('@mapbox/node-pre-gyp/package.json')), 'bin', 'node-pre-gyp');
} catch {
  console.warn('bulletin postinstall: node-pre-gyp not found; nodejieba stays as built (slower load)');
  process.exit(0);
}
// The binary as installed, put back if neither build below gives one (a rebuild cleans first).
const binary = path.join(jiebaDir, 'build', 'Release', 'nodejieba.node');
const kept = fs.existsSync(binary) ? fs.readFileSync(binary) : null;
if (run([preGyp, 'install', '--build-from-source'], 'rebuilding nodejieba from source', jiebaDir)) {
  fs.writeFileSync(marker, digest);
} else if (!run([preGyp, 'install', '--fallback-to-build'], 'restoring the stock nodejieba build', jiebaDir) && kept && !fs.existsSync(binary)) {
  fs.mkdirSync(path.dirname(binary), { recursive: true });
  fs.writeFileSync(binary, kept);
}
