/**
 * A 简报's closing 版记, a 评论员 commentary's credit line under an OCR-dashed subtitle, offices'
 * bracketed credits and a column label printed on the title line (issue 7, faults tester5 found in
 * a 政务信息 issue and an army daily). Inputs: fixtures/briefing-notes (see its README).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIssueDetailed } from '../src/index.js';
import { parseCreditLine } from '../src/extract/bylines.js';

const DIR = path.join(__dirname, '..', 'fixtures', 'briefing-notes');
const fixture = (name: string) => parseIssueDetailed(readFileSync(path.join(DIR, name)), { entities: false });

describe("a 简报's 版记 is the issue's furniture, a document's 版记 its own", () => {
  const { issue, lineRoles } = fixture('briefing-colophon.txt');
  it('the 版记 (报送, 抄送, 印发, 共印N份) between rules is furniture of kind colophon, in no item', () => {
    expect(issue.furniture.filter((f) => f.kind === 'colophon').map((f) => [f.line, f.text])).toEqual([
      [36, '报送：市政府办公室，县委办公室，县人大常委会办'],
      [37, '公室，县政协办公室。'],
      [38, '抄送：各乡镇人民政府，县政府各部门。'],
      [40, '澄江县人民政府办公室　　　　2025年3月20日印发（共印90份）'],
    ]);
    expect(lineRoles.filter((r) => r.line >= 36 && r.line <= 41 && r.line !== 39).map((r) => r.role)).toEqual(['colophon', 'colophon', 'colophon', 'colophon', 'colophon']);
    expect(issue.unassigned).toEqual([]);
  });
  it('the last ▲ brief keeps only its own text and stays a brief', () => {
    const last = issue.articles[issue.articles.length - 1];
    expect([last.kind, last.title, last.paragraphs, last.creditLines]).toEqual([
      'brief',
      '',
      ['▲3月14日，县人社局在县城广场举办春风行动招聘会，86家企业提供岗位2100余个。'],
      [],
    ]);
    expect(issue.articles.map((a) => a.kind)).toEqual(['article', 'article', 'article', 'brief', 'brief']);
  });
  it('a 版记 is read whole: printed with no rules and no print run, all its lines are furniture or none', () => {
    const text = readFileSync(path.join(DIR, 'briefing-colophon.txt'), 'utf8')
      .replace(/━+\n(报送|澄江县人民政府办公室　)/gu, '$1')
      .replace(/\n\u3000+（共印90份）/u, '');
    const bare = parseIssueDetailed(text, { entities: false }).issue;
    const colophon = bare.furniture.filter((f) => f.kind === 'colophon').map((f) => f.text);
    expect(colophon).toEqual([
      '报送：市政府办公室，县委办公室，县人大常委会办',
      '公室，县政协办公室。',
      '抄送：各乡镇人民政府，县政府各部门。',
      '澄江县人民政府办公室　　　　2025年3月20日印发',
    ]);
    expect(bare.articles[bare.articles.length - 1].paragraphs).toHaveLength(1);
  });
  it("a 公报 notice's own 版记 between rules stays the document's (抄送 in its text, 印发 its credit)", () => {
    const doc = fixture('document-colophon.txt').issue;
    expect(doc.furniture.filter((f) => f.kind === 'colophon')).toEqual([]);
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0].paragraphs[doc.articles[0].paragraphs.length - 1]).toBe('抄送：县委办公室，县人大常委会办公室，县政协办公室。');
    expect(doc.articles[0].creditLines).toEqual(['澄江县人民政府办公室', '2025年3月5日', '澄江县人民政府办公室　　　　2025年3月5日印发']);
  });
});

describe("offices' bracketed credits and a label on the title line", () => {
  const { issue } = fixture('briefing-colophon.txt');
  it('an office alone in brackets is the credit line; office and writer give the writer as byline', () => {
    expect(issue.articles.slice(0, 3).map((a) => [a.title, a.creditLines, a.bylines])).toEqual([
      ['县政府召开春季森林防火工作会议', ['（县林业局）'], []],
      ['白沙镇“院坝议事会”化解邻里纠纷', ['（白沙镇人民政府）'], []],
      ['关于提升农村饮水工程运行管护水平的建议', ['（县水利局　周　岚）'], ['周岚']],
    ]);
    expect(issue.articles[2].credits).toEqual([{ name: '周岚', role: '县水利局' }]);
  });
  it('a 【label】 printed at the head of the title line is the kicker, the rest the title', () => {
    expect([issue.articles[1].kicker, issue.articles[1].title, issue.articles[1].paragraphs.length]).toEqual(['【经验交流】', '白沙镇“院坝议事会”化解邻里纠纷', 1]);
  });
  it('parseCreditLine reads a unit and one to three names in brackets, not a unit alone', () => {
    expect(parseCreditLine('（市住建局　王立新）')).toEqual([{ name: '王立新', role: '市住建局' }]);
    expect(parseCreditLine('（县农业农村局　李娜　周平）')).toEqual([
      { name: '李娜', role: '县农业农村局' },
      { name: '周平', role: '县农业农村局' },
    ]);
    expect(parseCreditLine('（青山镇人民政府）')).toBeNull();
    expect(parseCreditLine('（市委宣传部　供稿）')).toBeNull();
  });
});

describe('a 本报评论员 commentary', () => {
  it('title, the subtitle as printed (——一论 read 一一一论), ■本报评论员 its credit line, then the body', () => {
    const { issue } = fixture('commentary-mark.txt');
    const a = issue.articles[0];
    expect([a.kicker, a.title, a.subtitles, a.creditLines, a.bylines, a.paragraphs.length]).toEqual([
      null,
      '练兵场上见真章',
      ['一一一论扎实开展新年度开训工作'],
      ['■本报评论员'],
      [],
      2,
    ]);
    expect(issue.articles[1].title).toBe('雪域哨所迎来新战友');
  });
});
