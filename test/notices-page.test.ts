/**
 * A city evening paper's notices and service pages (issue 7; tester15's findings 1-3, Dec 2026; the
 * notices-page zoo paper). Before: a page code with its section letter at a page's foot (A14, A16)
 * was stray text (a validate error), a photo item or glued to the last body; a notice signed by an
 * organisation whose name ends in a head noun the issuer cue did not know (…客运服务中心,
 * …有限公司管理人) over its date line became a photo item, and the notice lost its signature and was
 * dated by a date of its text; in the hard-wrapped layout a short listing row took the heading under
 * it (今日提示) as its wrapped rest, and the listing's first row was read as a title.
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseIssue } from '../src/index.js';
import { validateIssue } from '../src/validate.js';

const parse = (input: string | Buffer, name = 'page.txt') => parseIssue(input, { path: name, entities: false, issueDate: '2023-06-20' });
const HEAD = '滨江晚报　2023年6月20日　星期二　A16　讣告·启事';
const FOUND = '招领启事\n　　6月18日上午，一名乘客在3路公交车上遗落黑色双肩包一个，请失主携有效证件到滨江公交集团客运服务中心认领。\n　　认领电话：0000-1112233\n';

describe('a page code with its section letter (A14, B2) is a folio', () => {
  it('at the page foot, under a signature or right under the last body line: furniture, never an item or text of one', () => {
    for (const code of ['A16', 'B2', 'A06', 'Ｂ３']) {
      for (const sig of ['滨江公交集团客运服务中心\n2023年6月18日\n', '']) {
        const issue = parse(`${HEAD}\n${FOUND}${sig}${code}\n`);
        expect(issue.articles.map((a) => [a.kind, a.title]), code).toEqual([['article', '招领启事']]);
        expect(issue.articles[0].body.endsWith('认领电话：0000-1112233'), code).toBe(true);
        expect(issue.furniture.map((f) => [f.kind, f.text])).toEqual([['running-head', HEAD], ['folio', code]]);
        expect(issue.unassigned).toEqual([]);
        expect(issue.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      }
    }
  });

  it('between pages (over the next running head) and over a page of a section numbered so; validate finds nothing', () => {
    const page = (n: number) => `滨江晚报　2023年6月20日　星期二　A${n}　公告·声明\n减资公告\n　　滨江市澄明科技有限公司经股东会决议，注册资本由人民币5000万元减少至人民币1000万元。\n　　特此公告。\n滨江市澄明科技有限公司\n2023年6月18日\nA${n}\n`;
    const issue = parse(page(14) + page(15));
    expect(issue.furniture.filter((f) => f.kind === 'folio').map((f) => [f.text, f.line])).toEqual([['A14', 7], ['A15', 14]]);
    expect(issue.articles.map((a) => a.creditLines)).toEqual([['滨江市澄明科技有限公司', '2023年6月18日'], ['滨江市澄明科技有限公司', '2023年6月18日']]);
    expect(validateIssue(issue).filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('a letter and a number alone between lines of text with no page code elsewhere is text as printed (a hard-wrapped G20)', () => {
    const issue = parse('峰会开幕\n　　本报讯　各国领导人昨日抵达杭州，出席第十一次\nG20\n峰会。会议为期两天，议题广泛。\n');
    expect(issue.furniture).toEqual([]);
    expect(issue.articles.map((a) => a.body)).toEqual(['本报讯　各国领导人昨日抵达杭州，出席第十一次G20峰会。会议为期两天，议题广泛。'.replace('本报讯　', '')]);
  });
});

describe("an organisation's name over a date line closes the notice: its signature", () => {
  it.each([
    ['滨江公交集团客运服务中心', '2023年6月18日', '2023-06-18'],
    ['滨江锦程纺织有限公司管理人', '2023年6月17日', '2023-06-17'],
    ['滨江市鹭洲区望湖苑物业服务站', '2023年6月17日', '2023-06-17'],
    ['滨江市鹭洲区人民法院执行局第三执行处', '2023年6月16日', '2023-06-16'],
  ])('%s / %s', (org, date, iso) => {
    const body = '　　滨江市鹭洲区人民法院于2023年6月12日裁定受理滨江锦程纺织有限公司破产清算一案。债权人应于2023年8月15日前申报债权。\n　　联系电话：0000-6677889\n';
    const issue = parse(`${HEAD}\n债权申报公告\n${body}${org}\n${date}\nA16\n`);
    expect(issue.articles.map((a) => [a.kind, a.title, a.creditLines, a.bylines, a.date?.iso])).toEqual([['article', '债权申报公告', [org, date], [], iso]]);
    expect(issue.diagnostics.filter((d) => d.code === 'segment/interrupted-article')).toEqual([]);
  });

  it('a headline ending in 中心 over running text stays a title', () => {
    const issue = parse('滨江首家24小时政务服务中心\n　　本报讯（记者　石青岚）6月19日，滨江首家24小时政务服务中心在鹭洲区启用，市民可随时办理120项业务。\n');
    expect(issue.articles.map((a) => [a.kind, a.title, a.creditLines])).toEqual([['article', '滨江首家24小时政务服务中心', ['（记者　石青岚）']]]);
  });
});

describe('hard-wrapped by width: a short listing row and the heading under it', () => {
  it('今晚荧屏 over its channel rows (one wrapped) and 今日提示 under the last row are two items', () => {
    const page =
      '　　滨江公交集团相关负责人表示，开通夜间公交\r\n是回应市民“夜归难”的一项举措，下一步将视客\r\n流情况增开夜间线路。\r\n今晚荧屏\r\n' +
      '　　滨江新闻综合频道　18:30　滨江新闻\r\n　　滨江新闻综合频道　19:35　电视剧《江湾人\r\n家》（23、24）\r\n　　滨江生活频道　20:00　百姓问政\r\n　　滨江生活频道　21:30　老街美食地图\r\n' +
      '今日提示\r\n　　今日入梅，滨江进入梅雨季节，请市民注意防\r\n潮防霉，雷雨时避免在树下、广告牌下停留。\r\n　　今年端午假期为6月22日至24日，市区各大公\r\n园延长开放至22:00。\r\n' +
      '　　请于2023年6月20日至6月27日（法定节假日除\r\n外），每日9:00至17:00登录滨江市公共资源交易\r\n网下载招标文件。\r\n' +
      '　　据介绍，新增泊位将在6月22日至24日每日7:0\r\n0至22:00开放，收费标准为首小时5元，此后每小\r\n时2元。\r\n';
    const issue = parse(iconv.encode(`滨江首条夜间公交环线开通\r\n${page}`, 'gb18030'));
    const tv = issue.articles.find((a) => a.title === '今晚荧屏');
    expect(tv?.paragraphs).toEqual(['滨江新闻综合频道　18:30　滨江新闻', '滨江新闻综合频道　19:35　电视剧《江湾人家》（23、24）', '滨江生活频道　20:00　百姓问政', '滨江生活频道　21:30　老街美食地图']);
    expect(tv?.kicker).toBeNull();
    const tip = issue.articles.find((a) => a.title === '今日提示');
    expect(tip?.paragraphs[0]).toBe('今日入梅，滨江进入梅雨季节，请市民注意防潮防霉，雷雨时避免在树下、广告牌下停留。');
  });
});
