#!/usr/bin/env node
/**
 * Scores the entity extractors (people, places, organizations) on public NER corpora beside raw
 * jieba tags (`nr`/`nrfg`/`nrt` people, `ns` places, `nt` organizations) on the same text.
 *
 * Protocol (issue 9): sentences are grouped ten to an article; per article the unique names of each
 * kind are compared, exact match; precision, recall and F1 are micro-averaged over articles.
 *
 * Usage: npm run eval:entities -- [--limit N] [--offset N] [--markdown] [--digits N] [--dump per|loc|org|leaders] [--ner-model FILE|none] [--explain] FILE...
 *   A mistake in the arguments (an unknown option, a missing value, no FILE or one that is not there)
 *   is one line and the usage line, exit 2.
 *   FILE: a corpus file, format by content: character-per-line BIO (MSRA `字\tB-PER`, People's
 *   Daily `字 B-PER`, sentences separated by blank lines) or CLUENER JSON lines ({text, label}; name →
 *   person, address and scene → place, organization/government/company → organization).
 *   CLUENER's guideline marks an address whole, "to the finest level" (北京市海淀区中关村大街5号),
 *   where this tool and People's Daily/MSRA name each place (北京市, 海淀区, 中关村大街); so CLUENER
 *   places are scored twice: exact, and by containment (a place found is right when it lies inside a
 *   gold address or scene of its article; a gold span is found when a place found lies inside it).
 *   --limit N: the first N sentences only (after --offset). Default: all.
 *   --explain: for CLUENER files, the places' errors by kind (see explainPlaces): how many wrong places
 *   lie inside a gold address (granularity), are countries CLUENER left unmarked, lie inside another
 *   gold entity, are one character; how many gold places hold one found, are scenes never found …
 *   --ner-model FILE: the character tagger's model (default: the shipped data/ner/model.bin.gz);
 *   `none` scores the rule-based finders alone. A fit with --holdout (scripts/train-ner.mjs) and
 *   its .tune files are how the combination of sources was chosen.
 * The corpora are not shipped (their licences do not allow it); README "Entity benchmark" says where
 * to get them. Develop on train/dev splits; report on test splits.
 * Needs `npm run build` first (imports dist/).
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { conllSentences } from './eval/conll.mjs';

/** The options' one-line summary, printed by --help (exit 0) and after a mistake in the arguments (exit 2). */
const USAGE =
  'usage: npm run eval:entities -- [--limit N] [--offset N] [--markdown] [--digits N] [--dump per|loc|org|leaders] [--ner-model FILE|none] [--explain] FILE...';

/** One line saying what is wrong with the arguments, the usage line, exit 2 (no stack trace). */
function usageError(message) {
  process.stderr.write(`eval:entities: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      limit: { type: 'string' },
      offset: { type: 'string' },
      markdown: { type: 'boolean', default: false },
      digits: { type: 'string' },
      dump: { type: 'string' },
      'ner-model': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      explain: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
} catch (error) {
  usageError(error.message);
}
const { values, positionals: files } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n(see the comment at the top of scripts/eval-entities.mjs and README "Entity benchmark")\n`);
  process.exit(0);
}
/** A whole number of at least 0 given to `--name`, else `fallback` when not given. */
function count(name, fallback) {
  if (values[name] === undefined) return fallback;
  if (!/^\d+$/u.test(values[name])) usageError(`--${name} needs a whole number of at least 0, got "${values[name]}"`);
  return Number(values[name]);
}
const limit = count('limit', Infinity);
const offset = count('offset', 0);
const markdown = values.markdown;
/** --digits N: decimals printed (default 2, as in the README table). */
const digits = count('digits', 2);
if (digits > 20) usageError(`--digits is at most 20, got ${digits}`);
const dump = values.dump ?? null;
if (dump !== null && !['per', 'loc', 'org', 'leaders'].includes(dump)) usageError(`--dump is per, loc, org or leaders, got "${dump}"`);
if (!files.length) usageError('no corpus file given');
for (const file of [...files, ...(values['ner-model'] && values['ner-model'] !== 'none' ? [values['ner-model']] : [])]) {
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    // not there, or not readable: said below
  }
  if (!isFile) usageError(`${file}: no such file`);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { extractEntities } = await import(path.join(root, 'dist', 'index.js'));
