import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indexIdf, idfPaths } from '../src/nlp/idf.js';
import { readNerModel } from '../src/nlp/ner.js';
import { readFileSync } from 'node:fs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('the tagger model and the IDF table read ahead in one worker thread (prefetchModels)', () => {
  it('gives the model and the table that reading them in this thread gives', async () => {
    // the worker is the compiled one (dist/, built by `npm test` before vitest runs)
    const load = async <T>(p: string) => (await import(pathToFileURL(path.join(root, p)).href)) as T;
    const ner = await load<typeof import('../src/nlp/ner.js')>('dist/nlp/ner.js');
    const idf = await load<typeof import('../src/nlp/idf.js')>('dist/nlp/idf.js');
    const { prefetchModels } = await load<typeof import('../src/nlp/prefetch.js')>('dist/nlp/prefetch.js');
    expect(ner.nerModelReadBy()).toBe(null);
    expect(idf.idfLoaded()).toBe(false);
    prefetchModels();
    const m = ner.nerModel()!;
    expect(ner.nerModelReadBy()).toBe('worker');
    const t = idf.loadIdf();
    expect(idf.idfReadBy()).toBe('worker');

    const here = readNerModel(path.join(root, 'data/ner/model.bin.gz'));
    expect(Array.from(m.trans)).toEqual(Array.from(here.trans));
    expect(Buffer.from(m.weights.buffer).equals(Buffer.from(new Float32Array(here.weights).buffer))).toBe(true);
    expect(m.index.size).toBe(here.index.size);
    const text = readFileSync(idfPaths().idf, 'utf8');
    const index = indexIdf(text);
    expect(t.size).toBe(index.count);
    expect(t.average).toBe(index.sum / index.lines);
    for (const w of ['劳动防护', '岗上', '防汛']) expect(t.get(w)).toBeGreaterThan(0);
    expect(t.get('不在表里的词语')).toBeUndefined();
  });
});
