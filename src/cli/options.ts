/**
 * Validators of option values, for commander's `argParser`: a bad value is a usage error (exit 2)
 * reported by commander as `error: option '--issue-date <date>' argument '2023-02-30' is invalid. …`.
 */
import { createRequire } from 'node:module';
import { InvalidArgumentError } from 'commander';
import { ISSUE_YEARS } from '../extract/date-grammar.js';

/**
 * `YYYY-MM-DD` naming a real calendar day of an issue's years, `ISSUE_YEARS` (2023-02-29 and
 * 2023-13-01 are refused, and 1899-01-01: a year no running head or file name is read as). Given
 * twice (`--issue-date A --issue-date B`) is refused too: commander passes the earlier value as
 * `previous`, and which of two dates the user meant cannot be told.
 */
export function parseIssueDate(value: string, previous?: string): string {
  if (previous !== undefined) throw new InvalidArgumentError(`given twice (${previous} and ${value}); give one date.`);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new InvalidArgumentError('not a real calendar date.');
  }
  if (y < ISSUE_YEARS.first || y > ISSUE_YEARS.last) {
    throw new InvalidArgumentError(`the year must be ${ISSUE_YEARS.first}-${ISSUE_YEARS.last}, the years an issue's date is read in.`);
  }
  return value;
}

/** A positive whole number of worker threads. */
export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return Number(value);
}

/** An encoding name iconv-lite knows (gb18030, big5, utf-16le, …); iconv-lite is loaded only when the option is given. */
export function parseEncoding(value: string): string {
  const require = createRequire(import.meta.url);
  const iconv = require('iconv-lite') as { encodingExists(name: string): boolean };
  if (!iconv.encodingExists(value)) throw new InvalidArgumentError('unknown encoding (try utf-8, gb18030, big5, utf-16le).');
  return value;
}

/** A whole number of at least 0 (`--max-warnings 0`). */
export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of at least 0.');
  return Number(value);
}

/** An input format for `--input-format`: text, html, hocr or alto (overrides detection by name and content). */
export function parseInputFormat(value: string): 'text' | 'html' | 'hocr' | 'alto' {
  if (value === 'text' || value === 'html' || value === 'hocr' || value === 'alto') return value;
  throw new InvalidArgumentError('expected text, html, hocr or alto.');
}
