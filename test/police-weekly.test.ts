import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { isNameRow, isUnitRow } from '../src/stages/structure/features.js';
import { AIM_HEADLINE_RE, PSEUDONYM_NOTE_RE } from '../src/stages/structure/weights.js';
import { isPaddedNameSpace } from '../src/stages/structure/names.js';

// tester30's county public-security paper (fixtures/zoo/police-weekly) and its repros
// (/work/notes/tester30-repro, cut short here): two bracketed closing lines at a case story's end
// (（文中当事人均为化名） and （通讯员　X） or （…供稿）, either order) split the story, the note becoming a
// photo item's or the next story's title; an honour roll's heads (先进集体/先进个人) and rows of units and
// padded names became headlines, a column label and bylines; a title over a short aim line as its
// subtitle (全力守护群众平安过冬) was read as kicker over title. Every case failed before.
const opts = { entities: false, issueDate: '2026-11-27' } as const;

const HEAD = '枫川警讯　2026年11月27日　星期五　第2版\n\n以案说法\n\n';
const CASE =
  '“刷单返利”是陷阱　退休教师险被骗\n\n【案情】\n\n2026年9月的一天，退休教师刘某某（化名）在手机上收到一条“点赞关注即可领取佣金”的短信，随后被拉进一个“任务群”。\n\n【说法】\n\n石桥派出所所长王勇介绍，“刷单返利”是当前发案率最高的诈骗类型之一。\n\n';
const NEXT = '男子醉驾被查竟冒用他人身份\n\n本报讯（记者　卢　川）11月21日晚，县公安局交警大队在城区滨河路查获一名醉驾男子。\n';

describe('closing notes and credits stacked at a story\'s end', () => {
  it.each([
    ['（文中当事人均为化名）', '（通讯员　孟　晓）', ['孟晓']],
    ['（通讯员　孟　晓）', '（文中当事人均为化名）', ['孟晓']],
    ['（文中当事人均为化名）', '（县公安局反诈中心供稿）', []],
    ['（姓名系化名）', '（通讯员　孟　晓）', ['孟晓']],
  ])('%s / %s: both the story\'s credit lines, the next headline opens the next story', (a, b, bylines) => {
    const issue = parseIssue(`${HEAD}${CASE}${a}\n\n${b}\n\n${NEXT}`, opts);
    expect(issue.articles.map((x) => [x.title, x.creditLines, x.bylines])).toEqual([
      ['“刷单返利”是陷阱　退休教师险被骗', [a, b], bylines],
      ['男子醉驾被查竟冒用他人身份', ['（记者　卢　川）'], ['卢川']],
    ]);
  });

  it.each([['（文中当事人均为化名）'], ['（文中人物均为化名）'], ['（姓名系化名）'], ['（应当事人要求，文中人名均为化名）']])('%s is a pseudonym note', (t) => {
    expect(PSEUDONYM_NOTE_RE.test(t)).toBe(true);
  });
  it.each([['（化名）'], ['李某（化名）在网上结识一名男子'], ['（通讯员　孟　晓）']])('%s is none', (t) => {
    expect(PSEUDONYM_NOTE_RE.test(t)).toBe(false);
  });
});

describe('an honour roll: heads over rows of units and names', () => {
  const ROLL_HEAD = '枫川警讯　2026年11月27日　星期五　第3版\n\n荣誉榜\n\n县公安局第三季度“平安之星”表彰名单\n\n为激励全县公安民警、辅警担当作为，经各单位推荐、局党委研究，决定对以下先进集体和先进个人予以通报表彰。\n\n';
  const PHOTO = '图片新闻\n\n反诈课堂进校园\n\n11月20日，城关派出所民警在枫川县第二中学为学生讲解常见网络诈骗手法。（通讯员　唐一鸣　摄）\n';
  const roll = (body: string) => parseIssue(`${ROLL_HEAD}${body}${PHOTO}`, opts);
  const UNITS = '城关派出所　石桥派出所　交警大队事故处理中队';
  const NAMES = '王　勇　周　峰　赵　晨　李　强　何晓雯';

  it.each([
    ['plain heads', `先进集体\n\n${UNITS}\n\n先进个人\n\n${NAMES}\n\n`, ['先进集体', '先进个人']],
    ['heads with a colon', `先进集体：\n\n${UNITS}\n\n先进个人：\n\n${NAMES}\n\n`, ['先进集体：', '先进个人：']],
    ['numbered heads', `一、先进集体\n\n${UNITS}\n\n二、先进个人\n\n${NAMES}\n\n`, ['一、先进集体', '二、先进个人']],
  ])('%s: one article, the heads its cross-heads, the rows its body, no bylines', (_, body, heads) => {
    const issue = roll(body);
    expect(issue.articles.map((a) => [a.title, a.bylines.length, a.crossheads.map((c) => c.text)])).toEqual([
      ['县公安局第三季度“平安之星”表彰名单', 0, heads],
      ['反诈课堂进校园', 1, []],
    ]);
    expect(issue.articles[0].paragraphs).toContain(NAMES);
    expect(issue.articles[0].paragraphs).toContain(UNITS);
  });

  it('a row of names alone under the intro is the roll\'s body, not its bylines', () => {
    const issue = roll(`${NAMES}\n\n`);
    expect(issue.articles[0].bylines).toEqual([]);
    expect(issue.articles[0].paragraphs).toContain(NAMES);
  });

  it.each([[NAMES], ['林晓棠　陈思语　王若溪　赵一鸣'], ['先进个人：王　勇　周　峰　赵　晨　李　强'], ['王勇、周峰、赵晨、李强']])('%s is a row of names', (t) => {
    expect(isNameRow(t)).toBe(true);
  });
  it.each([['本报记者　王　勇　周　峰'], ['王　勇　周　峰'], ['严打犯罪　守护平安']])('%s is no row of names', (t) => {
    expect(isNameRow(t)).toBe(false);
  });
  it.each([[UNITS], ['城关派出所、石桥派出所、刑侦大队侦查一中队'], ['先进集体：城关派出所　石桥派出所　南山派出所']])('%s is a row of bodies', (t) => {
    expect(isUnitRow(t)).toBe(true);
  });
  it.each([['县教育局　县财政局'], ['严打犯罪　守护平安　共建平安']])('%s is no row of bodies', (t) => {
    expect(isUnitRow(t)).toBe(false);
  });
});

