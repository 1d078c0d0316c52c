/**
 * tester9's findings on credits, digest papers, recurring dates and entities (Dec 2026), each a kind
 * of fault read generally: run-in credits joined by 、 or opening with a bare name, a role per name,
 * credit notes in a hard-wrapped layout, a reprint's source lines (fixtures/digest-paper, invented),
 * a recurring date, and common nouns, bare kinds and cut names read as entities.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities, findDates, parseIssue } from '../src/index.js';
import { parseCreditLine, parseLeadIn } from '../src/extract/bylines.js';

describe('run-in credits after a lead-in', () => {
  it('reads names joined by 、, a first name with no role, and a role per name', () => {
    expect(parseLeadIn('本报讯　庞　毅、谭振宇报道：7月30日，武警某支队组织比武。')).toEqual({
      dateline: '本报讯',
      creditLine: '庞　毅、谭振宇报道：',
      credits: [
        { name: '庞毅', role: '报道' },
        { name: '谭振宇', role: '报道' },
      ],
      rest: '7月30日，武警某支队组织比武。',
    });
    expect(parseLeadIn('本报讯　韦嘉宁、特约通讯员冯　岩报道：8月1日，心理咨询师来到驻训场。')?.credits).toEqual([
      { name: '韦嘉宁', role: '报道' },
      { name: '冯岩', role: '特约通讯员 报道' },
    ]);
    expect(parseLeadIn('本报讯　特约记者蒋立川、通讯员邵文斌报道：8月3日，演练落下帷幕。')?.credits).toEqual([
      { name: '蒋立川', role: '特约记者 报道' },
      { name: '邵文斌', role: '通讯员 报道' },
    ]);
    expect(parseCreditLine('记者　葛云帆　特约记者　雷　鸣报道')).toEqual([
      { name: '葛云帆', role: '记者 报道' },
      { name: '雷鸣', role: '特约记者 报道' },
    ]);
  });

  it('reads no credit where the words after the lead-in are news, not names and 报道', () => {
    expect(parseLeadIn('本报讯　今年以来，全县累计报道：')?.creditLine).toBeNull();
  });

  it('gives the story its bylines, a body after 报道：, no reporter among its people and no closed-up warning', () => {
    const issue = parseIssue(
      ['武警某支队开展夏季练兵比武', '', '本报讯　庞　毅、谭振宇报道：7月30日，武警某支队在野外训练场组织夏季练兵比武，谭振宇在现场看到官兵展开激烈角逐。'].join('\n'),
      { issueDate: '2024-08-06' },
    );
    const a = issue.articles[0];
    expect(a.bylines).toEqual(['庞毅', '谭振宇']);
    expect(a.paragraphs[0].startsWith('7月30日，武警某支队')).toBe(true);
    expect(a.people.map((p) => p.name)).not.toContain('谭振宇');
    expect(a.date?.iso).toBe('2024-07-30');
    expect(issue.diagnostics.filter((d) => d.code === 'ocr/closed-up')).toEqual([]);
  });
});

describe("an author's unit note in a hard-wrapped layout", () => {
  it('is a credit line, not the tail of the last paragraph', () => {
    // tester9's military paper, hard-wrapped at 22 characters (invented text, cut short).
    const text = [
      '练兵备战要在“真”字上下功夫',
      '■蒋东海',
      '　　训练场就是战场，练兵备战来不得半点虚假。',
      '当前，一些单位在训练中仍不同程度存在“演练变',
      '演戏”“考核走过场”等现象，看似热热闹闹，实',
      '则与实战要求相去甚远。',
      '　　在“真”字上下功夫，首先要设真情况。要把',
      '对手研究透，把战场环境设逼真，让官兵在近似实',
      '战的条件下摸爬滚打。其次要真考真评，考核结果',
      '要经得起检验，不能“你好我好大家好”。',
      '　　练兵备战，归根到底是为了打胜仗。只有把每',
      '一次训练都当作实战，才能在未来战场上克敌制胜。',
      '（作者单位：陆军某合成旅）',
      '让“微创新”成为练兵的“加速器”',
      '　　编者按　近日，某旅修理连官兵自制的诊断仪获奖。',
    ].join('\n');
    const a = parseIssue(text).articles[0];
    expect(a.creditLines).toEqual(['■蒋东海', '（作者单位：陆军某合成旅）']);
    expect(a.paragraphs[a.paragraphs.length - 1]).toBe('练兵备战，归根到底是为了打胜仗。只有把每一次训练都当作实战，才能在未来战场上克敌制胜。');
  });
});

describe('a digest paper (fixtures/digest-paper, invented)', () => {
  const issue = parseIssue(readFileSync('fixtures/digest-paper/digest-paper.txt'));
  const byTitle = new Map(issue.articles.map((a) => [a.title, a]));

  it('keeps each source line with its item as a credit line, its author the byline', () => {
    expect(byTitle.get('古渡口的摆渡人')).toMatchObject({
      kind: 'article',
      creditLines: ['（摘自《沧州晚报》2024年3月8日　作者　韩知远）'],
      credits: [{ name: '韩知远', role: '作者' }],
    });
    expect(byTitle.get('老茶馆的新客人')?.credits).toEqual([{ name: '苏明哲', role: '文' }]);
    expect(byTitle.get('一碗面里的乡愁')?.credits).toEqual([{ name: '顾晴', role: '作者' }]);
    expect(byTitle.get('社区里的“共享书架”')).toMatchObject({ creditLines: ['据《江岸日报》'], bylines: [] });
    expect(byTitle.get('旧书摊的春天')).toMatchObject({ creditLines: ['（原载《沧州日报》2024年3月2日，有删节）'], bylines: [] });
  });

  it('never reads a source line as a running head or a title, nor the 文摘 label as a byline', () => {
    expect(issue.furniture.map((f) => [f.text, f.kind])).toEqual([
      ['沧江文摘报　2024年3月15日　星期五　第4版', 'running-head'],
      ['责任编辑：谷　雨', 'editor'],
      ['文摘', 'section'],
      ['漫画', 'section'],
    ]);
    expect(issue.articles.map((a) => a.title)).toEqual(['古渡口的摆渡人', '社区里的“共享书架”', '老茶馆的新客人', '一碗面里的乡愁', '旧书摊的春天', '', '', '“低头族”', '年轻人需要的不是“躺平”']);
    expect(issue.articles.flatMap((a) => a.bylines)).not.toContain('文摘');
    // The ■ items of the 文摘 column are its briefs; the items under the next label are not.
    expect(issue.articles.slice(5).map((a) => a.kind)).toEqual(['brief', 'brief', 'photo', 'article']);
    expect(issue.articles[8].creditLines).toEqual(['□ 戚明远', '（摘自《青年时评》2024年第5期）']);
  });

  it('ends the briefs column at an item under a kicker of its own (the 文摘 page of tester9)', () => {
    // tester9's page of a 文摘报 (invented by the tester, /work/notes/tester9-digest.txt of the session), its
    // cartoon's 漫画 label replaced by a kicker.
    const text = [
      '澜江文摘报　2023年6月9日　星期五　第3版',
      '社会·生活',
      '责任编辑：乔　岚',
      '',
      '老街上的修表匠',
      '在青柳镇的老街上，有一间不足十平方米的修表铺。七十岁的修表匠邬长庚在这里守了四十多年，修过的钟表不下三万只。',
      '如今，来修表的人越来越少，可邬长庚依然每天早上七点准时开门。他说：“只要还有人需要，这门手艺就不能丢。”',
      '（摘自《澜州晚报》2023年6月3日　作者　林晓舟）',
      '',
      '“共享菜园”让邻里更亲近',
      '在桐江市东湖社区，一块闲置空地被改造成“共享菜园”，居民认领地块种菜，收获的蔬菜一部分送给社区孤寡老人。',
      '社区书记苗春燕说，菜园开园一年来，已有80多户居民认领了地块。',
      '据《桐江日报》',
      '',
      '文摘',
      '■桐江市启动“夜间经济”消费季，全市40条特色街区延长营业时间至晚上11点。（据《桐江晚报》）',
      '■澜州市今年将新建口袋公园50个，让市民“推窗见绿”。（据《澜州日报》6月5日）',
      '',
      '手机不离手，亲情渐疏离——',
      '“低头族”',
      '作者　郑小禾',
      '',
      '编者按：近来，网络上关于“躺平”的讨论不绝于耳。本期摘编两篇文章，供读者参考。',
      '年轻人需要的不是“躺平”',
      '□ 戚明远',
      '所谓“躺平”，更多是一种情绪的宣泄，而非真正的人生选择。社会应当为年轻人提供更多上升通道。',
      '（摘自《青年时评》2023年第11期）',
    ].join('\n');
    const kinds = parseIssue(text).articles.map((a) => [a.kicker, a.title, a.kind]);
    // each ■ item of the 文摘 column is a brief of its own (bulleted items set flush: split-blocks bulletNext)
    expect(kinds.slice(2)).toEqual([
      [null, '', 'brief'],
      [null, '', 'brief'],
      ['手机不离手，亲情渐疏离——', '“低头族”', 'photo'],
      [null, '年轻人需要的不是“躺平”', 'article'],
    ]);
  });

  it('reads an indented source line with no brackets as the credit, not body', () => {
    const a = parseIssue(['小区里的“银发食堂”', '　　东湖社区的“银发食堂”开张半年，每天提供午餐200余份。', '　　摘自《桐江晚报》'].join('\n')).articles[0];
    expect(a.creditLines).toEqual(['摘自《桐江晚报》']);
    expect(a.paragraphs).toEqual(['东湖社区的“银发食堂”开张半年，每天提供午餐200余份。']);
  });
});

describe('a recurring time', () => {
  it('gives no date (每年6月中旬前后)', () => {
    expect(findDates('每年6月中旬前后，江淮流域常常出现降雨。今年6月11日入梅。', { issueDate: '2024-06-12' }).dates.map((d) => d.text)).toEqual(['今年6月11日']);
    const a = parseIssue(['梅雨季为何“下不停”', '', '每年6月中旬前后，江淮流域常常出现持续时间长、雨量大的降雨天气。'].join('\n'), { issueDate: '2024-06-12' }).articles[0];
    expect(a.date).toBeNull();
  });
});

describe('entities of a military and a science paper', () => {
  it('reads no place from common nouns of geography (平原, 海岛, 太阳, 地球) or kinds (指挥所, 集成电路)', () => {
    const e = extractEntities('随着炮弹精准命中“敌”指挥所。“过去在平原练熟了的打法。”官兵扎根海岛。是地球磁场的40万倍。核聚变是太阳发光发热的原理。围绕集成电路等领域。');
    expect(e.places).toEqual([]);
    // 江 and 淮 of 江淮流域 are the Yangtze and the Huai, places as People's Daily's annotators mark them: kept.
    expect(extractEntities('每年此时，江淮流域常常出现降雨。').places.map((p) => p.name)).toEqual(['江', '淮']);
  });

  it('reads no place from a run of common nouns (海岛/哨所), and keeps a named post', () => {
    expect(extractEntities('海岛哨所的夏天。某海防团三连哨所旁的礁石上，官兵正在训练。').places.map((p) => p.name)).toEqual(['海防团三连哨所']);
  });

  it('reads no organization from a bare kind, and a unit the paper hides after its service whole', () => {
    const e = extractEntities('陆军某合成旅千里机动砺兵雪域。随着炮弹命中，陆军某合成旅在海拔4500米的高原组织演练。该旅心理服务中心主任乔静怡介绍，中心采取集中授课的方式。');
    expect(e.organizations.map((o) => o.name)).toEqual(['陆军某合成旅', '心理服务中心']);
    expect(extractEntities('8月1日，海军某舰载航空兵部队组织跨昼夜飞行训练。').organizations.map((o) => o.name)).toEqual(['海军某舰载航空兵部队']);
  });

  it('reads no person from a verb and its object before a count (张榜12项)', () => {
    expect(extractEntities('围绕集成电路、生物医药等领域张榜12项关键核心技术攻关任务。').people).toEqual([]);
  });

  it('reads a soldier after his rank and a name whole where 和 is its last character', () => {
    expect(extractEntities('上等兵龙海涛正面对大海，给新战友讲故事。').people).toEqual([{ name: '龙海涛', roles: ['上等兵'], mentions: 1 }]);
    const e = extractEntities('研究所研究员庞景和指着仪表盘上的数据告诉记者。庞景和表示，团队将继续攻关。');
    expect(e.people.map((p) => p.name)).toEqual(['庞景和']);
  });
});
