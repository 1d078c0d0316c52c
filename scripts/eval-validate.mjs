#!/usr/bin/env node
/**
 * How well `bulletin validate` points at a wrong parse, measured on the layout zoo
 * (fixtures/zoo/<paper>/expected.<layout>.json, every item's line ranges known).
 *
 * A parse with errors is needed to measure a warning's worth, and the shipped model parses the zoo
 * right. So every zoo document is parsed by models that never saw its paper:
 *   - held out: fitted on every other zoo paper and fixture (what `npm run eval` does);
 *   - weak: fitted on K other zoo papers drawn with a fixed seed (K = 3 and 8 by default), so the
 *     parse goes wrong the ways an unseen paper's does, and often.
 * An output item is WRONG when the set of its non-blank, non-furniture source lines is not exactly
 * that of a reference item (the `bounds` row of npm run eval). It is FLAGGED when a validate
 * finding (severity warning or error, code validate/*) names a line inside its spans. Infos
 * (validate/uncertain-boundary, lines for review) are left out of the table and counted per code.
 *
 * Printed: per model, output items, wrong, flagged; precision (flagged items that are wrong),
 * recall (wrong items flagged); and per document, the share of documents with a wrong item that get
 * at least one finding, and of documents parsed right that get none (their findings are listed
 * with --verbose: false alarms).
 *
 * Usage: npm run eval:validate [-- --k 3,8] [-- --seed N] [-- --paper ID] [-- --verbose] [-- --json]
 * Needs a build (dist/). Takes a few minutes (one fit per paper and model).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { zooDocs } from './eval/zoo-docs.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ZOO = path.join(ROOT, 'fixtures/zoo');
const FURNITURE = new Set(['running-head', 'folio', 'editor', 'section', 'jump', 'noise']);

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write('usage: npm run eval:validate -- [--k 3,8] [--seed N] [--paper ID ...] [--verbose] [--json]\n');
  process.exit(0);
}
const value = (flag) => argv.flatMap((a, i) => (argv[i - 1] === flag ? [a] : []));
const ks = (value('--k')[0] ?? '3,8').split(',').map(Number).filter((n) => n > 0);
const seed = Number(value('--seed')[0] ?? 1);
const only = value('--paper');
const verbose = argv.includes('--verbose');
const json = argv.includes('--json');

/** The fixtures outside the zoo that carry line roles (training material, never scored here). */
function fixtureDocs() {
  const docs = [];
  const dir = path.join(ROOT, 'fixtures');
  for (const name of readdirSync(dir).sort()) {
    const fdir = path.join(dir, name);
    if (name === 'zoo' || !existsSync(path.join(fdir, 'expected.json')) || !existsSync(path.join(fdir, 'roles.json'))) continue;
    const e = JSON.parse(readFileSync(path.join(fdir, 'expected.json'), 'utf8'));
    const roles = JSON.parse(readFileSync(path.join(fdir, 'roles.json'), 'utf8')).roles;
    docs.push({ paper: name, input: path.join(fdir, e.input), roles, issueDate: e.issue?.date ?? null });
  }
  return docs;
}

const lib = await import(path.join(ROOT, 'dist/index.js'));
const zoo = zooDocs(ZOO);
const { seededRandom } = await import(path.join(ROOT, 'dist/stages/structure/fit.js'));
const fixtures = fixtureDocs();
const training = [
  ...zoo.map((d) => ({ paper: d.paper, input: d.input, roles: d.expected.roles, issueDate: d.expected.issueDate ?? null, zoo: true })),
  ...fixtures.map((d) => ({ ...d, zoo: false })),
];
const pages = lib.trainingPages(
  training.map((d) => ({
    name: d.paper,
    input: readFileSync(d.input),
    options: { path: d.input, ...(d.issueDate ? { issueDate: d.issueDate } : {}) },
    roles: d.roles,
  })),
);
const zooPapers = [...new Set(zoo.map((d) => d.paper))];
const targets = zooPapers.filter((p) => only.length === 0 || only.includes(p));

/** The models that never saw `paper`: name → training page indices. */
function modelsFor(paper, k) {
  const others = zooPapers.filter((p) => p !== paper);
  if (k === 0) return training.map((d, i) => [d, i]).filter(([d]) => d.paper !== paper).map(([, i]) => i);
  const rnd = seededRandom(seed * 7919 + zooPapers.indexOf(paper) * 104729 + k);
  const pool = [...others];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const chosen = new Set(pool.slice(0, k));
  return training.map((d, i) => [d, i]).filter(([d]) => chosen.has(d.paper)).map(([, i]) => i);
}

/** The source lines of a document (decoded as its reference says), for blank-line tests. */
function sourceLines(doc) {
  const text = iconv.decode(readFileSync(doc.input), doc.expected.encoding || 'utf-8').replace(/^\uFEFF/u, '');
  return text.replace(/\r\n?/gu, '\n').split('\n');
}

