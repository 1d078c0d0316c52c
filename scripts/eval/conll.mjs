/**
 * The sentences of a character-per-line NER corpus in CoNLL form (MSRA, People's Daily 1998 as
 * their public mirrors print them: `字<TAB or space>B-PER`, a blank line between sentences; a
 * token may hold more than one character). Lines that are not two fields are skipped.
 *
 * @param {string} raw the file's text
 * @returns {{ tokens: string[], tags: string[] }[]} per sentence, its tokens and their tags, in order
 */
export function conllSentences(raw) {
  const out = [];
  let tokens = [];
  let tags = [];
  const flush = () => {
    if (tokens.length) out.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  for (const line of raw.split(/\r?\n/u)) {
    const l = line.replace(/\s+$/u, '');
    if (!l) {
      flush();
      continue;
    }
    const m = /^(\S+)[\t ]+(\S+)$/u.exec(l);
    if (!m) continue;
    tokens.push(m[1]);
    tags.push(m[2]);
  }
  flush();
  return out;
}
