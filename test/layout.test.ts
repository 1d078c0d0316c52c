/**
 * Unit tables for the layout stages: splitting lines into blocks (hard-wrapped text, headlines,
 * furniture), rejoining page breaks, and the headline rules of the structure step (the whole parse,
 * parseIssue, on small pages).
 */
import { describe, expect, it } from 'vitest';
import { continuesHeadline, isWrapTail, joinWrapped, leavesQuoteOpen, splitBlocks } from '../src/stages/split-blocks.js';
import { rejoin, wordAcrossBreak } from '../src/stages/rejoin.js';
import { parseIssue } from '../src/index.js';
import { normalize } from '../src/stages/normalize.js';
import { segmenter } from '../src/nlp/jieba.js';
import { isHeadlineShaped } from '../src/text.js';

const blocksOf = (text: string) => splitBlocks(normalize(text).lines);
const articlesOf = (text: string) => parseIssue(text, { entities: false });

describe('splitBlocks', () => {
  it('ends a paragraph at a sentence whose line leaves room for the next line\'s first character, not at one that fills it', () => {
    // A 22-cell column: …工作。 stops three cells short, so 十 would have fit on it (a story resumed
    // flush after a box, the zoo's bilingual-daily); …接种。 fills the column, so its next line is the
    // paragraph's (a hard wrap after a sentence that ends at the column's edge).
    const text = [
      '　　据州气象台9月7日消息，受冷空气影响，9日',
      '至11日全州将出现明显降温降雨天气，高海拔地区',
      '有雨夹雪，请广大农牧民做好防寒保畜工作。',
      '十年间，先后有六位老师在这里任教，最年轻的一',
      '位是从内地师范大学毕业的汉族姑娘苏晓雯。',
      '　　10月13日起，全市各接种点开始为市民接种流',
      '感疫苗，60岁以上老人和在校中小学生可免费接种。',
      '接种点名单可在市卫生健康委网站查询，也可拨打',
      '咨询电话。',
    ].join('\n');
    expect(blocksOf(text).map((b) => b.text)).toEqual([
      '据州气象台9月7日消息，受冷空气影响，9日至11日全州将出现明显降温降雨天气，高海拔地区有雨夹雪，请广大农牧民做好防寒保畜工作。',
      '十年间，先后有六位老师在这里任教，最年轻的一位是从内地师范大学毕业的汉族姑娘苏晓雯。',
      '10月13日起，全市各接种点开始为市民接种流感疫苗，60岁以上老人和在校中小学生可免费接种。接种点名单可在市卫生健康委网站查询，也可拨打咨询电话。',
    ]);
  });

  it('keeps one block per blank-line paragraph, with its source line', () => {
    const b = blocksOf('标题一行\n\n第一段，正文。\n\n第二段，正文。\n');
    expect(b.map((x) => [x.kind, x.text, x.lines])).toEqual([
      ['text', '标题一行', [1, 1]],
      ['text', '第一段，正文。', [3, 3]],
      ['text', '第二段，正文。', [5, 5]],
    ]);
  });

  it('joins a headline line that fills the column to the next (a long subtitle wrapped), not a shorter title', () => {
    // A 24-cell column (the national daily's wrap layout): the title stops short of it; the
    // subtitle under it fills the column and goes on in the next line.
    const text = [
      '林正国在东川省考察时强调',
      '坚持生态优先绿色发展 奋力谱写高质量发展新篇章',
      '抓紧抓实“三夏”生产和防汛抗旱各项工作　统筹做好',
      '就业教育医疗养老等民生工作　守牢安全生产底线',
      '本报记者　程　远　孟庆华',
      '　　本报沅州6月19日电　6月17日至19日，林正国在东',
      '川省沅州市、青溪县等地考察调研，深入田间地头、企',
      '业车间、社区村落，了解当地推进生态保护、产业转型',
      '和民生改善等情况。他强调，要完整、准确、全面贯彻',
      '新发展理念。',
    ].join('\n');
    const b = blocksOf(text).filter((x) => x.kind === 'text');
    expect(b.slice(0, 3).map((x) => x.lines)).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
    expect(b[2].joins).toEqual([{ line: 4, kind: 'wrap' }]);
  });

  it('keeps a flush headline with a comma between indented paragraphs as its own block', () => {
    const text = [
      '　　党的领导是做好基层治理工作的根本保证。推进基层治理现代化，必须坚持和加强党的全面领导。',
      '健全组织体系，筑牢治理根基',
      '　　组织体系是党的力量所在。要以提升组织力为重点，健全基层组织体系。',
      '创新工作方式，提升治理效能',
      '　　基层治理面对的情况日益复杂，必须不断创新工作方式。',
    ].join('\n');
    expect(blocksOf(text).map((x) => x.lines)).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
  });

  it('joins hard-wrapped lines of a paragraph and breaks at an indent', () => {
    const text = [
      '　　5月25日上午，县委书记王明督查全县防',
      '汛工作。他强调，要坚持人民至上、生命至',
      '上，全力保障群众安全。',
      '　　县长李华参加活动，并就做好下一步工',
      '作提出要求。',
    ].join('\n');
    const b = blocksOf(text);
    expect(b.map((x) => x.text)).toEqual([
      '5月25日上午，县委书记王明督查全县防汛工作。他强调，要坚持人民至上、生命至上，全力保障群众安全。',
      '县长李华参加活动，并就做好下一步工作提出要求。',
    ]);
    expect(b[0].joins).toEqual([
      { line: 2, kind: 'wrap' },
      { line: 3, kind: 'wrap' },
    ]);
  });

  it('breaks after a short line that ends a sentence, without indents', () => {
    const text = ['全县召开会议，部署今年防汛防台各项工作', '任务。', '会议要求，各部门要加强值班值守，确保', '安全度汛。'].join('\n');
    expect(blocksOf(text).map((x) => x.text)).toEqual([
      '全县召开会议，部署今年防汛防台各项工作任务。',
      '会议要求，各部门要加强值班值守，确保安全度汛。',
    ]);
  });

  it('keeps a numbered cross-head, a 文号 and a signature off the line above, and joins a wrapped 目录 entry', () => {
    // Hard-wrapped at 30 cells (every character here is one cell).
    const para = '　　为深入践行以人民为中心的发展思想，集中力量解决群众急难愁盼问题，经广泛征求意见、县人大常委会票决，确定实施十项重点民生实事项目，制定本方案。';
    const wrapped = para.match(/.{1,30}/gu)!;
    // A wrapped title's last character left alone is its tail, not OCR noise.
    const text = [
      '县政府文件',
      '云泽县人民政府关于印发《云泽县重点民生实事项目实施方案》的通',
      '知',
      '云政发〔2023〕5号',
      ...wrapped,
      '一、总体要求',
      '　　附件：云泽县二〇二三年重点民生实事项目实施方案任务分工',
      '云泽县人民政府',
      '2023年4月28日',
    ].join('\n');
    expect(blocksOf(text).map((x) => [x.kind, x.text])).toEqual([
      ['text', '县政府文件'],
      ['text', '云泽县人民政府关于印发《云泽县重点民生实事项目实施方案》的通知'],
      ['text', '云政发〔2023〕5号'],
      ['text', para.trim()],
      ['text', '一、总体要求'],
      ['text', '附件：云泽县二〇二三年重点民生实事项目实施方案任务分工'],
      ['text', '云泽县人民政府'],
      ['text', '2023年4月28日'],
    ]);
    const toc = ['目　录', '　　云泽县人民政府关于印发《云泽县2023年重点民生实事', '项目实施方案》的通知（云政发〔2023〕5号）……………', '（2）'].join('\n');
    expect(blocksOf(toc).map((x) => x.text)).toEqual([
      '目　录',
      '云泽县人民政府关于印发《云泽县2023年重点民生实事项目实施方案》的通知（云政发〔2023〕5号）……………（2）',
    ]);
  });

  it('keeps a headline line that stops short of the column off the headline under it, over an indented paragraph', () => {
    // Hard-wrapped at 22 cells, no blank lines (the zoo's wire copy, wrap layout): a kicker of 20 cells.
    const para =
      '　　新华社北京6月20日电（记者周亦然）记者从国家防总办公室获悉，受新一轮强降雨影响，南方四省部分河流将发生超警洪水。国家防总20日针对南方四省启动防汛四级应急响应，派出工作组赴一线指导。气象部门预计，上述地区将有大到暴雨，局地大暴雨。';
    const text = ['（完）', '国家防总针对南方四省启动防汛四级应急响应', '南方多地迎来新一轮强降雨', ...para.match(/.{1,22}/gu)!].join('\n');
    expect(blocksOf(text).map((x) => x.text).slice(1, 3)).toEqual(['国家防总针对南方四省启动防汛四级应急响应', '南方多地迎来新一轮强降雨']);
    // A headline that fills the column is wrapped onto the next line.
    const wrapped = ['（完）', '国家防总针对南方四省启动防汛四级应急响应工', '作部署', ...para.match(/.{1,22}/gu)!].join('\n');
    expect(blocksOf(wrapped)[1].text).toBe('国家防总针对南方四省启动防汛四级应急响应工作部署');
  });

  it('keeps a wrapped 目次 entry\'s page number with it (no folio) and ends the entry at its page number', () => {
    // Hard-wrapped at 24 cells (the zoo's city bulletin, wrap layout): a page number alone on its
    // line, indented or not, under dot leaders; a full line that ends with its page number, then a heading.
    const toc = [
      '目　次',
      '　　汀澜市人民政府关于同意设立汀澜市青石巷历史文',
      '化街区的批复（汀政函〔2023〕22号）………………　',
      '8',
      '【市政府办公厅文件】',
      '　　汀澜市人民政府办公厅关于做好夏季高温期间安全',
      '生产工作的通知（汀政办发〔2023〕31号）………………',
      '　9',
      '【部门文件】',
      '　　汀澜市财政局关于做好2023年度市级部门预算公开',
      '工作的通知（汀财预〔2023〕22号）………………　10',
      '【人事任免】',
    ].join('\n');
    expect(blocksOf(toc).map((x) => [x.kind, x.text])).toEqual([
      ['text', '目　次'],
      // (the ideographic space before the page number, printed at the wrapped line's end, kept as printed:
      // the source prints ………………　8, as the third entry's ………………　10)
      ['text', '汀澜市人民政府关于同意设立汀澜市青石巷历史文化街区的批复（汀政函〔2023〕22号）………………　8'],
      ['text', '【市政府办公厅文件】'],
      ['text', '汀澜市人民政府办公厅关于做好夏季高温期间安全生产工作的通知（汀政办发〔2023〕31号）………………9'],
      ['text', '【部门文件】'],
      ['text', '汀澜市财政局关于做好2023年度市级部门预算公开工作的通知（汀财预〔2023〕22号）………………　10'],
      ['text', '【人事任免】'],
    ]);
    // A bare number under anything else is still a folio.
    expect(blocksOf('　　他说，这是一个好办法。\n8').map((x) => x.kind)).toEqual(['text', 'furniture']);
  });

  it('joins a wrapped headline\'s last character set apart between blank lines (OCR text)', () => {
    // Tesseract's plain text of the OCR harness's bulletin: the title's tail alone on its line.
    const text = '名单略。\n\n云泽县人民政府关于调整县城市管理委员会组成人员的通\n知\n\n云政发 (2023] 7号\n';
    const b = blocksOf(text).filter((x) => x.kind === 'text');
    expect(b.map((x) => [x.text, x.lines])).toEqual([
      ['名单略。', [1, 1]],
      ['云泽县人民政府关于调整县城市管理委员会组成人员的通知', [3, 4]],
      ['云政发 (2023] 7号', [6, 6]],
    ]);
    // a kicker over a one-character title is no wrap
    expect(blocksOf('\n市委书记在全市经济工作会议上强调——\n春\n').filter((x) => x.kind === 'text').map((x) => x.text)).toEqual([
      '市委书记在全市经济工作会议上强调——',
      '春',
    ]);
  });

  it('separates a title set directly above the body', () => {
    const b = blocksOf('区领导调研秋粮收购工作\n10月9日，区长杨万平调研秋粮收购工作。\n·金驰·\n');
    expect(b.map((x) => [x.kind, x.text])).toEqual([
      ['text', '区领导调研秋粮收购工作'],
      ['text', '10月9日，区长杨万平调研秋粮收购工作。'],
      ['byline', '·金驰·'],
    ]);
  });

  it('keeps a stack of headline lines as separate lines', () => {
    expect(blocksOf('架起服务群众“连心桥”\n用心用情倾听民声').map((x) => x.text)).toEqual([
      '架起服务群众“连心桥”',
      '用心用情倾听民声',
    ]);
  });

  it('joins Latin words across a wrap with a space and keeps hyphens', () => {
    const text = '会议要求，全面推进城市数字化建设，推广Smart\nCity建设和Wi-Fi全覆盖工作，落实到位。';
    expect(blocksOf(text)[0].text).toBe('会议要求，全面推进城市数字化建设，推广Smart City建设和Wi-Fi全覆盖工作，落实到位。');
  });

  it('joins a number cut by a wrap with nothing between its digits', () => {
    const text = '　　会议指出，全县共有农户约210\n0户，粮食作物种植面积完成率达99.9\n9%，同比增长较快，各部门要加强值\n守。';
    expect(blocksOf(text)[0].text).toBe('会议指出，全县共有农户约2100户，粮食作物种植面积完成率达99.99%，同比增长较快，各部门要加强值守。');
  });

  it.each([
    ['约210', '0户', '约2100户'],
    ['99.9', '9%', '99.99%'],
    ['第1', '9条', '第19条'],
    ['1,', '000元', '1,000元'],
    ['over', 'the', 'over the'],
    ['Smart', 'City', 'Smart City'],
    ['推广', 'Smart', '推广Smart'],
    ['Wi-', 'Fi', 'Wi-Fi'],
    // An address set in Chinese text is cut anywhere by a narrow column: no space inside it.
    ['电子邮箱qlr', 'bfk@163.com，', '电子邮箱qlrbfk@163.com，'],
    ['登录网站www.qlrb', 'news.cn投稿。', '登录网站www.qlrbnews.cn投稿。'],
    ['详见https://www.exa', 'mple.gov.cn/a', '详见https://www.example.gov.cn/a'],
    ['邮箱tougao@', 'qlrb.cn', '邮箱tougao@qlrb.cn'],
    // A Latin word after a space is an English word: the space stays.
    ['write to', 'editor@example.com', 'write to editor@example.com'],
    ['见www', 'site', '见www site'],
    // A lone lowercase letter against a closing bracket, punctuation or Han is the tail of the word
    // the wrap cut (tester13 finding 12): no English word is one lowercase letter set so.
    ['会长何塞·梁（José Leun', 'g）介绍，', '会长何塞·梁（José Leung）介绍，'],
    ['（Wing Hong Szet', 'o），现年72岁', '（Wing Hong Szeto），现年72岁'],
    ['the word', 's, and', 'the words, and'],
    // …but the article a before its noun, and a capital, open a word.
    ['over', 'a bridge', 'over a bridge'],
    ['Kwong Kwok', 'Wah）', 'Kwong Kwok Wah）'],
  ])('joinWrapped(%s, %s) → %s', (a, b, joined) => {
    expect(joinWrapped(a, b)).toBe(joined);
  });

  it('splits jump markers off the paragraph as furniture', () => {
    const b = blocksOf('确保各项工作落到实处，全力（下转第3版）');
    expect(b.map((x) => [x.kind, x.text, x.jump ?? null])).toEqual([
      ['text', '确保各项工作落到实处，全力', null],
      ['furniture', '（下转第3版）', { direction: 'out', page: 3 }],
    ]);
  });
});