const { readNerModel } = await import(path.join(root, 'dist', 'nlp', 'ner.js'));
const { COUNTRY_NAMES } = await import(path.join(root, 'dist', 'data', 'world.js'));
const jieba = createRequire(import.meta.url)('nodejieba');

/** --ner-model FILE: the tagger's model to use (a held-out fit of scripts/train-ner.mjs); none: rules only. */
const nerModel = values['ner-model'] === undefined ? undefined : values['ner-model'] === 'none' ? null : readNerModel(values['ner-model']);

/** Sentences of a corpus file: { text, per: [...], loc: [...], org: [...] }. */
function readCorpus(file) {
  const raw = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  const first = raw.trimStart()[0];
  if (first === '{') {
    return raw
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const j = JSON.parse(l);
        const names = (kinds) => kinds.flatMap((k) => Object.keys(j.label?.[k] ?? {}));
        // scene: 景点, rivers and lakes (黄河, 长江) and parks among them (CLUENER2020 README), places here.
        return {
          text: j.text,
          per: names(['name']),
          loc: names(['address', 'scene']),
          address: names(['address']),
          scene: names(['scene']),
          org: names(['organization', 'government', 'company']),
          any: names(Object.keys(j.label ?? {})),
          wholeAddresses: true,
        };
      });
  }
  const out = [];
  for (const { tokens: chars, tags } of conllSentences(raw)) {
    const s = { text: chars.join(''), per: [], loc: [], org: [] };
    let cur = null;
    let buf = '';
    const end = () => {
      if (cur && buf) s[cur].push(buf);
      cur = null;
      buf = '';
    };
    for (let i = 0; i < chars.length; i++) {
      const t = tags[i];
      const m = /^([BIMES])-(PER|LOC|ORG|NR|NS|NT)$/u.exec(t);
      const kind = m ? { PER: 'per', NR: 'per', LOC: 'loc', NS: 'loc', ORG: 'org', NT: 'org' }[m[2]] : null;
      if (!m) end();
      else if (m[1] === 'B' || m[1] === 'S' || kind !== cur) {
        end();
        cur = kind;
        buf = chars[i];
      } else buf += chars[i];
      if (m && (m[1] === 'E' || m[1] === 'S')) end();
    }
    end();
    out.push(s);
  }
  return out;
}

/**
 * Country, territory and continent names (Unicode CLDR, src/data/world.ts). CLUENER's annotators
 * marked such a name standing alone as an address 309 times and left it unmarked 822 times in its
 * train split (中国 13 and 289, 美国 21 and 101, 亚洲 0 and 46), so the corpus does not say whether
 * one is a place; its third places row leaves those it does not mark out of the count (a found one
 * inside any other gold entity, 中国 of 中国银联, still counts as wrong; gold ones missed still count).
 */
const UNSCORED_REGIONS = new Set(COUNTRY_NAMES.split('|'));

/**
 * CLUENER places' errors by kind, counted into `into` (kind → count): each wrong place found (FP) is a
 * piece of a gold place (CLUENER marks whole addresses, 西昌市太和镇), longer than one (a word of the
 * sentence swept in), one character, a country or region the annotators left unmarked (UNSCORED_REGIONS),
 * inside another gold entity (a company, a game, a book) or other; each gold place missed (FN), by its
 * label (address or scene), holds a place found (granularity), lies inside one, or is not found at all.
 */
