/**
 * The character-level entity tagger (src/nlp/ner.ts): decoding on a hand-made model (BIO
 * constraint, spans), features linear in the text, and the shipped model on sentences that the
 * rule-based finders alone miss (two-character names, names without a role, one-character place
 * abbreviations), combined as extract/entities.ts does.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/index.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmenter } from '../src/nlp/jieba.js';
import { readCompiled } from '../src/nlp/compiled.js';
import { withOffsets } from '../src/extract/leaders.js';
import {
  allowed,
  compileNerModel,
  encodeNerModel,
  findNerSpans,
  readNerModel,
  readNerModelCompiled,
  readNerModelParts,
  nerFeatures,
  nerModel,
  NER_LABELS,
  spansOf,
  viterbi,
  type NerModel,
  nerModelFromParts,
} from '../src/nlp/ner.js';

const L = NER_LABELS.length;

/** A model that labels 王 B-PER, 磊 I-PER, 京 B-LOC and everything else O. */
function toyModel(): NerModel {
  const index = new Map<string, number>();
  const weights = new Float64Array(4 * L);
  const set = (f: string, k: number, label: string, w = 5) => {
    index.set(f, k * L);
    weights[k * L + NER_LABELS.indexOf(label as (typeof NER_LABELS)[number])] = w;
  };
  set('u0王', 0, 'B-PER');
  set('u0磊', 1, 'I-PER');
  set('u0京', 2, 'B-LOC');
  set('b', 3, 'O', 1);
  return { trans: new Float64Array((L + 1) * L), index, weights };
}

describe('ner: decoding', () => {
  it('allows an I- label only after its own B- or I-', () => {
    expect(allowed(NER_LABELS.indexOf('B-PER'), NER_LABELS.indexOf('I-PER'))).toBe(true);
    expect(allowed(NER_LABELS.indexOf('B-LOC'), NER_LABELS.indexOf('I-PER'))).toBe(false);
    expect(allowed(-1, NER_LABELS.indexOf('I-ORG'))).toBe(false);
    expect(allowed(NER_LABELS.indexOf('I-ORG'), NER_LABELS.indexOf('O'))).toBe(true);
  });

  it('finds the spans a model gives, with offsets in the text', () => {
    const text = '王磊去京';
    const labels = viterbi(toyModel(), nerFeatures(text, []));
    expect(labels.map((y) => NER_LABELS[y])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC']);
    expect(spansOf(text, labels, 10)).toEqual([
      { kind: 'per', start: 10, end: 12, text: '王磊' },
      { kind: 'loc', start: 13, end: 14, text: '京' },
    ]);
  });

  it('a span never holds sentence punctuation or a quotation mark (。集团公司, “钢铁驼队 from a fresh user\'s paper)', () => {
    const L = (...names: string[]) => names.map((n) => NER_LABELS.indexOf(n as (typeof NER_LABELS)[number]));
    // 工作。集团公司: the tagger's organization opens on the full stop
    expect(spansOf('作。集团公司', L('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG'))).toEqual([]);
    expect(spansOf('作。集团公司', L('O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'))).toEqual([
      { kind: 'org', start: 2, end: 6, text: '集团公司' },
    ]);
    expect(spansOf('“钢铁”', L('B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'))).toEqual([]);
    // a foreign name's middle dot stays inside
    expect(spansOf('马克·吐温', L('B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER'))).toEqual([
      { kind: 'per', start: 0, end: 5, text: '马克·吐温' },
    ]);
  });

  it('reads line by line: a span never crosses a line break', () => {
    const text = '王\n磊';
    const spans = findNerSpans(text, [], toyModel());
    expect(spans.map((s) => s.text)).toEqual(['王']);
  });

  it('gives each character the same number of features however long the text', () => {
    const short = nerFeatures('王磊说', []);
    const long = nerFeatures('王磊说'.repeat(200), []);
    expect(long.length).toBe(600);
    expect(Math.max(...long.map((f) => f.length))).toBeLessThanOrEqual(
      Math.max(...short.map((f) => f.length)) + 1,
    );
  });
});

/** A deterministic pseudo-random weight in [-4, 4). */
function prng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x / 2 ** 32) * 8 - 4;
  };
}