const models = [['held out', 0], ...ks.map((k) => [`weak k=${k}`, k])];
const stats = new Map(models.map(([name]) => [name, { items: 0, wrong: 0, flagged: 0, hit: 0, docsWrong: 0, docsWrongFound: 0, docsRight: 0, docsRightQuiet: 0 }]));
const alarms = [];
/** Per finding code: output items it names (any model) and how many of them are wrong. */
const byCode = new Map();
const misses = [];
const t0 = Date.now();
for (const paper of targets) {
  for (const [name, k] of models) {
    const weights = lib.fitPages(modelsFor(paper, k).map((i) => pages[i]), {});
    for (const doc of zoo.filter((d) => d.paper === paper)) {
      const lines = sourceLines(doc);
      const furniture = new Set(doc.expected.roles.filter(([, r]) => FURNITURE.has(r)).map(([n]) => n));
      const keyOf = (ranges) => {
        const s = [];
        for (const [a, b] of ranges) for (let n = a; n <= b; n++) if ((lines[n - 1] ?? '').trim() && !furniture.has(n)) s.push(n);
        return [...new Set(s)].sort((x, y) => x - y).join(',');
      };
      const want = new Set(doc.expected.articles.map((a) => keyOf(a.lines)));
      const { issue } = lib.parseIssueDetailed(
        readFileSync(doc.input),
        { path: doc.input, entities: false, validate: true, ...(doc.expected.issueDate ? { issueDate: doc.expected.issueDate } : {}) },
        { weights },
      );
      const findings = issue.diagnostics.filter((d) => d.code.startsWith('validate/') && d.severity !== 'info');
      const st = stats.get(name);
      let wrongHere = 0;
      for (const a of issue.articles) {
        const spans = a.spans ?? [a.lines];
        const wrong = !want.has(keyOf(spans));
        const flagged = findings.some((f) => f.line !== null && spans.some(([x, y]) => f.line >= x && f.line <= y));
        st.items++;
        for (const f of issue.diagnostics.filter((d) => d.code.startsWith('validate/'))) {
          if (f.line === null || !spans.some(([x, y]) => f.line >= x && f.line <= y)) continue;
          const c = byCode.get(f.code) ?? { flagged: 0, wrong: 0, seen: new Set() };
          const key = `${name}|${paper}.${doc.layout}|${a.id}`;
          if (!c.seen.has(key)) {
            c.seen.add(key);
            c.flagged++;
            if (wrong) c.wrong++;
          }
          byCode.set(f.code, c);
        }
        if (wrong) {
          st.wrong++;
          wrongHere++;
        }
        if (flagged) st.flagged++;
        if (wrong && flagged) st.hit++;
        if (wrong && !flagged && verbose) misses.push(`${name}  ${paper}.${doc.layout}  ${a.id} «${a.title}» lines ${a.lines.join('-')}`);
      }
      // reference items no output item holds exactly (merged away) count against the document too
      const have = new Set(issue.articles.map((a) => keyOf(a.spans ?? [a.lines])));
      const lost = doc.expected.articles.filter((a) => !have.has(keyOf(a.lines))).length;
      if (wrongHere > 0 || lost > 0) {
        st.docsWrong++;
        if (findings.length > 0) st.docsWrongFound++;
      } else {
        st.docsRight++;
        if (findings.length === 0) st.docsRightQuiet++;
        else for (const f of findings) alarms.push(`${name}  ${paper}.${doc.layout}  line ${f.line}  ${f.code}: ${f.message}`);
      }
    }
  }
}
const pc = (a, b) => (b === 0 ? '—' : `${Math.round((100 * a) / b)}`);
const rows = models.map(([name]) => {
  const s = stats.get(name);
  return { model: name, ...s, precision: pc(s.hit, s.flagged), recall: pc(s.hit, s.wrong), found: pc(s.docsWrongFound, s.docsWrong), quiet: pc(s.docsRightQuiet, s.docsRight) };
});
if (json) {
  process.stdout.write(`${JSON.stringify({ rows, byCode: Object.fromEntries([...byCode].map(([k, c]) => [k, { flagged: c.flagged, wrong: c.wrong }])), alarms, misses }, null, 1)}\n`);
} else {
  const head = ['model', 'items', 'wrong', 'flagged', 'precision %', 'recall %', 'docs wrong', 'found %', 'docs right', 'quiet %'];
  const cells = rows.map((r) => [r.model, r.items, r.wrong, r.flagged, r.precision, r.recall, r.docsWrong, r.found, r.docsRight, r.quiet].map(String));
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => (i === 0 ? x.padEnd(width[i]) : x.padStart(width[i]))).join('  ');
  process.stdout.write(`${line(head)}\n${cells.map(line).join('\n')}\n`);
  process.stdout.write(
    `precision: flagged output items that are wrong; recall: wrong output items flagged; found: documents with a wrong item that get a finding; quiet: documents parsed right that get none. ${targets.length} papers, ${((Date.now() - t0) / 1000).toFixed(0)} s.\n`,
  );
  process.stdout.write(
    `\nby code (all models; infos too, which the table leaves out): ${[...byCode].sort().map(([code, c]) => `${code} ${c.wrong}/${c.flagged} wrong`).join('; ') || 'no findings'}\n`,
  );
  if (verbose) {
    process.stdout.write(`\nfalse alarms (findings on documents parsed right):\n${alarms.map((a) => `  ${a}`).join('\n')}\n`);
    process.stdout.write(`\nwrong items not flagged:\n${misses.map((a) => `  ${a}`).join('\n')}\n`);
  }
}
