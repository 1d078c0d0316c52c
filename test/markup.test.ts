import { describe, expect, it } from 'vitest';
import { markupToText, sniffFormat } from '../src/input/markup.js';
import { parseIssue } from '../src/index.js';

const HTML = `<!DOCTYPE html><html><head><title>页面标题</title><style>p { color: red }</style></head><body>
<h1>区领导调研防汛工作</h1><h2>筑牢坚固屏障</h2>
<p>6月1日，区长杨万平调研防汛工作。<br>他强调，要做好准备。</p>
<p>·金驰·</p><script>var x = "不是正文";</script></body></html>`;

const HOCR = `<html><body><div class='ocr_page'><div class='ocr_carea'>
<p class='ocr_par'><span class='ocr_line'><span class='ocrx_word'>区领导</span> <span class='ocrx_word'>调研</span></span></p>
<p class='ocr_par'><span class='ocr_line'><span class='ocrx_word'>6月1日，区长杨万平</span> <span class='ocrx_word'>调研</span></span>
<span class='ocr_line'><span class='ocrx_word'>防汛工作。</span> <span class='ocrx_word'>Smart</span> <span class='ocrx_word'>City</span></span></p>
<p class='ocr_par'><span class='ocr_line'><span class='ocrx_word'>·金驰·</span></span></p></div></div></body></html>`;

const ALTO = `<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page><PrintSpace>
<TextBlock><TextLine><String CONTENT="区领导调研防汛工作"/></TextLine></TextBlock>
<TextBlock><TextLine><String CONTENT="6月1日，区长杨万平调研"/></TextLine>
<TextLine><String CONTENT="防汛工作。"/><String CONTENT="Wi-"/><HYP CONTENT="-"/></TextLine></TextBlock>
<TextBlock><TextLine><String CONTENT="·金驰·"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>`;

describe('sniffFormat', () => {
  it.each([
    [HTML, 'a.txt', 'html'],
    ['<p>x</p>', 'a.htm', 'html'],
    [HOCR, null, 'hocr'],
    [ALTO, 'scan.xml', 'alto'],
    ['区领导调研防汛工作\n\n正文。', 'a.txt', 'text'],
  ])('%#', (text, path, format) => {
    expect(sniffFormat(text, path)).toBe(format);
  });
});

describe('markupToText', () => {
  it('lays HTML out as blocks and lines, without script, style or head', () => {
    expect(markupToText(HTML, 'html')).toBe(
      '区领导调研防汛工作\n\n筑牢坚固屏障\n\n6月1日，区长杨万平调研防汛工作。\n他强调，要做好准备。\n\n·金驰·\n',
    );
  });
  it('joins hOCR words without spaces between Han, with spaces between Latin words', () => {
    expect(markupToText(HOCR, 'hocr')).toBe('区领导调研\n\n6月1日，区长杨万平调研\n防汛工作。Smart City\n\n·金驰·\n');
  });
  it('reads ALTO TextBlock / TextLine / String', () => {
    expect(markupToText(ALTO, 'alto')).toBe('区领导调研防汛工作\n\n6月1日，区长杨万平调研\n防汛工作。Wi--\n\n·金驰·\n');
  });
});

describe('parseIssue on markup', () => {
  it.each([
    ['page.html', HTML, 'html'],
    ['page.hocr', HOCR, 'hocr'],
  ])('%s', (path, text, format) => {
    const issue = parseIssue(text, { path, entities: false });
    expect(issue.source.format).toBe(format);
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0].bylines).toEqual(['金驰']);
    expect(issue.articles[0].body).toContain('6月1日，区长杨万平调研');
  });
});