describe('headlines wrapped in a narrow column (plain text)', () => {
  it('joins a headline line that leaves a quotation open, or is followed by its last character', () => {
    // As the OCR harness's 3-column render prints them (scripts/ocr, the text as drawn).
    expect(blocksOf('齐心浇灌城市“\n文明花”\n\n正文第一段，说明情况。').map((b) => b.text)).toEqual(['齐心浇灌城市“文明花”', '正文第一段，说明情况。']);
    expect(blocksOf('喜迎六一 快乐成\n长\n\n正文第一段。').map((b) => b.text)[0]).toBe('喜迎六一 快乐成长');
    expect(blocksOf('崇川启动“我助\n企业攀新高”系列活动\n优化营商环境').map((b) => b.text)).toEqual(['崇川启动“我助企业攀新高”系列活动', '优化营商环境']);
    const kicker = blocksOf('狼山镇街道人大工委开展“大\n地美容”行动，反映问题19条，\n全部整改到位——\n齐心浇灌城市“文明花”\n　　今年以来，狼山镇街道人大工委积极开展行动，组织代表察看问题。');
    expect(kicker[0].text).toBe('狼山镇街道人大工委开展“大地美容”行动，反映问题19条，');
    expect(kicker[0].joins).toEqual([{ line: 2, kind: 'wrap' }]);
  });
  it('joins a wrapped headline over the blank lines Tesseract sets between its lines, and its shorter tail', () => {
    // Tesseract 5.3.0's plain text of the harness's degraded 3-column render (fixtures/ocr/issue-3col-degraded/ocr.txt.gz, page 1).
    const body = ['5月25日上午,区委书记胡拥军', '督查全区防汛防台工作。调研强调，', '要坚持人民至上、生命至上,以临战', '状态严阵以待,坚决筑牢防汛防台坚', '固屏障,全力保障人民群众生命财产'];
    const ocr = blocksOf(`区领导督查全区\n\n防汛防台工作\n\n筑牢坚固屏障 保障群众安\n\n全\n\n${body.join('\n')}`);
    // the pair of one width stays two blocks (the model and the assembly weigh it); the last character joins its line
    expect(ocr.map((b) => b.text).slice(0, 3)).toEqual(['区领导督查全区', '防汛防台工作', '筑牢坚固屏障 保障群众安全']);
    expect(ocr[2].joins).toEqual([{ line: 7, kind: 'wrap' }]);
    // The text as drawn (fixtures/ocr/issue-3col-degraded/truth.txt.gz): a title over three lines, the last one shorter.
    const truth = blocksOf('崇川区召开老旧\n小区改造专题推\n进会\n\n用心用情打造群众满意精\n品工程\n\n　　5月25日,崇川区召开“投身双\n月攻坚战当紫琅干将”老旧小区改');
    expect(truth.map((b) => b.text).slice(0, 3)).toEqual(['崇川区召开老旧', '小区改造专题推进会', '用心用情打造群众满意精']);
    expect(blocksOf('崇川启动“我助\n企业攀新高”系\n列活动\n\n优化营商环境\n提振企业信心').map((b) => b.text)).toEqual(['崇川启动“我助企业攀新高”系列活动', '优化营商环境', '提振企业信心']);
  });
  it("joins a headline's longer tail under a line at the page's wrap width, and only there", () => {
    // The held-out county paper of the OCR harness in 3 columns, as drawn (scripts/ocr heldout-county-3col):
    // its titles fill the column at 7 cells (of a 16-cell body column), three times with a headline line under them.
    const para = ['　　本报讯　6月8日上午，县委书', '记赵启明主持召开县委常委会扩大', '会议，传达学习省市有关会议精神', '，研究部署二季度重点工作。'].join('\n');
    const page = `县委常委会召开\n扩大会议\n\n研究部署二季度重点工作\n\n${para}\n\n我县新建改扩建\n六所学校\n\n${para}\n\n青岚县举办首届\n夏季农产品产销\n对接会\n\n${para}`;
    const titles = blocksOf(page).filter((b) => b.rawLines.length <= 3 && !b.indented).map((b) => b.text);
    expect(titles).toEqual(['县委常委会召开扩大会议', '研究部署二季度重点工作', '我县新建改扩建六所学校', '青岚县举办首届', '夏季农产品产销对接会']);
    // one such pair is no evidence of a wrap width: the short line stays a block of its own
    const once = `县委常委会召开\n扩大会议\n\n研究部署二季度重点工作\n\n${para}`;
    expect(blocksOf(once).map((b) => b.text).slice(0, 2)).toEqual(['县委常委会召开', '扩大会议']);
  });
  it('reads a bare number amid text as residue, not as a folio', () => {
    // Tesseract's plain text of the held-out county paper's degraded 3-column render (scripts/ocr):
    // a digit read in the strokes of the bold title, between its two lines.
    const page = '青岚县报　2023年6月9日　星期五　第1版\n\n县委常委会召开\n4\n扩大会议\n\n研究部署二季度重点工作\n\n本报讯　6月8日上午，县委召开会议。\n\n12';
    const kinds = blocksOf(page).filter((b) => b.kind === 'furniture').map((b) => [b.text.trim(), b.furnitureKind]);
    // the number at the page's foot stays its folio
    expect(kinds).toEqual([
      ['青岚县报　2023年6月9日　星期五　第1版', 'running-head'],
      ['4', 'noise'],
      ['12', 'folio'],
    ]);
  });
  it('reads a bare number right under a line cut inside a number as that number\'s wrapped tail', () => {
    // tester27's price table in the wrap layout: 0000-6610 / 001 (a phone number cut by the column), then the next row.
    const table = '本周部分在售楼盘参考价\n\n　　楼盘名称　区域　均价（元/㎡）　咨询电话\n　　雁栖湖·云庭　滨湖新区　13800　0000-6610\n001\n　　高铁新城·悦府　高铁新城　10500　0000-66\n10002\n　　注：以上价格仅供参考。\n';
    const blocks = blocksOf(table);
    expect(blocks.filter((b) => b.kind === 'furniture')).toEqual([]);
    expect(blocks.map((b) => b.text).join('\n')).toContain('0000-6610001');
    // a digit between the lines of a headline that ends in no number stays residue (the test above)
    expect(blocksOf('县委常委会召开\n4\n扩大会议\n\n本报讯　6月8日上午，县委召开会议。').filter((b) => b.kind === 'furniture').map((b) => b.furnitureKind)).toEqual(['noise']);
  });
  it('reads a byline-shaped line too short to wrap into the line under it as a byline', () => {
    // Tesseract 5.3.0's plain text of the degraded 3-column render (fixtures/ocr/issue-3col-degraded/ocr.txt.gz):
    // a story's byline run into the first line of the next column, no blank line between.
    const b = blocksOf('意的精品工程。\n崇组宣.\n动环境质量持续改善。作为环\n卫体制改革的重要一环,新整合组建');
    expect(b.map((x) => [x.kind, x.text])[1]).toEqual(['byline', '崇组宣.']);
    // a line as wide as the one under it may be a paragraph's first line wrapped: no byline
    expect(blocksOf('意的精品工程。\n崇组宣.\n动环境').filter((x) => x.kind === 'byline')).toEqual([]);
  });
  it('keeps lines of verse apart, however alike (a poem set a line apart, the zoo literary supplement)', () => {
    const poem = '故乡的桥\n\n◎沈墨白\n\n一座石桥\n\n把村庄的两岸\n\n缝在了一起\n\n母亲从桥上走过\n\n挑着稻谷，也挑着月光\n\n她的脚步声';
    expect(blocksOf(poem).filter((b) => b.kind === 'text').map((b) => b.text)).toEqual(['故乡的桥', '一座石桥', '把村庄的两岸', '缝在了一起', '母亲从桥上走过', '挑着稻谷，也挑着月光', '她的脚步声']);
    expect(blocksOf('江边夜坐\n\n□韩立川\n\n江水不说话\n\n灯火替它说\n\n一条船从上游来\n\n把月亮运到了下游').filter((b) => b.kind === 'text')).toHaveLength(5);
  });
  it('joins two headline lines that read as one document title (关于…的 + its kind)', () => {
    // As Tesseract's plain text of the harness's bulletin render wraps them (scripts/ocr).
    expect(blocksOf('云泽县人民政府办公室关于进一步做好高校毕业生等青年\n就业创业工作的通知\n\n云政办发〔2023〕12号').map((b) => b.text)).toEqual([
      '云泽县人民政府办公室关于进一步做好高校毕业生等青年就业创业工作的通知',
      '云政办发〔2023〕12号',
    ]);
    expect(blocksOf('关于印发《云泽县2023年重点民生实事项目实施方案》的\n通知').map((b) => b.text)).toEqual(['关于印发《云泽县2023年重点民生实事项目实施方案》的通知']);
    // Two titles each with its kind, or a title over a deck, stay apart.
    expect(blocksOf('县政府关于调整委员会组成人员的通知\n县政府关于表彰先进集体的决定').length).toBe(2);
    expect(blocksOf('关于做好防汛工作\n确保群众安全').length).toBe(2);
    // A quotation whose closing mark OCR read as a dash is closed: no wrap into the next line.
    expect(leavesQuoteOpen('架起服务群众“连心桥-')).toBe(false);
    expect(blocksOf('架起服务群众“连心桥-\n用心用情倾听民声').length).toBe(2);
  });
  it('reads a paragraph whose indent the OCR dropped as running text (an indent-less hard-wrapped page)', () => {
    // Tesseract 5.3.0's plain text of the harness's degraded 3-column render (build/ocr, page 1): no
    // line is indented, so a paragraph's first line is 2 cells short of the 16-cell column.
    const col = ['要坚持人民至上、生命至上,以临战', '状态严阵以待,坚决筑牢防汛防台坚', '固屏障,全力保障人民群众生命财产', '系统运转稳定、应急指挥高效顺畅。'];
    const para = ['城东街道森大带小区正在进行', '老旧小区改造,胡拥军实地了解改造', '推进情况,现场会'];
    const b = blocksOf([...col, '', ...para].join('\n')).filter((x) => x.kind === 'text');
    expect(b.map((x) => x.text)).toEqual([col.join(''), para.join('')]);
    // With an indent anywhere on the page, the flush line over the body stays a headline of its own.
    const indented = blocksOf([...col.map((l, i) => (i === 0 ? `　　${l}` : l)), '', ...para].join('\n')).filter((x) => x.kind === 'text');
    expect(indented.map((x) => x.text)[1]).toBe(para[0]);
    // A short headline line over the body is still its own block.
    expect(blocksOf([...col, '', '区领导调研环卫', ...para.slice(1)].join('\n')).filter((x) => x.kind === 'text').map((x) => x.text)[1]).toBe('区领导调研环卫');
  });
  it('keeps a headline\'s last character after a blank line, and no stray character amid a narrow column as verse', () => {
    const body = ['5月25日上午,区委书记胡拥军', '督查全区防汛防台工作。调研强调，', '要坚持人民至上、生命至上,以临战'];
    const tail = blocksOf(['坚决做到守土有责、守土负责、守', '土尽责。', '', '区领导督查全区', '', '筑牢坚固屏障 保障群众安', '', '全', '', ...body].join('\n'));
    expect(tail.filter((x) => x.kind === 'furniture')).toEqual([]);
    expect(tail.map((x) => x.text)).toContain('筑牢坚固屏障 保障群众安全');
    // Tesseract's clean 3-column text: a stray 民 between a column's last lines and a headline is noise,
    // though every line of a 16-cell column is as short as verse.
    const stray = blocksOf(['安全隐患、备足防汛物资、充实救', '援力量、加强业务培训、强化应急', '坚决做到守土有责、守土负责、', '土尽责。', '', '民', '', '区领导调研环卫', '', '体制改革工作', ...body].join('\n'));
    expect(stray.filter((x) => x.kind === 'furniture').map((x) => [x.furnitureKind, x.text])).toEqual([['noise', '民']]);
  });
  it('joins the lines of one headline over OCR residue read between them, and keeps the residue', () => {
    // Tesseract's plain text of the clean 3-column render: a photo's residue beside the title.
    const b = blocksOf('杨阳:\n\n竺川启动“我助\n<到2?》\n\n企业攀新高”系\n列活动\n优化营商环境\n提振企业信心\n\n5月29日,崇川区举办活动。');
    expect(b.filter((x) => x.kind === 'text').map((x) => x.text).slice(0, 2)).toEqual(['竺川启动“我助企业攀新高”系列活动', '优化营商环境']);
    expect(b.filter((x) => x.furnitureKind === 'noise').map((x) => x.text)).toEqual(['<到2?》']);
    const title = b.find((x) => x.text.startsWith('竺川'))!;
    // (its lines' ranges leave out the residue's line)
    expect(title.spans).toEqual([
      [3, 3],
      [6, 6],
      [7, 7],
    ]);
  });
  it('reads a flush line that fills the column over running text as a paragraph\'s line, not a headline', () => {
    // The text as drawn of the degraded 3-column render: a page's first line, run on from the page before.
    const text = ['划片交办到街道相关部门,通过不定', '', '－2－', '崇川新闻　2023年5月30日　星期二　第3版', '', '期实地考察和专题调研的形式督促', '问题解决。同时依托区长效办“随', '手拍”工作微信号和街道“随手拍”', '微信号,积极开展市容环境卫生问题', '　　“大地美容”行动实施以来,各'].join('\n');
    const texts = blocksOf(text).filter((x) => x.kind === 'text').map((x) => x.text);
    expect(texts[1]).toBe('期实地考察和专题调研的形式督促问题解决。同时依托区长效办“随手拍”工作微信号和街道“随手拍”微信号,积极开展市容环境卫生问题');
    // a title short of the column stays a headline of its own
    expect(blocksOf('区领导调研重点民生\n问题解决。同时依托区长效办“随\n手拍”工作微信号和街道“随手拍”\n微信号,积极开展市容环境卫生问题').map((x) => x.text)[0]).toBe('区领导调研重点民生');
  });
  it('keeps a stack of headlines apart without that evidence, and a column label after a story', () => {
    expect(blocksOf('区领导督查全区\n防汛防台工作').map((b) => b.text)).toEqual(['区领导督查全区', '防汛防台工作']);
    expect(blocksOf('开展“文明积分”评比——\n东湖乡“小积分”兑出乡风文明“大变化”').length).toBe(2);
    expect(isWrapTail('银杏')).toBe(false);
    expect(isWrapTail('知')).toBe(true);
    expect(isWrapTail('心”')).toBe(true);
    expect(leavesQuoteOpen('开展“大地美容”行动')).toBe(false);
    expect(leavesQuoteOpen('崇川启动“我助')).toBe(true);
  });

  it('reads a short headline line under one of its width as its continuation (continuesHeadline)', () => {
    // a deck set as two phrases (the bundled issue), a cross-head pair (the zoo's district paper)
    expect(continuesHeadline('优化营商环境', '提振企业信心')).toBe(true);
    expect(continuesHeadline('搭建“连心桥”', '民意收集更畅通')).toBe(true);
    // a title over a deck of its width is longer; a column label over a title shorter
    expect(continuesHeadline('县委常委会召开扩大会议', '研究部署二季度重点工作')).toBe(false);
    expect(continuesHeadline('光影梧川', '古镇夜色')).toBe(false);
    // widths apart, a date, a kicker's dash, running text
    expect(continuesHeadline('优化营商环境', '提振企业发展信心')).toBe(false);
    expect(continuesHeadline('县人民政府', '2023年5月18日')).toBe(false);
    expect(continuesHeadline('大地美容——', '齐心浇灌文明')).toBe(false);
    expect(continuesHeadline('优化营商环境，', '提振企业信心')).toBe(false);
  });
});

