import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';

// tester15 (LOW 7): numbers printed one a line (a contact block: +86 0000-1234567 / 0000-1234567 /
// 000123), each a paragraph of its own, were joined as a text cut by a break and read as one title,
// `+86 0000-12345670000-1234567000123`. Lines with neither Han characters nor Latin words are entries
// of their own: no cut sentence, no wrapped headline.
const page = [
  '滨江市召开安全生产会议',
  '',
  '本报讯（记者 王立）近日，滨江市召开安全生产工作会议。会议要求各部门抓好落实，确保全市安全形势稳定。',
  '',
  '便民热线',
  '',
  '+86 0000-1234567',
  '',
  '0000-1234567',
  '',
  '000123',
  '',
  '市民服务中心开通夜间窗口',
  '',
  '本报讯（通讯员 李青）为方便上班族办事，市民服务中心自本月起开通夜间服务窗口。',
  '',
].join('\n');

describe('lines with no words', () => {
  it('keeps numbers printed one a line apart', () => {
    const issue = parseIssue(page, { entities: false });
    const texts = issue.articles.flatMap((a) => [a.kicker ?? '', a.title, ...a.subtitles, ...a.paragraphs]);
    for (const n of ['+86 0000-1234567', '0000-1234567', '000123']) expect(texts).toContain(n);
    expect(texts.join('\n')).not.toContain('12345670000');
    expect(issue.articles.map((a) => a.title)).toContain('市民服务中心开通夜间窗口');
  });

  it('still rejoins a sentence cut by a break after a number', () => {
    const cut = [
      '城南书市周末开张',
      '',
      '本报讯（记者 韩以宁）昨天，城南书市在老城区运河边开张，首日共接待读者12',
      '',
      '000余人次，三十余家书店参加。',
      '',
    ].join('\n');
    const issue = parseIssue(cut, { entities: false });
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0].paragraphs.join('')).toContain('共接待读者12000余人次');
  });
});
