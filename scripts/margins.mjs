#!/usr/bin/env node
/**
 * Near-ties of the structure decode (`npm run margins`; issue 7): for every zoo paper's layouts and
 * every fixture with gold line roles, the structure units whose decoded role beats the best other
 * role by less than a margin (max-marginals over the page, model score units: the log-linear
 * weights of src/stages/structure/fitted.ts). A refit of the weights moves scores by a few hundredths,
 * so a unit decoded right by less than that is one a refit may flip: this lists them before the
 * refit does, with whether the line's role is the reference's.
 *
 * Usage: npm run margins [-- --below X] [-- --paper ID]... [-- --held-out] [-- --json] [-- FILE...]
 *   FILE        instead of the papers, these inputs (any the parser reads; no reference roles): the
 *               near-ties of a test's or a repro's text
 *   --below X   list units with a margin under X (default 0.1)
 *   --paper ID  only that zoo paper or fixture (repeatable)
 *   --held-out  decode each paper with weights fitted without it (as npm run eval does), not the shipped model
 *   --json      one JSON object on standard output: {below, units, rows: [{paper, layout, line, role,
 *               alternative, margin, right, text}], papers: {id: {units, near, wrong}}}
 * A mistake in the arguments is one line and the usage, exit 2; otherwise exit 0 (it measures).
 * Reads dist/ (npm run margins builds).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import { zooDocs } from './eval/zoo-docs.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run margins [-- --below X] [-- --paper ID]... [-- --held-out] [-- --json] [-- FILE...]';

/** Fixtures (not the zoo) with gold line roles: fixtures/<name>/roles.json beside expected.json. */
function fixtureDocs() {
  const dir = path.join(ROOT, 'fixtures');
  const docs = [];
  for (const name of readdirSync(dir).sort()) {
    const fdir = path.join(dir, name);
    if (name === 'zoo' || !existsSync(path.join(fdir, 'roles.json')) || !existsSync(path.join(fdir, 'expected.json'))) continue;
    const e = JSON.parse(readFileSync(path.join(fdir, 'expected.json'), 'utf8'));
    docs.push({
      paper: name,
      layout: 'as printed',
      input: path.join(fdir, e.input),
      roles: JSON.parse(readFileSync(path.join(fdir, 'roles.json'), 'utf8')).roles,
      issueDate: e.issue?.date ?? null,
      encoding: e.encoding,
    });
  }
  return docs;
}

function main(argv) {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        below: { type: 'string', default: '0.1' },
        paper: { type: 'string', multiple: true, default: [] },
        'held-out': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`margins: ${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const files = args.positionals;
  args = args.values;
  for (const f of files) {
    if (!existsSync(f)) {
      process.stderr.write(`margins: ${f}: no such file\n${USAGE}\n`);
      return 2;
    }
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const below = Number(args.below);
  if (!Number.isFinite(below) || below <= 0) {
    process.stderr.write(`margins: --below wants a positive number, not ${args.below}\n${USAGE}\n`);
    return 2;
  }
  return run(below, args.paper, args['held-out'], args.json, files);
}

async function run(below, only, heldOut, json, files) {
  const lib = await import(path.join(ROOT, 'dist/index.js'));
  const every = [...zooDocs(path.join(ROOT, 'fixtures/zoo')), ...fixtureDocs()];
  const missing = only.filter((p) => !every.some((d) => d.paper === p));
  if (missing.length) {
    process.stderr.write(`margins: no paper ${missing.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const docs = files.length
    ? files.map((f) => ({ paper: path.basename(f), layout: 'file', input: f, roles: null, issueDate: null, encoding: null }))
    : every.filter((d) => only.length === 0 || only.includes(d.paper));
  const training = every.filter((d) => d.roles);
  const pages = heldOut
    ? lib.trainingPages(
        training.map((d) => ({
          name: `${d.paper}.${d.layout}`,
          input: readFileSync(d.input),
          options: { path: d.input, ...(d.issueDate ? { issueDate: d.issueDate } : {}) },
          roles: d.roles,
        })),
      )
    : null;
  const fitted = new Map();
  const rows = [];
  const papers = {};
  let units = 0;
  for (const doc of docs) {
    const margins = [];
    const internals = { margins };
    if (heldOut) {
      if (!fitted.has(doc.paper)) fitted.set(doc.paper, lib.fitPages(training.flatMap((d, i) => (d.paper === doc.paper ? [] : [pages[i]]))));
      internals.weights = fitted.get(doc.paper);
    }
    const options = { path: doc.input, entities: false, ...(doc.issueDate ? { issueDate: doc.issueDate } : {}) };
    const { issue, lineRoles } = lib.parseIssueDetailed(readFileSync(doc.input), options, internals);
    const got = new Map(lineRoles.map((e) => [e.line, e.role]));
    const gold = new Map((doc.roles ?? []).map(([n, r]) => [n, r]));
    // the line's text as the parse decoded it (a markup input's lines are its laid-out text: shown as the source's)
    const lines = iconv
      .decode(readFileSync(doc.input), doc.encoding || issue.source.encoding)
      .replace(/^\uFEFF/u, '')
      .replace(/\r\n?/gu, '\n')
      .split('\n');
    const p = (papers[doc.paper] ??= { units: 0, near: 0, wrong: 0 });
    p.units += margins.length;
    units += margins.length;
    for (const m of margins) {
      if (m.margin >= below) continue;
      const right = gold.has(m.line) ? got.get(m.line) === gold.get(m.line) : null;
      p.near++;
      if (right === false) p.wrong++;
      const text = [...(lines[m.line - 1] ?? '').trim()];
      rows.push({
        paper: doc.paper,
        layout: doc.layout,
        line: m.line,
        role: m.role,
        alternative: m.alternative,
        margin: Math.round(m.margin * 1000) / 1000,
        right,
        text: text.slice(0, 24).join('') + (text.length > 24 ? '…' : ''),
      });
    }
  }
  rows.sort((a, b) => a.margin - b.margin);
  if (json) {
    process.stdout.write(`${JSON.stringify({ below, units, rows, papers })}\n`);
    return 0;
  }
  const rightNear = rows.filter((r) => r.right === true).length;
  const wrongNear = rows.filter((r) => r.right === false).length;
  const out = [
    `margins under ${below} (${heldOut ? 'held out: each paper decoded by weights fitted without it' : 'the shipped model'}): ` +
      `${rows.length} of ${units} units; ${rightNear} decoded right by less (a refit may flip them), ${wrongNear} wrong, ` +
      `${rows.length - rightNear - wrongNear} with no reference role`,
    '',
    '| margin | paper | layout | line | decoded | runner-up | role right | text |',
    '| ---: | --- | --- | ---: | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.margin.toFixed(3)} | ${r.paper} | ${r.layout} | ${r.line} | ${r.role} | ${r.alternative} | ${r.right === null ? '—' : r.right ? 'yes' : 'NO'} | ${r.text.replace(/\|/gu, '\\|')} |`,
    ),
    '',
    '| paper | units | near-ties | of them wrong |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(papers)
      .filter(([, p]) => p.near > 0)
      .sort((a, b) => b[1].near - a[1].near)
      .map(([id, p]) => `| ${id} | ${p.units} | ${p.near} | ${p.wrong} |`),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
