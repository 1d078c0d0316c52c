#!/usr/bin/env node
/**
 * `node bench/ner.mjs [--rounds N] [--model FILE] [FILE]` (after `npm run build`): the character
 * tagger's speed (src/nlp/ner.ts `findNerSpans`: features, weights, Viterbi) in characters per
 * second, on the bundled issue by default. The jieba tagging is made once, before timing (the
 * pipeline makes it anyway); the model is loaded before timing (its load time is printed apart).
 * Prints the median of the rounds, their range, and a digest of the spans found, so that two
 * versions of the tagger can be checked to find the same spans. Timings are not tests.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { findNerSpans, readNerModel } = await import(path.join(root, 'dist', 'nlp', 'ner.js'));
const { segmenter } = await import(path.join(root, 'dist', 'nlp', 'jieba.js'));
const { withOffsets } = await import(path.join(root, 'dist', 'extract', 'leaders.js'));

const args = process.argv.slice(2);
let rounds = 7;
let modelFile = path.join(root, 'data', 'ner', 'model.bin.gz');
let file = path.join(root, 'fixtures', '000_038dc682623388e9', '000_038dc682623388e9.txt');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else if (args[i] === '--model') modelFile = args[++i];
  else file = args[i];
}
const text = readFileSync(file, 'utf8');
const tokens = withOffsets(text, segmenter.tag(text));
let t0 = performance.now();
const model = readNerModel(modelFile);
const loadMs = performance.now() - t0;
// Warm-up: the first call builds lazily made tables.
t0 = performance.now();
let spans = findNerSpans(text, tokens, model);
const firstMs = performance.now() - t0;
const times = [];
for (let r = 0; r < rounds; r++) {
  t0 = performance.now();
  spans = findNerSpans(text, tokens, model);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const med = times[Math.floor(times.length / 2)];
const digest = createHash('sha256').update(JSON.stringify(spans)).digest('hex').slice(0, 12);
console.log(
  `${path.basename(file)}: ${text.length} chars; model load ${loadMs.toFixed(0)} ms, first call ${firstMs.toFixed(0)} ms; ` +
    `median ${med.toFixed(1)} ms (${times[0].toFixed(1)}-${times.at(-1).toFixed(1)}) = ` +
    `${Math.round(text.length / (med / 1000)).toLocaleString('en')} chars/s; ${spans.length} spans, digest ${digest}`,
);
