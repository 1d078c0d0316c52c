/**
 * A daily's front page with its masthead stack and a 导读 (teaser) box, through the shipped model:
 * tester5's army daily (invented text, written by a tester for the project, kept in full in
 * /work/notes/tester5/b.txt of the session that found it; the lines below are its first page, cut
 * short). Before: the paper's name was read as a photo's title, the sponsor line as its credit, and
 * the box's teasers (…见第2版) as the lead story's kicker.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';

const frontPage = [
  '东疆卫士报',
  'DONGJIANG WEISHI BAO',
  '东疆军区政治工作部主办　　　　　国内统一连续出版物号 CN 65-0208',
  '2024年10月15日　星期二　　甲辰年九月十三　　第8642期　今日4版',
  '━━━━━━━━━━━━━━━━━━━━━━━━',
  '导　读',
  '◆坚守在海拔5380米的“生命禁区”　　　　　见第2版',
  '◆新兵下连第一课：从擦亮一枚军徽开始　　　见第3版',
  '◆“枫林一2024”演习落幕　　　　　　　　　　见第4版',
  '━━━━━━━━━━━━━━━━━━━━━━━━',
  '',
  '军区党委召开扩大会议',
  '研究部署冬季军事训练工作',
  '  本报讯　记者李振华、特约记者赵明远报道：10月12',
  '日至13日，军区党委召开扩大会议，总结今年以来军事',
  '训练工作，研究部署冬季训练任务。',
  '  会议指出，今年以来，军区部队坚持以战领训、以训',
  '促战，部队实战化训练水平稳步提升。',
  '',
  '“老兵讲堂”搬进了哨所',
  '  “听老班长讲完，我才真正懂得了脚下这条巡逻路的分',
  '量。”新战士说。',
  '。王　鹏。',
].join('\n');

describe('a front page with a masthead stack and a 导读 box', () => {
  const issue = parseIssue(frontPage, { entities: false });

  it('keeps the masthead and the teasers out of the stories', () => {
    expect(issue.articles.map((a) => [a.kicker, a.title])).toEqual([
      [null, '军区党委召开扩大会议'],
      [null, '“老兵讲堂”搬进了哨所'],
    ]);
    const kinds = new Map(issue.furniture.map((f) => [f.text, f.kind]));
    expect(kinds.get('东疆军区政治工作部主办　　　　　国内统一连续出版物号 CN 65-0208')).toBe('masthead');
    expect(kinds.get('导　读')).toBe('section');
    expect(kinds.get('◆新兵下连第一课：从擦亮一枚军徽开始　　　见第3版')).toBe('jump');
    expect(issue.furniture.some((f) => f.text === '东疆卫士报')).toBe(true);
  });

  it('reads a spaced-out name between OCR dots as the byline', () => {
    expect(issue.articles[1].bylines).toEqual(['王鹏']);
    expect(issue.articles[0].subtitles).toEqual(['研究部署冬季军事训练工作']);
  });
});

/**
 * tester5's 简报 (/work/notes/tester5/a.txt, cut short): a story broken mid-word by a page break
 * whose new page opens with a rule's residue and the bulletin's page head (name and 第17期). Before:
 * both were read as text and joined into the word (办理时丨‘、.一政务信息　…第17期限平均压缩62%。).
 */
const briefing = [
  '政　务　信　息',
  '第17期',
  '临川市人民政府办公室编印　　　　2024年9月12日',
  '━━━━━━━━━━━━━━━━━━━━━━',
  '',
  '【工作动态】',
  '东湖区“一窗通办”改革见实效',
  '  今年以来，东湖区在区政务服务中心全面推行“一窗受理、',
  '集成服务”。截至8月底，群众办事平均跑动次数由1.8次降',
  '至0.3次，办理时',
  '— 1 —',
  '',
  '丨 ‘ 、 . 一',
  '政务信息　　　　　　　　　　　　　　第17期',
  '限平均压缩62%。',
  '  该区还在全区9个街道设立“帮办代办”服务点。',
  '（东湖区政府办）',
].join('\n');

describe('a work bulletin broken by a page break', () => {
  const issue = parseIssue(briefing, { entities: false });

  it('joins the word across the page head and keeps the head and the residue as furniture', () => {
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0].paragraphs[0].endsWith('办理时限平均压缩62%。')).toBe(true);
    const kinds = new Map(issue.furniture.map((f) => [f.text.replace(/[\s\u3000]/gu, ''), f.kind]));
    expect(kinds.get('政务信息第17期')).toBe('running-head');
    expect(kinds.get('政务信息')).toBe('masthead');
    expect(kinds.get('丨‘、.一')).toBe('noise');
  });
});
