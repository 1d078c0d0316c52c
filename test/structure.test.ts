/**
 * The line-role structure step (src/stages/structure/): features, Viterbi decode, fitting,
 * credit lines, and the whole path on a small page.
 */
import { describe, expect, it } from 'vitest';
import { coarseDateOpening, endClass, headForm, isPersonNames, lengthBucket, pageUnits, tableCells, textFeatures } from '../src/stages/structure/features.js';
import { maxMarginals, roleMargins, uncertainBoundaries, viterbi, viterbiFlat, ViterbiRun, transitionAllowed, type UncertainBoundary } from '../src/stages/structure/decode.js';
import { scoreUnit, scoreUnitInto } from '../src/stages/structure/roles.js';
import { FITTED } from '../src/stages/structure/fitted.js';
import { fitObjective, fitPages } from '../src/stages/structure/fit.js';
import { assemble, creditsOf, RoleTable } from '../src/stages/structure/assemble.js';
import { closeUpNames } from '../src/stages/structure/names.js';
import { DECODE_ROLES, type DecodeRole } from '../src/stages/structure/weights.js';
import { splitBlocks } from '../src/stages/split-blocks.js';
import { rejoin } from '../src/stages/rejoin.js';
import { layoutBlocks } from '../src/stages/layout.js';
import type { Segmenter } from '../src/nlp/jieba.js';
import { parseIssueDetailed, type LineRole } from '../src/index.js';

const R = DECODE_ROLES.length;
const idx = (r: (typeof DECODE_ROLES)[number]) => DECODE_ROLES.indexOf(r);
const lines = (s: string) => s.split('\n').map((text, i) => ({ line: i + 1, text }));
/** A segmenter that cuts every character (rejoin's word test without nodejieba). */
const charSegmenter: Segmenter = { cut: (s: string) => [...s], tag: () => [], extract: () => [] };

/**
 * A small page for the decoder tests: n units of fixed pseudo-random scores (noise barred from the
 * units in `noNoise`) and transitions, and `everySequence`, which visits every role sequence the
 * grammar allows (the last unit no kicker) with its total score, in lexicographic order.
 */
function smallPage(seed: number, n: number, noNoise: number[]) {
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 4 - 2;
  const flat = new Float64Array(n * R).map(() => Math.round(rnd() * 100) / 100);
  for (const k of noNoise) flat[k * R + idx('noise')] = -Infinity;
  const trans = Array.from({ length: R + 1 }, () => Array.from({ length: R }, () => Math.round(rnd() * 100) / 100));
  const everySequence = (visit: (seq: readonly number[], score: number) => void) => {
    const seq: number[] = [];
    const walk = (k: number, score: number) => {
      if (k === n) {
        if (seq[n - 1] !== idx('kicker')) visit(seq, score);
        return;
      }
      for (let r = 0; r < R; r++) {
        const p = k === 0 ? R : seq[k - 1];
        if (!transitionAllowed(p, r)) continue;
        seq[k] = r;
        walk(k + 1, score + trans[p][r] + flat[k * R + r]);
      }
    };
    walk(0, 0);
  };
  return { flat, trans, everySequence };
}

