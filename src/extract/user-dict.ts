/**
 * User dictionaries (issue 9 item 7): extra names, places, organizations for a paper, in jieba's
 * user-dictionary format, one entry a line: `word [freq] [tag]` separated by spaces or tabs.
 * A BOM, CRLF line ends, a missing frequency or tag are accepted; blank lines and `#` comments are
 * skipped. Tags: `nr` person, `ns` place, `nt` organization; any other tag (or none) makes the word
 * a word of the segmentation only. Frequencies are accepted for compatibility and not used (the
 * words are forced whole: see `tagWithWords` in entities.ts).
 */

/** One entry of a user dictionary. */
export interface UserDictEntry {
  word: string;
  /** jieba tag as written ('' when none): nr person, ns place, nt organization. */
  tag: string;
}

/** A line of a user dictionary that could not be read: 1-based line number and why. */
export interface UserDictError {
  line: number;
  message: string;
}

/**
 * Reads a user dictionary's text. Returns the entries and every bad line with its number (a word
 * with spaces inside, a frequency that is not a number, more than three fields).
 */
export function parseUserDict(text: string): { entries: UserDictEntry[]; errors: UserDictError[] } {
  const entries: UserDictEntry[] = [];
  const errors: UserDictError[] = [];
  text
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n|\r/u)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const fields = line.split(/[ \t\u3000]+/u);
      if (fields.length > 3) {
        errors.push({ line: i + 1, message: `expected "word [freq] [tag]", got ${fields.length} fields` });
        return;
      }
      const [word, second, third] = fields;
      let tag = '';
      if (second !== undefined && third !== undefined) {
        if (!/^\d+(?:\.\d+)?$/u.test(second)) {
          errors.push({ line: i + 1, message: `frequency "${second}" is not a number` });
          return;
        }
        tag = third;
      } else if (second !== undefined) {
        // Two fields: word and frequency, or word and tag.
        tag = /^\d+(?:\.\d+)?$/u.test(second) ? '' : second;
      }
      if (tag && !/^[a-z]{1,6}$/u.test(tag)) {
        errors.push({ line: i + 1, message: `tag "${tag}" is not a part-of-speech tag (nr, ns, nt, …)` });
        return;
      }
      if (/^\d+$/u.test(word)) {
        errors.push({ line: i + 1, message: `"${word}" is a number, not a word` });
        return;
      }
      entries.push({ word, tag });
    });
  return { entries, errors };
}