function explainPlaces(into, found, goldAddress, goldScene, anyGold) {
  const gold = [...goldAddress, ...goldScene];
  const add = (k) => into.set(k, (into.get(k) ?? 0) + 1);
  for (const n of found) {
    if (gold.includes(n)) continue;
    if (n.length === 1) add('FP one character');
    else if (gold.some((x) => x.includes(n))) add('FP piece of a gold place (granularity)');
    else if (gold.some((x) => n.includes(x))) add('FP longer than a gold place');
    else if (UNSCORED_REGIONS.has(n) && !anyGold.some((x) => x.includes(n))) add('FP country or region left unmarked');
    else if (anyGold.some((x) => x.includes(n))) add('FP inside another gold entity');
    else add('FP other');
  }
  for (const x of gold) {
    if (found.has(x)) continue;
    const label = goldAddress.includes(x) ? 'address' : 'scene';
    if ([...found].some((n) => x.includes(n))) add(`FN ${label} holding a place found (granularity)`);
    else if ([...found].some((n) => n.includes(x))) add(`FN ${label} inside a place found`);
    else add(`FN ${label} not found`);
  }
}

const KINDS = ['per', 'loc', 'org'];
const JIEBA_TAGS = { per: new Set(['nr', 'nrfg', 'nrt']), loc: new Set(['ns']), org: new Set(['nt']) };