describe('ner: features looked up by hash', () => {
  // Lines with every kind of feature: places of the lexicon (上海, 长江), a compound surname
  // (欧阳), Latin and digits, punctuation at both ends, and characters outside the BMP (𠀋).
  const lines = [
    '欧阳明和王磊昨天在上海市浦东新区参加了长江保护会议，联合国代表John出席。',
    '“2024年3月，𠀋村的李娜说：这是第1次。”',
    '中美两国领导人在北京举行会谈',
  ];
  it('give the labels of the feature strings, with features missing from the model', () => {
    const rand = prng(7);
    for (const line of lines) {
      const tokens = withOffsets(line, segmenter.tag(line));
      const feats = nerFeatures(line, tokens);
      // Every third feature is left out of the model: absent features must add nothing.
      const index = new Map<string, number>();
      let k = 0;
      for (const f of feats.flat()) if (!index.has(f) && k++ % 3 !== 2) index.set(f, index.size * L);
      const weights = Float64Array.from({ length: index.size * L }, rand);
      const trans = Float64Array.from({ length: (L + 1) * L }, rand);
      const model: NerModel = { trans, index, weights };
      const expected = spansOf(line, viterbi(model, feats));
      expect(expected.length).toBeGreaterThan(2);
      expect(findNerSpans(line, tokens, model)).toEqual(expected);
    }
  });

  it('give the same labels once features are remembered, and with more tags than the remembered arrays hold', () => {
    // The same model is asked twice (the second time from what the first remembered), over lines
    // long enough to reuse the character-pair cache, and with a tagging of 300 made-up tags (a user
    // dictionary's own tags: the fallback that looks them up each time).
    const rand = prng(11);
    const text = lines.join('').repeat(3);
    const plain = withOffsets(text, segmenter.tag(text));
    const manyTags = plain.map((t, k) => ({ ...t, tag: `t${k % 300}` }));
    const index = new Map<string, number>();
    for (const tokens of [plain, manyTags]) for (const f of nerFeatures(text, tokens).flat()) if (!index.has(f)) index.set(f, index.size * L);
    const model: NerModel = {
      trans: Float64Array.from({ length: (L + 1) * L }, rand),
      index,
      weights: Float64Array.from({ length: index.size * L }, rand),
    };
    for (const tokens of [plain, manyTags, plain, manyTags]) {
      const expected = spansOf(text, viterbi(model, nerFeatures(text, tokens)));
      expect(expected.length).toBeGreaterThan(5);
      expect(findNerSpans(text, tokens, model)).toEqual(expected);
    }
  });

  it('read from a model file and from its compiled form, tell pair features apart by length (b--X is b- over -X)', () => {
    // Pair features over pairs holding '-' and '+' (whose names could be read two ways), and a
    // model file's int16 weights: the spans equal viterbi over the feature strings, both ways read.
    const text = '王-磊+说--李娜++去了北京';
    const tokens = withOffsets(text, segmenter.tag(text));
    const feats = nerFeatures(text, tokens);
    const features = [...new Set(feats.flat())];
    expect(features).toEqual(expect.arrayContaining(['b--磊', 'b---磊', 'b++说', 'b+++说']));
    let x = 3;
    const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % 2001) - 1000;
    const trans = Array.from({ length: (L + 1) * L }, next);
    const weights = Array.from({ length: features.length * L }, next);
    const dir = mkdtempSync(path.join(tmpdir(), 'ner-pairs-'));
    const file = path.join(dir, 'm.bin.gz');
    writeFileSync(file, encodeNerModel({ scale: 100, trans, features, weights }));
    const model = readNerModel(file);
    const expected = spansOf(text, viterbi(model, feats));
    expect(expected.length).toBeGreaterThan(0);
    expect(findNerSpans(text, tokens, model)).toEqual(expected);
    compileNerModel(file, path.join(dir, 'm.bin'));
    const compiled = readNerModelCompiled(file, path.join(dir, 'm.bin'));
    expect(compiled.from).toBe('compiled');
    expect(findNerSpans(text, tokens, compiled.model)).toEqual(expected);
  });

  it('reads back a written model file (int16 weights over the scale)', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ner-')), 'm.bin.gz');
    const trans = Array.from({ length: (L + 1) * L }, (_, k) => k - 20);
    writeFileSync(file, encodeNerModel({ scale: 20, trans, features: ['u0王', 'b'], weights: [40, 0, 0, 0, 0, 0, -32767, 1, 2, 3, 4, 5, 6, 7] }));
    const m = readNerModel(file);
    expect([...m.index]).toEqual([['u0王', 0], ['b', L]]);
    expect(Array.from(m.weights.slice(0, L))).toEqual([2, 0, 0, 0, 0, 0, -32767 / 20].map((x) => Math.fround(x)));
    expect(Array.from(readNerModelParts(file).weights.ints)).toEqual([40, 0, 0, 0, 0, 0, -32767, 1, 2, 3, 4, 5, 6, 7]);
    expect(m.trans[0]).toBe(-1);
    expect(() => encodeNerModel({ scale: 20, trans, features: ['b'], weights: [40000, 0, 0, 0, 0, 0, 0] })).toThrow(RangeError);
  });
});

