#!/usr/bin/env node
/**
 * The OCR harness (`npm run eval:ocr`, not part of `npm test`): renders issues as page images,
 * reads them back with Tesseract 5 (`-l chi_sim`) into plain text, hOCR and ALTO, parses each with
 * bulletin, and prints per input, layout, variant and format:
 * - CER: Tesseract's character error rate against the text as drawn (whitespace ignored, NFKC),
 *   so OCR loss and parser loss are told apart;
 * - exact: `score.py` of ../shared/tools (exact titles; the bundled issue against its gold, a zoo
 *   source against a gold written from its tags);
 * - titles: reference titles with an output title of similarity >= TITLE_SIMILARITY (nearest
 *   title, 1 - edit distance / longer length), tolerant to OCR slips;
 * - bylines: reference articles with bylines whose nearest-title article has as many names, each
 *   within one OCR slip of a reference name (`sameNames`: 阮晓萍 ~ 阮晓菠);
 * - noise titles: output titles that are OCR noise by `noiseScore` (must be 0);
 * - kept: Han characters of the OCR text found in the output (nothing lost: 100 %).
 * Rows `truth`, `truth hocr` and `truth alto` parse the text as drawn: as plain text, and as the
 * noise-free hOCR and ALTO render.py writes from its own layout (the page geometry with no OCR
 * error), so that what the parser loses is told from what Tesseract loses.
 * Rows `text`, `hocr`, `alto` are Tesseract's page segmentation (mode 3) on whole pages, what a
 * user gets from `tesseract page.png out -l chi_sim txt hocr alto`. Rows `cols text`, `cols hocr`,
 * `cols alto` (runs of several columns; --no-columns leaves them out) are the column mode: what a
 * user does when mode 3 runs columns together or drops short lines beside a photo: the page's
 * columns found on its image by a projection profile (columns.py), each read as one column of
 * text (`--psm 4`), the columns' output put back together page by page (`mergeColumnPages`).
 *
 * Needs: tesseract-ocr, tesseract-ocr-chi-sim, fonts-noto-cjk, python3-pil (Debian packages; see
 * README "OCR harness"), a built dist/ (`npm run build`), and ../shared (or BULLETIN_SHARED) for
 * the bundled issue's gold and the scorer. Renderings and OCR output are cached in build/ocr/
 * (delete it, or pass --force, to redo them).
 *
 * Options: --only NAME (substring of a run name), --force, --json FILE (write the table as JSON),
 * --fixtures (copy the OCR output of the fixture runs into fixtures/ocr/), --no-columns (no column
 * mode). An unknown option or a
 * missing value is one line and the usage line, exit 2.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { goldFromZoo, itemsFromGold, itemsFromZoo, parseZooSource, cer, mergeColumnPages, ocrMetrics } from './lib.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repo, process.env.BULLETIN_SHARED ?? '../shared');
const work = path.join(repo, 'build/ocr');
/** The options' one-line summary, printed by --help (exit 0) and after a mistake in the arguments (exit 2). */
const USAGE = 'usage: npm run eval:ocr -- [--only NAME] [--force] [--json FILE] [--fixtures] [--no-columns]';
let parsed;
try {
  parsed = parseArgs({
    options: {
      only: { type: 'string' },
      force: { type: 'boolean', default: false },
      json: { type: 'string' },
      fixtures: { type: 'boolean', default: false },
      'no-columns': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  process.stderr.write(`eval:ocr: ${error.message}\n${USAGE}\n`);
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n(see the comment at the top of scripts/ocr/eval-ocr.mjs and README "OCR harness")\n`);
  process.exit(0);
}
const force = values.force;
/** Runs committed as fixtures (fixtures/ocr/<run>/) by --fixtures. */
const FIXTURE_RUNS = ['issue-3col-degraded', 'issue-1col-degraded', 'issue-1col-clean', 'bulletin-1col-degraded', 'heldout-wire-3col-degraded'];
const only = values.only ?? null;

const { parseIssue } = await import(path.join(repo, 'dist/index.js'));
const { noiseScore } = await import(path.join(repo, 'dist/stages/markers.js'));

function need(cmd, pkg) {
  const r = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
  if (r.error) {
    console.error(`eval:ocr: ${cmd} not found; install it: apt-get install -y ${pkg} (see README, OCR harness)`);
    process.exit(3);
  }
}

/** A python3 that can import PIL (pyenv shims may hide Debian's python3-pil). */
function python() {
  for (const p of [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean)) {
    const r = spawnSync(p, ['-c', 'import PIL'], { encoding: 'utf8' });
    if (!r.error && r.status === 0) return p;
  }
  console.error('eval:ocr: no python3 with PIL; apt-get install -y python3-pil (see README, OCR harness)');
  process.exit(3);
}

// ---------------------------------------------------------------------------------------------
// Inputs: the bundled issue (gold in ../shared/gold) and a 1-column government bulletin from the
// layout zoo (gold written from the source's tags).
const bundledTxt = path.join(shared, 'corpus/000_038dc682623388e9.txt');
const bundledGold = path.join(shared, 'gold/000_038dc682623388e9.gold.json');
/**
 * Layout-zoo papers rendered as runs: `bulletin-1col` is the development bulletin; the `heldout-`
 * runs are papers no OCR rule was written against (a county paper in 3 columns, a congress
 * bulletin in 1 column), the closest the harness gets to issues not seen.
 */
const ZOO_RUNS = [
  { name: 'bulletin-1col', paper: 'gov-bulletin', cols: 1 },
  { name: 'heldout-county-3col', paper: 'county-paper', cols: 3 },
  { name: 'heldout-congress-1col', paper: 'congress-bulletin', cols: 1 },
  // Added by ocr16, measured before any fix made from them (README "OCR harness"): wire copy in
  // 3 columns, a city health paper in 2, a notices page in 1.
  { name: 'heldout-wire-3col', paper: 'wire-copy', cols: 3 },
  { name: 'heldout-health-2col', paper: 'health-paper', cols: 2 },
  { name: 'heldout-notices-1col', paper: 'notices-page', cols: 1 },
  // Added by ocr19, measured before any fix (README "OCR harness"): a city evening paper set in 4
  // narrow columns (a tabloid's measure: 11 body characters, 5 of a title), its credits run in
  // after 本报讯 without brackets and set as 文/记者 X　图/记者 Y lines, 【】 column labels.
  { name: 'heldout-metro-4col', paper: 'metro-evening', cols: 4 },
];

const inputs = [];
if (existsSync(bundledGold)) {
  const gold = JSON.parse(readFileSync(bundledGold, 'utf8'));
  const items = itemsFromGold(readFileSync(bundledTxt, 'utf8'), gold);
  inputs.push({ name: 'issue-3col', items, gold, cols: 3, paper: '崇川新闻', date: '2023-05-30' });
  inputs.push({ name: 'issue-1col', items, gold, cols: 1, paper: '崇川新闻', date: '2023-05-30' });
} else {
  console.error(`eval:ocr: ${bundledGold} not found (set BULLETIN_SHARED); the bundled issue is skipped`);
}
for (const run of ZOO_RUNS) {
  const zooSrc = path.join(repo, `fixtures/zoo/${run.paper}/${run.paper}.src.txt`);
  if (!existsSync(zooSrc)) continue;
  const src = parseZooSource(readFileSync(zooSrc, 'utf8'));
  inputs.push({ name: run.name, items: itemsFromZoo(src), gold: goldFromZoo(src), cols: run.cols, paper: src.paper ?? '公报', date: src.issueDate ?? '2023-05-31' });
}

need('tesseract', 'tesseract-ocr tesseract-ocr-chi-sim');
const py = python();
const scorer = path.join(shared, 'tools/score.py');

const rows = [];
for (const input of inputs) {
  for (const variant of ['clean', 'degraded']) {
    const name = `${input.name}-${variant}`;
    if (only && !name.includes(only)) continue;
    const dir = path.join(work, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'items.json'), JSON.stringify(input.items));
    writeFileSync(path.join(dir, 'gold.json'), JSON.stringify(input.gold, null, 1));
    // The render is deterministic: drawn again (same pages) when the noise-free hOCR/ALTO is missing.
    if (force || !existsSync(path.join(dir, 'truth.txt')) || !existsSync(path.join(dir, 'truth.hocr'))) {
      execFileSync(py, [path.join(repo, 'scripts/ocr/render.py'), '--items', path.join(dir, 'items.json'), '--out', dir,
        '--cols', String(input.cols), '--variant', variant, '--paper', input.paper, '--date', input.date], { stdio: 'inherit' });
    }
    if (force || !existsSync(path.join(dir, 'ocr.xml'))) {
      process.stderr.write(`${name}: tesseract …\n`);
      execFileSync('tesseract', [path.join(dir, 'pages.txt'), path.join(dir, 'ocr'), '-l', 'chi_sim', 'txt', 'hocr', 'alto'], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      });
    }
    const truth = readFileSync(path.join(dir, 'truth.txt'), 'utf8');
    const ocrText = readFileSync(path.join(dir, 'ocr.txt'), 'utf8');
    const rate = cer(truth, ocrText);
    const perfect = evaluate(truth, 'text', input.gold, dir, 'truth', truth);
    rows.push({ run: name, format: 'truth', cer: 0, ...perfect });
    // The same pages as noise-free hOCR and ALTO (render.py writes them from its own layout).
    for (const [format, file] of [['hocr', 'truth.hocr'], ['alto', 'truth.xml']]) {
      const r = evaluate(readFileSync(path.join(dir, file), 'utf8'), format, input.gold, dir, `truth-${format}`, truth);
      rows.push({ run: name, format: `truth ${format}`, cer: 0, ...r });
    }
    for (const [format, file] of [['text', 'ocr.txt'], ['hocr', 'ocr.hocr'], ['alto', 'ocr.xml']]) {
      const r = evaluate(readFileSync(path.join(dir, file), 'utf8'), format, input.gold, dir, format, ocrText);
      rows.push({ run: name, format, cer: rate, ...r });
    }
    // The column mode: the page's columns found on its image (columns.py), each read with --psm 4.
    if (input.cols > 1 && !values['no-columns']) {
      const cdir = path.join(dir, 'columns');
      if (force || !existsSync(path.join(cdir, 'ocr.xml'))) {
        mkdirSync(cdir, { recursive: true });
        execFileSync(py, [path.join(repo, 'scripts/ocr/columns.py'), '--pages', path.join(dir, 'pages.txt'), '--out', cdir], { stdio: ['ignore', 'ignore', 'inherit'] });
        process.stderr.write(`${name}: tesseract --psm 4, column by column …\n`);
        execFileSync('tesseract', [path.join(cdir, 'columns.txt'), path.join(cdir, 'ocr'), '-l', 'chi_sim', '--psm', '4', 'txt', 'hocr', 'alto'], {
          stdio: ['ignore', 'ignore', 'inherit'],
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        });
      }
      const read = (f) => readFileSync(path.join(cdir, f), 'utf8');
      const merged = mergeColumnPages(JSON.parse(read('columns.json')), read('ocr.txt'), read('ocr.hocr'), read('ocr.xml'));
      writeFileSync(path.join(dir, 'cols.txt'), merged.text);
      writeFileSync(path.join(dir, 'cols.hocr'), merged.hocr);
      writeFileSync(path.join(dir, 'cols.xml'), merged.alto);
      const colRate = cer(truth, merged.text);
      for (const [format, text] of [['text', merged.text], ['hocr', merged.hocr], ['alto', merged.alto]]) {
        const r = evaluate(text, format, input.gold, dir, `cols-${format}`, merged.text);
        rows.push({ run: name, format: `cols ${format}`, cer: colRate, ...r });
      }
    }
  }
}

/** Parses one OCR output and scores it. */
function evaluate(text, format, gold, dir, tag, sourceText) {
  const issue = parseIssue(text, { format, path: `${tag}.${format}`, entities: true });
  const out = path.join(dir, `parsed-${tag}.json`);
  writeFileSync(out, JSON.stringify(issue));
  const src = path.join(dir, `source-${tag}.txt`);
  writeFileSync(src, sourceText);
  let exact = null;
  if (existsSync(scorer)) {
    const r = spawnSync('python3', [scorer, out, path.join(dir, 'gold.json'), '--source', src, '--json'], { encoding: 'utf8' });
    if (r.status === 0 || r.stdout.trim()) exact = JSON.parse(r.stdout).score;
  }
  const m = ocrMetrics(issue, gold, sourceText, noiseScore);
  return { exact, ...m };
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(0)}%` : 'n/a');
const table = [
  '| run | format | CER | exact (score.py) | titles (nearest ≥0.75) | bylines | noise titles | kept |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.run} | ${r.format} | ${(100 * r.cer).toFixed(1)}% | ${r.exact ? `${r.exact[0]}/${r.exact[1]}` : 'n/a'} | ` +
      `${r.titles[0]}/${r.titles[1]} (${pct(...r.titles)}) | ${r.bylines[0]}/${r.bylines[1]} (${pct(...r.bylines)}) | ${r.noiseTitles} | ${r.kept.toFixed(2)}% |`,
  ),
];
console.log(table.join('\n'));
if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 1));
if (values.fixtures) {
  // The fixture runs (the degraded ones with photo noise; a few pages each), gzipped: test/ocr-fixtures.test.ts.
  for (const name of FIXTURE_RUNS) {
    const dir = path.join(work, name);
    if (!existsSync(path.join(dir, 'ocr.xml'))) continue;
    const to = path.join(repo, 'fixtures/ocr', name);
    mkdirSync(to, { recursive: true });
    for (const f of ['ocr.txt', 'ocr.hocr', 'ocr.xml', 'truth.txt', 'truth.hocr', 'truth.xml']) writeFileSync(path.join(to, `${f}.gz`), gzipSync(readFileSync(path.join(dir, f)), { level: 9 }));
    // The column mode's output, merged page by page, of the bundled issue's 3-column degraded run: test/ocr-columns.test.ts.
    if (name === 'issue-3col-degraded')
      for (const f of ['cols.txt', 'cols.hocr', 'cols.xml'].filter((x) => existsSync(path.join(dir, x)))) writeFileSync(path.join(to, `${f}.gz`), gzipSync(readFileSync(path.join(dir, f)), { level: 9 }));
    copyFileSync(path.join(dir, 'gold.json'), path.join(to, 'gold.json'));
  }
}
