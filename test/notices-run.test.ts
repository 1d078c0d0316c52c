/**
 * Runs of one-paragraph notices and signatures on hard-wrapped pages (issue 7; tester7's findings 1,
 * 4 and 6, Dec 2026; fixtures/notices-run, see its README). Before: a 遗失声明 label over its
 * notices gave one article of them all, numbered lost-document notices under a 寻人启事 ran on into
 * it, a lone 本报编辑部 under an editorial was read as the next item's column label, and an indented
 * first line of dates narrower than the column (hard-wrapped at a count of characters) as a title.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';

const DIR = path.join(__dirname, '..', 'fixtures', 'notices-run');
const parse = (input: string | Buffer, name = 'page.txt') => parseIssue(input, { path: name, entities: false });
const file = (name: string) => parse(readFileSync(path.join(DIR, name)), name);

describe('a classified page: runs of one-paragraph notices', () => {
  const expectPage = (issue: ReturnType<typeof parse>) => {
    expect(issue.articles.map((a) => [a.kind, a.title, a.title === '寻人启事' || a.paragraphs.length])).toEqual([
      ['brief', '', 1],
      ['brief', '', 1],
      ['brief', '', 1],
      ['article', '寻人启事', true],
      ['brief', '', 1],
      ['brief', '', 1],
      ['brief', '', 1],
      ['article', '更　正', 1],
    ]);
    // each notice whole, its mark or number as printed
    expect(issue.articles.map((a) => a.paragraphs[0].slice(0, 6))).toEqual(['■青川县兴农', '■周晓燕遗失', '■青川县顺达', '孙德贵，男，', '1．马玉兰遗', '2．青川县白', '3．青川县鑫', '本报12月2']);
    // its contact line stays its own (a paragraph of its own; run on by the hard wrap, as printed flush under a full line)
    expect(issue.articles[3].body).toMatch(/必有重谢。\n?联系人：孙建国　电话：13909981234$/u);
    expect(issue.articles[7].creditLines).toEqual(['本报编辑部', '2026年12月3日']);
    expect(issue.furniture.filter((f) => f.kind === 'section').map((f) => f.text)).toEqual(['遗失声明']);
    expect(issue.unassigned).toEqual([]);
    // the 寻人启事 ends with its contact line, as printed: it waits for no continuation
    expect(issue.diagnostics.filter((d) => d.code === 'segment/interrupted-article')).toEqual([]);
  };

  it('blank lines (UTF-8)', () => expectPage(file('classifieds.blank.txt')));
  it('hard-wrapped at 22 characters (GB18030, CRLF)', () => {
    const issue = file('classifieds.wrapped.gb18030.txt');
    expect(issue.source.encoding).toBe('gb18030');
    expectPage(issue);
  });

  // a Macau paper's classified page in traditional script, its last item signed at the page's end:
  // 更　正 was run into the notice above as half a word (正本) and 本報編輯部 read as a photo's title
  it('in traditional script: 遺失聲明, 聲明作廢, a 更　正 signed at the page\'s end', () => {
    const issue = parse(
      [
        '濠江時報　2026年12月3日　星期四　C2　分類廣告',
        '',
        '遺失聲明',
        '',
        '陳志明遺失澳門居民身份證，編號：1234567(8)，聲明作廢。',
        '',
        '澳門興隆貿易有限公司遺失商業登記證明，聲明作廢。',
        '',
        '更　正',
        '',
        '　　本報12月1日A4版《輕軌東線明年首季試運》一文中，「百分之八十」應為「百分之八十五」，特此更正。',
        '',
        '本報編輯部',
        '',
      ].join('\n'),
    );
    expect(issue.articles.map((a) => [a.kind, a.title, a.paragraphs.length, a.creditLines])).toEqual([
      ['brief', '', 1, []],
      ['brief', '', 1, []],
      ['article', '更　正', 1, ['本報編輯部']],
    ]);
    expect(issue.furniture.map((f) => f.text)).toEqual(['濠江時報　2026年12月3日　星期四　C2　分類廣告', '遺失聲明']);
  });

  it('a notice that closes a longer one (…特此公告。) is no notice of its own', () => {
    const issue = parse(
      [
        '注销公告',
        '',
        '　　经股东会决议，青川县山泉饮品有限公司拟向公司登记机关申请注销登记，请债权人自本公告发布之日起45日内申报债权。',
        '',
        '　　特此公告。',
        '',
        '青川县山泉饮品有限公司清算组',
        '',
        '2026年12月3日',
        '',
      ].join('\n'),
    );
    expect(issue.articles.map((a) => [a.kind, a.title, a.paragraphs.length])).toEqual([['article', '注销公告', 2]]);
  });

  it('a news story about a statement (a lead-in, a reporter) stays an article', () => {
    const issue = parse(['外交部发表声明', '', '　　本报讯（记者　王小明）外交部12月2日发表声明，欢迎各方达成协议。', ''].join('\n'));
    expect(issue.articles.map((a) => a.kind)).toEqual(['article']);
  });
});

/** Hard-wraps a paragraph at `width` characters as tester7's make.py did (no line opening with closing punctuation). */
function wrap(text: string, width = 22): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  for (let i = 1; i < out.length; i++) {
    while (out[i] && '，。、；：？！）》”'.includes(out[i][0])) {
      out[i - 1] += out[i][0];
      out[i] = out[i].slice(1);
    }
  }
  return out.filter(Boolean);
}

