#!/usr/bin/env node
/**
 * Builds src/data/surnames.ts: the single-character surnames ranked by how many distinct people
 * of the entity tagger's training corpora bear them (most first, the first SURNAME_RANK_SIZE).
 *
 * A person is a distinct name string tagged as a person (PER / NR, CLUENER `name`) in the corpora:
 * Han characters only, 2-3 characters, opening with a single surname of src/extract/lexicon.ts
 * (SINGLE_SURNAMES); a name opening with a compound surname (欧阳, 司马 …) counts for neither of its
 * characters. Distinct names, not mentions: a leader named in a thousand sentences counts once.
 * A name all of whose characters are among the TRANSLIT_TOP characters used by the most
 * transliterated names of jieba's dictionary (TRANSLIT_CHARS of src/data/names.ts, MIT) is read as
 * a foreign name and not counted (巴拉克, 贝利, 米勒, 马克: the corpora tag foreign people as
 * persons too; with 60, 62 of about 3,000 names go, none of them Chinese).
 * Ties are broken by code point, so the output depends only on the input files.
 *
 * Usage: node scripts/build-surnames.mjs FILE...
 *   FILE: the training splits of `npm run train:ner` (data/LICENSES.md, README "Entity
 *   benchmark"): character-per-line BIO (People's Daily 1998 `example.dev`, caoyuji1986/ner_corpus
 *   `dat/msra/{dev,test}.bio.txt` and `dat/the_people_daily/{dev,test}.bio.txt`; `B-PER`, `B_PER`,
 *   `B-NR` …), CLUENER2020 JSON lines (`train.json`), or a `sentences.txt` whose `tags.txt` lies
 *   beside it (lemonhu/NER-BERT-pytorch `data/msra/val/`: space-separated characters and tags).
 * The corpora are not shipped; only the ranking derived from them is.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How many surnames the ranking keeps. */
const SURNAME_RANK_SIZE = 100;
/** How many of the most used transliteration characters mark a name made only of them as foreign. */
const TRANSLIT_TOP = 60;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lexicon = readFileSync(join(root, 'src', 'extract', 'lexicon.ts'), 'utf8');
const hanOf = (re) => re.exec(lexicon)[1].replace(/[^\p{Script=Han}\s]/gu, '');
const surnames = new Set(hanOf(/const SINGLE_SURNAMES =([\s\S]*?);/u).replace(/\s/gu, ''));
const translit = new Set([.../TRANSLIT_CHARS = '([^']*)'/u.exec(readFileSync(join(root, 'src', 'data', 'names.ts'), 'utf8'))[1]].slice(0, TRANSLIT_TOP));
const compounds = new Set(hanOf(/export const COMPOUND_SURNAMES[^=]*=([\s\S]*?)\.split/u).split(/\s+/u).filter(Boolean));

/** Person-name strings of one sentence given its characters and tags. */
function personsOfTags(chars, tags) {
  const out = [];
  let cur = null;
  chars.forEach((c, i) => {
    const m = /^([BIMES])[-_](PER|NR)$/u.exec(tags[i] ?? 'O');
    if (m && (m[1] === 'B' || m[1] === 'S' || cur === null)) {
      if (cur) out.push(cur);
      cur = c;
    } else if (m) cur += c;
    else if (cur) {
      out.push(cur);
      cur = null;
    }
    if (m && (m[1] === 'E' || m[1] === 'S') && cur) {
      out.push(cur);
      cur = null;
    }
  });
  if (cur) out.push(cur);
  return out;
}

/** Person-name strings of a corpus file (formats as the usage says). */
function personsOf(file) {
  if (basename(file) === 'sentences.txt') {
    const tagsFile = join(dirname(file), 'tags.txt');
    if (!existsSync(tagsFile)) throw new Error(`${file}: no tags.txt beside it`);
    const s = readFileSync(file, 'utf8').split(/\r?\n/u);
    const t = readFileSync(tagsFile, 'utf8').split(/\r?\n/u);
    return s.flatMap((line, i) => personsOfTags(line.trim().split(/\s+/u), (t[i] ?? '').trim().split(/\s+/u)));
  }
  const raw = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  if (raw.trimStart()[0] === '{') {
    return raw
      .split('\n')
      .filter((l) => l.trim())
      .flatMap((l) => Object.keys(JSON.parse(l).label?.name ?? {}));
  }
  const out = [];
  let chars = [];
  let tags = [];
  const flush = () => {
    out.push(...personsOfTags(chars, tags));
    chars = [];
    tags = [];
  };
  for (const line of raw.split(/\r?\n/u)) {
    const m = /^(\S)[\t ]+(\S+)\s*$/u.exec(line);
    if (!m) {
      flush();
      continue;
    }
    chars.push(m[1]);
    tags.push(m[2]);
  }
  flush();
  return out;
}

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node scripts/build-surnames.mjs FILE... (the training splits of npm run train:ner)');
  process.exit(2);
}
const names = new Set();
for (const f of files) {
  const found = personsOf(f);
  for (const n of found) names.add(n);
  console.error(`${f}: ${found.length} person mentions`);
}
const counts = new Map();
let people = 0;
let foreign = 0;
for (const n of names) {
  if (!/^\p{Script=Han}{2,3}$/u.test(n) || compounds.has(n.slice(0, 2)) || !surnames.has(n[0])) continue;
  if ([...n].every((c) => translit.has(c))) {
    foreign++;
    continue;
  }
  people++;
  counts.set(n[0], (counts.get(n[0]) ?? 0) + 1);
}
const ranked = [...counts]
  .sort((a, b) => b[1] - a[1] || a[0].codePointAt(0) - b[0].codePointAt(0))
  .slice(0, SURNAME_RANK_SIZE);
// A file under a folder owner+name/repo/ (a mirror of github.com/owner/name) is named owner/name path.
const sources = files
  .map((f) => {
    const m = /([^/]+)\+([^/]+)\/repo\/(.+)$/u.exec(resolve(f));
    return m ? `${m[1]}/${m[2]} ${m[3]}` : f;
  })
  .map((f) => `\n *   ${f}`)
  .join('');
const body = `/**
 * Generated by scripts/build-surnames.mjs from the person names of the entity tagger's training
 * corpora (data/LICENSES.md): ${people} distinct names of 2-3 Han characters opening with a single
 * surname (${foreign} more left out as transliterated foreign names; ${names.size} distinct person
 * strings in all). Do not edit by hand; rerun the script to update. Files read:${sources}
 */

/**
 * The ${ranked.length} single-character surnames borne by the most distinct people of those corpora, most
 * first (${ranked[0][0]} ${ranked[0][1]} names … ${ranked[ranked.length - 1][0]} ${ranked[ranked.length - 1][1]}).
 */
export const COMMON_SURNAMES_RANKED = '${ranked.map(([c]) => c).join('')}';

/** Distinct names per surname of COMMON_SURNAMES_RANKED, as \`char:count\` joined by \`|\`. */
export const SURNAME_NAME_COUNTS = '${ranked.map(([c, n]) => `${c}:${n}`).join('|')}';
`;
writeFileSync(join(root, 'src', 'data', 'surnames.ts'), body);
console.log(`${names.size} distinct person strings, ${people} counted, ${foreign} foreign; top: ${ranked.slice(0, 20).map(([c, n]) => `${c}${n}`).join(' ')}`);
