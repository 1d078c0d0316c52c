/** Types of scripts/ocr/lib.mjs (the OCR harness helpers), for the TypeScript tests. */
import type { Issue } from '../../src/types.js';

export function norm(s: string | null | undefined): string;
export function editDistance(a: string, b: string): number;
export function similarity(a: string, b: string): number;
export function cer(truth: string, ocr: string): number;
export const TITLE_SIMILARITY: number;
export const NAME_SLIPS: number;
export function sameNames(want: string[], got: string[]): boolean;
export interface GoldArticle {
  title: string;
  bylines?: string[];
}
export interface OcrMetrics {
  titles: [number, number];
  bylines: [number, number];
  noiseTitles: number;
  noiseTitleTexts: string[];
  missingTitles: string[];
  kept: number;
}
export function ocrMetrics(issue: Issue, gold: { articles: GoldArticle[] }, sourceText: string, noiseScore: (line: string) => number): OcrMetrics;
export function parseZooSource(text: string): unknown;
export function itemsFromZoo(src: unknown): { role: string; text: string }[];
export function goldFromZoo(src: unknown): { articles: GoldArticle[] };
export function itemsFromGold(text: string, gold: { articles: GoldArticle[] }): { role: string; text: string }[];
export interface ColumnImage {
  page: number;
  column: number;
  of: number;
  x0: number;
  x1: number;
  head: number;
}
export function mergeColumnPages(meta: ColumnImage[], txt: string, hocr: string, alto: string): { text: string; hocr: string; alto: string };
