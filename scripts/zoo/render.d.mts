/** Types of scripts/zoo/render.mjs (the layout zoo renderer), for the tests. */
export declare const ZOO_DIR: string;
export declare const FURNITURE_ROLES: string[];
export declare const HEADLINE_ROLES: string[];
export declare const TEXT_ROLES: string[];
export declare const ROLES: string[];
export declare const PARAGRAPH_CONTINUED: string;
export declare const LAYOUTS: string[];
export declare const ITEM_KINDS: string[];

export declare class ZooSourceError extends Error {
  file: string;
  line: number;
  constructor(file: string, line: number, message: string);
}

export interface ZooMeta {
  paper: string;
  conventions: string;
  issueDate: string;
  wrap: number;
  layouts: string[];
}
/** One printed unit of the source: a line as authored (a paragraph, a headline line, furniture). */
export interface ZooUnit {
  srcLine: number;
  role: string;
  text: string;
  /** Index into items, or null for page furniture. */
  item: number | null;
  /** `[body+]`: the rest of the previous paragraph after a break. */
  continued: boolean;
}
export interface ZooItem {
  kind: 'article' | 'photo' | 'brief';
  date: string | null;
  bylines: string[];
  id: string | null;
  srcLine: number;
}
export interface ZooSource {
  meta: ZooMeta;
  units: ZooUnit[];
  items: ZooItem[];
}
/** One article of an expected.<layout>.json. */
export interface ZooExpectedArticle {
  kind: 'article' | 'photo' | 'brief';
  title: string;
  subtitles: string[];
  kicker: string | null;
  bylines: string[];
  date: string | null;
  crossheads?: string[];
  bodyContains: string[];
  paragraphBreaks: [string, string][];
  /** 1-based inclusive line ranges of the layout file. */
  lines: [number, number][];
}
export interface ZooExpected {
  file: string;
  about: string;
  issueYear: number;
  issueDate: string;
  paper: string;
  layout: string;
  encoding: string;
  articles: ZooExpectedArticle[];
  roles: [number, string][];
}

export declare function cells(text: string): number;
/** Offset where a lead paragraph's dateline and credits end (0 when it opens with neither). */
export declare function leadInEnd(text: string): number;
export declare function wrapText(text: string, width: number, indent?: string): string[];
export declare function parseSource(text: string, file?: string): ZooSource;
export declare function renderLayout(
  src: ZooSource,
  paperId: string,
  layout: string,
): { text: string; bytes: Buffer; expected: ZooExpected };
export declare function formatJson(value: unknown): string;
export declare function renderPaper(dir: string): Map<string, Buffer>;
export declare function zooPapers(root?: string): string[];
