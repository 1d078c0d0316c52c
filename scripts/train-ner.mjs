#!/usr/bin/env node
/**
 * Fits the character-level entity tagger of src/nlp/ner.ts (averaged structured perceptron,
 * first-order Viterbi) and writes data/ner/model.bin.gz (format: encodeNerModel in src/nlp/ner.ts).
 * Deterministic (fixed shuffle seed).
 *
 * Usage: npm run train:ner -- [--epochs N] [--holdout K] [--out FILE] --test FILE... TRAIN...
 *   TRAIN: train/dev splits only (People's Daily 1998 `example.dev`, MSRA train sentences,
 *     CLUENER2020 `train.json`: README "Entity benchmark"), formats as scripts/eval-entities.mjs
 *     reads them.
 *   --test FILE: a test split; its sentences are left out of training wherever they occur.
 *   --save-epochs N,M: also write the model after epochs N, M … (to FILE.epochN).
 *   --holdout K: leave every K-th sentence of the training files out (to fit the extractor's
 *     combination of sources on sentences the model has not seen); they are written to FILE.tune.
 * Needs `npm run build` first (imports dist/). Corpora are not shipped (README "Entity benchmark").
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { nerFeatures, viterbi, NER_LABELS, allowed, encodeNerModel } = await import(path.join(root, 'dist', 'nlp', 'ner.js'));
const { segmenter } = await import(path.join(root, 'dist', 'nlp', 'jieba.js'));
const { withOffsets } = await import(path.join(root, 'dist', 'extract', 'leaders.js'));

/**
 * CLUENER's `address` spans are whole postal addresses (北京市海淀区中关村大街), not the place names of
 * People's Daily and MSRA (北京, 海淀区): with --clue-address any, their characters are left
 * unlabelled (-1: whatever the model predicts there is not penalised).
 */
let clueAddress = 'LOC';
const args = process.argv.slice(2);
let epochs = 6;
let holdout = 0;
let out = path.join(root, 'data', 'ner', 'model.bin.gz');
const tests = [];
const files = [];
/** --save-epochs 4,8: also write the averaged model after those epochs, to FILE.epochN (to choose --epochs on held-out sentences). */
const saveEpochs = new Set();
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--epochs') epochs = Number(args[++i]);
  else if (args[i] === '--holdout') holdout = Number(args[++i]);
  else if (args[i] === '--out') out = args[++i];
  else if (args[i] === '--test') tests.push(args[++i]);
  else if (args[i] === '--clue-address') clueAddress = args[++i];
  else if (args[i] === '--save-epochs') for (const e of args[++i].split(',')) saveEpochs.add(Number(e));
  else files.push(args[i]);
}

const L = NER_LABELS.length;
const LABEL = Object.fromEntries(NER_LABELS.map((l, i) => [l, i]));
const KIND = { PER: 'PER', NR: 'PER', LOC: 'LOC', NS: 'LOC', ORG: 'ORG', NT: 'ORG' };
const CLUE = { name: 'PER', address: 'LOC', organization: 'ORG', government: 'ORG', company: 'ORG' };

/** Sentences of a corpus file as { text, labels: int[] } (labels per UTF-16 unit). */
function readLabelled(file) {
  const raw = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  if (raw.trimStart()[0] === '{') {
    return raw
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const j = JSON.parse(l);
        const labels = new Array(j.text.length).fill(0);
        for (const [type, ents] of Object.entries(j.label ?? {})) {
          const k = CLUE[type];
          if (!k) continue;
          for (const spans of Object.values(ents)) {
            for (const [s, e] of spans) {
              if (k === 'LOC' && clueAddress === 'any') {
                for (let i = s; i <= e; i++) labels[i] = -1;
                continue;
              }
              labels[s] = LABEL['B-' + k];
              for (let i = s + 1; i <= e; i++) labels[i] = LABEL['I-' + k];
            }
          }
        }
        return { text: j.text, labels };
      });
  }
  const outS = [];
  let chars = [];
  let labels = [];
  const flush = () => {
    if (chars.length) outS.push({ text: chars.join(''), labels });
    chars = [];
    labels = [];
  };
  for (const line of raw.split(/\r?\n/u)) {
    const l = line.replace(/\s+$/u, '');
    if (!l) {
      flush();
      continue;
    }
    const m = /^(\S+)[\t ]+(\S+)$/u.exec(l);
    if (!m) continue;
    const t = /^([BIMES])-(PER|LOC|ORG|NR|NS|NT)$/u.exec(m[2]);
    const lab = !t ? 0 : LABEL[(t[1] === 'B' || t[1] === 'S' ? 'B-' : 'I-') + KIND[t[2]]];
    for (let k = 0; k < m[1].length; k++) {
      chars.push(m[1][k]);
      labels.push(k === 0 ? lab : lab === 0 ? 0 : LABEL['I-' + NER_LABELS[lab].slice(2)]);
    }
  }
  flush();
  return outS;
}

