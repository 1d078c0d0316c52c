#!/usr/bin/env node
/**
 * The anchors of `npm run bench`, each a whole process like the pipeline it is compared with:
 *   node bench/anchor.js load                 stock nodejieba `load()` alone (full dictionary + IDF)
 *   node bench/anchor.js dict                 what bulletin loads to parse with keywords: its
 *                                             segmenter (dictionary) and the IDF table, on a word
 *   node bench/anchor.js tag MANIFEST [N]     raw nodejieba `tag` over the text of every corpus file
 *                                             (MANIFEST: JSON [{file, encoding}]), in N threads
 * Decoding uses iconv-lite directly (the corpus says each file's encoding).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function tagFiles(files) {
  const iconv = require('iconv-lite');
  const jieba = require('nodejieba');
  jieba.load();
  let words = 0;
  for (const { file, encoding } of files) {
    const bytes = readFileSync(file);
    const text = encoding === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, encoding);
    words += jieba.tag(text).length;
  }
  return words;
}

if (!isMainThread) {
  parentPort.postMessage(tagFiles(workerData));
} else {
  const [mode, manifest, threads = '1'] = process.argv.slice(2);
  if (mode === 'load') {
    require('nodejieba').load();
  } else if (mode === 'dict') {
    const { segmenter } = await import(path.join(root, 'dist/nlp/jieba.js'));
    segmenter.extract('区委书记胡拥军督查防汛工作', 5);
  } else if (mode === 'tag') {
    const files = JSON.parse(readFileSync(manifest, 'utf8'));
    const n = Number(threads);
    if (n <= 1) tagFiles(files);
    else {
      // Files dealt round-robin to N threads, each with its own dictionary, as the pool does.
      const parts = Array.from({ length: n }, (_, k) => files.filter((_, i) => i % n === k));
      await Promise.all(
        parts.map(
          (part) =>
            new Promise((resolve, reject) => {
              const w = new Worker(fileURLToPath(import.meta.url), { workerData: part });
              w.once('message', resolve);
              w.once('error', reject);
            }),
        ),
      );
    }
  } else {
    console.error('usage: node bench/anchor.js load | dict | tag MANIFEST [THREADS]');
    process.exit(2);
  }
}