describe('features', () => {
  it('buckets lengths and ends', () => {
    expect(lengthBucket(3)).toBe('1-4');
    expect(lengthBucket(10)).toBe('9-12');
    expect(lengthBucket(500)).toBe('>120');
    expect(endClass('春——')).toBe('dash');
    expect(endClass('会议指出：')).toBe('colon');
    expect(endClass('工作。”')).toBe('stop');
    expect(endClass('（新华社电）')).toBe('rparen');
  });
  it('reads the cues of credit lines and lead-ins', () => {
    const [byline] = splitBlocks(lines('本报记者　程　远　孟庆华'));
    const f = textFeatures(byline);
    expect(f).toContain('cue:own-reporter');
    expect(f).toContain('cue:padded-name');
    const [lead] = splitBlocks(lines('新华社北京6月20日电（记者 王某）国务院新闻办公室20日举行发布会。'));
    expect(textFeatures(lead)).toEqual(expect.arrayContaining(['leadin', 'dateline', 'cue:wire-lead', 'end:stop']));
  });
  it('reads a short line over a dash subtitle as no kicker, and the line under a short line as no subtitle', () => {
    const units = pageUnits(splitBlocks(lines('奋进新征程　建功新时代\n\n沃野千里绘新图\n\n——东川省扎实推进乡村全面振兴纪实\n\n本报记者　吴晓帆')));
    const title = units.find((u) => u.block.text === '沃野千里绘新图')!;
    expect(title.features).toContain('hl&n:start:dash');
    expect(title.features).not.toContain('short-over-hl');
    const stack = pageUnits(splitBlocks(lines('记者追访\n\n斑马线本周内重新施划\n\n本报讯　记者　许安然　昨日，记者来到翠湖苑小区门口。')));
    expect(stack[0].features).toContain('short-over-hl');
    expect(stack[1].features).toContain('under-short-hl');
    // Over another headline line (a column label over a kicker over the title), none.
    const deck = pageUnits(splitBlocks(lines('【城事】\n\n老旧小区加装电梯按下“快进键”\n\n“悬空老人”告别爬楼难\n\n文/记者　卢晓婷')));
    expect(deck[0].features).toContain('short-over-hl');
    expect(deck[1].features).not.toContain('under-short-hl');
  });
  it('reads a long line over a short one, the two a stack, as a kicker over its title (long-over-hl)', () => {
    const lead = '新华社北京6月20日电（记者周亦然）记者从国家防总办公室获悉，南方四省将迎来强降雨。';
    const units = pageUnits(splitBlocks(lines(`国家防总针对南方四省启动防汛四级应急响应\n\n南方多地迎来新一轮强降雨\n\n${lead}`)));
    expect(units[0].features).toContain('long-over-hl');
    expect(units[1].features).toContain('under-long-hl');
    // A title over a subtitle set over two lines of one width: the subtitle's length is both lines'.
    const deck = pageUnits(splitBlocks(lines('崇川启动“我助企业攀新高”系列活动\n优化营商环境\n提振企业信心\n\n本报讯　5月26日，我区召开推进会。')));
    expect(deck[0].features).not.toContain('long-over-hl');
    // A title over a subtitle 1.3 times as long as it: no kicker.
    const pair = pageUnits(splitBlocks(lines('区领导调研重点民生实事项目\n\n加快推动项目落地见效\n\n5月24日，区领导调研重点民生实事项目推进情况。')));
    expect(pair[0].features).not.toContain('long-over-hl');
    // In a stack of three, 1.3 times the title's length is enough; a wrapped headline's tail is no title.
    const three = pageUnits(splitBlocks(lines('老旧小区加装电梯按下“快进键”\n\n“悬空老人”告别爬楼难\n\n今年全市已开工加装电梯312台，年底前将再开工200台\n\n文/记者　卢晓婷')));
    expect(three[0].features).toContain('long-over-hl');
  });
  it('reads a short line with no cue over a longer headline as plain (short-over-hl&plain), a column label with one not', () => {
    const page = (label: string) => pageUnits(splitBlocks(lines(`${label}\n\n骑手有了“歇脚驿站”和充电桩\n\n全市已建成“骑手驿站”86个，喝水、充电、热饭都免费\n\n文/记者　卢晓婷`)));
    expect(page('城市温度')[0].features).toEqual(expect.arrayContaining(['short-over-hl', 'short-over-hl&plain']));
    expect(page('记者追访')[0].features).toContain('short-over-hl&plain');
    expect(page('三农快讯')[0].features).toContain('short-over-hl');
    expect(page('三农快讯')[0].features).not.toContain('short-over-hl&plain');
  });
  it('reads a lone short line over a headline in a paper of long kickers as a title line (short-over-hl&long-kickers)', () => {
    // A paper whose kicker names what a leader said, and one short plain line over a headline: the
    // first line of a title printed over two lines, the line under it the title's second line.
    const lead = '林正国在东川省考察时强调\n\n坚持生态优先绿色发展 奋力谱写高质量发展新篇章\n\n本报记者　程　远\n\n本报沅州6月19日电　林正国在东川省考察调研。\n\n';
    const pair = '共建共享\n\n携手开创合作新局面\n\n多国人士积极评价第三届东亚农业合作论坛成果\n\n本报记者　林　溪\n\n第三届东亚农业合作论坛6月18日闭幕。';
    const units = pageUnits(splitBlocks(lines(lead + pair)));
    const at = (t: string) => units.find((u) => u.block.text === t)!.features;
    expect(at('共建共享')).toContain('short-over-hl&long-kickers');
    expect(at('携手开创合作新局面')).toContain('under-short-hl&no-kicker');
    // A paper of short kickers (more of them than long ones): none gets it.
    const short = '开学季\n\n校服价格记者实地探访\n\n本报讯　记者　许安然　前天，记者走访了多所中小学。\n\n';
    const metro = pageUnits(splitBlocks(lines(lead + short + short + pair)));
    expect(metro.find((u) => u.block.text === '共建共享')!.features).not.toContain('short-over-hl&long-kickers');
    // No long kicker in the paper: none either.
    const alone = pageUnits(splitBlocks(lines(pair)));
    expect(alone[0].features).toContain('short-over-hl&plain');
    expect(alone[0].features).not.toContain('short-over-hl&long-kickers');
  });
  it('reads a short plain line over a stack that opens no news story as short-over-hl&no-news', () => {
    // A column label over a service item that opens with its cross-head.
    const label = pageUnits(splitBlocks(lines('天气与农事\n\n未来一周多阵雨　注意防范“烂场雨”\n\n天气趋势\n\n据省气象台预报，5月26日至6月1日，我省将有两次明显降雨过程。')));
    expect(label[0].features).toContain('short-over-hl&no-news');
    expect(label[1].features).toContain('under-short-hl&no-kicker');
    // A kicker over a story whose reporter's credit line or lead-in stands right under its stack: no.
    const byline = pageUnits(splitBlocks(lines('城市温度\n\n骑手有了“歇脚驿站”\n\n全市已建成“骑手驿站”86个，喝水、充电、热饭都免费\n\n文/记者　卢晓婷\n\n9月10日晚上7点，正是外卖订单的高峰。')));
    expect(byline[0].features).toContain('short-over-hl&plain');
    expect(byline[0].features).not.toContain('short-over-hl&no-news');
    const leadin = pageUnits(splitBlocks(lines('记者追访\n\n斑马线本周内重新施划\n\n本报讯　记者　许安然　昨日，记者来到翠湖苑小区门口。')));
    expect(leadin[0].features).not.toContain('short-over-hl&no-news');
    // A stack holding a kicker's dash line is read by that line: no.
    const dashed = pageUnits(splitBlocks(lines('端午将至 粽叶飘香\n\n白鹭街道人大工委开展“微治理”行动，收集问题26条，全部办结——\n\n小切口撬动基层治理大变化\n\n“小区门口的路灯坏了好几天，今天一早就修好了。”')));
    expect(dashed[0].features).not.toContain('short-over-hl&no-news');
    expect(dashed[1].features).not.toContain('under-short-hl&no-kicker');
    // Right under another headline line of its width, a short line is that headline's wrapped second
    // line (OCR text of a narrow column): its headline begins above, 13 cells with it, so it is no
    // short line over the deck and no label (wrap:same-width instead).
    const tail = pageUnits(splitBlocks(lines('区领导督查全区\n\n防汛防台工作\n\n筑牢坚固屏障 保障群众安全\n\n5月24日，区领导督查全区防汛防台工作。')));
    expect(tail[1].features).toEqual(expect.arrayContaining(['wrap:same-width', 'wrap:same-width&no-credit']));
    expect(tail[1].features).not.toContain('short-over-hl');
    expect(tail[1].features).not.toContain('short-over-hl&no-news');
    expect(byline[1].features).not.toContain('under-short-hl&no-kicker');
  });
  it('reads a line over a photo item\'s headline as over-photo-title', () => {
    const units = pageUnits(splitBlocks(lines('光影梧川\n\n古镇夜色\n\n图为6月29日晚，游客在梧川古镇游览。\n\n通讯员　韦思琪　摄')));
    expect(units[0].features).toContain('over-photo-title');
    expect(units[1].features).not.toContain('over-photo-title');
    // A headline over a story's lead: none.
    const story = pageUnits(splitBlocks(lines('城市温度\n\n骑手有了“歇脚驿站”\n\n9月10日晚上7点，正是外卖订单的高峰。')));
    expect(story[0].features).not.toContain('over-photo-title');
  });
  it('reads a short line inside a headline stack as a wrapped tail (hl-tail), not a kicker over what follows', () => {
    const page = '“市民观察团”用活群众监督\n机制\n助力文明城市长效管理\n\n明亮的楼道、优美的绿化、整洁的路面，行走在兴石花园小区，一派和善的文明景象扑面而来。';
    const units = pageUnits(splitBlocks(lines(page)));
    const tail = units.find((u) => u.block.text === '机制')!;
    expect(tail.features).toContain('hl-tail');
    expect(tail.features).not.toContain('short-over-hl');
    expect(units.find((u) => u.block.text === '助力文明城市长效管理')!.features).not.toContain('under-short-hl');
    // The line it is the tail of is that title's first line (over-hl-tail), the line under it not.
    expect(units.find((u) => u.block.text === '“市民观察团”用活群众监督')!.features).toContain('over-hl-tail');
    expect(units.find((u) => u.block.text === '助力文明城市长效管理')!.features).not.toContain('over-hl-tail');
    // Under a short line (a poem's), none.
    const poem = pageUnits(splitBlocks(lines('江边夜坐\n灯\n月亮升起来了\n\n正文第一段，写江边的夜色。')));
    expect(poem.find((u) => u.block.text === '灯')?.features ?? []).not.toContain('hl-tail');
  });
  it('reads a paragraph ending with its photographer in brackets as a caption (cue run-in-photo-credit)', () => {
    const runIn = pageUnits(splitBlocks(lines('五月枇杷黄\n\n5月23日，在桂水县青梅村的枇杷园里，果农正在采摘成熟的枇杷。（通讯员　鄢　青　摄）')));
    expect(runIn[1].features).toContain('cue:run-in-photo-credit');
    // A paragraph with a bracketed note that names no photographer, or a credit line alone: none.
    const note = pageUnits(splitBlocks(lines('五月枇杷黄\n\n今年全县枇杷预计产量可达150万斤。（记者　纪春耕）')));
    expect(note[1].features).not.toContain('cue:run-in-photo-credit');
    expect(pageUnits(splitBlocks(lines('（通讯员　鄢　青　摄）')))[0].features).not.toContain('cue:run-in-photo-credit');
  });
  it('marks a short one-sentence paragraph opening with a time, in an item credited with a picture, as a caption', () => {
    const story = (credit: string) =>
      pageUnits(splitBlocks(lines(`“悬空老人”告别爬楼难\n\n${credit}\n\n昨天上午，泓东区柳岸小区7栋楼下，一台崭新的电梯正式投用。居民们说，再也不用爬楼了。\n\n昨天，泓东区柳岸小区，居民在新投用的加装电梯前合影。\n\n记者从市住房和城乡建设局了解到，今年以来，全市已开工加装电梯312台。`)));
    const at = (us: ReturnType<typeof pageUnits>) => us.find((u) => u.block.text.startsWith('昨天，'))!.features;
    expect(at(story('文/记者　卢晓婷　图/记者　郜　川'))).toContain('caption-in-pictured-item');
    // A credit that names no picture: the paragraph is the story's.
    expect(at(story('本报记者　卢晓婷'))).not.toContain('caption-in-pictured-item');
  });
  it('marks a long unit that ends no sentence and with no credit as open-ended (no caption)', () => {
    const f = (t: string) => textFeatures(splitBlocks(lines(t))[0]);
    expect(f('今年全市已开工加装电梯312台，年底前将再开工200台')).toContain('open-end');
    expect(f('昨天，泓东区柳岸小区，居民在新投用的加装电梯前合影。')).not.toContain('open-end');
    expect(f('5月23日，在桂水县青梅村的枇杷园里，果农正在采摘成熟的枇杷。（通讯员　鄢　青　摄）')).not.toContain('open-end');
    // Short lines (a kicker, a label) do not get it: their length says as much.
    expect(f('城市温度')).not.toContain('open-end');
  });
  it('gives a unit its neighbours: a title over a lead-in', () => {
    const blocks = splitBlocks(lines('某县召开防汛工作会议\n\n本报讯（记者 张三）6月19日，某县召开防汛工作会议。'));
    const units = pageUnits(blocks);
    expect(units).toHaveLength(2);
    expect(units[0].features).toEqual(expect.arrayContaining(['first', 'shape:headline', 'n:leadin', 'hl&n:leadin', 'toleadin:1']));
    expect(units[1].features).toContain('p:shape:headline');
  });
  it('marks a page label set between furniture lines (between-furniture), not a headline under them', () => {
    const page = '星河日报　2023年6月20日　星期二　第2版\n\n要闻\n\n责任编辑：邓　苇\n\n沃野千里绘新图\n\n本报讯（记者 张三）6月19日，某县召开防汛工作会议。';
    // The running head and the editor line as furniture.ts gives them; the label between them is a unit.
    const blocks = splitBlocks(lines(page)).map((b, i) =>
      i === 0 ? { ...b, kind: 'furniture' as const, furnitureKind: 'running-head' as const } : i === 2 ? { ...b, kind: 'furniture' as const, furnitureKind: 'editor' as const } : b,
    );
    const units = pageUnits(blocks);
    expect(units.find((u) => u.block.text === '要闻')?.features).toContain('between-furniture');
    expect(units.find((u) => u.block.text === '沃野千里绘新图')?.features).not.toContain('between-furniture');
    // The shipped model reads the label as page furniture (a running head: printed words, no OCR
    // residue); the story under it keeps its title.
    const { issue, lineRoles } = parseIssueDetailed(page, { entities: false });
    expect(new Map(lineRoles.map((e) => [e.line, e.role])).get(3)).toBe('running-head');
    expect(issue.articles.map((a) => a.title)).toEqual(['沃野千里绘新图']);
  });
  it('reads names of two or three characters, four only with a compound surname', () => {
    expect(isPersonNames('韩知行')).toBe(true);
    expect(isPersonNames('叶　汀')).toBe(true);
    expect(isPersonNames('欧阳明远')).toBe(true);
    // Four-character headlines and labels opening with a surname character are no names.
    expect(isPersonNames('龙舟竞渡')).toBe(false);
    expect(isPersonNames('双节出行')).toBe(false);
  });
  it('reads a speech kicker by who spoke and the verb, not a label ending in one (图说)', () => {
    const [kicker, label] = splitBlocks(lines('林正国在东川省考察时强调\n\n热线·图说'));
    expect(textFeatures(kicker)).toContain('cue:speech-kicker');
    expect(textFeatures(label)).not.toContain('cue:speech-kicker');
    const units = pageUnits(splitBlocks(lines('林正国在东川省考察时强调\n\n坚持生态优先绿色发展\n\n本报记者　程　远')));
    expect(units[1].features).toContain('p:cue:speech-kicker');
  });
  it('marks cross-heads that come in series between running text (crosshead-series), not a title over its lead-in', () => {
    const para = (n: number) => `第${n}段正文，记者在采访中看到了很多变化，群众的生活越来越好。`;
    const page = [para(1), '种业“芯片”攥在自己手里', para(2), para(3), '一块田的“升级”之路', para(4), '（本报东川6月19日电）', '南岭至沅州高速铁路全线铺轨贯通', '本报讯（记者 孟川）19日上午，南沅高铁全线铺轨贯通。', para(5)].join('\n\n');
    const units = pageUnits(splitBlocks(lines(page)));
    const of = (t: string) => units.find((u) => u.block.text === t)!.features;
    expect(of('种业“芯片”攥在自己手里')).toContain('crosshead-series');
    expect(of('一块田的“升级”之路')).toContain('crosshead-series');
    // After the credit that closes the story, over a lead-in: the next story's title.
    expect(of('南岭至沅州高速铁路全线铺轨贯通')).not.toContain('crosshead-series');
  });
  it('reads the first cross-head under the headline stack by the form it shares with a later one (crosshead-series-first)', () => {
    const para = (n: number) => `第${n}段正文，记者在采访中看到了很多变化，群众的生活越来越好。`;
    const page = (first: string, later: string) =>
      pageUnits(splitBlocks(lines(['全球能源转型观察', '风电光伏“出海”正当时', '——多国加快发展可再生能源见闻', first, para(1), later, para(2), '拉美：风电项目带动就业', para(3)].join('\n\n'))));
    const of = (units: ReturnType<typeof pageUnits>, t: string) => units.find((u) => u.block.text === t)!.features;
    const colon = page('东南亚：屋顶上的“光伏热”', '中东：沙漠里建起大电站');
    expect(of(colon, '东南亚：屋顶上的“光伏热”')).toContain('crosshead-series-first');
    expect(of(colon, '中东：沙漠里建起大电站')).toContain('crosshead-series');
    // Printed in another form than the later cross-head: a subtitle as likely, no evidence.
    const other = page('屋顶上的“光伏热”越来越旺', '中东：沙漠里建起大电站');
    expect(of(other, '屋顶上的“光伏热”越来越旺')).not.toContain('crosshead-series-first');
    expect(headForm('天气趋势')).toBe(headForm('农事建议'));
    expect(headForm('（一）强化组织领导')).toBe('num:paren');
    expect(headForm('风电光伏“出海”正当时')).toBeNull();
  });
  it('reads a table printed line by line as rows (table-row), its head row too, and the line over it as its title', () => {
    const page = ['平台由市工业和信息化局指导建设，企业登录平台即可获得服务。', '10月25日澜江农产品批发市场部分蔬菜价格', '品名　均价（元/公斤）　较上周', '大白菜　1.20　↓0.10', '土豆　2.60　持平', '（澜江农产品批发市场供稿）'].join('\n\n');
    const units = pageUnits(splitBlocks(lines(page)));
    const of = (t: string) => units.find((u) => u.block.text === t)!.features;
    expect(of('品名　均价（元/公斤）　较上周')).toContain('table-row');
    expect(of('土豆　2.60　持平')).toContain('table-row');
    expect(of('10月25日澜江农产品批发市场部分蔬菜价格')).toContain('over-table');
    // A couplet (two parts) or a lone line of three parts is no table.
    expect(tableCells(splitBlocks(lines('麦浪翻金　夏收正忙'))[0])).toBe(2);
    const lone = pageUnits(splitBlocks(lines('主　任：郑明远　县长\n\n副主任：唐卫国　副县长')));
    expect(lone[0].features).not.toContain('table-row');
    // The shipped model keeps the head row in the list and dates the item by its title.
    const { issue } = parseIssueDetailed(page, { entities: false, issueDate: '2023-10-26' });
    const list = issue.articles.find((a) => a.title === '10月25日澜江农产品批发市场部分蔬菜价格')!;
    expect(list.subtitles).toEqual([]);
    expect(list.paragraphs[0]).toBe('品名　均价（元/公斤）　较上周');
    expect(list.date?.iso).toBe('2023-10-25');
  });
  it('reads the entries of a list a sentence introduces as running text while each opens with a field label (list-entry)', () => {
    const units = pageUnits(splitBlocks(lines('因工作需要，县政府决定调整县城市管理委员会组成人员，调整后的名单如下：\n\n主　任：郑明远　县长\n\n副主任：唐卫国　副县长\n\n成　员：蒙志刚　县政府办公室副主任。')));
    expect(units[1].features).toContain('p:intro');
    expect(units[2].features).toContain('list-entry');
    expect(units[3].features).toContain('list-entry');
  });
  it('reads a signature on its own line over a Q&A answer as text of the question, not a credit of the item', () => {
    const page = '夏季养猪如何防暑降温？\n　　问：天气越来越热，我养的生猪吃食明显减少，有的还喘粗气。夏天养猪该注意些什么？\n（岩口县读者　童大勇）\n　　答：生猪汗腺不发达，怕热不怕冷，要做好猪舍通风降温。\n（岩口县畜牧兽医站兽医师　骆　红）';
    const units = pageUnits(splitBlocks(lines(page)));
    expect(units.find((u) => u.block.text === '（岩口县读者　童大勇）')!.features).toContain('n:cue:qa-answer');
    const { issue } = parseIssueDetailed(page, { entities: false });
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0].paragraphs.some((p) => p.startsWith('答：'))).toBe(true);
    expect(issue.articles[0].creditLines).toEqual(['（岩口县畜牧兽医站兽医师　骆　红）']);
  });
  it('reads a cross-head set over two lines between running text as one headline of a series', () => {
    const para = (n: number) => `第${n}段正文，记者在采访中看到了很多变化，群众的生活越来越好。`;
    const page = [para(1), '架起服务群众“连心桥”', '用心用情倾听民声', para(2), para(3), '竖好担当作为“风向标”', '用智用诚笃行实干', para(4)].join('\n\n');
    const units = pageUnits(splitBlocks(lines(page)));
    for (const t of ['架起服务群众“连心桥”', '用心用情倾听民声', '竖好担当作为“风向标”', '用智用诚笃行实干'])
      expect(units.find((u) => u.block.text === t)!.features).toContain('crosshead-series');
    // One pair alone is no series.
    const lone = pageUnits(splitBlocks(lines([para(1), '架起服务群众“连心桥”', '用心用情倾听民声', para(2)].join('\n\n'))));
    expect(lone.some((u) => u.features.includes('crosshead-series'))).toBe(false);
  });
  it('keeps a two-line cross-head series over an indented first line, a page turn, and up to the next story', () => {
    const para = (n: number) => `　　第${n}段正文，记者在采访中看到了很多变化，群众的生活越来越好。`;
    const has = (units: ReturnType<typeof pageUnits>, t: string) => units.find((u) => u.block.text.trim() === t)!.features.includes('crosshead-series');
    // A plain-text page that indents the pair's first line as a paragraph's, and carries the story
    // over a page turn (a folio and the next page's running head) before its third pair.
    const page = [
      para(1),
      '　　架起服务群众“连心桥”',
      '用心用情倾听民声',
      para(2),
      '',
      '－2－',
      '崇川新闻　2023年5月30日　星期二　第3版',
      '',
      para(3),
      '　　激活长效管理“动力源”',
      '用力用功严格监督',
      para(4),
    ].join('\n');
    const { blocks } = layoutBlocks(page, {}, charSegmenter);
    const units = pageUnits(blocks);
    for (const t of ['架起服务群众“连心桥”', '用心用情倾听民声', '激活长效管理“动力源”', '用力用功严格监督']) expect(has(units, t)).toBe(true);
    // A story's headline over a paragraph opening with a day ends the series: a pair after it
    // (another story's title and subtitle, its byline lost) has no sibling before it.
    const next = [
      para(1),
      '架起服务群众“连心桥”',
      '用心用情倾听民声',
      para(2),
      '竖好担当作为“风向标”',
      '用智用诚笃行实干',
      para(3),
      '区领导调研重点民生实事项目',
      '5月24日，区长调研2023年重点民生实事项目。调研强调，要坚持人民至上。',
      para(4),
      '“市民观察团”用活群众监督机制',
      '助力文明城市长效管理',
      para(5),
    ].join('\n\n');
    const later = pageUnits(splitBlocks(lines(next)));
    expect(has(later, '竖好担当作为“风向标”')).toBe(true);
    expect(has(later, '“市民观察团”用活群众监督机制')).toBe(false);
    expect(has(later, '助力文明城市长效管理')).toBe(false);
  });
  it('reads a closing quote after a stop as the end of a sentence, a space between them too (OCR)', () => {
    expect(endClass('小区的环境也美了。 ”')).toBe('stop');
    expect(endClass('小区的环境也美了。”')).toBe('stop');
    expect(endClass('注意防范“烂场雨”')).toBe('quote');
  });
  it('places a line in its headline stack (hlrun): kicker, title and subtitle over the byline', () => {
    const page = '全国基层治理创新经验交流会在京召开\n推动基层治理体系和治理能力现代化\n王立新出席会议并讲话　强调要把党的领导贯穿基层治理全过程各方面\n本报北京6月19日电（记者韩　笑）全国基层治理创新经验交流会19日在京召开。';
    const units = pageUnits(splitBlocks(lines(page)));
    expect(units.map((u) => u.features.find((x) => x.startsWith('hlrun:')) ?? null)).toEqual(['hlrun:3:first', 'hlrun:3:mid', 'hlrun:3:last', null]);
    // A subtitle over two lines of one width (wrap:same-width) is one headline of the stack.
    const pair = pageUnits(splitBlocks(lines('崇川启动“我助企业攀新高”系列活动\n\n优化营商环境\n提振企业信心\n\n5月29日,崇川区举办“我助企业攀新高”系列活动启动暨沙龙活动。')));
    expect(pair.map((u) => u.features.find((x) => x.startsWith('hlrun:')) ?? null)).toEqual(['hlrun:2:first', 'hlrun:2:last', 'hlrun:2:last', null]);
  });
  it('reads running text under a credit naming the picture first as a caption (caption-under-credit)', () => {
    const units = pageUnits(splitBlocks(lines('高温下的“城市美容师”\n\n文/图　邱雨晴\n\n7月1日中午，地表温度超过50摄氏度，环卫工人刘桂芬仍在解放路上清扫路面。')));
    expect(units[1].features).toContain('cue:picture-credit');
    expect(units[2].features).toContain('caption-under-credit');
    // A text credit first (文/记者　X　图/Y) is a story's byline: nothing follows from it.
    const story = pageUnits(splitBlocks(lines('骑手有了“歇脚驿站”\n\n文/记者　卢晓婷　图/通讯员　秦嘉木\n\n9月10日晚上7点，正是外卖订单的高峰。')));
    expect(story[1].features).not.toContain('cue:picture-credit');
    expect(story[2].features).not.toContain('caption-under-credit');
  });
  it('keeps a paragraph opening with a month or a year inside the story: the headline over it stays in the series', () => {
    const para = (n: number) => `第${n}段正文，记者在采访中看到了很多变化，群众的生活越来越好。`;
    const page = [para(1), '无人机替人“爬塔”', para(2), para(3), '故障查找从“小时”到“分钟”', '今年10月的一天深夜，110千伏岭南线发生跳闸。平台迅速算出故障点。', para(4)].join('\n\n');
    const units = pageUnits(splitBlocks(lines(page)));
    const of = (t: string) => units.find((u) => u.block.text === t)!.features;
    expect(of('故障查找从“小时”到“分钟”')).toContain('crosshead-series');
    expect(of('无人机替人“爬塔”')).toContain('crosshead-series');
    // Over a paragraph opening with a day (a story's dateline) it is no cross-head of the series.
    const dated = pageUnits(splitBlocks(lines(page.replace('今年10月的一天深夜', '10月25日'))));
    expect(dated.find((u) => u.block.text === '故障查找从“小时”到“分钟”')!.features).not.toContain('crosshead-series');
    expect(coarseDateOpening('今年以来，全县新开工项目38个。')).toBe(true);
    expect(coarseDateOpening('10月25日晚，澜江银行发布三季度报告。')).toBe(false);
    expect(coarseDateOpening('昨天上午，全县召开会议。')).toBe(false);
  });
  it('reads a headline opening with a month or a year as no dateline, a sentence so opening as one', () => {
    expect(textFeatures(splitBlocks(lines('今年以来新开工重大水利工程二十二项'))[0])).not.toContain('dateline');
    expect(textFeatures(splitBlocks(lines('今年全市已开工加装电梯312台，年底前将再开工200台'))[0])).not.toContain('dateline');
    expect(textFeatures(splitBlocks(lines('今年以来，全市已开工加装电梯312台，惠及居民8600余户。'))[0])).toContain('dateline');
    expect(textFeatures(splitBlocks(lines('5月25日上午，区委书记胡拥军督查防汛工作。'))[0])).toContain('dateline');
  });
  it('marks the headline under a short kicker or label as the one it stands over (under-short-hl)', () => {
    const units = pageUnits(splitBlocks(lines('记者追访\n\n斑马线本周内重新施划\n\n本报讯（记者 卢晓婷）昨天，记者再次来到路口。')));
    expect(units[0].features).toContain('short-over-hl');
    expect(units[1].features).toContain('under-short-hl');
    expect(units[2].features).not.toContain('under-short-hl');
    // Over a credit line (一线直击 / 急诊科里的十二小时 / 本报记者　祁远舟): a credit is no headline line.
    const overCredit = pageUnits(splitBlocks(lines('一线直击\n\n急诊科里的十二小时\n\n本报记者　祁远舟\n\n晚上8点，市中心医院急诊科的候诊大厅依然人来人往。')));
    expect(overCredit[0].features).toContain('short-over-hl');
    expect(overCredit[1].features).toContain('under-short-hl');
    // Not a line that ends in a kicker's dash (here read by OCR as 一: …整改到位一), over the credit of
    // the story before (Tesseract's order): it leads into a title of its own, so it is none.
    // The short line over it stands over no title: no short-over-hl (a kicker or label over a title)
    // but over-dash-kicker.
    const overDash = pageUnits(splitBlocks(lines('喜迎六一 快乐成长\n\n狼山镇街道人大工委开展“大地美容”行动，反映问题19条，全部整改到位一\n\n·张明明·')));
    expect(overDash[0].features).not.toContain('short-over-hl');
    expect(overDash[0].features).toContain('over-dash-kicker');
    expect(overDash[1].features).toContain('end:dash');
    expect(overDash[1].features).not.toContain('under-short-hl');
  });
  it('marks a dash-led line under a quoted sentence as its attribution (dash-after-quote), also with the dash read as 一一', () => {
    const box = pageUnits(splitBlocks(lines('好政策要像春雨\n\n“好的政策要像春雨一样，润物细无声，落到老百姓心坎上。”\n\n一一一位基层干部在座谈会上说')));
    expect(box[2].features).toEqual(expect.arrayContaining(['start:dash?', 'dash-after-quote']));
    expect(box[2].features).not.toContain('cue:speech-kicker');
    // A subtitle under a headline that ends in a quote is no attribution.
    const deck = pageUnits(splitBlocks(lines('“悬空老人”告别爬楼难\n\n——记岚峡机务段重载机车乘务组\n\n本报记者　吴晓帆')));
    expect(deck[1].features).toContain('start:dash');
    expect(deck[1].features).not.toContain('dash-after-quote');
  });
  it('reads a reprint source note as a credit-like line and a 据《…》报道 opening as a lead', () => {
    expect(textFeatures(splitBlocks(lines('（摘自3月11日《澄江农民报》　文／周立群）'))[0])).toEqual(expect.arrayContaining(['cue:reprint-source', 'credit']));
    expect(textFeatures(splitBlocks(lines('（据《天气知识》）'))[0])).toContain('cue:reprint-source');
    expect(textFeatures(splitBlocks(lines('（据《天气知识》）'))[0])).not.toContain('cue:bracketed');
    expect(textFeatures(splitBlocks(lines('据《南岭日报》报道　每到周六上午，南岭市桂花社区活动室里就坐满了孩子。'))[0])).toContain('cue:reprint-lead');
  });
  it('marks a headline one or two units under a lead-in (hl&leadin-near), not one further into the story', () => {
    const lead = '本报讯（通讯员　宁　雨）10月12日，江湾街道首批8个社区“健康小屋”完成升级。';
    const body = '居民刷身份证后，检测数据会自动上传到个人电子健康档案。';
    const near = pageUnits(splitBlocks(lines([lead, body, '秋季进补，别盲目跟风', body].join('\n\n'))));
    expect(near[2].features).toContain('hl&leadin-near');
    const far = pageUnits(splitBlocks(lines([lead, body, body, body, '秋季进补，别盲目跟风', body].join('\n\n'))));
    expect(far[4].features).not.toContain('hl&leadin-near');
  });
  it('marks a short line under a running head that ends with it as the page label printed again (named-in-head)', () => {
    const page = '责任编辑：欧阳宁\n澜溪大学报　2023年11月15日　第4版　澜园\n澜园\n母亲的菜园\n□ 许若溪\n　　老家屋后有一块巴掌大的菜地，是母亲一锄一锄开出来的。';
    const { blocks } = layoutBlocks(page, {}, charSegmenter);
    const units = pageUnits(blocks);
    const of = (t: string) => units.find((u) => u.block.text === t)!.features;
    expect(of('澜园')).toContain('named-in-head');
    expect(of('母亲的菜园')).not.toContain('named-in-head');
  });
  it('knows profile columns (…风采) and a 经 of two characters as column words', () => {
    for (const label of ['代表风采', '【班组风采】', '致富经', '生意经']) expect(textFeatures(splitBlocks(lines(label))[0])).toContain('cue:column-word');
    for (const line of ['经', '一线直击', '取得真经验']) expect(textFeatures(splitBlocks(lines(line))[0])).not.toContain('cue:column-word');
  });
  it('knows talk columns and 读者来信 as column words', () => {
    for (const label of ['今日谈', '文化传承发展谈', '【读者来信】']) expect(textFeatures(splitBlocks(lines(label))[0])).toContain('cue:column-word');
    expect(textFeatures(splitBlocks(lines('会谈'))[0])).not.toContain('cue:column-word');
  });
  it('takes type size from geometry when lines carry it', () => {
    const [b] = splitBlocks([{ line: 1, text: '某县召开防汛工作会议', size: 1.8 }]);
    expect(textFeatures(b)).toContain('size:big');
  });
});

