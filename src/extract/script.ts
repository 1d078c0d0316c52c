/**
 * Traditional script (issue 9 item 5): text printed in traditional characters (縣委書記胡擁軍) is
 * matched on its simplified form, converted by opencc-js (Open Chinese Convert, Apache-2.0), so
 * that the lexicons, the gazetteer and jieba's dictionary (all simplified) apply; the entities are
 * reported as printed. opencc-js (about 0.1 s to load and build, its dictionaries are large) is
 * loaded on first need, and only for text that holds a character found only in traditional script.
 */
import { createRequire } from 'node:module';

/**
 * Frequent characters that exist only in traditional script (their simplified forms differ): a
 * text in traditional script holds some of them in any sentence. Used as a cheap test before the
 * converter is built. From the 200 most frequent characters of news text that OpenCC converts.
 */
const TRADITIONAL_ONLY = new Set([
  ...'們個這來說時會對為發經書區縣長國與於學實現當從關還進開動體機後過頭義萬業產還種樣點問題們資費場員間達運際電話將總師軍應報導務論舉辦該區鎮鄉衛護團結聯組織議認識計劃參觀視擊歷農蘇韓張陳劉楊趙黃吳鄭鄧謝馮蔣蕭羅葉閻譚賈龔陸錢顧劉這裡廣東臺灣環設備們還讓說請記調訪領導幹黨區縣鄉鎮協會議員職權應該質領導層級屬態',
]);

/** TRADITIONAL_ONLY as a table over UTF-16 units (its characters are all single units): 1, else 0. */
const TRADITIONAL_UNITS = new Uint8Array(0x10000);
for (const c of TRADITIONAL_ONLY) if (c.length === 1) TRADITIONAL_UNITS[c.charCodeAt(0)] = 1;
/** Characters of TRADITIONAL_ONLY outside the BMP (none today), looked up by code point. */
const TRADITIONAL_ASTRAL = [...TRADITIONAL_ONLY].filter((c) => c.length !== 1);

let converter: ((s: string) => string) | null = null;

/** Whether `text` holds a character found only in traditional script (and so needs converting to match). */
export function hasTraditional(text: string): boolean {
  // a unit table, no string per character; a surrogate is in no slot
  for (let i = 0; i < text.length; i++) if (TRADITIONAL_UNITS[text.charCodeAt(i)]) return true;
  return TRADITIONAL_ASTRAL.some((c) => text.includes(c));
}

/** opencc-js's Taiwan-to-mainland module (its dictionaries as strings; nothing built yet). */
function openccT2cn(): typeof import('opencc-js/t2cn') {
  return createRequire(import.meta.url)('opencc-js/t2cn') as typeof import('opencc-js/t2cn');
}

/**
 * 1 for each UTF-16 unit that starts a key of a dictionary the converter applies (its
 * normalization and conversion chains: `Locale.configs.tw2s`, the configuration of
 * `Converter({ from: 'tw', to: 'cn' })`), else 0; for a key outside the BMP its high surrogate.
 * OpenCC replaces only text that matches a key, trying keys at each position, so a text none of
 * whose units is marked comes back as it is: no need to build the converter (its tries take about
 * 0.1 s) for it. Every unit is marked when the dictionaries are not in the form read here, so that
 * each text is converted as before. Built on first use from the dictionaries' strings.
 */
let keyStarts: Uint8Array | null = null;
function convertibleUnits(): Uint8Array {
  if (keyStarts) return keyStarts;
  const units = new Uint8Array(0x10000);
  const config = (openccT2cn().Locale as unknown as { configs?: Record<string, { normalizationChain?: unknown[]; conversionChain?: unknown[] }> }).configs?.tw2s;
  // dictionary groups of dictionaries, each a string of `key value` entries joined by |
  const groups = config ? [...(config.normalizationChain ?? []), ...(config.conversionChain ?? [])] : [];
  const readable = groups.length > 0 && groups.every((g) => Array.isArray(g) && g.every((d) => typeof d === 'string'));
  if (!readable) units.fill(1);
  else for (const g of groups as string[][]) for (const d of g) for (const entry of d.split('|')) if (entry.length > 0) units[entry.charCodeAt(0)] = 1;
  return (keyStarts = units);
}

/**
 * `text` in simplified characters (OpenCC, Taiwan standard to mainland). Simplified text comes
 * back unchanged. The conversion keeps the length for almost all text (character for character);
 * callers map offsets back only when the lengths agree. A text with no unit that starts a key of
 * OpenCC's dictionaries (`convertibleUnits`: most simplified text) is returned as it is, as the
 * converter would return it, without building the converter.
 */
export function toSimplified(text: string): string {
  const units = convertibleUnits();
  let i = 0;
  while (i < text.length && !units[text.charCodeAt(i)]) i++;
  if (i === text.length) return text;
  const convert = (converter ??= openccT2cn().Converter({ from: 'tw', to: 'cn' }));
  return convert(text);
}