describe('a title over a short aim line: title and subtitle', () => {
  const LEAD = '本报讯（通讯员　郑海鸥　记者　卢　川）11月25日，枫川县公安局召开冬季治安打防管控工作推进会，部署今冬明春社会治安重点工作。\n\n会议要求，全县各级公安机关要紧盯岁末年初治安特点，强化街面巡逻防控。\n';
  it.each([['全力守护群众平安过冬'], ['守护平安过冬'], ['严打犯罪　守护平安']])('县公安局部署冬季治安打防管控工作 / %s', (sub) => {
    const issue = parseIssue(`枫川警讯　2026年11月27日　星期五　第1版\n\n县公安局部署冬季治安打防管控工作\n\n${sub}\n\n${LEAD}`, opts);
    expect(issue.articles.map((a) => [a.kicker, a.title, a.subtitles])).toEqual([[null, '县公安局部署冬季治安打防管控工作', [sub]]]);
  });
  it.each([['南方多地迎来新一轮强降雨'], ['我县召开工作会议']])('%s states no aim', (t) => {
    expect(AIM_HEADLINE_RE.test(t)).toBe(false);
  });
});

describe('the wrap layout: a row of names wrapped after a printed space', () => {
  it('keeps the space between the two names the wrap falls between', () => {
    const text =
      '枫川警讯　2026年11月27日　星期五　第3版\n县公安局第三季度“平安之星”表彰名单\n　　为激励全县公安民警、辅警担当作为，经各单\n位推荐、局党委研究，决定予以通报表彰。\n先进个人\n　　王　勇　周　峰　赵　晨　李　强　何晓雯　\n邓志远　韩　冬　许嘉宁\n';
    const issue = parseIssue(text, opts);
    expect(issue.articles[0].paragraphs).toContain('王　勇　周　峰　赵　晨　李　强　何晓雯　邓志远　韩　冬　许嘉宁');
  });
});

describe('a padded two-character name in running text', () => {
  const TEXT =
    '枫川警讯　2026年11月27日　星期五　第2版\n\n男子醉驾被查\n\n本报讯（记者　卢　川）11月21日晚，县交警大队查获一名醉驾男子。\n\n“冒用他人身份逃避处罚，罪责难逃。”交警大队民警李　强说。石桥派出所所长王　勇介绍，此类案件今年已查处3起。\n';
  it('is one of the people, with its post, and no ocr/closed-up warning', () => {
    const issue = parseIssue(TEXT, { issueDate: '2026-11-27' });
    expect(issue.articles[0].people.map((p) => [p.name, p.roles])).toEqual([
      ['李强', ['民警']],
      ['王勇', ['石桥派出所所长']],
    ]);
    expect(issue.diagnostics.filter((d) => d.code === 'ocr/closed-up')).toEqual([]);
  });
  it.each([
    ['交警大队民警李　强说', 7, true],
    ['王　勇提醒，所有刷单都是违法行为', 1, true],
    ['（周　岩）', 2, true],
    // an OCR slip's ASCII space, a space after a word that is no post, a padded label: none
    ['胡 拥军说', 1, false],
    ['严打犯罪　守护平安', 4, false],
    ['城关镇　石桥镇', 3, false],
    // after a comma the space may split a name of three (胡　拥军): it still warns
    ['会上，胡　拥军强调', 4, false],
  ])('%s: the space at %i pads a name: %s', (t, at, want) => {
    expect(isPaddedNameSpace(t, at)).toBe(want);
  });
});
