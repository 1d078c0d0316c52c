/**
 * `bulletin parse --records`: NDJSON records in, one result line per record out, in order; a bad
 * record gives an error line for its id and the rest go on; GNU parallel `--pipe` over several
 * processes gives the same bytes as one process (skipped, with the reason printed, when no
 * `parallel` can be had; .ci/run installs Debian's).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRecord } from '../src/cli/records.js';
import { EXIT } from '../src/errors.js';
import { parseIssue } from '../src/index.js';
import { orderIssue } from '../src/output/json.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/bulletin.js');
const FIXTURES = [
  'fixtures/000_038dc682623388e9/000_038dc682623388e9.txt',
  'fixtures/big5-traditional/big5-traditional.txt',
  'fixtures/hardwrap-gb18030/hardwrap-gb18030.txt',
  'fixtures/utf16-spaced/utf16-spaced.txt',
];

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasParallel) console.warn('records.test: GNU parallel is not installed (apt-get install -y parallel); the parallel test is skipped');

/** The records: every fixture as raw bytes (base64), the real issue as text too, and three bad ones. */
function recordLines(): string[] {
  const lines = FIXTURES.map((f, k) =>
    JSON.stringify({ id: `f${k}`, path: path.basename(f), base64: readFileSync(path.join(root, f)).toString('base64') }),
  );
  lines.splice(1, 0, JSON.stringify({ id: 7, text: readFileSync(path.join(root, FIXTURES[0]), 'utf8') }));
  lines.splice(3, 0, '{"id": "broken", "text": ');
  lines.push(JSON.stringify({ id: 'empty', text: '   \n' }), '', JSON.stringify({ id: 'both', text: 'a', base64: 'YQ==' }));
  return lines;
}