function score(counts) {
  const p = counts.tp / (counts.tp + counts.fp || 1);
  const r = counts.tp / (counts.tp + counts.fn || 1);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const rows = [];
for (const file of files) {
  const sentences = readCorpus(file).slice(offset, offset + limit);
  const ours = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const raw = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const t0 = performance.now();
  let ms = 0;
  /** Leaders found and how many of them are gold people (title precision on news sentences). */
  const leaders = { found: 0, right: 0 };
  /** --explain: CLUENER places' errors by kind. */
  const explained = new Map();
  /** CLUENER places by containment (see the header): ours and raw jieba's. */
  const within = sentences.some((s) => s.wholeAddresses)
    ? { ours: { tp: 0, fp: 0, fn: 0 }, raw: { tp: 0, fp: 0, fn: 0 }, neutral: { tp: 0, fp: 0, fn: 0 }, rawNeutral: { tp: 0, fp: 0, fn: 0 } }
    : null;
  for (let i = 0; i < sentences.length; i += 10) {
    const group = sentences.slice(i, i + 10);
    const text = group.map((s) => s.text).join('\n');
    const gold = Object.fromEntries(KINDS.map((k) => [k, new Set(group.flatMap((s) => s[k]))]));
    const t1 = performance.now();
    const e = extractEntities(text, nerModel === undefined ? {} : { nerModel });
    ms += performance.now() - t1;
    const got = {
      per: new Set([...e.people.map((x) => x.name), ...e.leaders.map((x) => x.name)]),
      loc: new Set(e.places.map((x) => x.name)),
      org: new Set(e.organizations.map((x) => x.name)),
    };
    for (const l of e.leaders) {
      leaders.found++;
      if (gold.per.has(l.name)) leaders.right++;
      else if (dump === 'leaders') console.log(`leader ${l.name} ${l.titles.join('、')}`);
    }
    const tagged = jieba.tag(text);
    const rawGot = Object.fromEntries(KINDS.map((k) => [k, new Set(tagged.filter((t) => JIEBA_TAGS[k].has(t.tag)).map((t) => t.word))]));
    if (within && values.explain) {
      explainPlaces(explained, got.loc, group.flatMap((s) => s.address), group.flatMap((s) => s.scene), group.flatMap((s) => s.any));
    }
    if (within) {
      // Any gold span of the article (a place inside a game, book or company name is no place).
      const anyGold = group.flatMap((s) => s.any);
      for (const [c, g, neutral] of [
        [within.ours, got.loc, false],
        [within.raw, rawGot.loc, false],
        [within.neutral, got.loc, true],
        [within.rawNeutral, rawGot.loc, true],
      ]) {
        for (const n of g) {
          if ([...gold.loc].some((x) => x.includes(n))) c.tp++;
          // A country or region name the annotators left unmarked is not scored (see UNSCORED_REGIONS).
          else if (neutral && UNSCORED_REGIONS.has(n) && !anyGold.some((x) => x.includes(n))) continue;
          else c.fp++;
        }
        for (const x of gold.loc) if (![...g].some((n) => x.includes(n))) c.fn++;
      }
    }
    for (const k of KINDS) {
      for (const [c, g] of [
        [ours[k], got[k]],
        [raw[k], rawGot[k]],
      ]) {
        for (const n of g) if (gold[k].has(n)) c.tp++;
        else c.fp++;
        for (const n of gold[k]) if (!g.has(n)) c.fn++;
      }
      if (dump === k) {
        const fp = [...got[k]].filter((n) => !gold[k].has(n));
        const fn = [...gold[k]].filter((n) => !got[k].has(n));
        if (fp.length || fn.length) console.log(`FP ${fp.join(' ')}\nFN ${fn.join(' ')}`);
      }
    }
  }
  rows.push({ name: path.basename(path.dirname(file)) + '/' + path.basename(file), n: sentences.length, ours, raw, ms, leaders, within, explained, total: performance.now() - t0 });
}

const f2 = (x) => x.toFixed(digits).replace(/^0/u, '');
if (markdown) {
  console.log('| set (sentences) | people P / R / F1 | raw jieba `nr` F1 | places P / R / F1 | raw jieba `ns` F1 | organizations P / R / F1 | raw jieba `nt` F1 | leaders: precision (found) |');
  console.log('|---|---|---|---|---|---|---|---|');
}
for (const r of rows) {
  const cells = KINDS.map((k) => {
    const s = score(r.ours[k]);
    return [`${f2(s.p)} / ${f2(s.r)} / ${f2(s.f)}`, f2(score(r.raw[k]).f)];
  });
  const lp = `${f2(r.leaders.right / (r.leaders.found || 1))} (${r.leaders.found})`;
  const w = r.within && score(r.within.ours);
  if (markdown) {
    console.log(`| ${r.name} (${r.n}) | ${cells.map((c) => c.join(' | ')).join(' | ')} | ${lp} |`);
    if (w) console.log(`| ${r.name}, places inside whole addresses | | | ${f2(w.p)} / ${f2(w.r)} / ${f2(w.f)} | ${f2(score(r.within.raw).f)} | | | |`);
    if (w) {
      const u = score(r.within.neutral);
      console.log(`| ${r.name}, inside addresses, unmarked countries unscored | | | ${f2(u.p)} / ${f2(u.r)} / ${f2(u.f)} | ${f2(score(r.within.rawNeutral).f)} | | | |`);
    }
  } else {
    console.log(`${r.name}: ${r.n} sentences, extractor ${(r.ms / 1000).toFixed(1)} s`);
    for (const [k, label] of [
      ['per', 'people'],
      ['loc', 'places'],
      ['org', 'organizations'],
    ]) {
      const s = score(r.ours[k]);
      console.log(`  ${label.padEnd(14)} P ${f2(s.p)}  R ${f2(s.r)}  F1 ${f2(s.f)}   raw jieba F1 ${f2(score(r.raw[k]).f)}`);
    }
    if (w) console.log(`  places inside whole addresses (CLUENER) P ${f2(w.p)}  R ${f2(w.r)}  F1 ${f2(w.f)}   raw jieba F1 ${f2(score(r.within.raw).f)}`);
    if (w) {
      const u = score(r.within.neutral);
      console.log(`    unmarked countries unscored        P ${f2(u.p)}  R ${f2(u.r)}  F1 ${f2(u.f)}   raw jieba F1 ${f2(score(r.within.rawNeutral).f)}`);
    }
    console.log(`  leaders        precision ${lp} (a leader is right when its name is a gold person)`);
    if (r.explained.size) {
      console.log('  places: errors by kind (--explain)');
      for (const [k, n] of [...r.explained].sort((a, b) => a[0].slice(0, 2).localeCompare(b[0].slice(0, 2)) || b[1] - a[1])) console.log(`    ${String(n).padStart(5)}  ${k}`);
    }
  }
}