describe('hard-wrapped pages (GB18030, CRLF, wrapped at 22 characters)', () => {
  const gb = (lines: string[]) => iconv.encode(`${lines.join('\r\n')}\r\n`, 'gb18030');

  it('a lone 本报编辑部 under an editorial signs it; it is no label of the item after it', () => {
    const issue = parse(
      gb([
        '青川日报　2026年12月3日　星期四　第1版　要闻',
        '',
        '社论',
        '携手奋进新征程',
        ...wrap('　　今天，青川县第十五次党代会胜利闭幕。大会总结了过去五年的工作，描绘了今后五年的发展蓝图。'),
        ...wrap('　　蓝图已经绘就，奋进正当其时。让我们更加紧密地团结起来，把大会确定的各项任务落到实处。'),
        '本报编辑部',
        '',
        '全县冬季农田水利建设全面铺开',
        ...wrap('　　本报讯（记者　王小明）12月2日，全县冬季农田水利建设现场推进会在白石镇召开。'),
      ]),
    );
    expect(issue.articles.map((a) => [a.title, a.creditLines])).toEqual([
      ['携手奋进新征程', ['本报编辑部']],
      ['全县冬季农田水利建设全面铺开', ['（记者　王小明）']],
    ]);
    expect(issue.furniture.map((f) => [f.kind, f.text])).toEqual([
      ['running-head', '青川日报　2026年12月3日　星期四　第1版　要闻'],
      ['section', '社论'],
    ]);
  });

  it('an indented first line full of digits (a numbered entry, amounts) is a paragraph line, no cross-head', () => {
    const issue = parse(
      gb([
        '全县秋粮收购进度过半',
        ...wrap('　　本报讯　今年以来，全县粮食部门多措并举抓好秋粮收购，收购进度已经过半。'),
        ...wrap('　　截至11月30日，全县共收购秋粮3.26万吨，同比增长12.5%，'),
        ...wrap('其中稻谷2.41万吨，玉米0.85万吨。'),
        ...wrap('　　1．2025年收购价每斤1.36元至1.42元，较上年提高0.03元；'),
        ...wrap('　　2．全县设收购网点38个，日均收购1200吨。'),
      ]),
    );
    expect(issue.articles.map((a) => a.title)).toEqual(['全县秋粮收购进度过半']);
    expect(issue.articles[0].crossheads).toEqual([]);
    expect(issue.articles[0].paragraphs.map((p) => p.slice(0, 8))).toEqual(['今年以来，全县粮', '截至11月30日', '1．2025年收', '2．全县设收购网']);
  });
});
