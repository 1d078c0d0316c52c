/**
 * Input adapters for marked-up OCR: HTML, hOCR and ALTO XML, read with cheerio and laid out as the
 * plain-text form the pipeline reads (one block per paragraph, blank lines between blocks, one
 * line per printed line where the markup says so). Line numbers of the parsed issue then count
 * lines of this text, not of the markup.
 *
 * - HTML: every block element (p, h1-h6, li, blockquote, div without block children, td) is a
 *   block; `<br>` breaks a line. Script, style and head content is not text and is left out.
 * - hOCR (HTML with `ocr_*` classes, as Tesseract writes it): `ocr_par` / `ocr_carea` are blocks
 *   and `ocr_line` (and `ocr_header`, `ocr_caption`, `ocr_textfloat`) are lines; words are joined
 *   without spaces between Han characters and with one space between Latin words.
 * - ALTO XML (v2-v4, as library digitisation writes it): `TextBlock` is a block, `TextLine` a line,
 *   `String/@CONTENT` the words, `SP` a space between them, `HYP` a hyphen at a line end.
 */
import { createRequire } from 'node:module';
import type { InputFormat } from '../types.js';

type Cheerio = typeof import('cheerio');
let cheerioModule: Cheerio | null = null;

/** cheerio, loaded on first use: it costs about 0.25 s, which plain-text parsing should not pay. */
function cheerio(): Cheerio {
  cheerioModule ??= createRequire(import.meta.url)('cheerio') as Cheerio;
  return cheerioModule;
}

/** Guesses the format from the file name and the first characters of the text. */
export function sniffFormat(text: string, path: string | null | undefined): InputFormat {
  const ext = (path ?? '').toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? '';
  const head = text.slice(0, 4096).toLowerCase();
  if (head.includes('<alto') || (ext === 'xml' && head.includes('textblock'))) return 'alto';
  if (head.includes("class='ocr_page'") || head.includes('class="ocr_page"') || ext === 'hocr') return 'hocr';
  if (ext === 'html' || ext === 'htm' || /^\s*(?:<!doctype html|<html[\s>])/u.test(head)) return 'html';
  return 'text';
}

/** Joins words of one line: nothing next to a Han character or CJK punctuation, else one space. */
function joinWords(words: string[]): string {
  let out = '';
  for (const w of words.map((x) => x.trim()).filter(Boolean)) {
    if (!out) out = w;
    else if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]$/u.test(out) || /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u.test(w)) {
      out += w;
    } else out += ` ${w}`;
  }
  return out;
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th', 'pre', 'figcaption', 'dt', 'dd']);
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'body', 'ul', 'ol', 'table', 'tbody', 'thead', 'tr', 'figure', 'dl', 'center', 'font', 'span']);

function htmlBlocks(html: string): string[] {
  const $ = cheerio().load(html);
  $('script, style, head, noscript, template').remove();
  const blocks: string[] = [];
  let lines: string[] = [''];
  const flush = () => {
    const text = lines.map((l) => l.replace(/[ \t\r\n]+/gu, ' ').trim()).filter(Boolean).join('\n');
    if (text) blocks.push(text);
    lines = [''];
  };
  const walk = (nodes: ReturnType<typeof $>) => {
    nodes.contents().each((_, node) => {
      if (node.type === 'text') {
        lines[lines.length - 1] += (node as unknown as { data: string }).data;
        return;
      }
      if (node.type !== 'tag') return;
      const tag = (node as unknown as { tagName: string }).tagName.toLowerCase();
      if (tag === 'br') {
        lines.push('');
        return;
      }
      const isBlock = BLOCK_TAGS.has(tag) || (CONTAINER_TAGS.has(tag) && tag !== 'span' && tag !== 'font');
      if (isBlock) flush();
      walk($(node));
      if (isBlock) flush();
    });
  };
  walk($.root());
  flush();
  return blocks;
}

function hocrBlocks(html: string): string[] {
  const $ = cheerio().load(html);
  const blocks: string[] = [];
  $('.ocr_par, .ocr_carea').each((_, par) => {
    if ($(par).hasClass('ocr_carea') && $(par).find('.ocr_par').length) return;
    const lines: string[] = [];
    $(par)
      .find('.ocr_line, .ocr_header, .ocr_caption, .ocr_textfloat')
      .each((__, line) => {
        const words = $(line).find('.ocrx_word');
        const text = words.length ? joinWords(words.toArray().map((w) => $(w).text())) : $(line).text().trim();
        if (text) lines.push(text);
      });
    if (lines.length) blocks.push(lines.join('\n'));
  });
  return blocks;
}

function altoBlocks(xml: string): string[] {
  const $ = cheerio().load(xml, { xml: true });
  const blocks: string[] = [];
  $('TextBlock').each((_, block) => {
    const lines: string[] = [];
    $(block)
      .find('TextLine')
      .each((__, line) => {
        let text = '';
        $(line)
          .children()
          .each((___, el) => {
            const name = (el as unknown as { tagName: string }).tagName;
            if (name === 'String') text = joinWords([text, $(el).attr('CONTENT') ?? '']);
            else if (name === 'SP' && text && !/[\p{Script=Han}]$/u.test(text)) text += ' ';
            else if (name === 'HYP') text += $(el).attr('CONTENT') ?? '-';
          });
        if (text.trim()) lines.push(text.trim());
      });
    if (lines.length) blocks.push(lines.join('\n'));
  });
  return blocks;
}

/**
 * Lays marked-up OCR out as plain text: blocks separated by a blank line, lines by a line break.
 * `format` `text` returns the input unchanged. Never throws on malformed markup (cheerio is lenient).
 */
export function markupToText(text: string, format: InputFormat): string {
  if (format === 'text') return text;
  const blocks = format === 'alto' ? altoBlocks(text) : format === 'hocr' ? hocrBlocks(text) : htmlBlocks(text);
  return blocks.join('\n\n') + (blocks.length ? '\n' : '');
}
