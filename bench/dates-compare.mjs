#!/usr/bin/env node
/**
 * `node bench/dates-compare.mjs` (after `npm run build`): scores our date grammar (findDates) and,
 * when installed, `@microsoft/recognizers-text-date-time` (Chinese model) and chrono-node's `zh`
 * parsers on the JioNLP day-level newspaper-form cases (fixtures/dates/jionlp-time-parser.json).
 * The two libraries are not dependencies; to include them:
 *   npm install --no-save @microsoft/recognizers-text-date-time@1.3.2 chrono-node@2.10.3
 * (or install them in another folder and run with NODE_PATH=that/node_modules).
 * A case is right when the first date found gives the expected first and last day. Recognizers
 * returns past and future alternatives: the one nearest the reference counts; its exclusive range
 * ends are taken either way (end or end - 1 day). A year-only reference is 1 July of that year for
 * the libraries (they need a day). `--verbose` lists every case.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const verbose = process.argv.includes('--verbose');
const { cases } = JSON.parse(readFileSync(path.join(root, 'fixtures/dates/jionlp-time-parser.json'), 'utf8'));
const { findDates } = await import(path.join(root, 'dist/index.js'));

const day = (d) =>
  `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
const addDays = (s, n) => {
  const d = new Date(`${s}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return day(d);
};
const refOf = (r) =>
  r.date ? new Date(`${r.date}T12:00:00Z`) : new Date(Date.UTC(r.year ?? 2021, 6, 1, 12));

const systems = [
  {
    name: 'bulletin findDates',
    run: (c) => {
      const d = findDates(c.text, { issueDate: c.reference.date ?? null, year: c.reference.year ?? null })
        .dates[0];
      return d ? [[d.iso, d.end ?? d.iso]] : null;
    },
  },
];
try {
  const R = require('@microsoft/recognizers-text-date-time');
  const version = require('@microsoft/recognizers-text-date-time/package.json').version;
  systems.push({
    name: `@microsoft/recognizers-text-date-time ${version} (zh-cn)`,
    run: (c) => {
      const ref = refOf(c.reference);
      const res = R.recognizeDateTime(c.text, R.Culture.Chinese, undefined, ref);
      if (!res.length) return null;
      let best = null;
      let bestDistance = Infinity;
      for (const v of res[0].resolution?.values ?? []) {
        const s = (v.start ?? v.value)?.slice(0, 10);
        const e = v.end ? v.end.slice(0, 10) : v.value?.slice(0, 10);
        if (!s || !e) continue;
        const distance = Math.abs(new Date(`${s}T12:00:00Z`) - ref);
        if (distance < bestDistance) {
          best = v.end
            ? [
                [s, addDays(e, -1)],
                [s, e],
              ]
            : [[s, e]];
          bestDistance = distance;
        }
      }
      return best;
    },
  });
} catch {
  console.log('(@microsoft/recognizers-text-date-time not installed: skipped)');
}
try {
  const chrono = require('chrono-node');
  const version = JSON.parse(
    readFileSync(path.join(path.dirname(require.resolve('chrono-node')), '../../package.json'), 'utf8'),
  ).version;
  const local = (d) => day(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())));
  const lastOfMonth = (d) => day(new Date(Date.UTC(d.getFullYear(), d.getMonth() + 1, 0)));
  systems.push({
    name: `chrono-node ${version} (zh)`,
    run: (c) => {
      const r = chrono.zh.parse(c.text, refOf(c.reference))[0];
      if (!r) return null;
      const monthOnly = (p) => !p.isCertain('day') && p.isCertain('month');
      const s = monthOnly(r.start) ? `${local(r.start.date()).slice(0, 8)}01` : local(r.start.date());
      const endPart = r.end ?? r.start;
      const e = monthOnly(endPart) ? lastOfMonth(endPart.date()) : local(endPart.date());
      return [[s, e]];
    },
  });
} catch {
  console.log('(chrono-node not installed: skipped)');
}

console.log(`JioNLP time-parser suite, day-level newspaper forms: ${cases.length} cases`);
for (const sys of systems) {
  let right = 0;
  for (const c of cases) {
    let got = null;
    try {
      got = sys.run(c);
    } catch (err) {
      got = null;
      if (verbose) console.log(`  ${sys.name} threw on ${c.text}: ${err.message}`);
    }
    const ok = got !== null && got.some(([s, e]) => s === c.start && e === c.end);
    if (ok) right += 1;
    if (verbose && !ok)
      console.log(`  miss ${sys.name}: ${c.text} want ${c.start}..${c.end} got ${JSON.stringify(got)}`);
  }
  console.log(
    `${sys.name.padEnd(52)} ${String(right).padStart(3)}/${cases.length}  ${((100 * right) / cases.length).toFixed(1)} %`,
  );
}
