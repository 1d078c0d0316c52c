/**
 * Build step (`npm run build`, after tsc): writes `schema/issue.schema.json` from the compiled
 * schema module (dist/output/schema.js), the single source of the output contract. The file is
 * committed so that the README can link it, shipped in the package (`files`), and checked against
 * the code by test/schema.test.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { issueSchemaText, SCHEMA_FILE } = await import(pathToFileURL(path.join(root, 'dist/output/schema.js')).href);
const file = path.join(root, SCHEMA_FILE);
const text = issueSchemaText();
let old = null;
try {
  old = readFileSync(file, 'utf8');
} catch {
  // first build
}
if (old !== text) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.error(`build-schema: wrote ${SCHEMA_FILE}`);
}
