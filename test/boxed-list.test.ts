/**
 * A box of points set into a story where its sentence was cut (the zoo's hk-enterprise-newsletter:
 * …各單位要 / 安全小貼士 / 一、… 二、… 三、… / 結合實際，組織…), invented text in that paper's conventions.
 * Held out before (npm run eval -- --paper hk-enterprise-newsletter): bounds 85 in every layout, the
 * box's headline run on into the cut paragraph in the indent layout (found 92).
 */
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../src/index.js';
import { layoutBlocks } from '../src/stages/layout.js';
import { segmenter } from '../src/nlp/jieba.js';

const HEAD = ['集團啓動「安全生產月」活動', '　　【本刊訊】（通訊員　鍾少華）6月5日，集團在葵涌物流中心舉行「安全生產月」啓動禮，各附屬公司安全主任及員工代表約一百五十人參加。'];
const CUT = '集團營運總裁羅志成在啓動禮上指出，物流行業涉及叉車、吊機及高空作業，安全風險不容忽視。今年安全月以「人人講安全，個個會應急」為主題，各單位要';
const BOX = ['安全小貼士', '一、駕駛叉車時必須扣好安全帶，不得載人。', '二、高空作業須使用防墮裝置，並有專人看守。', '三、發現火警立即按動警鐘，並撥打999報警。'];
const REST = '結合實際，組織消防演習、急救培訓及安全知識競賽等活動。';
const AFTER = '據悉，安全月期間，集團將派出安全巡查小組到各倉庫及碼頭進行突擊檢查，對發現的問題限期整改。';
const NEXT = ['港瀾航運開通東南亞新航線', '　　【本刊訊】港瀾航運有限公司昨日宣佈開通香港至胡志明市及曼谷的定期貨運航線，每週兩班。'];

/** One paragraph a line, indented; the box's headline and the story's rest set flush. */
const indent = [...HEAD, `　　${CUT}`, BOX[0], ...BOX.slice(1).map((p) => `　　${p}`), REST, `　　${AFTER}`, ...NEXT].join('\n');
/** Hard-wrapped at 22 cells, paragraphs indented (the zoo's wrap layout): the rest runs flush under the last point's full line. */
const wrap = [
  HEAD[0],
  '　　【本刊訊】（通訊員　鍾少華）6月5日，集團',
  '在葵涌物流中心舉行「安全生產月」啓動禮，各附',
  '屬公司安全主任及員工代表約一百五十人參加。',
  '　　集團營運總裁羅志成在啓動禮上指出，物流行',
  '業涉及叉車、吊機及高空作業，安全風險不容忽視。',
  '今年安全月以「人人講安全，個個會應急」為主題，',
  '各單位要',
  BOX[0],
  ...BOX.slice(1).map((p) => `　　${p}`),
  '結合實際，組織消防演習、急救培訓及安全知識競',
  '賽等活動。',
  '　　據悉，安全月期間，集團將派出安全巡查小組',
  '到各倉庫及碼頭進行突擊檢查，對發現的問題限期',
  '整改。',
  ...NEXT,
].join('\n');
/** Every printed unit a blank-line paragraph. */
const blank = [...HEAD.map((l) => l.trim()), CUT, ...BOX, REST, AFTER, ...NEXT.map((l) => l.trim())].join('\n\n');

describe('a box of points set into a story cut mid-sentence', () => {
  it("the box's headline is a unit of its own, not the rest of the cut paragraph", () => {
    const texts = layoutBlocks(indent, {}, segmenter).blocks.map((b) => b.text.trim());
    expect(texts).toContain('安全小貼士');
    expect(texts).toContain(CUT);
  });

  it('a paragraph whose last line ends no sentence over a paragraph that is no point is one paragraph still', () => {
    const texts = layoutBlocks(`${HEAD[0]}\n　　${CUT}\n結合實際組織演練\n　　${AFTER}`, {}, segmenter).blocks.map((b) => b.text.trim());
    expect(texts).toContain(`${CUT}結合實際組織演練`);
  });

  it("hard-wrapped, the story's rest is no line of the box's last point, however full the point's line", () => {
    const texts = layoutBlocks(wrap, {}, segmenter).blocks.map((b) => b.text.trim());
    expect(texts).toContain(BOX[3]);
    expect(texts).toContain(REST);
  });

  it.each([
    ['indent', indent],
    ['blank', blank],
    ['wrap', wrap],
  ])('the story goes on after the box, its sentence whole (%s)', (_layout, text) => {
    const issue = parseIssue(text, { entities: false, issueDate: '2023-06-20' });
    expect(issue.articles.map((a) => a.title)).toEqual(['集團啓動「安全生產月」活動', '安全小貼士', '港瀾航運開通東南亞新航線']);
    const [story, box] = issue.articles;
    expect(story.paragraphs).toEqual([expect.stringContaining('6月5日'), CUT + REST, AFTER]);
    expect(box.paragraphs).toEqual(BOX.slice(1));
  });
});