describe('decode', () => {
  it('picks the best sequence and keeps the item grammar', () => {
    // A subtitle cannot open a page, even when it scores best alone.
    const s = [new Array<number>(R).fill(0), new Array<number>(R).fill(0)];
    s[0][idx('subtitle')] = 5;
    s[0][idx('title')] = 4;
    s[1][idx('subtitle')] = 3;
    const trans = Array.from({ length: R + 1 }, () => new Array<number>(R).fill(0));
    expect(viterbi(s, trans).map((r) => DECODE_ROLES[r])).toEqual(['title', 'subtitle']);
    expect(transitionAllowed(idx('body'), idx('subtitle'))).toBe(false);
    expect(transitionAllowed(idx('kicker'), idx('body'))).toBe(false);
    expect(transitionAllowed(idx('title'), idx('subtitle'))).toBe(true);
  });
  it('never ends a page on a kicker', () => {
    const s = [new Array<number>(R).fill(0)];
    s[0][idx('kicker')] = 9;
    s[0][idx('title')] = 1;
    expect(DECODE_ROLES[viterbi(s, Array.from({ length: R + 1 }, () => new Array<number>(R).fill(0)))[0]]).toBe('title');
  });
  it('max-marginals are the best score of every sequence that gives a unit a role (tried exhaustively)', () => {
    const n = 4;
    const { flat, trans, everySequence } = smallPage(11, n, [2]);
    const want = new Float64Array(n * R).fill(-Infinity);
    everySequence((seq, score) => {
      if (score === -Infinity) return;
      for (let j = 0; j < n; j++) want[j * R + seq[j]] = Math.max(want[j * R + seq[j]], score);
    });
    const mm = maxMarginals(flat, trans);
    for (let i = 0; i < n * R; i++) {
      if (want[i] === -Infinity) expect(mm[i]).toBe(-Infinity);
      else expect(mm[i]).toBeCloseTo(want[i], 9);
    }
    // every unit's best max-marginal is the Viterbi path's role
    const best = viterbiFlat(flat, trans);
    for (let k = 0; k < n; k++) expect(Math.max(...mm.subarray(k * R, k * R + R))).toBeCloseTo(mm[k * R + best[k]], 9);
    expect(maxMarginals(new Float64Array(0), trans)).toHaveLength(0);
    // uncertain boundaries: a unit is listed when the best role across "opens an item" is close
    for (const u of uncertainBoundaries(mm, best)) {
      expect(['kicker', 'title'].includes(u.role)).not.toBe(['kicker', 'title'].includes(u.alternative));
      expect(u.margin).toBeCloseTo(mm[u.unit * R + best[u.unit]] - mm[u.unit * R + idx(u.alternative)], 9);
      expect(u.margin).toBeLessThan(0.5);
    }
  });

  it('role margins: every unit, its decoded role against the best other one (tried exhaustively)', () => {
    const n = 4;
    const { flat, trans, everySequence } = smallPage(5, n, [1]);
    // the best score of a sequence that gives unit j a role other than the decoded one
    const best = viterbiFlat(flat, trans);
    let top = -Infinity;
    const other = new Array<number>(n).fill(-Infinity);
    everySequence((seq, score) => {
      top = Math.max(top, score);
      for (let j = 0; j < n; j++) if (seq[j] !== best[j]) other[j] = Math.max(other[j], score);
    });
    const margins = roleMargins(maxMarginals(flat, trans), best);
    expect(margins.map((m) => m.unit)).toEqual([0, 1, 2, 3]);
    for (const m of margins) {
      expect(m.role).toBe(DECODE_ROLES[best[m.unit]]);
      expect(m.alternative).not.toBe(m.role);
      expect(m.margin).toBeCloseTo(top - other[m.unit], 9);
      expect(m.margin).toBeGreaterThanOrEqual(0);
    }
  });
  it('a parse given a margins collector lists one entry per structure unit, at the first line of its unit', () => {
    const margins: UncertainBoundary[] = [];
    const text = '本报讯　昨天，区里召开会议。\n\n会议强调要抓好落实。\n\n新桥镇举办农民丰收节\n\n本报讯　丰收节上，村民们展示了自家的农产品。\n';
    const { lineRoles } = parseIssueDetailed(text, { entities: false }, { margins });
    expect(margins.length).toBeGreaterThan(0);
    for (const m of margins) {
      expect(m.margin).toBeGreaterThanOrEqual(0);
      expect(lineRoles.find((e) => e.line === m.line)).toBeDefined();
    }
    expect(margins.map((m) => m.line)).toEqual([...margins.map((m) => m.line)].sort((a, b) => a - b));
  });

  it('decodes flat scores as the best path found by trying every sequence', () => {
    // A small page (5 units) with fixed pseudo-random scores and transitions, noise barred from
    // two units: the flat-table decoder must return the sequence of highest total score among the
    // R^5 sequences the grammar allows (ties: the lexicographically smallest, as it breaks them).
    const n = 5;
    const { flat, trans, everySequence } = smallPage(7, n, [1, 3]);
    let best: number[] = [];
    let bestScore = -Infinity;
    everySequence((seq, score) => {
      if (score > bestScore) [best, bestScore] = [[...seq], score];
    });
    expect(best).toHaveLength(n);
    expect(viterbiFlat(flat, trans)).toEqual(best);
    const rows = Array.from({ length: n }, (_, k) => [...flat.subarray(k * R, k * R + R)]);
    expect(viterbi(rows, trans)).toEqual(best);
    expect(viterbiFlat(new Float64Array(0), trans)).toEqual([]);
    // fed one unit at a time, from a row buffer reused for every unit (as the structure step feeds it)
    const run = new ViterbiRun(n, trans);
    const row = new Float64Array(R);
    for (let k = 0; k < n; k++) {
      row.set(flat.subarray(k * R, k * R + R));
      run.push(row);
    }
    expect(run.best()).toEqual(best);
    expect(() => run.push(row)).toThrow(RangeError);
    expect(new ViterbiRun(0, trans).best()).toEqual([]);
  });
});

