/**
 * The accuracy floor on the real issue in fixtures/000_038dc682623388e9, scored against its
 * hand-made reference by scripts/eval/score.py (both copied from the shared material, see the
 * fixture's README.md),
 * so accuracy cannot silently regress. Rows are the scorer's own measures.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'fixtures/000_038dc682623388e9/000_038dc682623388e9.txt');
const gold = path.join(root, 'fixtures/000_038dc682623388e9/000_038dc682623388e9.gold.json');
const scorer = path.join(root, 'scripts/eval/score.py');

let rows: Record<string, [number, number]> = {};

beforeAll(() => {
  const issue = parseIssue(fs.readFileSync(source), { path: source });
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-score-')), 'out.json');
  fs.writeFileSync(out, JSON.stringify(issue));
  const printed = execFileSync('python3', [scorer, out, gold, '--source', source, '--json'], {
    encoding: 'utf8',
  });
  rows = JSON.parse(printed).rows;
});

describe('scorer on the real issue', () => {
  it.each([
    'articles found (by title)',
    'no extra articles',
    'kicker right',
    'subtitles right',
    'bylines right',
    'dates right (ISO)',
    'kind right (article/photo)',
    'body text rejoined',
    'text kept out of wrong article',
    'paragraph breaks kept',
    'cross-heads kept inside article',
    'source characters kept once',
    'leaders found',
    'no stray leaders',
    'people found',
    'no forbidden people',
    'no forbidden places',
  ])('%s is full', (row) => {
    expect(rows[row]).toBeDefined();
    expect(rows[row][0]).toBe(rows[row][1]);
  });

  it('leader titles found: at least 13 of 14', () => {
    expect(rows['leader titles found'][0]).toBeGreaterThanOrEqual(13);
  });

  it('places found: at least 23 of 25', () => {
    expect(rows['places found'][0]).toBeGreaterThanOrEqual(23);
  });
});