describe('ner: the shipped model', () => {
  it('is shipped and loads', () => {
    const m = nerModel();
    expect(m).not.toBeNull();
    expect(m?.index.size).toBeGreaterThan(10000);
  });

  it.each([
    ['王磊和李娜昨天在上海参加了比赛。', ['王磊', '李娜'], ['上海']],
    ['中美两国领导人在北京举行会谈。', [], ['中', '美', '北京']],
  ])('%s', (text, people, places) => {
    const e = extractEntities(text);
    expect(e.people.map((p) => p.name)).toEqual(people);
    expect(e.places.map((p) => p.name)).toEqual(places);
  });

  it('rules alone (nerModel: null) miss the two-character names', () => {
    const e = extractEntities('王磊和李娜昨天在上海参加了比赛。', { nerModel: null });
    expect(e.people.map((p) => p.name)).not.toContain('王磊');
  });
});

describe('ner: leaders checked by the tagger', () => {
  it('reads a foreign leader to the end of the name (梅德韦杰夫, not 梅德韦)', () => {
    const text = '俄罗斯总统梅德韦杰夫昨天会见了客人。';
    expect(extractEntities(text).leaders).toEqual([
      { name: '梅德韦杰夫', titles: ['俄罗斯总统'], mentions: 1 },
    ]);
    expect(extractEntities(text, { nerModel: null }).leaders.map((l) => l.name)).toEqual(['梅德韦']);
  });
  it('gives no leader from an organization before an office (红党主席)', () => {
    expect(extractEntities('红党主席表示反对。').leaders).toEqual([]);
  });
  it('keeps a local leader found by office', () => {
    expect(extractEntities('区委书记胡拥军调研。').leaders).toEqual([
      { name: '胡拥军', titles: ['区委书记'], mentions: 1 },
    ]);
  });
});

describe('ner: organizations', () => {
  it('adds the organizations the rules miss (联合国安理会, 外交部)', () => {
    expect(extractEntities('联合国安理会今天开会。').organizations.map((o) => o.name)).toEqual([
      '联合国安理会',
    ]);
    expect(extractEntities('外交部发言人今天表示。').organizations.map((o) => o.name)).toEqual(['外交部']);
    expect(extractEntities('联合国安理会今天开会。', { nerModel: null }).organizations).toEqual([]);
  });
  it('keeps a rule organization that holds a place (悦来镇中心小学)', () => {
    expect(extractEntities('悦来镇中心小学校长邱建明表示。').organizations.map((o) => o.name)).toEqual([
      '悦来镇中心小学',
    ]);
  });
});

describe('ner: kinds on a health page (a fresh user\'s paper)', () => {
  it('never gives a lone surname (庞) or a department (呼吸科) as a person', () => {
    const e = extractEntities('市第一人民医院急诊科主任庞明说，呼吸科接诊量上升。庞主任介绍，庞说得对。');
    expect(e.people.map((p) => p.name)).toEqual(['庞明']);
    // A given name ending in a department's character stays a person (李文 is a name).
    expect(extractEntities('李文科说，财务科要改进。').people.map((p) => p.name)).toEqual(['李文科']);
  });
  it('reads a department head as a person with a role, not a leader (急诊科主任)', () => {
    const e = extractEntities('市第一人民医院急诊科主任庞明说，接诊量上升。');
    expect(e.leaders).toEqual([]);
    expect(e.people).toEqual([{ name: '庞明', roles: ['主任'], mentions: 1 }]);
  });
  it('reads the place of a lead-in as a place, not a person (本报江澄3月14日讯)', () => {
    for (const text of ['本报江澄3月14日讯（记者 张三）今天开展义诊。', '本报江澄讯 今天开展义诊。']) {
      const e = extractEntities(text);
      expect(e.places.map((p) => p.name)).toEqual(['江澄']);
      expect(e.people.map((p) => p.name)).not.toContain('江澄');
      expect(e.people.map((p) => p.name)).not.toContain('江澄讯');
    }
    expect(extractEntities('新华社北京3月5日电 今天开会。').places.map((p) => p.name)).toEqual(['北京']);
  });
  it('ends an organization before the verb after it (市卫健委组织专家 → 市卫健委)', () => {
    expect(extractEntities('今年以来市卫健委组织专家开展义诊。').organizations.map((o) => o.name)).toEqual(['市卫健委']);
    // One word of the tagging is untouched.
    expect(extractEntities('联合国粮农组织今天发布报告。').organizations.map((o) => o.name)).toEqual(['联合国粮农组织']);
  });
});

