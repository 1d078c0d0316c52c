/**
 * A brief's credit run in after its last sentence (…可免费接种。（鲁　晴）) that a hard-wrapped column
 * set on a line of its own, where the sentence ends at the column's edge: the zoo's health and
 * military papers in their wrap layouts (issue 7, refit7). Read as it reads run in: the item's credit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';

const zoo = (paper: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/zoo', paper, `${paper}.wrap.txt`));

describe('a run-in credit wrapped onto a line of its own', () => {
  it('is the credit of the brief it closes, not a paragraph', () => {
    const issue = parseIssue(
      [
        '岚川健康报　2023年10月17日　星期二　第4版',
        '健康快讯',
        '全市启动流感疫苗接种',
        '　　10月13日起，全市各接种点开始为市民接种流',
        '感疫苗，60岁以上老人和在校中小学生可免费接种。',
        '（鲁　晴）',
        '江湾街道开展老年人防跌倒培训',
        '　　10月16日，江湾街道邀请康复科医生为80余名',
        '老年人讲解居家防跌倒知识，并免费发放防滑垫。',
        '（阮　晓）',
      ].join('\n'),
      { entities: false, issueDate: '2023-10-17' },
    );
    expect(issue.articles.map((a) => [a.title, a.bylines, a.paragraphs.length])).toEqual([
      ['全市启动流感疫苗接种', ['鲁晴'], 1],
      ['江湾街道开展老年人防跌倒培训', ['阮晓'], 1],
    ]);
  });

  it('closes the briefs of the zoo papers hard-wrapped so (shipped model, fitted on their roles: body)', () => {
    const bylinesOf = (issue: ReturnType<typeof parseIssue>, title: string) => issue.articles.find((a) => a.title === title)?.bylines;
    const health = parseIssue(zoo('health-paper'), { entities: false, issueDate: '2023-10-17' });
    expect(bylinesOf(health, '全市启动流感疫苗接种')).toEqual(['鲁晴']);
    expect(bylinesOf(health, '江湾街道开展老年人防跌倒培训')).toEqual(['阮晓']);
    const military = parseIssue(zoo('military-paper'), { entities: false });
    expect(bylinesOf(military, '某旅为新排长配备“成长导师”')).toEqual(['赵凯', '孙晓桐']);
  });
});
