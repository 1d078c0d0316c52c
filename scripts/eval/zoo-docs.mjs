/** The layout zoo's documents, read for the evaluation scripts (scripts/eval.mjs, scripts/eval-validate.mjs). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Zoo documents, one per paper and layout, in paper order then blank, indent, wrap: `{paper, layout,
 * input, goldPath, expected, roles, issueDate, encoding, zoo: true}` read from
 * `<ZOO>/<paper>/expected.<layout>.json` (a folder without `<paper>.src.txt` is skipped; none: []).
 */
export function zooDocs(ZOO) {
  const docs = [];
  if (!existsSync(ZOO)) return docs;
  for (const paper of readdirSync(ZOO).sort()) {
    const dir = path.join(ZOO, paper);
    if (!existsSync(path.join(dir, `${paper}.src.txt`))) continue;
    for (const f of readdirSync(dir).sort()) {
      const m = /^expected\.([a-z]+)\.json$/u.exec(f);
      if (!m) continue;
      const expected = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
      const input = path.join(dir, expected.file);
      docs.push({
        paper,
        layout: m[1],
        input,
        goldPath: path.join(dir, f),
        expected,
        roles: expected.roles,
        issueDate: expected.issueDate ?? null,
        encoding: expected.encoding,
        zoo: true,
      });
    }
  }
  const order = { blank: 0, indent: 1, wrap: 2 };
  return docs.sort((a, b) =>
    a.paper < b.paper ? -1 : a.paper > b.paper ? 1 : (order[a.layout] ?? 9) - (order[b.layout] ?? 9),
  );
}