describe('ner: runs of places', () => {
  it('splits a rule place the tagger reads as two places (非洲几内亚湾)', () => {
    const text = '他们来到非洲几内亚湾沿岸考察。';
    expect(extractEntities(text).places.map((p) => p.name)).toEqual(['非洲', '几内亚湾']);
    expect(extractEntities(text, { nerModel: null }).places.map((p) => p.name)).toEqual(['非洲几内亚湾']);
  });
});

describe('the model from its compiled form (compileNerModel, npm run build)', () => {
  it('gives the same weights, transitions, hash table, feature index and spans as decoding the file', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const file = path.join(root, 'data/ner/model.bin.gz');
    const dir = mkdtempSync(path.join(tmpdir(), 'ner-'));
    const compiled = path.join(dir, 'ner.bin');
    compileNerModel(file, compiled);
    const got = readNerModelCompiled(file, compiled);
    expect(got.from).toBe('compiled');
    const m = got.model;
    const here = readNerModelParts(file);
    const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    expect(bytes(m.trans).equals(bytes(here.trans))).toBe(true);
    expect(bytes(m.weights as Float32Array).equals(bytes(nerModelFromParts(here).weights as Float32Array))).toBe(true);
    expect(m.weights.length).toBe(here.weights.ints.length);
    const decoded = readNerModelCompiled(file, path.join(dir, 'missing.bin'));
    expect(decoded.from).toBe('source');
    expect([...m.index]).toEqual([...decoded.model.index]);
    const text = '区委书记胡拥军在崇川区调研';
    const tokens = [
      { word: '区委书记', tag: 'n', start: 0, end: 4 },
      { word: '胡拥军', tag: 'nr', start: 4, end: 7 },
      { word: '在', tag: 'p', start: 7, end: 8 },
      { word: '崇川区', tag: 'ns', start: 8, end: 11 },
      { word: '调研', tag: 'vn', start: 11, end: 13 },
    ];
    const spans = findNerSpans(text, tokens, m);
    expect(spans).toEqual(findNerSpans(text, tokens, decoded.model));
    // the tagger reads the 16-bit integers (issue 10: memory): the same spans as over the weights as floats
    const floats: NerModel = { trans: m.trans, index: m.index, weights: Float32Array.from(m.weights) };
    expect(findNerSpans(text, tokens, floats)).toEqual(spans);
    expect(spans.some((s) => s.kind === 'per' && s.text === '胡拥军')).toBe(true);
  });

  it('holds the weights, transitions and tables, and reads the feature names from the file only when asked (issue 10)', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const file = path.join(root, 'data/ner/model.bin.gz');
    const dir = mkdtempSync(path.join(tmpdir(), 'ner-'));
    const compiled = path.join(dir, 'ner.bin');
    compileNerModel(file, compiled);
    const gz = readFileSync(file);
    const c = readCompiled(compiled, gz, ['names']);
    expect(c).not.toBeNull();
    expect(Object.keys(c!.arrays).sort()).toEqual(['pairSlots', 'slots', 'trans', 'weights']);
    // 342,878 features × 7 labels, as 16-bit integers; their table at a load factor of at most 2/3: 524,288 slots of 3 ints
    expect(c!.arrays.weights).toBeInstanceOf(Int16Array);
    expect(c!.arrays.weights.length).toBe(2400146);
    expect(c!.meta.scale).toBe(readNerModelParts(file).weights.scale);
    expect(c!.arrays.slots.length).toBe(3 * 524288);
    const names = c!.lazy!.names();
    expect(names).toBeInstanceOf(Uint8Array);
    const lines = Buffer.from(names!.buffer, names!.byteOffset, names!.byteLength).toString('utf8').split('\n');
    expect(lines.length).toBe(342878);
    expect(lines.length).toBe(readNerModelParts(file).weights.ints.length / L);
  });

  it('ignores a compiled form made from another model file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ner-'));
    const a = path.join(dir, 'a.bin.gz');
    const b = path.join(dir, 'b.bin.gz');
    const trans = Array.from({ length: (L + 1) * L }, (_, k) => k - 20);
    writeFileSync(a, encodeNerModel({ scale: 20, trans, features: ['u0王'], weights: [40, 0, 0, 0, 0, 0, 1] }));
    writeFileSync(b, encodeNerModel({ scale: 20, trans, features: ['u0王'], weights: [60, 0, 0, 0, 0, 0, 1] }));
    const compiled = path.join(dir, 'a.bin');
    compileNerModel(a, compiled);
    expect(readNerModelCompiled(a, compiled).from).toBe('compiled');
    const got = readNerModelCompiled(b, compiled);
    expect(got.from).toBe('source');
    expect(got.model.weights[0]).toBe(3);
  });
});