describe('role table', () => {
  it('gives each block the role set for it, and none for the others (furniture)', () => {
    const t = new RoleTable(4);
    t.set(1, idx('title'));
    t.set(3, idx('noise'));
    expect([0, 1, 2, 3, 4].map((i) => t.get(i))).toEqual([undefined, 'title', undefined, 'noise', undefined]);
    expect(() => t.set(4, 0)).toThrow(RangeError);
    expect(() => t.set(0, R)).toThrow(RangeError);
  });
});

describe('scores', () => {
  it('writes a unit\'s scores into a flat table as scoreUnit returns them', () => {
    const fs = ['bias', 'len:9-12', 'end:han', 'shape:headline', 'no-such-feature'];
    const out = new Float64Array(3 * R).fill(7);
    scoreUnitInto(fs, FITTED, out, R);
    expect([...out.subarray(R, 2 * R)]).toEqual(scoreUnit(fs, FITTED));
    expect(out[R + idx('noise')]).toBe(-Infinity); // not furniture-shaped
    expect(out[idx('title')]).toBe(7);
    expect(out[2 * R + idx('title')]).toBe(7);
    scoreUnitInto([...fs, 'furniture-shaped'], FITTED, out, 0);
    expect(out[idx('noise')]).toBe(scoreUnit([...fs, 'furniture-shaped'], FITTED)[idx('noise')]);
    expect(Number.isFinite(out[idx('noise')])).toBe(true);
  });
});

