/**
 * `bulletin.config.json` and `--user-dict` (issue 9 item 7). The config is the file given by
 * `--config FILE`, else the first `bulletin.config.json` found in the working directory or a
 * parent. Its shape: `{ "userDict": "FILE" | ["FILE", …] }` (paths relative to the config's
 * folder). An invalid config (not JSON, not an object, an unknown key, a wrong type, a missing
 * dictionary) is a usage error: one line naming the file, exit 2. Bad lines of a user dictionary
 * are reported one each (`bulletin: FILE:LINE: why`) and skipped; the run goes on.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { parseUserDict, type UserDictEntry } from '../extract/user-dict.js';
import { write, type Io } from './io.js';

/** The name looked for upward from the working directory. */
export const CONFIG_NAME = 'bulletin.config.json';

/** The config file to use: `explicit` (resolved against `cwd`), else the nearest CONFIG_NAME upward, else null. */
export function findConfig(cwd: string, explicit?: string): string | null {
  if (explicit) return path.resolve(cwd, explicit);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const f = path.join(dir, CONFIG_NAME);
    if (existsSync(f)) return f;
    if (path.dirname(dir) === dir) return null;
  }
}

/** Reads and checks a config; returns the user dictionaries it names, as absolute paths. Throws UsageError. */
export function readConfig(file: string): string[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  } catch (err) {
    throw new UsageError(`${file}: cannot read the config (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new UsageError(`${file}: invalid config: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new UsageError(`${file}: invalid config: expected a JSON object`);
  const obj = json as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (k !== 'userDict' && k !== '$comment') throw new UsageError(`${file}: invalid config: unknown key "${k}" (known: userDict)`);
  const dicts = obj.userDict === undefined ? [] : Array.isArray(obj.userDict) ? obj.userDict : [obj.userDict];
  if (!dicts.every((d): d is string => typeof d === 'string' && d.length > 0)) throw new UsageError(`${file}: invalid config: "userDict" must be a file name or a list of file names`);
  return dicts.map((d) => path.resolve(path.dirname(file), d));
}

/**
 * The user-dictionary entries for a run: those of the config's dictionaries, then those of
 * `--user-dict` files (resolved against `io.cwd`). Bad lines go to standard error with their numbers.
 * Returns undefined when there are none. Throws UsageError for an invalid config or an unreadable dictionary.
 */
export async function loadUserDict(io: Io, opts: { config?: string; userDict?: string[] }): Promise<UserDictEntry[] | undefined> {
  const config = findConfig(io.cwd, opts.config);
  const files = [...(config ? readConfig(config) : []), ...(opts.userDict ?? []).map((f) => path.resolve(io.cwd, f))];
  const entries: UserDictEntry[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (err) {
      throw new UsageError(`${f}: cannot read the user dictionary (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    const parsed = parseUserDict(text);
    for (const e of parsed.errors) await write(io.stderr, `bulletin: ${f}:${e.line}: ${e.message}; line skipped\n`);
    entries.push(...parsed.entries);
  }
  return entries.length ? entries : undefined;
}

/** Collects repeated `--user-dict FILE` values. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
