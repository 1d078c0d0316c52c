#!/usr/bin/env node
/**
 * Part of `npm run build` (after tsc): writes the compiled forms of the data a parse reads at
 * start (src/nlp/compiled.ts) into dist/models/: the tagger's model (data/ner/model.bin.gz →
 * ner-model.bin) and jieba's IDF table (nodejieba's idf.utf8 → idf-index.bin), each named by the
 * SHA-1 of its source, so that a stale one is ignored at run time (the source is then decoded as
 * before). A missing model file is skipped (parses then find no tagger spans, as without it).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = (p) => import(pathToFileURL(path.join(root, p)).href);
const { compileNerModel, COMPILED_MODEL_FILE } = await load('dist/nlp/ner.js');
const { compileIdf, COMPILED_IDF_FILE } = await load('dist/nlp/idf.js');

const model = path.join(root, 'data/ner/model.bin.gz');
if (existsSync(model)) compileNerModel(model, COMPILED_MODEL_FILE);
compileIdf(undefined, COMPILED_IDF_FILE);