const testTexts = new Set(tests.flatMap((f) => readLabelled(f).map((s) => s.text)));
/**
 * Copies of a corpus that cut long sentences (at 128 characters or words) would let a test
 * sentence's opening into training: every prefix of 64 or more characters of a test sentence
 * counts as that test sentence.
 */
const MIN_TEST_PREFIX = 64;
const testPrefixes = new Set();
for (const t of testTexts) for (let l = MIN_TEST_PREFIX; l < t.length; l++) testPrefixes.add(t.slice(0, l));
let train = [];
const tune = [];
let dropped = 0;
let duplicates = 0;
const seenTexts = new Set();
for (const f of files) {
  readLabelled(f).forEach((s, i) => {
    if (testTexts.has(s.text) || testPrefixes.has(s.text)) {
      dropped++;
      return;
    }
    // A sentence in two training files (copies of one corpus split differently) is learnt once.
    if (seenTexts.has(s.text)) {
      duplicates++;
      return;
    }
    seenTexts.add(s.text);
    if (holdout && i % holdout === holdout - 1) tune.push({ s, f });
    else train.push(s);
  });
}
console.error(
  `training sentences ${train.length}, held out ${tune.length}, left out as test sentences ${dropped}, as duplicates ${duplicates}`,
);
if (holdout) {
  // The held-out sentences, in each file's own format, for eval-entities.
  const byFile = new Map();
  for (const { s, f } of tune) (byFile.get(f) ?? byFile.set(f, []).get(f)).push(s);
  for (const [f, ss] of byFile) {
    const name = `${out}.${path.basename(f)}.tune`;
    const lines = [];
    for (const s of ss) {
      for (let i = 0; i < s.text.length; i++)
        lines.push(`${s.text[i]}\t${NER_LABELS[s.labels[i]] ?? 'B-LOC'}`);
      lines.push('');
    }
    writeFileSync(name, lines.join('\n'));
  }
}

for (const s of train) {
  s.feats = nerFeatures(s.text, withOffsets(s.text, segmenter.tag(s.text)));
  s.gold = [...s.labels];
}

// Features seen at least twice.
const seen = new Map();
for (const s of train) for (const fs of s.feats) for (const f of fs) seen.set(f, (seen.get(f) ?? 0) + 1);
const index = new Map();
for (const [f, n] of seen) if (n >= 2) index.set(f, index.size * L);
seen.clear();
const weights = new Float64Array(index.size * L);
const sums = new Float64Array(index.size * L);
const trans = new Float64Array((L + 1) * L);
const transSum = new Float64Array((L + 1) * L);
const model = { trans, index, weights };

/** Weights are stored as integers: weight × SCALE, rounded. */
const SCALE = 20;

let seed = 12345;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
let c = 1;
for (let ep = 0; ep < epochs; ep++) {
  for (let i = train.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [train[i], train[j]] = [train[j], train[i]];
  }
  let errors = 0;
  for (const s of train) {
    const pred = viterbi(model, s.feats);
    let wrong = false;
    for (let i = 0; i < pred.length; i++) {
      if (s.labels[i] < 0) s.gold[i] = pred[i];
    }
    for (let i = 0; i < pred.length; i++) {
      const g = s.gold[i];
      const p = pred[i];
      const gp = i ? s.gold[i - 1] : L;
      const pp = i ? pred[i - 1] : L;
      if (g !== p) {
        wrong = true;
        for (const f of s.feats[i]) {
          const o = index.get(f);
          if (o === undefined) continue;
          weights[o + g] += 1;
          sums[o + g] += c;
          weights[o + p] -= 1;
          sums[o + p] -= c;
        }
      }
      if (g !== p || gp !== pp) {
        trans[gp * L + g] += 1;
        transSum[gp * L + g] += c;
        trans[pp * L + p] -= 1;
        transSum[pp * L + p] -= c;
      }
    }
    if (wrong) errors++;
    c++;
  }
  console.error(`epoch ${ep + 1}: sentences with errors ${errors} of ${train.length}`);
  if (saveEpochs.has(ep + 1) && ep + 1 < epochs) writeModel(`${out}.epoch${ep + 1}`);
}

/** Writes the averaged model as it stands after `c - 1` updates to `file`. */
function writeModel(file) {
  const names = [];
  const flat = [];
  for (const [f, o] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const q = [];
    for (let y = 0; y < L; y++) q.push(Math.round((weights[o + y] - sums[o + y] / c) * SCALE));
    if (q.every((x) => x === 0)) continue;
    names.push(f);
    for (const x of q) flat.push(x);
  }
  const qt = Array.from(trans, (x, k) => Math.round((x - transSum[k] / c) * SCALE));
  mkdirSync(path.dirname(file), { recursive: true });
  const bytes = encodeNerModel({ scale: SCALE, trans: qt, features: names, weights: flat });
  writeFileSync(file, bytes);
  console.error(`features kept ${names.length}; ${file}: ${(bytes.length / 1e6).toFixed(2)} MB`);
}
void allowed;
writeModel(out);