describe('fit', () => {
  const text = '科技赋能\n智慧农业走进田间\n\n本报讯 6月19日，某合作社引进灌溉系统。\n\n实现了节水增产。\n\n·王五·';
  const gold = new Map<number, LineRole>([
    [1, 'kicker'],
    [2, 'title'],
    [4, 'lead'],
    [6, 'body'],
    [8, 'byline'],
  ]);
  it('learns the gold roles of its training page, deterministically', () => {
    const page = { name: 'toy', blocks: splitBlocks(lines(text)), roles: gold };
    const w = fitPages([page]);
    expect(w.fittedOn).toEqual(['toy']);
    expect(fitPages([page])).toEqual(w);
    const { lineRoles } = parseIssueDetailed(text, { entities: false }, { weights: w });
    expect(lineRoles.filter((r) => r.role !== 'blank').map((r) => r.role)).toEqual(['kicker', 'title', 'lead', 'body', 'byline']);
  });
  const other = '城市更新提速\n\n本报讯 6月20日，某区启动改造。\n\n·李四·';
  const otherGold = new Map<number, LineRole>([[1, 'title'], [3, 'lead'], [5, 'byline']]);
  const third = '简讯\n\n本报讯 某镇新建公园一处。\n\n聚焦乡村振兴——\n特色产业带动增收\n\n记者 赵六\n\n某村发展茶叶种植，带动村民增收。';
  const thirdGold = new Map<number, LineRole>([[1, 'section'], [3, 'lead'], [5, 'kicker'], [6, 'title'], [8, 'byline'], [10, 'body']]);
  const toyPages = () => [
    { name: 'a', blocks: splitBlocks(lines(text)), roles: gold },
    { name: 'b', blocks: splitBlocks(lines(other)), roles: otherGold },
    { name: 'c', blocks: splitBlocks(lines(third)), roles: thirdGold },
  ];
  /** Largest difference between two fits' weights (emissions and transitions). */
  const maxDiff = (x: ReturnType<typeof fitPages>, y: ReturnType<typeof fitPages>) => {
    let m = 0;
    expect(Object.keys(y.emit).sort()).toEqual(Object.keys(x.emit).sort());
    for (const [f, v] of Object.entries(x.emit)) v.forEach((w, r) => (m = Math.max(m, Math.abs(w - y.emit[f][r]))));
    x.trans.forEach((row, p) => row.forEach((w, r) => (m = Math.max(m, Math.abs(w - y.trans[p][r])))));
    return m;
  };
  it('gives the same weights whatever order the pages are listed in', () => {
    const [a, b] = toyPages();
    const w = fitPages([a, b]);
    expect(w.fittedOn).toEqual(['a', 'b']);
    expect(fitPages([b, a])).toEqual(w);
  });
  it('reaches the optimum: pages summed in two orders give the same unrounded weights to 1e-6', () => {
    const pages = toyPages();
    const x = fitPages(pages, { seed: 1, round: false });
    const y = fitPages([...pages].reverse(), { seed: 2, round: false });
    expect(x.iterations).toBeGreaterThan(5);
    expect(maxDiff(x, y)).toBeLessThan(1e-6);
    // and it moved away from the prior, toward the gold roles
    expect(maxDiff(x, fitPages(pages, { round: false, l2: 1e6 }))).toBeGreaterThan(0.1);
  });
  it('throws when the optimiser stops short of its tolerance', () => {
    expect(() => fitPages(toyPages(), { maxIterations: 2 })).toThrow(/stopped after 2 iterations/);
  });
  it('minimises with the exact gradient (central differences agree)', () => {
    const obj = fitObjective(toyPages(), 0.3);
    const x = Float64Array.from(obj.x0, (v, i) => v + 0.1 * Math.sin(i));
    const g = new Float64Array(obj.size);
    obj.evaluate(x, g);
    const scratch = new Float64Array(obj.size);
    let checked = 0;
    for (let i = 0; i < obj.size; i += Math.max(1, Math.floor(obj.size / 60))) {
      const h = 1e-5;
      const xp = Float64Array.from(x);
      xp[i] += h;
      const xm = Float64Array.from(x);
      xm[i] -= h;
      const numeric = (obj.evaluate(xp, scratch) - obj.evaluate(xm, scratch)) / (2 * h);
      expect(Math.abs(numeric - g[i])).toBeLessThan(1e-5 * Math.max(1, Math.abs(g[i])));
      if (Math.abs(g[i]) > 1e-3) checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('credit lines', () => {
  it('closes up padded two-character names', () => {
    expect(closeUpNames('本报记者　吴晓帆　钟　岳　严　冬')).toBe('本报记者　吴晓帆　钟岳　严冬');
  });
  it('reads names from padded, colon and photo credit lines', () => {
    expect(creditsOf('本报记者　程　远　孟庆华').map((c) => c.name)).toEqual(['程远', '孟庆华']);
    expect(creditsOf('执笔：贺秋实　方　圆')).toEqual([
      { name: '贺秋实', role: '执笔' },
      { name: '方圆', role: '执笔' },
    ]);
    expect(creditsOf('邵　明摄（影像中国）')).toEqual([{ name: '邵明', role: '摄' }]);
    expect(creditsOf('（作者为某大学教授）')).toEqual([]);
  });
  it('an editor line names the desk, not the story: no credit', () => {
    expect(creditsOf('本版编辑：景　川')).toEqual([]);
    expect(creditsOf('责编：鲍　鸣')).toEqual([]);
    expect(creditsOf('制图：左　一')).toEqual([{ name: '左一', role: '制图' }]);
  });
  it('briefs closed by names in brackets: bylines, and no story left interrupted', () => {
    // Invented briefs in the form of an evening paper's 快讯 column (sports-evening zoo paper).
    const text = [
      '快讯',
      '',
      '市少年足球联赛闭幕',
      '',
      '昨天，2023年棠州市少年足球联赛在市体育公园闭幕，来自全市48所中小学的96支球队参赛。（樊越）',
      '',
      '市体育中心冬季开放时间调整',
      '',
      '记者昨天从市体育中心获悉，自11月1日起，中心游泳馆冬季开放时间调整为每天上午9点至晚上9点。（武　静）',
      '',
      '本版编辑：鲍　鸣',
    ].join('\n');
    const { issue } = parseIssueDetailed(text, { entities: false });
    expect(issue.articles.map((a) => a.bylines)).toEqual([['樊越'], ['武静']]);
    expect(issue.articles.map((a) => a.paragraphs[a.paragraphs.length - 1].slice(-5))).toEqual(['球队参赛。', '晚上9点。']);
    expect(issue.diagnostics.filter((d) => d.code === 'segment/interrupted-article')).toEqual([]);
  });
  it('（完） and （未完待续） are credit lines of the item they close, not body text or names, and end it', () => {
    const text = [
      '青岚县召开防汛工作会议',
      '新华社青岚6月20日电（记者王明）青岚县20日召开防汛工作会议，部署今年防汛工作。',
      '会议要求各地落实责任。',
      '（完）',
      '青石街（第三章）',
      '老街的石板路被雨水洗得发亮，陈老伯撑着伞走过巷口。',
      '他想起年轻时的事情，不禁笑了。',
      '（未完待续）',
    ].join('\n\n');
    const { issue } = parseIssueDetailed(text, { entities: false, issueDate: '2023-06-21' });
    expect(issue.articles.map((a) => a.title)).toEqual(['青岚县召开防汛工作会议', '青石街（第三章）']);
    expect(issue.articles.map((a) => a.creditLines)).toEqual([['（记者王明）', '（完）'], ['（未完待续）']]);
    expect(issue.articles.map((a) => a.paragraphs[a.paragraphs.length - 1])).toEqual(['会议要求各地落实责任。', '他想起年轻时的事情，不禁笑了。']);
    expect(issue.articles.map((a) => a.bylines)).toEqual([['王明'], []]);
    expect(issue.unassigned).toEqual([]);
  });
  it('a credit wrapped over two lines stays one paragraph (the bracket is open at the line end)', () => {
    const blocks = splitBlocks(lines('五月枇杷黄\n\n　　5月23日，在桂水县青梅村的枇杷园里，果农正在采摘成熟的枇杷。（通讯员\n　鄢　青　摄）'));
    expect(blocks.map((b) => b.text)).toEqual(['五月枇杷黄', '5月23日，在桂水县青梅村的枇杷园里，果农正在采摘成熟的枇杷。（通讯员鄢　青　摄）']);
  });

  it('a poem printed line by line: its lines are verse, the line under title and credit opens the text', () => {
    // Invented, in the form of a campus supplement's 副刊 page (campus-supplement zoo paper).
    const text = ['秋天的图书馆', '', '文/程　野', '', '阳光从高窗斜斜地落下来', '', '落在一本摊开的旧书上', '', '书页里夹着一片枫叶', '', '不知是谁，在哪一年的秋天', '', '把一整座山的红', '', '（作者单位：物理与电子工程学院）'].join('\n');
    const units = pageUnits(splitBlocks(lines(text)));
    expect(units.map((u) => u.features.includes('verse'))).toEqual([false, false, true, true, true, true, true, false]);
    expect(units.some((u) => u.features.includes('verse-first'))).toBe(false);
    // Without a credit line above it, the run's first line may be its headline (a price list's title).
    const list = pageUnits(splitBlocks(lines(['蔬菜价格', '品名　均价', '青椒　5.20', '白菜　1.80', '土豆　2.40', '番茄　4.60'].join('\n\n'))));
    expect(list.map((u) => (u.features.includes('verse-first') ? 'first' : u.features.includes('verse') ? 'verse' : '-'))).toEqual(['first', 'verse', 'verse', 'verse', 'verse', 'verse']);
    expect(units.map((u) => u.features.includes('p:opening-credit'))).toEqual([false, false, true, false, false, false, false, false]);
    // Four short lines (a kicker, a title over two lines, a subtitle) are no verse.
    const head = pageUnits(splitBlocks(lines('一线直击\n市卫健委组织百名专家\n下沉社区开展义诊\n百名专家走进社区\n\n本报讯　10月15日上午，义诊活动在全市12个街道同步启动。')));
    expect(head.some((u) => u.features.includes('verse') || u.features.includes('verse-first'))).toBe(false);
  });
  it('a title broken over two short lines over its lead-in is marked as one headline; a title over its subtitle is not', () => {
    // Invented, in the form of a health paper's front page (health-paper zoo paper).
    const marks = (t: string) =>
      pageUnits(splitBlocks(lines(t))).map((u) => u.features.filter((x) => x.startsWith('hl-pair:')).join(',') || '-');
    const lead = '本报讯（记者　苏明澈）10月15日上午，义诊活动在全市12个街道同步启动。';
    expect(marks(`市卫健委组织百名专家\n\n下沉社区开展义诊\n\n${lead}`)).toEqual(['hl-pair:first-line', 'hl-pair:title-line', '-']);
    // The second line as long as the first or longer, or punctuated: a subtitle.
    expect(marks(`县委常委会召开扩大会议\n\n研究部署二季度重点工作\n\n${lead}`)).toEqual(['-', '-', '-']);
    expect(marks(`全省小麦收获进度过半\n\n投入收割机，机收率过九成\n\n${lead}`)).toEqual(['-', '-', '-']);
    // A pair over running text may be a cross-head printed over two lines: not marked.
    expect(marks('市卫健委组织百名专家\n\n下沉社区开展义诊\n\n在江湾街道社区卫生服务中心，前来问诊的居民早早排起了长队。')).toEqual(['-', '-', '-']);
    // An issuing body over a date (a signature block) is no headline pair.
    expect(marks('汀澜市人民政府办公厅\n\n2023年6月8日\n\n（此件公开发布）')).toEqual(['-', '-', '-']);
  });
  it('reads a story opening with no lead-in, and 记者 in a headline that is no credit', () => {
    const f = (t: string) => textFeatures(splitBlocks(lines(t))[0]);
    expect(f('记者6月19日从农业农村部获悉：截至目前，全国已收获冬小麦面积超过七成。')).toContain('cue:news-opening');
    expect(f('7月2日，记者从潮澜港口集团获悉，上半年港口吞吐量同比增长。')).toContain('cue:news-opening');
    expect(f('记者从市总工会了解到，今年以来已建成“骑手驿站”86个。')).not.toContain('cue:news-opening');
    expect(f('据记者了解，该项目已获悉批复。')).not.toContain('cue:news-opening');
    const units = pageUnits(splitBlocks(lines('记者追访\n\n斑马线本周内重新施划\n\n本报记者　邹立新\n\n本报评论员')));
    expect(units.map((u) => u.features.includes('reporter-no-credit'))).toEqual([true, false, false, false]);
    expect(f('财经观察')).toContain('cue:column-word');
    expect(f('全球能源转型观察')).not.toContain('cue:column-word');
  });
  it('a date alone under a credit line carries the conjunction of both', () => {
    const units = pageUnits(splitBlocks(lines('现予公布，自2023年10月1日起施行。\n\n县长　邝明哲\n\n2023年9月5日')));
    expect(units[2].features).toContain('cue:date-only&p:credit');
  });
  it('a numbered cross-head with a comma is not the first half of the paragraph under it', () => {
    const text = '一、提高认识，切实增强优化营商环境的紧迫感\n\n营商环境就是生产力、竞争力。去年以来，全县上下持续深化改革。';
    const seg: Segmenter = { cut: (s: string) => [...s], tag: () => [], extract: () => [] };
    expect(rejoin(splitBlocks(lines(text)), seg).map((b) => b.text)).toEqual([
      '一、提高认识，切实增强优化营商环境的紧迫感',
      '营商环境就是生产力、竞争力。去年以来，全县上下持续深化改革。',
    ]);
    // A paragraph that opens with a number and was cut mid-sentence is still mended.
    const cut = '一、严格落实防火责任。各乡镇要落实属地管理责任，层层签订\n\n森林防火责任书。';
    expect(rejoin(splitBlocks(lines(cut)), seg).map((b) => b.text)).toEqual(['一、严格落实防火责任。各乡镇要落实属地管理责任，层层签订森林防火责任书。']);
  });
  it("a long headline's last character alone on its line is the same headline line", () => {
    const blocks = splitBlocks(lines('云泽县人民政府关于调整县城市管理委员会组成人员的通\n知\n\n云政发〔2023〕7号'));
    expect(blocks.map((b) => b.text)).toEqual(['云泽县人民政府关于调整县城市管理委员会组成人员的通知', '云政发〔2023〕7号']);
    expect(blocks[0].lines).toEqual([1, 2]);
    expect(blocks[0].joins).toEqual([{ line: 2, kind: 'wrap' }]);
  });
  it('a cross-head right under the credits that closed a document stays in that document', () => {
    const text = ['澄岭县人民政府令', '第3号', '《澄岭县城市绿化管理办法》已经审议通过，现予公布。', '县长　邝明哲', '2023年9月5日', '澄岭县城市绿化管理办法', '第一条　为了促进城市绿化事业发展，制定本办法。'].join('\n\n');
    const blocks = splitBlocks(lines(text));
    const decoded: DecodeRole[] = ['title', 'subtitle', 'body', 'byline', 'byline', 'crosshead', 'body'];
    const roles = new Map(blocks.map((b, i) => [i, decoded[i]]));
    const seg = assemble(blocks, roles);
    expect(seg.articles.map((a) => a.title)).toEqual(['澄岭县人民政府令']);
    expect(seg.articles[0].crossheads).toEqual([{ text: '澄岭县城市绿化管理办法', paragraph: 1 }]);
    // After the closing credit, a cross-head of a new headline's item is no part of the closed one.
    const roles2 = new Map(blocks.map((b, i) => [i, i === 5 ? 'title' : decoded[i]] as [number, DecodeRole]));
    expect(assemble(blocks, roles2).articles.map((a) => a.title)).toEqual(['澄岭县人民政府令', '澄岭县城市绿化管理办法']);
  });
  it('an enclosure and the 版记 under a closed document stay in it, before a 目录 left open above claims them', () => {
    // A 目录 whose last entry ends no sentence is an interrupted item; the enclosure printed under
    // the next document's signature is that document's, and so is its 抄送 line.
    const text = [
      '目　录',
      '关于印发《实施方案》的通知……（2）',
      '关于印发《实施方案》的通知',
      '各乡镇人民政府：',
      '现将《实施方案》印发给你们，请认真执行。',
      '云泽县人民政府',
      '2023年4月28日',
      '实施方案',
      '一是做好项目建设。',
      '抄送：县委办公室，县人大常委会办公室。',
      '云泽县人民政府办公室　　2023年4月28日印发',
    ].join('\n\n');
    const blocks = splitBlocks(lines(text));
    const decoded: DecodeRole[] = ['title', 'body', 'title', 'body', 'body', 'byline', 'byline', 'crosshead', 'body', 'caption', 'byline'];
    const seg = assemble(blocks, new Map(blocks.map((b, i) => [i, decoded[i]])));
    expect(seg.articles.map((a) => a.title)).toEqual(['目　录', '关于印发《实施方案》的通知']);
    expect(seg.articles[0].paragraphs).toEqual(['关于印发《实施方案》的通知……（2）']);
    expect(seg.articles[1].crossheads).toEqual([{ text: '实施方案', paragraph: 2 }]);
    expect(seg.articles[1].paragraphs.slice(3)).toEqual(['一是做好项目建设。', '抄送：县委办公室，县人大常委会办公室。']);
    expect(seg.articles[1].creditLines).toEqual(['云泽县人民政府', '2023年4月28日', '云泽县人民政府办公室　　2023年4月28日印发']);
  });
  it('reads the conventions of government documents and of headlines as features', () => {
    const f = (t: string) => textFeatures(splitBlocks(lines(t))[0]);
    expect(f('抄送：市人大常委会预算工作委员会，市审计局。')).toContain('cue:copy-to');
    expect(f('汀澜市财政局办公室　　2023年6月12日印发')).toContain('cue:printed-by');
    expect(f('（来源：泠州市司法局）')).toContain('cue:source-note');
    expect(f('（省农业气象中心供稿）')).toContain('cue:source-note');
    expect(f('（作者为衡江省委党校教授）')).not.toContain('cue:source-note');
    expect(f('一、为什么要制定《办法》？')).toContain('cue:numbered-question');
    expect(f('一、总体要求')).not.toContain('cue:numbered-question');
    expect(f('主　任：郑明远　县长')).toContain('cue:label-colon');
    expect(f('律师信箱')).toContain('cue:column-word');
    expect(f('农技110')).toContain('cue:column-word');
    expect(f('抢抓晴好天气')).not.toContain('cue:column-word');
    expect(f('林海涛在调研安全生产工作时强调：')).toContain('cue:speech-kicker');
    expect(f('麦浪翻金　夏收正忙')).toContain('couplet');
    expect(f('本报记者　程　远')).not.toContain('couplet');
    // A headline ending in a quoted word ends as printed text; a quotation closing a sentence is a stop.
    expect(endClass('注意防范“烂场雨”')).toBe('quote');
    expect(endClass('他说：“我们一定办好。”')).toBe('stop');
  });
  it('an entry under a sentence that introduces a list carries p:intro; a line under a colon kicker does not', () => {
    const units = (t: string) => pageUnits(rejoin(splitBlocks(lines(t)), { cut: (s: string) => [...s], tag: () => [], extract: () => [] }));
    const list = units('因工作需要，县政府决定对组成人员进行调整。调整后的组成人员名单如下：\n\n主　任：郑明远　县长\n\n副主任：唐卫国　副县长');
    expect(list[1].features).toContain('p:intro');
    expect(list[2].features).not.toContain('p:intro');
    const kicker = units('林海涛在调研安全生产工作时强调：\n\n守牢安全底线　护航高质量发展\n\n本报讯（记者 陈晓）6月7日，县长林海涛到园区调研。');
    expect(kicker[0].features).toContain('colon-kicker&n:hl');
    expect(kicker[1].features).not.toContain('p:intro');
  });
  it('a date after the issue date (a forecast, an announcement) does not date the story', () => {
    const text = '芷岭农民报　2023年5月25日　星期四　第3版\n\n未来一周多阵雨\n\n据省气象台预报，5月26日至6月1日，我省将有两次明显降雨过程。\n\n村里来了“田保姆”\n\n5月22日，新庄村的“田保姆”们正驾驶植保无人机为麦田喷药。';
    const { issue } = parseIssueDetailed(text, { issueDate: '2023-05-25', entities: false });
    expect(issue.articles.map((a) => [a.title, a.date?.iso ?? null])).toEqual([
      ['未来一周多阵雨', null],
      ['村里来了“田保姆”', '2023-05-22'],
    ]);
  });
  it('a numbered cross-head printed flush under a paragraph is a block of its own, and a cross-head', () => {
    const text = [
      '　　营商环境就是生产力。我县与先进地区相比，在审批效率、要素保障等方面还有不小差距。',
      '二、突出重点，全力打造一流营商环境',
      '　　县应急管理局、县交通运输局、县住房城乡建设局、县燃气公司、县城投集团',
      '二、先进个人（30名）',
      '　　韦志强、蓝海燕、覃立军',
    ].join('\n');
    const blocks = splitBlocks(lines(text));
    expect(blocks.map((b) => b.lines)).toEqual([[1, 1], [2, 2], [3, 3], [4, 4], [5, 5]]);
    const units = pageUnits(rejoin(blocks, charSegmenter));
    expect(units.map((u) => u.block.text.slice(0, 6))).toEqual(['营商环境就是', '二、突出重点', '县应急管理局', '二、先进个人', '韦志强、蓝海']);
    expect(units[3].features).toContain('numbered&hl');
    // …but a wrapped line of running text that opens with a number and ends its sentence is the paragraph's.
    const wrapped = splitBlocks(lines('今年以来，全县新增市场主体三千余户，其中企业一千二百余户，同比增长一成，新增就业岗位\n二、三千个。'));
    expect(wrapped).toHaveLength(1);
  });
  it('a short line over a headline twice as long, and a headline-shaped question, carry their features', () => {
    const units = pageUnits(rejoin(splitBlocks(lines('天气与农事\n\n未来一周多阵雨　注意防范“烂场雨”\n\n据省气象台预报，本周我省将有两次明显降雨过程。\n\n退租时房东扣押金，合法吗？\n\n读者董女士问：我在市区租了一套房子。')), charSegmenter));
    expect(units[0].features).toContain('short-over-hl');
    expect(units[1].features).not.toContain('short-over-hl');
    expect(units[3].features).toContain('hl&question');
    expect(units[4].features).not.toContain('hl&question');
  });
});
