/**
 * Lazily built sets over the generated name lists (src/data/world.ts, src/data/names.ts), so that
 * the strings are split once per process and only when entities are extracted.
 */
import { GIVEN_CHAR_COUNTS, TRANSLIT_CHARS } from './names.js';
import { COUNTRY_NAMES, FEATURE_NAMES, WORLD_CITY_NAMES } from './world.js';

let world: Set<string> | null = null;
let given: Map<string, number> | null = null;
let translit: Set<string> | null = null;

/** Countries, territories, regions, world cities, rivers, lakes, mountains and historical divisions. */
export function worldPlaceNames(): ReadonlySet<string> {
  if (!world) world = new Set([...COUNTRY_NAMES.split('|'), ...WORLD_CITY_NAMES.split('|'), ...FEATURE_NAMES.split('|')]);
  return world;
}

/** How many names of jieba's dictionary use a character as a given-name character (0 when none or rare). */
export function givenCharCount(c: string): number {
  if (!given) {
    given = new Map();
    for (const e of GIVEN_CHAR_COUNTS.split('|')) given.set(e.slice(0, e.indexOf(':')), Number(e.slice(e.indexOf(':') + 1)));
  }
  return given.get(c) ?? 0;
}

/** 1 for each UTF-16 unit that is a character of `TRANSLIT_CHARS`, else 0 (null while not built, or when a character is no single unit). */
let translitUnits: Uint8Array | null = null;

/** Whether every character of `word` is one of transliterated foreign names. */
export function isTransliteration(word: string): boolean {
  if (!translit) {
    translit = new Set(TRANSLIT_CHARS);
    // the characters are single UTF-16 units (BMP Han): a table read per unit, no string per character
    if ([...translit].every((c) => c.length === 1)) {
      translitUnits = new Uint8Array(0x10000);
      for (const c of translit) translitUnits[c.charCodeAt(0)] = 1;
    }
  }
  if (translitUnits) {
    // a surrogate is in no table slot, as a character outside the BMP is in no set
    for (let i = 0; i < word.length; i++) if (!translitUnits[word.charCodeAt(i)]) return false;
    return word.length > 0;
  }
  for (const c of word) if (!translit.has(c)) return false;
  return word.length > 0;
}