describe('rejoin', () => {
  it.each([
    ['调研要求相', '关单位要密切关注流域汛情发展。', 'word'],
    ['胡拥军实地了解改造推进情况，现场会', '商解决难点堵点问题。', 'word'],
    ['同时召集街道综合行政执法', '局、社区、物业等单位进行会商。', 'word'],
    ['按照“包保”制，入户走访，宣传、劝导居民配合小区', '改造违章搭建、防盗窗等外墙构筑物的拆除。', 'page'],
  ])('%s | %s → one paragraph (%s)', (a, b, kind) => {
    const blocks = rejoin(blocksOf(`${a}，继续工作\n\n${b}`.replace('，继续工作', '')), segmenter);
    expect(blocks.map((x) => x.text)).toEqual([a + b]);
    expect(blocks[0].joins).toEqual([{ line: 3, kind }]);
  });

  it.each([
    ['全力保障人民群众生命财产安全。', '长江滨江公园段江岸水深坡陡，是我区沿江险工险段。'],
    ['他说：“一定要把好事办实。”', '来到哈迪森幼幼馆，杨万平与负责人深入交流。'],
    ['要坚持人民至上！', '会议强调，要严格落实责任。'],
    ['会议要求，各部门要加强值班值守', '优化营商环境'],
  ])('%s | %s stay apart', (a, b) => {
    expect(rejoin(blocksOf(`${a}\n\n${b}`), segmenter)).toHaveLength(2);
  });

  it('rejoins across page furniture and keeps the furniture aside', () => {
    const blocks = rejoin(
      blocksOf('县委书记胡拥\n\n－３－\n\n滨海日报　２０２２年３月４日　星期五\n\n军强调，要做好防控工作。'),
      segmenter,
    );
    expect(blocks.map((x) => [x.kind, x.text])).toEqual([
      ['text', '县委书记胡拥军强调，要做好防控工作。'],
      ['furniture', '－３－'],
      ['furniture', '滨海日报　２０２２年３月４日　星期五'],
    ]);
    expect(blocks[0].spans).toEqual([
      [1, 1],
      [7, 7],
    ]);
  });

  it('rejoins a number cut by a page break with nothing between its digits', () => {
    const blocks = rejoin(
      blocksOf('会议要求，各部门要加强值班值守，根据条例第1\n\n滨海日报　２０２２年３月４日　星期五\n\n9条规定，各部门要切实扛起安全生产政治责任。'),
      segmenter,
    );
    expect(blocks[0].text).toBe('会议要求，各部门要加强值班值守，根据条例第19条规定，各部门要切实扛起安全生产政治责任。');
  });

  it('never rejoins a numbered heading with the paragraph under it', () => {
    const blocks = rejoin(blocksOf('三、严格执法监管\n\n区生态环境局联合相关部门开展执法检查。'), segmenter);
    expect(blocks.map((x) => x.text)).toEqual(['三、严格执法监管', '区生态环境局联合相关部门开展执法检查。']);
  });

  it('rejoins a line that stops inside a quotation with the text that closes it', () => {
    // Tesseract's plain text of the 3-column render: a column's last line, then the next column's first.
    const blocks = rejoin(blocksOf('等出席会议。\n会议指出,要进一步增强贯彻“\n\n四敢”导向的责任感和紧迫感,深刻\n理解政策导向,准确把握工作要求。'), segmenter);
    expect(blocks.map((x) => x.text)).toEqual(['等出席会议。', '会议指出,要进一步增强贯彻“四敢”导向的责任感和紧迫感,深刻理解政策导向,准确把握工作要求。']);
    // a headline wrapped inside its quotation is no running text to continue
    expect(rejoin(blocksOf('正文说明情况。\n\n齐心浇灌城市“\n\n文明花”'), segmenter).map((x) => x.text)).toEqual(['正文说明情况。', '齐心浇灌城市“', '文明花”']);
  });

  it('rejoins a punctuated first line the OCR set apart on an indent-less page', () => {
    // Tesseract's plain text of the clean 3-column render: each paragraph's first line a block of its own.
    const col = ['提升环卫工作精细化、规范化、科', '学化水平,推动城市功能品质和治理', '能力不断提升。区领导谢小兵参加。'];
    const text = [...col, '', '会议强调,各板块各部门要严格', '', '按照区委部署要求,相互支持、协调', '配合,形成工作合力。'].join('\n');
    expect(rejoin(blocksOf(text), segmenter).map((x) => x.text)[1]).toBe('会议强调,各板块各部门要严格按照区委部署要求,相互支持、协调配合,形成工作合力。');
    // indented paragraphs elsewhere: the indents were kept, the short line stays apart
    const kept = [`　　${col[0]}`, ...col.slice(1), '', '会议强调,各板块各部门要严格', '', '按照区委部署要求,相互支持、协调', '配合,形成工作合力。'].join('\n');
    expect(rejoin(blocksOf(kept), segmenter).map((x) => x.text)[1]).toBe('会议强调,各板块各部门要严格');
  });

  it('rejoins an indented first line at a page\'s end with the page that opens flush', () => {
    // The text as drawn of the clean 3-column render.
    const text = ['　　“大地美容”行动实施以来,各', '级人大代表、选民代表积极参与,反', '映占道经营、小区乱堆放、飞线充', '电等问题19条,全部整改到位。', '　　接下来,狼山镇街道人大工委将', '', '－3－', '崇川新闻　2023年5月30日　星期二　第4版', '', '持续以“大地美容”行动为契机,向', '人大代表、选民代表发出倡议书。'].join('\n');
    const texts = rejoin(blocksOf(text), segmenter).filter((x) => x.kind === 'text').map((x) => x.text);
    expect(texts[1]).toBe('接下来,狼山镇街道人大工委将持续以“大地美容”行动为契机,向人大代表、选民代表发出倡议书。');
    // an indented cross-head is short: it stays apart
    expect(rejoin(blocksOf(text.replace('　　接下来,狼山镇街道人大工委将', '　　一、聚焦关键环节')), segmenter).filter((x) => x.kind === 'text').map((x) => x.text)[1]).toBe('一、聚焦关键环节');
  });

  it('finds words across a break', () => {
    expect(wordAcrossBreak('调研要求相', '关单位', segmenter)).toBe(true);
    expect(wordAcrossBreak('配合小区', '改造', segmenter)).toBe(false);
  });
});

