/**
 * Page labels, photo credits with a colon and joint signatures (issue 7, a new user's provincial
 * 政报 and evening paper, Dec 2026): each read as the kind of line it is, from evidence over the
 * page (src/stages/structure/). The texts are invented in those papers' styles.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { parseCreditLine } from '../src/extract/bylines.js';

const head = '澄江晚报　2025年9月30日　星期二　A11';
const stories =
  '城南书市周末开张\n\n本报讯（记者　韩以宁）昨天，城南书市在老城区运河边开张，三十余家书店参加。\n\n' +
  '江滨步道全线贯通\n\n本报讯（记者　韩以宁）前天，全长12公里的江滨步道全线贯通，市民可沿江步行至新港。\n';

describe('a page label under the running head', () => {
  it.each(['文化', '体育', '要闻', '文　化'])('%s alone under the head, no editor line after it, is page furniture', (label) => {
    const issue = parseIssue(`${head}\n\n${label}\n\n${stories}`, { entities: false });
    expect(issue.articles.map((a) => [a.kicker, a.title])).toEqual([
      [null, '城南书市周末开张'],
      [null, '江滨步道全线贯通'],
    ]);
    expect(issue.furniture.map((f) => [f.kind, f.text])).toEqual([
      ['running-head', head],
      ['running-head', label],
    ]);
    expect(issue.unassigned).toEqual([]);
  });

  it('a kicker that is no page name stays the kicker of the story under it', () => {
    const issue = parseIssue(`${head}\n\n老街新韵\n\n${stories}`, { entities: false });
    expect(issue.articles[0].kicker).toBe('老街新韵');
    expect(issue.articles[0].title).toBe('城南书市周末开张');
  });
});

describe('a photo credit with a colon', () => {
  const page = (credit: string) =>
    `${head}\n\n体育\n\n破浪\n\n　　9月28日，澄江市第五届全民运动会皮划艇比赛在城东月亮湖举行，各队选手奋力向终点冲刺。\n\n${credit}\n\n` +
    '全民健身莫要一阵风\n\n文：韦书言\n\n　　体育公园周末人满为患，健身步道晚上灯火通明。热情来得快，更要留得住。\n';

  it.each(['摄影：严可舟', '摄影:严可舟', '图：严可舟', '图片：严可舟', '摄　影：严可舟', '摄影：本报记者　严可舟'])(
    '%s credits the photo above it, not a kicker of the next article',
    (credit) => {
      const issue = parseIssue(page(credit), {});
      expect(issue.articles.map((a) => [a.kind, a.kicker, a.title, a.bylines])).toEqual([
        ['photo', null, '破浪', ['严可舟']],
        ['article', null, '全民健身莫要一阵风', ['韦书言']],
      ]);
      expect(issue.articles[0].creditLines).toEqual([credit]);
      // the photographer is a credit, not a person the story is about
      for (const a of issue.articles) expect(a.people.map((p) => p.name)).not.toContain('严可舟');
    },
  );

  it('reads the role as printed, padded or with the press role after the colon', () => {
    expect(parseCreditLine('摄　影：严可舟')).toEqual([{ name: '严可舟', role: '摄　影' }]);
    expect(parseCreditLine('摄影：本报记者　严可舟')).toEqual([{ name: '严可舟', role: '摄影 本报记者' }]);
    expect(parseCreditLine('图：市民在月湖边健身')).toBeNull();
  });
});

describe('a joint signature closing a notice', () => {
  it('two issuing bodies on one line over a date are the notice’s credit lines and its date', () => {
    const text =
      '澄江省交通运输厅　澄江省公安厅关于做好国庆假期\n道路运输安全工作的通知\n澄交运〔2025〕31号\n\n' +
      '各市、县（区）交通运输局、公安局：\n　　国庆假期将至，道路客流明显增加。为确保道路运输安全，现就有关事项通知如下。\n' +
      '　　一、严格落实客运车辆安全检查制度。\n\n' +
      '澄江省交通运输厅　　　　　　澄江省公安厅\n2025年9月26日\n';
    const issue = parseIssue(text, { entities: false });
    expect(issue.articles.map((a) => [a.kind, a.title, a.date?.iso])).toEqual([
      ['article', '澄江省交通运输厅　澄江省公安厅关于做好国庆假期道路运输安全工作的通知', '2025-09-26'],
    ]);
    expect(issue.articles[0].creditLines).toEqual(['澄江省交通运输厅　　　　　　澄江省公安厅', '2025年9月26日']);
  });
});

describe('a document title wrapped over two printed lines', () => {
  it('is one title, not a kicker over a title, when the two lines together read as 关于…的通知', () => {
    const text =
      '澄江省人民政府公报　2025年第9期\n省政府办公厅文件\n' +
      '澄江省人民政府办公厅关于做好2025年\n秋冬季森林防火工作的通知\n澄政办发〔2025〕19号\n' +
      '各市、县（区）人民政府，省政府各部门、各\n直属机构：\n' +
      '　　入秋以来，我省降水偏少，森林火险等级持\n续偏高。经省政府同意，现就有关事项通知如下：\n' +
      '　　一、压实防火责任。各地要落实属地管理责\n任，对重点林区逐一排查，不留死角。\n' +
      '澄江省人民政府办公厅\n2025年9月22日\n';
    const issue = parseIssue(text, { entities: false });
    expect(issue.articles.map((a) => [a.kicker, a.title, a.subtitles, a.date?.iso])).toEqual([
      [null, '澄江省人民政府办公厅关于做好2025年秋冬季森林防火工作的通知', ['澄政办发〔2025〕19号'], '2025-09-22'],
    ]);
  });
});
