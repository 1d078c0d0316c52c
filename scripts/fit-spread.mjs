/**
 * How much the held-out numbers of `npm run eval` move with the fit's page order alone (issue 7):
 * runs `scripts/eval.mjs --json --seed N` for each seed (the seed shuffles the training pages
 * before the fit; fit.ts) and prints, per column of the zoo total, the mean, min and max over the
 * seeds (percent, one decimal), then the zoo rows whose cells differ between seeds. A fit that
 * reaches its optimum gives the same table for every seed (spread 0).
 *
 * Usage: npm run build && node scripts/fit-spread.mjs [--seeds 1,2,3] [--paper ID]… [--json] [--out FILE]
 *   --seeds  comma-separated seeds (default 1,2,3,4,5)
 *   --paper  passed to eval (only that zoo paper; repeatable)
 *   --json   one JSON object { seeds, columns: {col: {mean, min, max}}, moved: [...] } on stdout
 *   --out    also write every run's eval JSON summary and rows to FILE
 * Reads dist/ (build first). Takes one `npm run eval` per seed (about 80 s each on 2 idle cores).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = (name) => argv.flatMap((a, i) => (argv[i - 1] === name ? [a] : []));
const seeds = (arg('--seeds')[0] ?? '1,2,3,4,5').split(',').map(Number);
const papers = arg('--paper').flatMap((p) => ['--paper', p]);
const json = argv.includes('--json');
const out = arg('--out')[0];

const runs = [];
for (const seed of seeds) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/eval.mjs'), '--json', '--seed', String(seed), ...papers], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) {
    console.error(`fit-spread: eval --seed ${seed} failed: ${r.stderr}`);
    process.exit(1);
  }
  const { rows, summary } = JSON.parse(r.stdout);
  runs.push({ seed, rows: rows.filter((x) => x.zoo), summary });
  if (!json) console.error(`seed ${seed}: ${summary.seconds} s`);
}

const pctOf = ([got, possible]) => (possible === 0 ? NaN : (100 * got) / possible);
const columns = Object.keys(runs[0].summary.total);
const stats = {};
for (const c of columns) {
  const v = runs.map((r) => pctOf(r.summary.total[c]));
  const round = (x) => Math.round(x * 10) / 10;
  stats[c] = { mean: round(v.reduce((a, b) => a + b, 0) / v.length), min: round(Math.min(...v)), max: round(Math.max(...v)) };
}
const moved = [];
for (let i = 0; i < runs[0].rows.length; i++) {
  const key = `${runs[0].rows[i].paper} ${runs[0].rows[i].layout}`;
  const cells = {};
  for (const c of columns) {
    const v = runs.map((r) => Math.floor(pctOf(r.rows[i].cells[c])));
    if (v.some((x) => x !== v[0])) cells[c] = v;
  }
  if (Object.keys(cells).length) moved.push({ row: key, cells });
}
if (out) writeFileSync(out, JSON.stringify(runs, null, 1));
if (json) {
  console.log(JSON.stringify({ seeds, columns: stats, moved }, null, 1));
} else {
  const w = Math.max(...columns.map((c) => c.length));
  console.log(`zoo total (${runs[0].rows.length} rows) over seeds ${seeds.join(',')}: mean [min, max] (spread)`);
  for (const c of columns) {
    const s = stats[c];
    console.log(`  ${c.padEnd(w)}  ${String(s.mean).padStart(5)}  [${s.min}, ${s.max}]  (${Math.round((s.max - s.min) * 10) / 10})`);
  }
  console.log(`\n${moved.length} of ${runs[0].rows.length} zoo rows differ between seeds (cells per seed, floored %):`);
  for (const m of moved) {
    console.log(`  ${m.row}: ${Object.entries(m.cells).map(([c, v]) => `${c} ${v.join('/')}`).join(', ')}`);
  }
}
