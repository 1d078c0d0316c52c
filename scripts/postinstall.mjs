/**
 * After `npm ci` / `npm install`: apply patches/ to dependencies with patch-package, then rebuild
 * nodejieba from source so the patched native code is what runs.
 *
 * The patch (patches/nodejieba+3.5.8.patch) stops nodejieba's load() from reading the whole
 * dictionary a second time for its TextRank extractor: the extractor now shares the trie and HMM
 * model already loaded. Measured on the 2-core reference machine: load() from about 1.15 s to about
 * 0.7 s, which is most of the time of parsing one issue.
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

function run(args, what, env = {}) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) console.warn(`bulletin postinstall: ${what} failed (exit ${r.status}); nodejieba stays as built (slower load)`);
  return r.status === 0;
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

const npmCli = process.env.npm_execpath;
const rebuild = npmCli && fs.existsSync(npmCli) ? [npmCli] : [path.join(path.dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js')];
// node-pre-gyp reads npm_config_build_from_source: compile even where a prebuilt binary exists.
if (run([...rebuild, 'rebuild', 'nodejieba'], 'rebuilding nodejieba from source', { npm_config_build_from_source: 'true' })) {
  fs.writeFileSync(marker, digest);
} else {
  run([...rebuild, 'rebuild', 'nodejieba'], 'restoring the stock nodejieba build');
}
