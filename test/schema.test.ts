/**
 * The published schema: `schema/issue.schema.json` is what the code's schema module says (the
 * build writes it), `bulletin schema` prints it, and every fixture's real output validates
 * against the file with ajv's draft 2020-12 build, while an output with a required field removed
 * or a closed object given an extra field is rejected.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { issueToJson } from '../src/output/json.js';
import { issueSchemaText, SCHEMA_FILE } from '../src/output/schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/bulletin.js');
const INPUT_EXT = /\.(txt|html?|xml|hocr)$/i;

/** Every input file under fixtures/ (any depth), sorted. */
function fixtureInputs(dir = path.join(root, 'fixtures')): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...fixtureInputs(p));
    else if (INPUT_EXT.test(name)) out.push(p);
  }
  return out;
}

const schema = JSON.parse(readFileSync(path.join(root, SCHEMA_FILE), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli/main.js'))) execFileSync('npm', ['run', 'build'], { cwd: root });
});

describe('schema/issue.schema.json', () => {
  it('is draft 2020-12 and exactly what the code generates', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(readFileSync(path.join(root, SCHEMA_FILE), 'utf8')).toBe(issueSchemaText());
  });

  it('`bulletin schema` prints it', () => {
    const r = spawnSync(process.execPath, [bin, 'schema'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(root, SCHEMA_FILE), 'utf8'));
  });

  it('is shipped in the package and built by `npm run build`', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('schema/');
    expect(pkg.scripts.build).toContain('scripts/build-schema.mjs');
  });
});

describe('every fixture output validates', () => {
  const inputs = fixtureInputs();
  it('finds the fixtures', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(4);
  });
  for (const file of inputs) {
    it(path.relative(root, file), () => {
      const issue = JSON.parse(issueToJson(parseIssue(readFileSync(file), { path: path.relative(root, file) })));
      const ok = validate(issue);
      expect(ok ? [] : validate.errors).toEqual([]);
    });
  }
});

describe('rejects outputs that break the contract', () => {
  const base = () =>
    JSON.parse(issueToJson(parseIssue(readFileSync(fixtureInputs()[0]), { path: 'x.txt', entities: false })));

  it('an article without its title', () => {
    const issue = base();
    expect(validate(issue)).toBe(true);
    delete issue.articles[0].title;
    expect(validate(issue)).toBe(false);
    expect(validate.errors?.map((e) => [e.keyword, e.params])).toContainEqual(['required', { missingProperty: 'title' }]);
  });

  it('an issue without source.sha256, or with a field the contract does not name', () => {
    const a = base();
    delete a.source.sha256;
    expect(validate(a)).toBe(false);
    const b = base();
    b.articles[0].summary = 'x';
    expect(validate(b)).toBe(false);
    expect(validate.errors?.[0].keyword).toBe('additionalProperties');
  });
});
