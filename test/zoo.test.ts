/**
 * The layout zoo (fixtures/zoo/<paper>/): the committed layout files and expected files are exactly
 * what scripts/zoo/render.mjs makes of each paper's source, and they hold together (roles cover
 * every printed line, article line ranges lie in the file, the printed text holds every source
 * unit in order). The renderer's own rules (validation with line numbers, wrapping) are checked on
 * small inputs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  FURNITURE_ROLES as FURNITURE,
  cells,
  leadInEnd,
  parseSource,
  renderLayout,
  renderPaper,
  wrapText,
  zooPapers,
  ZOO_DIR,
  ZooSourceError,
  type ZooExpected,
} from '../scripts/zoo/render.mjs';

const papers = zooPapers();
const RENDER = path.resolve(ZOO_DIR, '../../scripts/zoo/render.mjs');
const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');

describe('layout zoo', () => {
  it('has papers', () => {
    expect(papers.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(papers.map((d) => [path.basename(d), d] as const))('%s', (id, dir) => {
    const rendered = renderPaper(dir);
    const src = parseSource(readFileSync(path.join(dir, `${id}.src.txt`), 'utf8'), id);

    it('committed files are byte-identical to a fresh render (run `npm run zoo` after editing the source)', () => {
      const onDisk = readdirSync(dir).filter((f) => f !== `${id}.src.txt` && f !== 'README.md');
      expect(onDisk.sort()).toEqual([...rendered.keys()].sort());
      for (const [name, bytes] of rendered) {
        expect(
          readFileSync(path.join(dir, name)).equals(bytes),
          `${id}/${name} differs from its render`,
        ).toBe(true);
      }
    });

    it('has a README with its provenance', () => {
      expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toMatch(/invented/u);
    });

    it('has 8 or more items and at least 1,000 characters of printed text (a photo page is short)', () => {
      expect(src.items.length).toBeGreaterThanOrEqual(8);
      const chars = src.units.reduce((n, u) => n + [...u.text].length, 0);
      expect(chars).toBeGreaterThanOrEqual(1000);
    });

    describe.each(src.meta.layouts)('layout %s', (layout) => {
      const expected = JSON.parse(rendered.get(`expected.${layout}.json`)!.toString('utf8')) as ZooExpected;
      const bytes = rendered.get(`${id}.${layout}.txt`)!;
      const text = layout === 'wrap' ? iconv.decode(bytes, 'gb18030') : bytes.toString('utf8');
      const lines = text.replace(/\r\n/gu, '\n').replace(/\n$/u, '').split('\n');

      it('is encoded as the layout says (wrap: GB18030 with CRLF; others: UTF-8 with LF)', () => {
        if (layout === 'wrap') {
          expect(text).toMatch(/\r\n/u);
          expect(text.replace(/\r\n/gu, '')).not.toMatch(/\n/u);
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
        } else {
          expect(text).not.toMatch(/\r/u);
          expect(iconv.encode(text, 'utf8').equals(bytes)).toBe(true);
        }
        expect(expected.file).toBe(`${id}.${layout}.txt`);
      });

      it('gives exactly one role to every non-blank line', () => {
        const nonBlank = lines.flatMap((l, i) => (l.trim() ? [i + 1] : []));
        expect(expected.roles.map(([n]) => n)).toEqual(nonBlank);
      });

      it('lays every article within the file, on lines of its own roles, with a title among them (an untitled brief aside)', () => {
        const roleOf = new Map(expected.roles);
        for (const a of expected.articles) {
          expect(a.lines.length, a.title).toBeGreaterThan(0);
          const roles = new Set<string>();
          for (const [first, last] of a.lines) {
            expect(first, a.title).toBeGreaterThanOrEqual(1);
            expect(last, a.title).toBeLessThanOrEqual(lines.length);
            expect(first, a.title).toBeLessThanOrEqual(last);
            for (let n = first; n <= last; n++) if (roleOf.has(n)) roles.add(roleOf.get(n)!);
          }
          expect(
            [...roles].filter((r) => FURNITURE.includes(r)),
            a.title,
          ).toEqual([]);
          // (a brief of a column printed without headlines has none: title '')
          expect(roles.has('title'), a.title).toBe(a.title !== '' || a.kind !== 'brief');
        }
      });

      it('puts every non-furniture line in exactly one article and no furniture line in any', () => {
        const owner = new Map<number, string>();
        for (const a of expected.articles) {
          for (const [first, last] of a.lines) {
            for (let n = first; n <= last; n++) {
              if (!lines[n - 1].trim()) continue;
              expect(owner.get(n), `line ${n} in ${a.title} and ${owner.get(n)}`).toBeUndefined();
              owner.set(n, a.title);
            }
          }
        }
        for (const [n, role] of expected.roles)
          expect(owner.has(n), `line ${n} (${role})`).toBe(!FURNITURE.includes(role));
      });

      it('prints every source unit, in order, and each article body holds its bodyContains', () => {
        const printed = fold(lines.join(''));
        let at = 0;
        for (const u of src.units) {
          const k = printed.indexOf(fold(u.text), at);
          expect(
            k,
            `unit at source line ${u.srcLine} (${u.text.slice(0, 12)}) not printed in order`,
          ).toBeGreaterThanOrEqual(0);
          at = k + fold(u.text).length;
        }
        for (const a of expected.articles) {
          const body = fold(a.lines.flatMap(([f, l]) => lines.slice(f - 1, l)).join(''));
          for (const s of a.bodyContains) expect(body, `${a.title}: ${s}`).toContain(fold(s));
        }
      });
    });
  });
});

describe('zoo renderer', () => {
  const head = '@paper 测试报\n@issueDate 2023-06-20\n';

  it('names the line of a bad source line', () => {
    const cases: [string, number, RegExp][] = [
      [`${head}=== article date=2023-06-19\n[tilte] 标题\n`, 4, /unknown role \[tilte\]/u],
      [`${head}== page 1\n[body] 正文。\n`, 4, /outside an item/u],
      [`${head}=== article date=2023-13-01\n`, 3, /real YYYY-MM-DD/u],
      [`${head}=== continue a9\n`, 3, /no earlier item has id=a9/u],
      [
        `${head}=== article date=none\n[title] 题\n[kicker] 引题——\n[body] 正文。\n`,
        5,
        /right before the \[title\]/u,
      ],
      [`${head}@wrap 40\n`, 3, /@wrap must be a whole number from 18 to 26/u],
      [`${head}=== article date=none\n[title] 题\n`, 3, /has no running text/u],
      [`${head}just text\n`, 3, /expected "\[role\] text"/u],
      [`${head}=== article date=none\n[body] 正文。\n`, 3, /has no \[title\]/u],
      [`${head}=== brief date=none\n[subtitle] 副题\n[body] 正文。\n`, 3, /no \[title\]/u],
    ];
    for (const [text, line, message] of cases) {
      let err: unknown = null;
      try {
        parseSource(text, 'x.src.txt');
      } catch (e) {
        err = e;
      }
      expect(err, text).toBeInstanceOf(ZooSourceError);
      expect((err as ZooSourceError).line, text).toBe(line);
      expect((err as ZooSourceError).message, text).toMatch(message);
      expect((err as ZooSourceError).message.startsWith(`x.src.txt:${line}: `)).toBe(true);
    }
  });

  it('wraps at the width in cells, hanging closing punctuation and splitting numbers', () => {
    const text = '会议指出，2023年全区完成投资12345678万元，同比增长百分之十。';
    const lines = wrapText(text, 10, '\u3000\u3000');
    expect(lines.join('')).toBe(`\u3000\u3000${text}`);
    for (const l of lines) {
      const trimmed = /[，。]$/u.test(l) ? l.slice(0, -1) : l;
      expect(cells(trimmed)).toBeLessThanOrEqual(10);
    }
    expect(lines[0]).toBe('\u3000\u3000会议指出，2023年');
    expect(wrapText('1234567890123', 3)).toEqual(['123456', '789012', '3']);
    expect(wrapText('Smartphone app（试行）', 4)).toEqual(['Smartpho', 'ne app', '（试行）']);
    expect(lines.slice(1).every((l) => !/^[，。]/u.test(l))).toBe(true);
  });

  it('counts a narrow script half a cell and a combining mark none, and never starts a line with a mark', () => {
    // Tibetan: ག (letter) + ོ (vowel sign, a mark); Cyrillic and Arabic letters are narrow too.
    expect(cells('གོ')).toBe(0.5);
    expect(cells('Шил')).toBe(1.5);
    expect(cells('قەش')).toBe(1.5);
    expect(cells('民族')).toBe(2);
    const tibetan = 'མི་རིགས་སློབ་འབྲིང་དུ་སྐད་གཉིས་སློབ་ཁྲིད་ལྟ་སྐོར།';
    expect(wrapText(tibetan, 22)).toEqual([tibetan]);
    const lines = wrapText(tibetan, 6);
    expect(lines.join('')).toBe(tibetan);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => !/^\p{M}/u.test(l))).toBe(true);
  });

  it('renders a brief printed without a headline (a one-liner of a 遗失声明 column) with title \'\', in source order', () => {
    const src = parseSource(
      `${head}[section] 遗失声明\n=== brief date=none\n[body] 甲公司遗失公章一枚，声明作废。\n` +
        `=== brief date=none\n[body] 乙遗失身份证一张，声明作废。\n=== article date=none\n[title] 注销公告\n[body] 正文。\n`,
      'x.src.txt',
    );
    const { expected } = renderLayout(src, 'x', 'indent');
    expect(expected.articles.map((a: { kind: string; title: string; lines: number[][] }) => [a.kind, a.title, a.lines])).toEqual([
      ['brief', '', [[2, 2]]],
      ['brief', '', [[3, 3]]],
      ['article', '注销公告', [[4, 5]]],
    ]);
    expect(expected.roles).toEqual([[1, 'section'], [2, 'body'], [3, 'body'], [4, 'title'], [5, 'body']]);
  });

  it('reads a 【】 label at the head of a title line as the reference kicker', () => {
    const src = parseSource(
      `${head}=== article date=none\n[title] 【民族团结进步】曲登村干部结对认亲\n[body] 正文。\n` +
        `=== article date=none\n[kicker] 引题\n[title] 【不拆】的标题\n[body] 正文。\n`,
      'x.src.txt',
    );
    const [a, b] = renderLayout(src, 'x', 'blank').expected.articles;
    expect([a.kicker, a.title]).toEqual(['【民族团结进步】', '曲登村干部结对认亲']);
    expect([b.kicker, b.title]).toEqual(['引题', '【不拆】的标题']);
  });

  it('finds where a lead-in ends in the conventions of the field (bodyContains starts after it)', () => {
    const rest = (text: string): string => text.slice(leadInEnd(text));
    expect(rest('本报讯（记者　陈晓　通讯员　胡蓉）6月7日清晨，')).toBe('6月7日清晨，');
    expect(rest('本报讯 （记者 陈晓）6月7日，')).toBe('6月7日，');
    expect(rest('本报讯　6月7日，县图书馆')).toBe('6月7日，县图书馆');
    expect(rest('本报讯　记者　周子涵　通讯员　程嘉禾　昨天上午，')).toBe('昨天上午，');
    expect(rest('本报讯　记者　王　俊　昨天清晨6点，')).toBe('昨天清晨6点，');
    expect(rest('本报讯　记者　许安然　实习生　顾　晨　前天，')).toBe('前天，');
    expect(rest('本报讯　记者　周子涵　记者昨天从市公交集团获悉，')).toBe('记者昨天从市公交集团获悉，');
    expect(rest('本报讯　通讯员　李雅楠　吴静　6月8日，')).toBe('6月8日，');
    expect(rest('本报北京6月19日电（记者韩　笑）全国')).toBe('全国');
    expect(rest('新华社北京6月20日电　记者20日从国铁集团获悉')).toBe('记者20日从国铁集团获悉');
    expect(rest('新华社北京6月20日电 记者张晓彤报道：今年以来，')).toBe('今年以来，');
    expect(rest('新华社北京6月20日电　记者张晓彤　刘洋报道　今年以来，')).toBe('今年以来，');
    expect(rest('■本报记者　林　森　通讯员　叶青　9月5日，')).toBe('9月5日，');
    expect(rest('〔記者陳冠廷／翠灣報導〕市府今（20）日宣布')).toBe('市府今（20）日宣布');
    expect(rest('（中央社記者王子豪翠灣20日電）翠灣市議會今天')).toBe('翠灣市議會今天');
    expect(rest('本報訊　記者　林佩瑜　通訊員　陳　明　昨天上午，')).toBe('昨天上午，');
    expect(rest('【本報訊】翠灣市今天')).toBe('翠灣市今天');
    // credits joined by 、, and staff named without a role word before 报道 (tester9's military paper)
    expect(rest('本报讯　特约记者蒋立川、通讯员邵文斌报道：8月3日，')).toBe('8月3日，');
    expect(rest('本报讯　庞　毅、谭振宇报道：7月30日，')).toBe('7月30日，');
    expect(rest('本报讯　韦嘉宁、特约通讯员冯　岩报道：8月1日，')).toBe('8月1日，');
    expect(rest('本报讯　昨天上午，张家村、李家村报道：')).toBe('昨天上午，张家村、李家村报道：');
    expect(rest('本报讯　张家村、李家村昨天')).toBe('张家村、李家村昨天');
    // a periodical's and a station's own lead-in (tester25's county-shizhi: 本刊讯 had stayed in bodyContains)
    expect(rest('本刊讯　6月16日，《澄川县志》')).toBe('6月16日，《澄川县志》');
    expect(rest('本刊讯（通讯员　罗晓晴）6月上旬，')).toBe('6月上旬，');
    expect(rest('本刊訊　本月16日上午，')).toBe('本月16日上午，');
    expect(rest('本台讯　昨天，')).toBe('昨天，');
    expect(leadInEnd('“税务干部上门帮我们')).toBe(0);
    expect(leadInEnd('记者20日从水利部获悉')).toBe(0);
  });

  it('npm run zoo: one line naming file and line for a bad source, the other papers still rendered, exit 1', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'zoo-'));
    try {
      for (const [id, body] of [
        ['bad-paper', `${head}=== article date=none\n[title] 题\n[boddy] 正文。\n`],
        ['good-paper', `${head}=== article date=none\n[title] 题\n[body] 正文。\n`],
      ]) {
        mkdirSync(path.join(root, id));
        writeFileSync(path.join(root, id, `${id}.src.txt`), body);
      }
      const r = spawnSync(process.execPath, [RENDER, '--root', root], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      const errors = r.stderr.trim().split('\n');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^zoo: .*bad-paper\.src\.txt:5: unknown role \[boddy\]/u);
      expect(readdirSync(path.join(root, 'good-paper')).sort()).toEqual([
        'expected.blank.json',
        'expected.indent.json',
        'expected.wrap.json',
        'good-paper.blank.txt',
        'good-paper.indent.txt',
        'good-paper.src.txt',
        'good-paper.wrap.txt',
      ]);
      expect(readdirSync(path.join(root, 'bad-paper'))).toEqual(['bad-paper.src.txt']);
      const check = spawnSync(process.execPath, [RENDER, '--root', root, '--check', 'good-paper'], {
        encoding: 'utf8',
      });
      expect(check.status).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('joins a two-line title and keeps a [body+] line in the paragraph it continues', () => {
    const src = parseSource(
      `${head}=== article date=none bylines=甲乙\n[title] 上行 \n[title] 下行\n[body] 前半段没有\n[body+] 结束的句子。\n`,
    );
    expect(src.units.map((u) => u.role)).toEqual(['title', 'title', 'body', 'body']);
    expect(src.units[3].continued).toBe(true);
    const { expected, text } = renderLayout(src, 'x', 'indent');
    expect(text).toBe('上行\n下行\n\u3000\u3000前半段没有\n结束的句子。\n');
    expect(expected.articles[0].title).toBe('上行 下行');
    expect(expected.articles[0].bylines).toEqual(['甲乙']);
    expect(expected.articles[0].lines).toEqual([[1, 4]]);
    expect(expected.roles).toEqual([
      [1, 'title'],
      [2, 'title'],
      [3, 'body'],
      [4, 'body'],
    ]);
    expect(expected.articles[0].paragraphBreaks).toEqual([]);
  });
});