describe('isHeadlineShaped', () => {
  it.each([
    ['区领导调研防汛、安全生产工作', true],
    ['王建忠：让群众满意是最大追求', true],
    ['凝心聚力，奋勇争先', true],
    ['防汛，我们准备好了！', true],
    ['喜迎六一 快乐成长', true],
    ['开展“文明积分”评比，激发村民内生动力，全部整改到位——', true],
    ['区领导谢小兵、顾斌、张文', false],
    ['会议指出：', false],
    ['6月1日，区长杨万平调研', false],
    ['5月25日上午，区委书记督查', false],
    ['5月25日，崇川区召开推进会。', false],
    ['要坚持人民至上、生命至上，以临战状态严阵以待', false],
  ])('%s → %s', (text, want) => {
    expect(isHeadlineShaped(text)).toBe(want);
  });
});

/** A finished story signed like every story of the district paper: page context for an item under test. */
const SIGNED_STORY = '区领导调研环卫体制改革工作\n\n推动城市品质治理能力双提升\n\n5月27日，区领导调研环卫体制改革工作。他强调，要持续推进改革。\n\n·金驰·\n\n';

describe('structure: headline rules', () => {
  it('reads title and subtitle, and a kicker ending in ——', () => {
    const s = articlesOf('开展“大地美容”行动，反映问题19条——\n\n齐心浇灌城市“文明花”\n\n——全面整改到位\n\n24日下午，街道收到一组图。\n\n·缪通 陈苏君·\n');
    expect(s.articles.map((a) => [a.kicker, a.title, a.subtitles, a.bylines])).toEqual([
      ['开展“大地美容”行动，反映问题19条——', '齐心浇灌城市“文明花”', ['——全面整改到位'], ['缪通', '陈苏君']],
    ]);
  });

  it('reads a short line ending in a colon above a title as its kicker', () => {
    const s = articlesOf('观音山街道：\n\n“网格+”激活基层治理末梢\n\n今年以来，街道深化治理模式。\n\n·陈晨·');
    expect(s.articles.map((a) => [a.kicker, a.title])).toEqual([['观音山街道：', '“网格+”激活基层治理末梢']]);
  });

  it('keeps a short line ending in a colon before running text as running text', () => {
    const s = articlesOf('全区召开会议\n\n6月1日，全区召开会议。\n\n会议指出：\n\n要坚持人民至上，做好各项工作。\n\n·陈晨·');
    expect(s.articles.map((a) => [a.title, a.paragraphs])).toEqual([
      ['全区召开会议', ['6月1日，全区召开会议。', '会议指出：', '要坚持人民至上，做好各项工作。']],
    ]);
  });

  it('joins a subtitle printed over two short lines', () => {
    const s = articlesOf(`${SIGNED_STORY}崇川启动系列活动\n\n优化营商环境\n提振企业信心\n\n5月29日，崇川区举办系列活动。\n\n·阮晓萍·`);
    expect(s.articles[1].subtitles).toEqual(['优化营商环境 提振企业信心']);
  });

  // The coordinator's repros of the live path (/work/notes/coord-repro): forms the removed rule-based
  // segmenter read right and the decoder did not (each failed before).
  it('reads a stack of three decks with no marks as kicker, title and subtitle, not a photo item and a story', () => {
    const s = articlesOf(`${SIGNED_STORY}狼山镇街道开展“大地美容”行动\n\n齐心浇灌城市“文明花”\n\n全面整改到位\n\n24日下午，街道收到一组图。\n\n·缪通 陈苏君·\n`);
    expect(s.articles.map((a) => [a.kind, a.kicker, a.title, a.subtitles, a.bylines])).toEqual([
      ['article', null, '区领导调研环卫体制改革工作', ['推动城市品质治理能力双提升'], ['金驰']],
      ['article', '狼山镇街道开展“大地美容”行动', '齐心浇灌城市“文明花”', ['全面整改到位'], ['缪通', '陈苏君']],
    ]);
  });

  it('keeps a short subtitle under a title under a —— kicker apart from the title', () => {
    const s = articlesOf(`${SIGNED_STORY}开展“大地美容”行动，反映问题19条——\n\n齐心浇灌城市“文明花”\n\n全面整改到位\n\n24日下午，街道收到一组图。\n\n·缪通 陈苏君·\n`);
    expect(s.articles.map((a) => [a.kicker, a.title, a.subtitles])[1]).toEqual(['开展“大地美容”行动，反映问题19条——', '齐心浇灌城市“文明花”', ['全面整改到位']]);
  });

  it('reads a lone two-line cross-head in a paper that signs every story as a cross-head', () => {
    const s = articlesOf(`${SIGNED_STORY}街道开展行动\n\n24日下午，街道开展行动。\n\n架起服务群众“连心桥”\n用心用情倾听民声\n\n居民说，环境变好了。\n\n·金驰·`);
    expect(s.articles.map((a) => [a.title, a.bylines])).toEqual([
      ['区领导调研环卫体制改革工作', ['金驰']],
      ['街道开展行动', ['金驰']],
    ]);
    expect(s.articles[1].crossheads).toEqual([
      { text: '架起服务群众“连心桥”', paragraph: 1 },
      { text: '用心用情倾听民声', paragraph: 2 },
    ]);
    expect(s.articles[1].paragraphs).toHaveLength(4);
  });

  it('reads a subtitle of two parallel phrases over two lines under the first item of a page', () => {
    const s = articlesOf('崇川启动系列活动\n\n优化营商环境\n提振企业信心\n\n5月29日，崇川区举办系列活动。\n\n·阮晓萍·');
    expect(s.articles.map((a) => [a.kicker, a.title, a.subtitles])).toEqual([[null, '崇川启动系列活动', ['优化营商环境 提振企业信心']]]);
  });

  it('keeps cross-heads inside the story, as paragraphs of their own', () => {
    const s = articlesOf(
      `${SIGNED_STORY}街道开展行动\n\n24日下午，街道开展行动。\n\n架起服务群众“连心桥”\n\n居民说，环境变好了。\n\n用心用情倾听民声\n\n居民说，服务更近了。\n\n·金驰·`,
    );
    expect(s.articles.map((a) => a.title)).toEqual(['区领导调研环卫体制改革工作', '街道开展行动']);
    expect(s.articles[1].crossheads).toEqual([
      { text: '架起服务群众“连心桥”', paragraph: 1 },
      { text: '用心用情倾听民声', paragraph: 3 },
    ]);
    expect(s.articles[1].paragraphs).toHaveLength(5);
  });

  it('a headline that interrupts a story mid-sentence starts one; the rest continues later', () => {
    const s = articlesOf(
      [
        '区领导调研环卫工作',
        '5月26日上午，区委书记胡拥军调研环卫工作。区领导谢小兵、顾斌、张文',
        '崇川区召开推进会',
        '5月25日，崇川区召开推进会。',
        '·崇组宣·',
        '动环境质量持续改善。',
        '·金驰·',
      ].join('\n\n'),
    );
    expect(s.articles.map((a) => [a.title, a.paragraphs, a.bylines])).toEqual([
      ['区领导调研环卫工作', ['5月26日上午，区委书记胡拥军调研环卫工作。区领导谢小兵、顾斌、张文动环境质量持续改善。'], ['金驰']],
      ['崇川区召开推进会', ['5月25日，崇川区召开推进会。'], ['崇组宣']],
    ]);
    expect(s.articles[0].joins).toContainEqual({ line: 11, kind: 'continuation' });
  });

  it('a headline with no body of its own is a photo item', () => {
    const s = articlesOf('喜迎六一 快乐成长\n\n\n\n开展行动，全部整改到位——\n\n齐心浇灌城市“文明花”\n\n24日下午，街道收到一组图。\n\n·缪通·');
    expect(s.articles.map((a) => [a.kind, a.title])).toEqual([
      ['photo', '喜迎六一 快乐成长'],
      ['article', '齐心浇灌城市“文明花”'],
    ]);
  });

  it('reads indented one-line cross-heads in hard-wrapped text', () => {
    const s = articlesOf(
      [
        '全县召开推进会',
        '',
        '　　本报讯（记者 刘晓燕）5月25日上午，全县召开推进会。县长李卫东主持会议。',
        '　　一、聚焦关键环节',
        '　　李卫东强调，要紧盯土地要素保障，确保项目早落地。',
        '　　二、强化督查考核',
        '　　李卫东要求，各部门要压实责任。',
      ].join('\n'),
    );
    expect(s.articles).toHaveLength(1);
    expect(s.articles[0].crossheads.map((c) => c.text)).toEqual(['一、聚焦关键环节', '二、强化督查考核']);
    expect(s.articles[0].paragraphs).toHaveLength(5);
  });

  it('a byline under the headline opens the story (features)', () => {
    const s = articlesOf(
      '共话文明新风尚\n——记海西镇“好家风”宣讲团\n\n本报记者 郑丹丹\n\n在海西镇，提起宣讲团，村民们都竖起了大拇指。\n\n“家风正，则民风淳。”镇长林海波说。\n',
    );
    expect(s.articles.map((a) => [a.kind, a.title, a.subtitles, a.bylines, a.paragraphs.length])).toEqual([
      ['article', '共话文明新风尚', ['——记海西镇“好家风”宣讲团'], ['郑丹丹'], 2],
    ]);
    expect(s.unassigned).toEqual([]);
  });

  it('a headline set apart by blank lines, with one caption, is a photo item', () => {
    const s = articlesOf(
      '社区开展义诊\n\n近日，社区开展义诊。\n\n·李文·\n\n\n\n喜迎六一 快乐成长\n\n\n\n5月31日，小朋友们在公园里表演节目。\n\n\n\n区领导调研工作\n\n为进一步做好工作，区长调研。\n\n·金驰·',
    );
    expect(s.articles.map((a) => [a.kind, a.title, a.paragraphs.length])).toEqual([
      ['article', '社区开展义诊', 1],
      ['photo', '喜迎六一 快乐成长', 1],
      ['article', '区领导调研工作', 1],
    ]);
  });

  it('stitches a jumped story and moves the markers and repeated title out of the body', () => {
    const s = articlesOf(
      [
        '全县召开经济工作会议',
        '本报讯（记者 王峰）11月3日，全县召开经济工作会议。会议强调，要坚定信心、（下转第3版）',
        '其他新闻标题',
        '11月3日，其他新闻正文。',
        '·李文·',
        '全县召开经济工作会议',
        '（上接第2版）真抓实干，奋力完成全年目标任务。',
      ].join('\n\n'),
    );
    expect(s.articles.map((a) => [a.title, a.paragraphs])).toEqual([
      ['全县召开经济工作会议', ['11月3日，全县召开经济工作会议。会议强调，要坚定信心、真抓实干，奋力完成全年目标任务。']],
      ['其他新闻标题', ['11月3日，其他新闻正文。']],
    ]);
    expect(s.articles[0].joins).toContainEqual({ line: 13, kind: 'jump' });
    expect(s.furniture.map((f) => [f.text, f.kind])).toEqual([
      ['（下转第3版）', 'jump'],
      ['全县召开经济工作会议', 'jump'],
      ['（上接第2版）', 'jump'],
    ]);
    expect(s.diagnostics.map((d) => d.code)).not.toContain('jump/unmatched');
  });

  it('a trailing credit in brackets ends the story: later text is not glued to it', () => {
    const s = articlesOf('全县召开会议\n\n11月3日，全县召开会议。（记者 王峰）\n\n这是一段没有标题的文字，不属于任何文章。');
    expect(s.articles.map((a) => [a.paragraphs, a.creditLines, a.bylines])).toEqual([
      [['11月3日，全县召开会议。'], ['（记者 王峰）'], ['王峰']],
    ]);
    expect(s.unassigned.map((u) => u.text)).toEqual(['这是一段没有标题的文字，不属于任何文章。']);
    expect(s.diagnostics.filter((d) => d.code.startsWith('segment/')).map((d) => [d.code, d.line])).toEqual([['segment/orphan-fragment', 5]]);
  });

  it('reports a jump with no other half', () => {
    const s = articlesOf('全县召开会议\n\n11月3日，全县召开会议。会议强调，要坚定信心、（下转第3版）');
    expect(s.diagnostics.map((d) => d.code)).toContain('jump/unmatched');
  });

  it('puts text with no headline in unassigned, with a diagnostic', () => {
    const s = articlesOf('这是一段没有标题的文字，不属于任何文章。');
    expect(s.articles).toEqual([]);
    expect(s.unassigned).toEqual([{ text: '这是一段没有标题的文字，不属于任何文章。', lines: [1, 1] }]);
    expect(s.diagnostics.map((d) => d.code).sort()).toEqual(['segment/no-articles', 'segment/orphan-fragment']);
  });
});
