/**
 * Writes fixtures/<name>/roles.json for a fixture outside the zoo that has none yet: the line
 * roles of the parser's reading, once that reading matches the fixture's reviewed expected.json
 * (the golden test checks that), so these roles are the reviewed reading of the page. Run
 * `node scripts/derive-roles.mjs` after `npm run build`; the files are committed and are training
 * data for `npm run fit`. An existing roles.json is kept (`--force` rewrites them all).
 * The roles.json files committed before this script read the live parser were written by the
 * former rule-based segmenter (src/stages/segment.ts, removed; see git history), whose output
 * matched the same expected.json files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseIssueDetailed } from '../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'fixtures');
for (const name of fs.readdirSync(fixtures).sort()) {
  const dir = path.join(fixtures, name);
  if (name === 'zoo' || !fs.existsSync(path.join(dir, 'expected.json'))) continue;
  const input = fs.readdirSync(dir).find((f) => !f.endsWith('.json') && !f.endsWith('.mjs') && !f.endsWith('.md'));
  const bytes = fs.readFileSync(path.join(dir, input));
  if (fs.existsSync(path.join(dir, 'roles.json')) && !process.argv.includes('--force')) continue;
  const { lineRoles } = parseIssueDetailed(bytes, { path: path.join(dir, input), entities: false });
  const roles = lineRoles.filter((r) => r.role !== 'blank').map((r) => [r.line, r.role]);
  const about = 'Line roles of this fixture as read by the parser, whose output matches the reviewed expected.json (scripts/derive-roles.mjs); training data for npm run fit.';
  fs.writeFileSync(path.join(dir, 'roles.json'), `${JSON.stringify({ about, input, roles })}\n`);
  console.log(name, roles.length);
}