function run(cmd: string, args: string[], input: string) {
  const r = spawnSync(cmd, args, { cwd: root, input, encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let single: ReturnType<typeof run>;
beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli/main.js'))) execFileSync('npm', ['run', 'build'], { cwd: root });
  single = run(process.execPath, [bin, 'parse', '--records'], `${recordLines().join('\n')}\n`);
});

describe('readRecord', () => {
  it.each([
    ['{"id":"a","text":"x"}', { id: 'a', path: null }],
    ['{"id":3,"path":"p/2023-05-30.txt","base64":"eA=="}', { id: 3, path: 'p/2023-05-30.txt' }],
    ['{"id":"a"', { id: null, code: 'records/bad-json' }],
    ['[1]', { id: null, code: 'records/bad-json' }],
    ['{"text":"x"}', { id: null, code: 'records/no-id' }],
    ['{"id":{},"text":"x"}', { id: null, code: 'records/no-id' }],
    ['{"id":"a"}', { id: 'a', code: 'records/no-content' }],
    ['{"id":"a","text":"x","base64":"eA=="}', { id: 'a', code: 'records/no-content' }],
    ['{"id":"a","base64":"e*A="}', { id: 'a', code: 'records/bad-base64' }],
    ['{"id":"a","path":5,"text":"x"}', { id: 'a', code: 'records/bad-path' }],
  ])('%s', (line, expected) => expect(readRecord(line)).toMatchObject(expected));

  it.each([
    ['{"id":12345678901234567891,"text":"x"}', '12345678901234567891'],
    ['{"id":9007199254740993,"text":"x"}', '9007199254740993'],
    ['{"text":"{\\"id\\": 1}", "id" : -1.50e+3 }', '-1.50e+3'],
    ['{"meta":{"id":1,"a":[{"id":2}]},"\\u0069d":1e400,"text":"x"}', '1e400'],
    ['{"id":1,"id":18446744073709551615,"text":"x"}', '18446744073709551615'],
    ['{"id":"a\\"b","text":"x"}', '"a\\"b"'],
  ])('%s: the id echoed as given, %s', (line, idJson) => expect(readRecord(line)).toMatchObject({ idJson }));

  it('result lines echo an id above 2^53 as given (was 12345678901234567000)', () => {
    const text = readFileSync(path.join(root, FIXTURES[0]), 'utf8');
    const r = run(process.execPath, [bin, 'parse', '--records', '--no-entities'], [
      `{"id":12345678901234567891,"text":${JSON.stringify(text)}}`,
      '{"id":9007199254740993,"text":"   "}',
    ].join('\n'));
    expect(r.stdout.split('\n').map((l) => l.slice(0, l.indexOf(',')))).toEqual([
      '{"id":12345678901234567891',
      '{"id":9007199254740993',
      '',
    ]);
    expect(r.stderr).toContain('record 2 (id 9007199254740993): ');
  });

  it('text is UTF-8, base64 raw bytes', () => {
    expect(Buffer.from((readRecord('{"id":1,"text":"区委"}') as { bytes: Uint8Array }).bytes)).toEqual(Buffer.from('区委'));
    expect(Buffer.from((readRecord('{"id":1,"base64":"//4="}') as { bytes: Uint8Array }).bytes)).toEqual(Buffer.from([0xff, 0xfe]));
  });
});

describe('parse --records', () => {
  it('one result line per record, in order; bad records give error lines and exit 4, the rest go on', () => {
    expect(single.code).toBe(EXIT.BAD_INPUT);
    const results = single.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(results.map((r) => [r.id, r.ok, r.error?.code ?? null])).toEqual([
      ['f0', true, null],
      [7, true, null],
      ['f1', true, null],
      [null, false, 'records/bad-json'],
      ['f2', true, null],
      ['f3', true, null],
      ['empty', false, 'input/empty'],
      ['both', false, 'records/no-content'],
    ]);
    // the issue is what `parse` gives for the same bytes and path
    const expected = orderIssue(parseIssue(readFileSync(path.join(root, FIXTURES[0])), { path: path.basename(FIXTURES[0]) }));
    expect(results[0].issue).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(results[0].issue.articles).toHaveLength(9);
    expect(results[1].issue.source.path).toBeNull();
    expect(results[1].issue.articles.map((a: { title: string }) => a.title)).toEqual(expected.articles.map((a) => a.title));
    expect(results[2].issue.source.encoding).toBe('big5');
    expect(single.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^bulletin: record 4: not a JSON record: /),
      expect.stringMatching(/^bulletin: record 7 \(id "empty"\): .*whitespace/),
      'bulletin: record 8 (id "both"): a record holds exactly one of text (a string) and base64',
    ]);
  });

  it('--input-format applies to every record (an hOCR record read as text when told so)', () => {
    const hocr = '<html><body><div class="ocr_page" title="bbox 0 0 100 100"><span class="ocr_line" title="bbox 0 0 90 10"><span class="ocrx_word" title="bbox 0 0 90 10">标题</span></span></div></body></html>';
    const line = `${JSON.stringify({ id: 'h', text: hocr })}\n`;
    const format = (args: string[]) => JSON.parse(run(process.execPath, [bin, 'parse', '--records', ...args], line).stdout).issue.source.format;
    expect(format([])).toBe('hocr');
    expect(format(['--input-format', 'text'])).toBe('text');
  });

  it('inputs, -o or another --format with --records are usage errors', () => {
    expect(run(process.execPath, [bin, 'parse', '--records', 'x.txt'], '').code).toBe(EXIT.USAGE);
    expect(run(process.execPath, [bin, 'parse', '--records', '-f', 'csv'], '').code).toBe(EXIT.USAGE);
    const none = run(process.execPath, [bin, 'parse'], '');
    expect(none.code).toBe(EXIT.USAGE);
    expect(none.stderr).toMatch(/missing required argument 'inputs'/);
  });

  it.skipIf(!hasParallel)('GNU parallel --pipe over 3 processes: the merged output equals the one-process output', () => {
    const r = run('parallel', ['--will-cite', '--pipe', '-N', '3', '-j', '2', '-k', process.execPath, bin, 'parse', '--records'], `${recordLines().join('\n')}\n`);
    // GNU parallel exits with the number of failed jobs: the 2 chunks holding a bad record
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')).toHaveLength(9);
    expect(r.stdout).toBe(single.stdout);
  });
});
