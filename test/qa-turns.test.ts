/**
 * A reader's question signed by its asker in brackets after its question mark
 * (…需要办理哪些手续？（加拿大读者　谭美玲）), a blank line, then the answer (答：…): two paragraphs. The
 * question was joined to the answer as the rest of a sentence cut by a page break (a `page` join)
 * because the paragraph ended in a bracket, not a stop (tester13's 侨报 Q&A and the zoo's rural-paper,
 * Dec 2026). The text is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { endsStory } from '../src/stages/rejoin.js';

describe('a question signed by its asker ends its paragraph', () => {
  it('endsStory reads a finished sentence closed by a bracketed note as the end', () => {
    expect(endsStory('该怎么防治？（桂水县读者　邵长根）')).toBe(true);
    expect(endsStory('全文如下。（有删节）')).toBe(true);
    expect(endsStory('他说：“我们一定办好。”（掌声）')).toBe(true);
    // a bracket after words that end no sentence leaves the sentence open
    expect(endsStory('市民可到服务中心（一楼大厅）')).toBe(false);
  });

  it('question and answer are two paragraphs, no page join', () => {
    const issue = parseIssue(
      [
        '滨澜侨报　2023年6月15日　星期四　第4版',
        '',
        '回乡定居能否参加养老保险？',
        '',
        '问：我是旅居加拿大的华侨，已退休多年，打算今年回乡定居。请问我能否参加城乡居民养老保险？需要办理哪些手续？（加拿大读者　谭美玲）',
        '',
        '答：根据有关规定，华侨回国定居后，可以在户籍所在地参加城乡居民养老保险，持护照和定居证明到社保经办机构办理。',
      ].join('\n'),
      { entities: false },
    );
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0].paragraphs).toHaveLength(2);
    expect(issue.articles[0].paragraphs[1]).toMatch(/^答：/u);
    expect(issue.articles[0].joins ?? []).toEqual([]);
  });
});
