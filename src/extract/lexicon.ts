/**
 * Word lists the entity extractors share: surnames, offices (leader titles), roles, place and
 * organization suffixes, function characters and stop words. Each list says where it comes from.
 */

/**
 * Single-character surnames: the 百家姓 (Hundred Family Surnames, Song dynasty, public domain
 * text as commonly printed, 504 surnames), plus nine modern surnames the Song text lacks:
 * 肖 付 闫 覃, which are among the 100 surnames with most registered people in 《二〇二〇年全国姓名
 * 报告》 (Ministry of Public Security, 户政管理研究中心, February 2021), and 邝 冼 栗 谌 蹇, each
 * recorded as a surname (`/surname …/`) by the CC-CEDICT dictionary (CC BY-SA 4.0). Facts checked
 * against those sources, no text of them copied. Rarer surnames are left to the entity tagger.
 */
const SINGLE_SURNAMES =
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎' +
  '鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄' +
  '和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭' +
  '梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚' +
  '程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫' +
  '宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双' +
  '闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容' +
  '向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空' +
  '曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公晋楚闫法汝鄢涂钦岳帅缑亢况郈有琴商牟佘佴伯赏墨哈' +
  '谯笪年爱阳佟言福' +
  '肖付闫覃邝冼栗谌蹇';

/**
 * The hundred single-character surnames borne by the most distinct people named in the entity
 * tagger's training corpora (People's Daily 1998, MSRA, CLUENER2020), most common first;
 * generated into src/data/surnames.ts by scripts/build-surnames.mjs (sources: data/LICENSES.md).
 * Used where two readings of a run of names differ only in which character opens the second name
 * (markers.ts `splitNameRun`: 缪通陈苏君 → 缪通 陈苏君, not 缪通陈 苏君).
 */
export { COMMON_SURNAMES_RANKED } from '../data/surnames.js';

/** Compound surnames of the 百家姓 (same source). A name with one may have 4 characters. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(
  ('万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 ' +
    '公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 仉督 子车 颛孙 端木 巫马 公西 ' +
    '漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 归海 羊舌 微生 梁丘 左丘 东门 西门 ' +
    '南宫 第五').split(' '),
);

/**
 * Surnames that are also characters of many common words (区 of 地区, 军区; 麦 of 小麦, 丹麦): 区 (Ōu)
 * and 麦, surnames of Guangdong and its emigrants that the 百家姓 lacks (县长区伟明, 县长麦国强: tester13's
 * 侨报, Dec 2026), each recorded as a surname by CC-CEDICT (CC BY-SA 4.0; no text of it copied). Read as
 * a surname only in the slot where an office puts a name (`readName` after an office, before a
 * postposed one, after 县领导), never in running text, where the character is far more often a word's.
 */
export const SLOT_ONLY_SURNAMES: ReadonlySet<string> = new Set([...'区麦']);

/**
 * Surnames that are also prepositions or verbs put before a place (于 "at", 向, 从, 经): 于金山 in
 * 民国廿六年秋于金山 is "at 金山 (San Francisco)", no one (tester13's 侨报, Dec 2026). A three-character
 * name the character tagger reads from one of them and a place's name, with no role or office by
 * it, is that preposition and the place (src/extract/entities.ts).
 */
export const PREPOSITION_SURNAMES: ReadonlySet<string> = new Set([...'于向从经']);

/** Single-character surnames as a set (see `SINGLE_SURNAMES` for the source). */
export const SURNAMES: ReadonlySet<string> = new Set([...SINGLE_SURNAMES]);

/**
 * Whether a text opens with a surname as `SURNAMES.has(s[0]) || COMPOUND_SURNAMES.has(s.slice(0, 2))`
 * reads it, from tables of UTF-16 units (no string made per call: it runs on every token).
 */
export function startsWithSurname(s: string): boolean {
  const c = s.charCodeAt(0);
  return SURNAME_UNITS[c] === 1 || (COMPOUND_SURNAME_FIRST_UNITS[c] === 1 && COMPOUND_SURNAMES.has(s.slice(0, 2)));
}
/** 1 at the UTF-16 unit of each one-unit entry of SURNAMES. */
const SURNAME_UNITS = new Uint8Array(0x10000);
for (const s of SURNAMES) if (s.length === 1) SURNAME_UNITS[s.charCodeAt(0)] = 1;
/** 1 at the first UTF-16 unit of each compound surname. */
const COMPOUND_SURNAME_FIRST_UNITS = new Uint8Array(0x10000);
for (const s of COMPOUND_SURNAMES) COMPOUND_SURNAME_FIRST_UNITS[s.charCodeAt(0)] = 1;

/**
 * Core offices that make a leader title (party, government, 人大, 政协 and their departments),
 * longest first so that alternation prefers 常务副区长 over 副区长 over 区长. Compiled from the
 * official title forms used in 中国共产党地方委员会工作条例 and 地方各级人民代表大会和地方各级人民政府
 * 组织法, as printed in district and county papers.
 */
export const OFFICE_CORES: readonly string[] = [
  '常务副区长', '常务副县长', '常务副市长', '常务副省长', '常务副镇长', '常务副乡长', '常务副主任', '常务副主席',
  '党工委书记', '党工委副书记', '党组副书记', '党组书记', '副秘书长', '秘书长',
  '副书记', '书记', '常委', '副省长', '省长', '副市长', '市长', '副区长', '区长', '副县长', '县长',
  '副镇长', '镇长', '副乡长', '乡长', '副主任', '主任', '副主席', '主席', '副部长', '部长', '副局长', '局长',
  '副厅长', '厅长', '副处长', '处长', '副主任委员', '主任委员', '检察长', '副检察长', '副院长', '院长',
  '一级巡视员', '二级巡视员', '巡视员', '一级调研员', '二级调研员', '三级调研员', '四级调研员', '调研员', '政委', '委员',
  '党组成员',
  // Prefecture-level offices (自治州, 地区, 盟: 地方各级人民代表大会和地方各级人民政府组织法; 民族区域自治法):
  // 州长 and 副州长 of an autonomous prefecture, 盟长 of a league, 专员 of a prefecture's 行署 (tester23's 州报, Dec 2026).
  '副州长', '州长', '副盟长', '盟长', '副专员', '专员',
  // National, military, judicial and special-region offices (中国共产党章程, 宪法 chapter 3, 军队
  // and 法院/检察院 organic laws, 香港/澳门基本法): 总书记, 委员长, 总理, 国务委员, 司长, 行政长官 ….
  '总书记', '委员长', '副委员长', '总理', '副总理', '国务委员', '司长', '副司长', '行政长官', '副政委', '司令员', '副司令员',
  '参谋长', '副参谋长', '政治委员', '大法官', '庭长', '副庭长', '审判长', '总统', '副总统', '首相', '外长', '国家主席',
  '国家副主席', '特首', '署长', '副署长', '总监', '组长', '副组长', '团长', '军长', '师长', '旅长', '舰长',
].sort((a, b) => b.length - a.length);

/**
 * Offices that may follow the name they belong to (江泽民总书记, 李强总理, 赵乐际委员长): the
 * national ones, where news prints the name first as a mark of respect. From the same sources as
 * `OFFICE_CORES`; local offices after a name (胡拥军书记) are forms of address and not read.
 */
export const OFFICES_AFTER_NAME: readonly string[] = [
  '总书记', '委员长', '副委员长', '总理', '副总理', '国务委员', '国家主席', '国家副主席', '主席', '副主席', '总统', '副总统', '首相',
];

/**
 * Qualifiers printed before an office that are part of the title as printed: acting (代县长,
 * 代理市长), seconded (挂职副县长) and executive (常务副部长) offices. From the forms of
 * appointment used in 党政领导干部选拔任用工作条例 (代理, 挂职) as printed in county papers.
 */
export const OFFICE_QUALIFIERS: readonly string[] = ['代理', '挂职', '常务', '代'];

/**
 * Organ prefixes that can stand before an office core: 区委, 县委, 镇党委, 人大常委会, 政协, 村委会,
 * 党支部, … and the qualifiers (`OFFICE_QUALIFIERS`). `区区` (a doubled level, an OCR echo) is
 * accepted and cleaned by the leader extractor.
 */
export const OFFICE_PREFIXES: readonly string[] = [
  // Development zones and parks, whose 党工委 and 管委会 head them (开发区党工委书记, 高新区管委会主任).
  '经济技术开发区', '经济开发区', '高新技术产业开发区', '高新区', '开发区', '工业园区', '园区', '新区',
  // National organs (中共中央总书记, 国务院总理, 全国人大常委会委员长, 中央军委副主席, 最高人民法院院长, 特别行政区行政长官).
  '中共中央', '中央', '国务院', '全国人大常委会', '全国人大', '全国政协', '中央军委', '军委', '最高人民法院', '最高人民检察院',
  '特别行政区', '特区政府', '特区', '军区', '战区', '国家', '外交部', '国防部', '商务部', '财政部', '教育部', '公安部', '司法部',
  '高级人民法院', '中级人民法院', '人民法院', '人民检察院', '法院', '检察院',
  '街道党工委', '人大常委会', '人大工委', '人大主席团', '镇党委', '乡党委', '党工委', '管委会', '常委会',
  // …and the organs of those levels (自治州州长, 地委书记, 行署专员, 盟委书记).
  '自治州', '地委', '行署', '盟委',
  '省委', '市委', '区委', '县委', '州委', '党委', '党组', '人大', '政协', '政府', '纪委', '监委',
  '组织部', '宣传部', '统战部', '政法委', '编委', '办公室', '村委会', '居委会', '党总支', '党支部', '支部',
  // The rural units of 1958-1984 (人民公社, 生产大队, 生产队), whose 党委 and 党支部 archives' papers of the
  // period name (公社党委书记, 大队党支部书记, 公社管委会主任: tester14's archival county paper, Dec 2026).
  '公社', '大队', '生产队',
  '街道', '社区', '省', '市', '区', '县', '州', '镇', '乡', '村',
  ...OFFICE_QUALIFIERS,
].sort((a, b) => b.length - a.length);

/**
 * Ends of the names of units that are no organ of the party, government, 人大, 政协, courts or
 * procuratorates: departments (急诊科, 呼吸科), hospitals, schools, companies, associations. A bare
 * office core (主任, 院长, 书记 with no organ before it) printed right after one heads that unit and
 * makes no leader (急诊科主任, 市第一人民医院院长): README "Leaders". From the unit names of health,
 * education and business pages (a fresh user's health paper: 急诊科主任).
 */
export const NON_ORGAN_UNIT_ENDS: readonly string[] = [
  '科', '科室', '医院', '卫生院', '卫生室', '诊所', '学校', '中学', '小学', '大学', '学院', '幼儿园', '公司', '集团',
  '银行', '中心', '协会', '学会', '商会', '研究所', '研究院',
  // Associations (社会团体: 条例 on their registration), whose 主席, 会长 and 理事长 head no organ: 侨报 and
  // national pages print them beside officials (美国滨澜总会馆主席, 旅菲同乡总会理事长, 县侨商联谊会主席:
  // tester13's 侨报, Dec 2026). People's organizations (工会, 妇联, 侨联, 工商联, 共青团) are not among them:
  // their officials are cadres of the party-state (README "Leaders").
  '会馆', '同乡会', '同乡总会', '乡亲会', '联谊会', '宗亲会', '校友会', '基金会', '研究会', '促进会', '总会', '俱乐部', '公会', '社团',
];

/**
 * Bodies inside any unit, printed between the unit and an office (集团公司党委书记, 医院党总支书记,
 * 学校纪委书记, 公司办公室主任) and the qualifiers: an office made of these and a core after a unit
 * that is no organ (NON_ORGAN_UNIT_ENDS) heads that unit's body, so it is no leader's either. From
 * the party organs every enterprise and institution has (中国共产党章程 chapter 5: 基层组织).
 */
export const UNIT_INTERNAL_BODIES: readonly string[] = ['党委', '党组', '纪委', '党总支', '党支部', '支部', '办公室', ...OFFICE_QUALIFIERS];

/**
 * Last characters of the names of departments (呼吸科, 财务科, 档案室, 财务处): a name read as a
 * person that is a common word plus one of them is a department (呼吸 + 科). From the department
 * names of health and government pages.
 */
export const DEPARTMENT_END_CHARS: ReadonlySet<string> = new Set([...'科室处']);

/** Words after which a list of leaders' names follows without a title: 区领导谢小兵、顾斌. */
export const LEADER_LIST_HEADS: readonly string[] = ['省领导', '市领导', '区领导', '县领导', '镇领导', '乡领导', '街道领导'];

/**
 * Roles that name ordinary people (not offices): representatives, managers, residents.
 * Longest first. From the role words of the real issue and common newspaper usage.
 */
export const ROLE_WORDS: readonly string[] = [
  '人大代表', '人民代表大会代表', '代表大会代表', '政协委员', '选民代表', '居民代表', '村民代表', '党员代表', '企业代表', '党代表', '董事长', '总经理',
  '副总经理', '负责人', '经理', '厂长', '店长', '站长', '所长', '校长', '园长', '会长', '理事长', '网格员', '志愿者',
  '党委书记', '支部书记', '党支部书记', '书记', '主任', '居民', '村民', '市民', '老党员', '党员', '民警', '辅警', '医生',
  '护士', '教师', '老师', '队员', '队长', '社工', '工作人员', '创始人', '退役军人', '老兵', '农户', '种植户', '师傅',
  // Farmers, village and community posts, workers: the people county papers quote.
  '种粮大户', '种植大户', '养殖大户', '养殖户', '大户', '致富带头人', '带头人', '村委会主任', '居委会主任', '村主任',
  '村干部', '企业负责人', '网格长', '楼栋长', '第一书记', '村医', '乡村医生', '农民', '职工', '员工', '店主', '摊主',
  '业主', '驾驶员', '环卫工人', '快递员', '学生', '家长', '游客', '教练', '技术员', '农技员', '专家',
  // Retired and working occupations quoted in community stories (退休教师徐国平).
  '退休教师', '退休老师', '退休职工', '退休干部', '退休工人', '退休医生', '退休党员', '退役老兵', '个体户', '外卖骑手',
  '外卖员', '保洁员', '保安', '厨师', '护工', '工程师', '律师', '法官', '检察官', '消防员', '电工', '村支书',
].sort((a, b) => b.length - a.length);

/**
 * Military ranks printed before a soldier's name (上等兵龙海涛, 下士马晓磊, 中校X): roles, as occupations
 * are. From the ranks of the PLA and the armed police (中国人民解放军军官军衔条例, 军士 and 义务兵 grades)
 * as military papers print them (tester9's 朔岭战士报, Dec 2026).
 */
export const MILITARY_RANKS: readonly string[] = [
  '列兵', '上等兵', '下士', '中士', '上士', '四级军士长', '三级军士长', '二级军士长', '一级军士长', '军士长', '少尉', '中尉',
  '上尉', '少校', '中校', '上校', '大校', '少将', '中将', '上将',
].sort((a, b) => b.length - a.length);

/**
 * Common nouns of physical geography and astronomy that name a kind, not a place: landforms and
 * waters (平原, 高原, 海岛, 大海), the sun, the earth and the planets (太阳, 地球, 月球). jieba's dictionary tags
 * some of them ns and its place list (data/world.ts FEATURE_NAMES, from jieba's ns words) holds some
 * (海岛, 海峡); the character tagger reads some as places in running text (是地球磁场的40万倍). Never a
 * place of a story. Source: tester9's papers (Dec 2026) and the generic terms of 地理 textbooks.
 */
export const COMMON_GEOGRAPHY_NOUNS: ReadonlySet<string> = new Set([
  '平原', '高原', '山区', '丘陵', '盆地', '草原', '沙漠', '戈壁', '海岛', '岛屿', '小岛', '孤岛', '半岛', '群岛', '海峡',
  '港湾', '大海', '海洋', '海面', '海域', '海岸', '沿海', '内陆', '陆地', '江河', '湖泊', '河流', '山峰', '山脉', '山岭',
  '山川', '山河', '冰川', '峡谷', '雪山', '高山', '森林', '湿地',
  // The sun, the earth and the planets: no place in the sense of this tool's places (divisions, countries,
  // cities, waters, mountains, regions); MSRA's and People's Daily's annotators mark them (see README).
  '太阳', '地球', '月球', '月亮', '星球', '火星', '木星', '水星', '金星', '土星', '宇宙', '太空', '银河系', '太阳系',
  // Posts and facilities named by their kind alone (指挥所, 哨所, 托儿所, 集成电路 ending in 路).
  '指挥所', '哨所', '招待所', '托儿所', '事务所', '电路', '集成电路', '回路', '通路',
]);

/**
 * Occupations and posts that national, business, sports and arts pages print before a name
 * (教授王涛, 副司机严立冬, 主教练米卢): the most frequent words before a person in People's Daily
 * dev, MSRA train and CLUENER train that were no role or office here. Weaker than ROLE_WORDS: a
 * foreign name often follows (主教练鲁迪内), so the name after one is the character tagger's when
 * it reads one there (src/extract/entities.ts). Words that are also given names (冠军, 新秀, 前锋)
 * are left out: a surname and one of them (陈冠军) would be no name.
 */
export const OCCUPATION_WORDS: readonly string[] = [
  '司机', '副司机', '列车长', '乘务员', '主教练', '教练员', '选手', '运动员', '守门员', '门将', '球星', '外援', '主帅', '老将',
  '名将', '队友', '总裁', '副总裁', '董事', '主管', '执行官', '行长', '副行长', '社长', '副会长', '副校长', '副所长', '馆长',
  '教授', '副教授', '研究员', '科学家', '经济学家', '分析师', '设计师', '建筑师', '发言人', '顾问', '秘书', '大使',
  '参议员', '议长', '导演', '编剧', '演员', '主持人', '作家', '画家', '艺术家', '收藏家', '大师', '编辑', '主编', '作者',
].sort((a, b) => b.length - a.length);

/**
 * Verbs of saying after a name that confirm it is a person (林国平说, 李某表示, 王某告诉记者).
 * From the attribution verbs of news reports.
 */
export const SPEECH_VERBS: readonly string[] = [
  '告诉记者', '笑着说', '介绍说', '表示', '介绍', '告诉', '认为', '坦言', '感慨', '回忆', '说', '称', '谈到', '指出', '坦承',
].sort((a, b) => b.length - a.length);

/**
 * Characters that end a name when they follow a 2-character surname+given name: particles,
 * prepositions, conjunctions and verb-initial characters that (almost) never end a given name.
 * `闵成与` → 闵成, `张文动环境` → 张文. Tuned on the real issue and the handed cases.
 */
export const NAME_STOP_CHARS: ReadonlySet<string> = new Set([
  ...'与和及等在到为是也对向于的了就并均都将已给把被让从率带陪随赴去说讲称指督调参出主表兼代作致宣检考察视慰走看听提要实亲首先分共还又再曾但却而则以由自往后里外上下内之其这那该此每各动开入召举组受',
]);

/**
 * Characters jieba's HMM glues onto a level character after them as one unknown word (受县/x
 * 人民政府, 请县/x 人民政府, 在县/x): a preposition or verb before 县/市/区…, which starts no name
 * there. NAME_STOP_CHARS (受 of 受…委托 included), 请, and 经 and 据 (经省/x 人民政府同意, 据省/x 气象台:
 * tester6's provincial bulletin). From tester2's county bulletin and news usage.
 */
export const LEVEL_GLUE_CHARS: ReadonlySet<string> = new Set([...NAME_STOP_CHARS, '请', '经', '据']);

/**
 * The last character of an organ's name (局, 委, 办, 厅 …) and adverbs, prepositions or conjunctions that
 * jieba's HMM glues after it into an unknown word (县农业农村局已组织: 局已/x; 县教育局将, 市委要):
 * the word is split so that the organ ends with its own character (tester12's county media centre,
 * Dec 2026). ORGAN_GLUE_ENDS from the organs' names (ORG_SUFFIXES' single characters), ORGAN_GLUE_AFTER
 * from common usage.
 */
export const ORGAN_GLUE_ENDS: ReadonlySet<string> = new Set([...'局委办厅署院处']);
export const ORGAN_GLUE_AFTER: ReadonlySet<string> = new Set([...'已将在于要对为和与及等也都还又正就曾均即']);

/**
 * Conjunctions a two-character county name may start with (和县): between a word and an organ
 * (报告和县审计局) the county is 和 + 县审计局. From tester2's county bulletin.
 */
export const LEVEL_GLUE_CONJUNCTIONS: ReadonlySet<string> = new Set([...'和与及同']);

/**
 * What an organ does, in words jieba tags as nouns (委托/n, 部署/n, 指导/n): never the last word of
 * an organization's name (受县人民政府委托: 县人民政府). From common usage.
 */
export const ORGAN_ACTION_WORDS: ReadonlySet<string> = new Set([
  '委托', '授权', '部署', '指导', '批准', '安排', '要求', '决定', '委派', '指示', '交办', '督办',
]);

/**
 * Kinship and nickname forms that are never names: 老张, 小李, 钱大妈, 王阿姨.
 * Prefixes and suffixes from common usage; 老 (胡老, 吕老: an elder addressed by surname) and 氏
 * (杜氏: a surname as a family or its bearer) from MSRA's train split, which prints 吕老 17 times, 胡老
 * 13, 杜氏 20 and marks no such form as a person in its 45,414 sentences (it marks the surname alone:
 * 胡, which this tool never reports).
 */
export const NICKNAME_PREFIXES: ReadonlySet<string> = new Set([...'老小阿大']);
export const NICKNAME_SUFFIXES: readonly string[] = [
  '大妈', '大爷', '大伯', '大叔', '大娘', '大婶', '大姐', '大哥', '阿姨', '奶奶', '爷爷', '师傅', '老师', '同志',
  '老汉', '老伯', '婆婆', '妈妈', '爸爸', '伯伯', '叔叔', '阿婆', '嫂', '姐', '哥', '妹', '弟', '总', '工', '某', '老', '氏',
  // Courtesy forms after a surname (姚先生, 王女士): CLUENER dev marks 负责人姚先生 no person.
  '先生', '女士', '小姐', '太太', '夫人',
];

/**
 * Characters that, printed after a whole name, make the home or household of that person (刘德贵家的电视:
 * the tagger reads 刘德贵家 as one person). From common usage (tester3's literary page).
 */
export const NAME_HOME_CHARS: ReadonlySet<string> = new Set([...'家']);

/**
 * Kinship words (二哥, 大姐, 表叔, 舅舅): never a place, however jieba tags them (二哥/ns). A word is
 * one when it is such a word with at most one prefix of order or rank (KINSHIP_PREFIXES). From
 * common usage (tester3's literary page: 二哥/ns).
 */
export const KINSHIP_WORDS: ReadonlySet<string> = new Set([
  '哥', '姐', '弟', '妹', '嫂', '叔', '伯', '姨', '舅', '姑', '婶', '爷', '奶', '公', '婆', '妈', '爸', '娘', '爹',
  '哥哥', '姐姐', '弟弟', '妹妹', '叔叔', '伯伯', '舅舅', '姑姑', '婶婶', '爷爷', '奶奶', '姥姥', '姥爷', '外婆', '外公',
  '婆婆', '公公', '妈妈', '爸爸', '嫂子', '姐夫', '妹夫', '舅妈', '姑妈', '姨妈', '表哥', '表姐', '表弟', '表妹', '堂哥', '堂姐', '堂弟', '堂妹',
]);
/** Order and rank before a kinship word (二哥, 大姐, 小妹, 老舅). */
export const KINSHIP_PREFIXES: ReadonlySet<string> = new Set([...'一二三四五六七八九十大小老幺']);

/**
 * Measure words that, after a demonstrative or a numeral, make a common noun's phrase (那座桥, 一条街,
 * 这个村): no place name opens so. 间, 家, 道, 口, 里 are left out: they open real names (三间房, 三家店,
 * 二道河, 八里庄). From common usage (tester3's literary page).
 */
export const PHRASE_MEASURE_WORDS: ReadonlySet<string> = new Set([...'座条个栋幢片处只']);
/** Demonstratives before a measure word (那座, 这条, 每个). */
export const DEMONSTRATIVE_CHARS: ReadonlySet<string> = new Set([...'这那哪此该每某']);
/** Numerals before a measure word (一条, 两座, 几个). */
export const NUMERAL_CHARS: ReadonlySet<string> = new Set([...'一二三四五六七八九十两几半']);

/**
 * Seasons and the dawn, one character each, that jieba tags as time words (秋/t) and given names end
 * with (卢映秋, 张春, 王晓冬, 李晨; names.ts counts 秋 93, 春 247, 冬 45, 夏 34, 晨 17): after an office a
 * surname and a character then one of them is a three-character name (县委常委、组织部部长卢映/x 秋/t
 * 出席: tester11's party-building paper, Dec 2026), never a name and a time word.
 */
export const SEASON_NAME_CHARS: ReadonlySet<string> = new Set([...'春夏秋冬晨']);

/** Time words jieba may tag as names (今天下午/nr). From jieba tagging errors seen in testing. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  '今天', '昨天', '前天', '明天', '今天上午', '今天下午', '昨天上午', '昨天下午', '上午', '下午', '晚上', '凌晨',
  '今年', '去年', '明年', '近日', '日前', '目前', '当天', '当日', '次日', '期间', '时候',
  // Seasons of a headline or lead (金秋时节/nr…: tester8's bilingual daily, Dec 2026); 金, 盛, 严 are surnames.
  '金秋', '深秋', '初秋', '晚秋', '仲秋', '暮秋', '初春', '早春', '阳春', '暮春', '仲春', '盛夏', '初夏', '仲夏', '酷夏',
  '隆冬', '寒冬', '初冬', '严冬', '深冬', '暖冬',
]);

/**
 * Administrative suffixes (level units), longest first. `街道` before `道`, `社区` before `区`.
 */
export const ADMIN_SUFFIXES: readonly string[] = ['自治州', '自治县', '街道', '社区', '省', '市', '区', '县', '镇', '乡', '村', '州', '旗'];

/**
 * Kinds of public facility (utilities, clinics, homes, grounds) that are places when a name stands
 * before them (县城污水处理厂, 城关镇卫生院, 宋桥村敬老院) and generic when alone (新建污水处理厂). 院 and
 * 场 end too many common words (法院, 现场) to be suffixes alone; 厂 and 站 are weak suffixes.
 * From the facility kinds of county papers (water, power, health, care, sports, waste).
 */
export const FACILITY_WORDS: readonly string[] = [
  '污水处理厂', '污水处理站', '自来水厂', '水厂', '发电厂', '电厂', '变电站', '水电站', '电站', '泵站', '加油站', '中转站',
  '垃圾中转站', '客运站', '汽车站', '火车站', '服务站', '卫生站', '水文站', '救助站', '卫生院', '敬老院', '养老院', '福利院',
  '光荣院', '体育场', '运动场', '停车场', '养殖场', '林场', '农场', '填埋场', '垃圾填埋场', '屠宰场',
];

/**
 * Kinds of landmark and sight a name stands before (灵隐寺, 中山陵, 布达拉宫, 雷峰塔, 鼓浪屿 is the
 * gazetteer's, 长滩岛, 四姑娘山, 黄果树瀑布, 周庄古镇, 鲁迅故居, 半坡遗址, 云冈石窟, 圣母大教堂): the places of
 * travel and culture pages (CLUENER2020's 景点 and addresses). Kept only with a name word before them
 * and a word boundary after (WEAK_PLACE_SUFFIXES for the one-character ones).
 */
export const LANDMARK_WORDS: readonly string[] = [
  '寺', '陵', '宫', '塔', '庙', '岛', '峡谷', '大峡谷', '瀑布', '古镇', '故居', '遗址', '石窟', '大教堂', '教堂', '城堡',
];

/**
 * Development zones and parks: places when a name stands before them (港闸经济开发区, 临江新区,
 * 洋口港经济开发区), generic alone. From the zone kinds of 国家级/省级开发区 names (经济技术开发区,
 * 高新技术产业开发区) and county usage (工业集中区, 工业园区).
 */
export const ZONE_WORDS: readonly string[] = [
  '经济技术开发区', '高新技术产业开发区', '经济开发区', '开发区', '高新区', '工业园区', '工业集中区', '产业园区', '新区',
];

/**
 * Suffixes of roads and named places (housing, parks, markets, facilities), longest first.
 * From the place kinds of issue 3 (路, 大道, 街, 巷, 小区, 新村, 新苑, 花园, 公园, 市场, 广场, 园区,
 * 陵园, 中心, 所, 馆) and common housing names (家园, 苑, 公寓, 花苑).
 */
export const PLACE_SUFFIXES: readonly string[] = [
  '农贸市场', '菜市场', '大道', '小区', '新村', '新苑', '花园', '花苑', '家园', '公园', '市场', '广场', '园区', '陵园',
  '中心', '公寓', '场馆', '纪念馆', '博物馆', '图书馆', '体育馆', '文化馆', '展览馆', '路', '街', '巷', '弄', '所',
  '馆', '苑', '湾', '桥', '港', '码头', '景区', '湿地', '河', '湖', '山',
  ...LANDMARK_WORDS,
  ...FACILITY_WORDS,
  ...ZONE_WORDS,
  '厂', '站',
].sort((a, b) => b.length - a.length);

/**
 * Verbs of going that take a one-character kind of place as their object in one word (上山, 下海,
 * 进山, 出海, 过河, 渡江, 登岛, 逛街, 进城): the word says where one goes, it names no place, and a run of
 * words ending in it is a verb phrase (背一袋化肥上山: tester21's weekend in-depth edition, Dec 2026).
 * From 现代汉语词典's verb-object entries of these verbs. The gold places of MSRA's train split, CLUENER
 * train and People's Daily dev that end so (上海 291 times, 坎上乡, 作登乡, 坂下村, 浮渡河, 大渡河, 玉渡山) are
 * still found: the gazetteer names 上海, and jieba cuts none of the others at the verb or the tagger reads it.
 */
export const MOTION_VERB_CHARS: ReadonlySet<string> = new Set([...'上下进出登爬入渡跨翻回过返离去赴到逛游']);

/** Place suffixes that are kept only when jieba puts a word boundary right after them (risky single chars). */
export const WEAK_PLACE_SUFFIXES: ReadonlySet<string> = new Set(['所', '馆', '苑', '湾', '桥', '港', '河', '湖', '山', '街', '弄', '厂', '站', '寺', '陵', '宫', '塔', '庙', '岛']);

/**
 * Units of length that end like a place (里, 华里, 公里, 英里, 海里): right after a number (十二华里,
 * 3公里) they measure a distance and name no place. From the length units of Chinese text (华里 = 市里,
 * half a kilometre, in papers until the 1980s: tester14's archival county paper, Dec 2026).
 */
export const LENGTH_UNITS: ReadonlySet<string> = new Set(['里', '华里', '公里', '英里', '海里', '千米', '余里', '多里']);

/**
 * Whole words that end in a place suffix but are common nouns, never names: 道路, 思路, 农村, 小区.
 * From jieba tokens met in testing.
 */
export const GENERIC_PLACE_WORDS: ReadonlySet<string> = new Set([
  '道路', '思路', '出路', '公路', '马路', '铁路', '线路', '网路', '一路', '沿路', '进路', '新路', '老路', '大路',
  '小路', '门路', '套路', '后路', '来路', '农村', '乡村', '山村', '新农村', '渔村', '全村', '各村', '本村', '该村',
  '全市', '全区', '全县', '全镇', '城市', '城区', '市区', '社区', '小区', '街道', '新区', '园区', '景区', '辖区',
  '片区', '校区', '厂区', '山区', '郊区', '地区', '街区', '城乡', '城镇', '老街', '商业街', '中心', '市场', '场所', '住所',
  '厕所', '处所', '研究所', '诊所', '派出所', '会所', '公园', '花园', '广场', '海港', '港口', '公寓', '大街', '上街',
  '街头', '河道', '河湖', '江河', '湖泊', '山水', '青山', '江山', '拆迁', '人民', '居民', '群众',
  '开发区', '高新区', '经济开发区', '经济技术开发区', '工业园区', '工业集中区', '产业园区',
  // Figures of speech in headlines (撑起致富路, 讲好运河故事, 进校园).
  '致富路', '增收路', '小康路', '振兴路', '共富路', '发展路', '奋斗路', '创业路', '成长路', '求学路', '富裕路', '脱贫路',
  '追梦路', '筑梦路', '运河', '河流', '大河', '小河', '母亲河', '校园', '进校园', '田园', '菜园', '果园', '乐园',
  '工厂', '厂房', '车站', '网站', '站点', '岗站', '现场', '全站', '本站', '该站', '该厂', '本厂', '全厂', '乡镇', '村居',
  // Kinds of landmark (LANDMARK_WORDS) as common nouns.
  '金字塔', '灯塔', '宝塔', '水塔', '铁塔', '佛塔', '古塔', '宫殿', '皇宫', '王宫', '寺庙', '古庙', '城堡', '古堡', '小岛',
  '环岛', '宝岛', '古镇', '遗址', '教堂', '杆塔', '电塔', '塔吊',
]);

/**
 * Trips and courses of life that a road word after them makes "the way of" (上学路上 "on the way to
 * school", 回家路上, 下班路上, 人生路上): a run of words ending in one of these and 路 or 道 is no road's
 * name (孩子上学路: tester26's 问政 page, Dec 2026). Activities of going from 现代汉语词典's verb entries
 * and the figures of news headlines; road names that are such words (a 创业路, a 前进路 of a real city) are
 * left out, so they stay places.
 */
export const WAY_OF_WORDS: ReadonlySet<string> = new Set([
  '上学', '放学', '上班', '下班', '回家', '归家', '返家', '回乡', '返乡', '回村', '返校', '求学', '赶考', '出行',
  '通勤', '赶集', '就医', '求医', '打工', '务工', '返岗', '返工', '回程', '归途', '成长', '人生', '逐梦', '寻梦',
]);

/**
 * Words that end in a level character (乡, 村, 镇) where it names no unit: home and the people of one's
 * home (家乡, 同乡, 侨乡 "home town of emigrants"), going there (下乡, 返乡), and kinds of town (集镇, 重镇).
 * A run of words ending in one is no place (资助家乡, 著名侨乡, 五大洲乡亲齐聚侨乡, 同学下乡: tester12's
 * youth paper and tester13's 侨报, Dec 2026); a name before the level printed as a word of its own
 * (潮岭/乡) stays one. From 现代汉语词典's entries.
 */
export const LEVEL_CHAR_WORDS: ReadonlySet<string> = new Set([
  '家乡', '故乡', '老乡', '同乡', '异乡', '他乡', '侨乡', '水乡', '梦乡', '原乡', '外乡', '醉乡', '仙乡',
  '下乡', '返乡', '回乡', '还乡', '思乡', '离乡', '归乡', '望乡',
  '集镇', '重镇', '名镇', '坐镇',
]);

/**
 * Words that open with a level character where it names no unit (乡亲 "folks from home", 乡情, 镇定): a
 * place read up to that character (团结乡 of 团结乡亲, 五大洲乡 of 五大洲乡亲: tester13's 侨报, Dec 2026)
 * is no place when the tagging cuts the word there. From 现代汉语词典's entries.
 */
export const LEVEL_OPENING_WORDS: ReadonlySet<string> = new Set([
  '乡亲', '乡情', '乡愁', '乡音', '乡贤', '乡土', '乡邻', '乡里', '乡思', '乡俗', '乡味', '乡恋', '乡谊', '乡绅',
  '镇定', '镇静', '镇守', '镇压', '镇痛',
]);

/**
 * Verbs and prepositions a suffix rule may sweep up before a place or organization (记海西镇 in a
 * subtitle ——记海西镇…, 赴宋桥村, 驻村): trimmed when what is left is still a name. Mostly single
 * characters, which jieba may tag as nouns (记/n); longer ones (走进, 来到) usually stop the rule
 * as verbs already. From news usage.
 */
export const LEADING_VERBS: ReadonlySet<string> = new Set([
  ...'记在到赴去往至抵进访回来驻住离走看探过经游逛返迁落留',
  '走进', '来到', '前往', '深入', '奔赴', '走访', '地处', '位于',
  // Staying and serving in a place (扎根/ns 山村, 扎根基层, 坚守海岛: tester10's school weekly, Dec 2026).
  '扎根', '坚守', '驻守', '驻扎',
  // Visiting and gathering (游玩/n 罗斯小镇, 齐聚/x 上海光大会展中心: jieba tags them as nouns or leaves them
  // unknown; CLUENER2020 train sentences).
  '游玩', '游览', '参观', '畅游', '漫步', '打卡', '造访', '探访', '齐聚', '相聚', '汇聚', '云集', '落户', '入驻', '定居',
  // Verbs of telling and guarding before a figure (讲好运河故事, 守护母亲河).
  '讲好', '讲述', '守护', '保护', '打造', '建设', '治理', '美化',
  // Verbs of a notice that jieba may tag as nouns (统筹利用/n 社区综合服务设施: tester6's provincial bulletin).
  '利用', '依托',
  // The posts of a résumé (任前公示, 任免 notices, profiles: 现任/n 青溪镇党委副书记, 拟任县审计局局长, 曾任…),
  // which jieba tags as nouns: the unit after them is named without them (tester11's party-building paper, Dec 2026).
  '现任', '拟任', '曾任', '历任', '兼任', '原任', '时任', '调任', '升任', '出任', '担任', '改任', '转任', '继任', '拟提名',
]);

/** Modifiers that can stand before a place suffix without naming it: 老旧小区, 安置小区. */
export const GENERIC_PLACE_MODIFIERS: readonly string[] = [
  '老旧', '安置', '居民', '周边', '附近', '全区', '全市', '各个', '各', '该', '本', '所在', '相关', '辖区', '新建',
  '示范', '文明', '无物业', '城市', '社区', '部分', '多个', '整个', '基层', '美丽', '属地', '和谐', '幸福', '平安',
  '绿色', '智慧', '数字', '先进', '星级', '特色', '现代', '全国', '红色', '温馨', '书香', '文化', '健康', '宜居',
  '居家', '生态', '魅力', '农村', '乡村', '城乡', '这个', '那个', '一个', '每个', '整洁', '干净', '优美', '重点', '试点',
  // The unit a facility belongs to (学校图书馆: tester12's youth paper, Dec 2026).
  '学校', '校园',
];

/**
 * Kinds of service that make no name on their own (社区养老服务站, 便民服务中心): a stem made only of
 * them is generic, but they do not end a run of name words (综合性养老服务中心 is a place).
 */
export const SERVICE_KIND_WORDS: readonly string[] = [
  '养老', '为老', '助老', '便民', '党群', '综合', '公共', '志愿', '服务',
  // Services of a village's or town's service point (在村里的电商服务站, 快递服务站, 农技服务站: tester12's
  // county media centre, Dec 2026).
  '电商', '电子商务', '快递', '物流', '金融', '农技', '就业', '社保', '政务', '法律', '卫生', '医疗',
];

/**
 * Ranks and kinds of a development zone that name none (省级高新技术产业开发区, 现行省级高新区 of
 * 实行现行省级高新区政策: tester6's provincial bulletin; 国家级经济技术开发区): a zone's stem made of them
 * alone is no name (云岭高新技术产业开发区 keeps 云岭).
 */
export const ZONE_KIND_WORDS: readonly string[] = ['现行', '国家级', '省级', '市级', '县级', '高新技术', '经济技术', '高新', '产业'];

/** Organization suffixes, longest first (issue 3 item 4 plus common 机关/事业单位 names). */
export const ORG_SUFFIXES: readonly string[] = [
  '有限责任公司', '股份有限公司', '有限公司', '公司', '集团', '委员会', '人大工委', '党工委', '工委', '党委', '党组',
  '人民政府', '政府', '管委会', '局', '商会', '协会', '学会', '联合会', '学校', '小学', '中学', '大学', '学院',
  '幼儿园', '医院', '卫生院', '银行', '研究院', '研究所', '法院', '检察院', '派出所', '指挥部', '办公室', '支部',
  '合作社', '基金会', '服务队', '志愿服务队', '监督队', '观察团', '事务所',
  // Public institutions named 中心 (县疾控中心); a 服务中心 is a facility, a place (综合性养老服务中心).
  '疾控中心', '疾病预防控制中心', '指挥中心', '卫生服务中心', '妇幼保健院', '中心小学', '中心校',
].sort((a, b) => b.length - a.length);

/**
 * Head nouns an issuing body's name ends in when it signs a notice, beside ORG_SUFFIXES: the
 * generic heads of Chinese organisation names (中心, 所, 站, 院, 处, 社, 会, 组, 队, 部, 室, 馆, 台,
 * 场, 厂, 行, 店, 团, 办) and the signers of a 公告 page's notices that are no body of their own (a
 * bankrupt firm's 管理人, its 清算组). Source: the 公告/声明 pages of city evening and county papers
 * (a 客运服务中心's 招领启事, a 管理人's 债权申报公告, a 治丧委员会's 讣告: tester15, Dec 2026). Many
 * headlines end so too (…服务中心, 岚川首家互联网医院): read as a signature only over a date line
 * (structure/weights.ts, cue `signer`).
 */
export const SIGNER_HEADS: readonly string[] = [
  ...new Set([
    ...ORG_SUFFIXES,
    '中心', '管理人', '清算组', '所', '站', '院', '处', '社', '会', '组', '队', '部', '局', '厅', '委', '室', '馆', '台',
    '场', '厂', '行', '店', '团', '办',
  ]),
].sort((a, b) => b.length - a.length);

/** Organizations that are generic when alone: 公司, 政府, 党委. */
export const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set([
  '公司', '政府', '党委', '党组', '工委', '委员会', '学校', '医院', '银行', '商会', '协会', '集团', '办公室',
  '物业公司', '社区党委', '村党委', '区委', '县委', '市委', '省委', '区政府', '县政府', '市政府', '省政府', '相关部门', '本局',
  // The kind a list of levels shares (各市、县（区）人民政府: tester6's provincial bulletin).
  '人民政府',
]);

/**
 * One-character heads of words that name an art, a cuisine or a speech after a place (黄梅戏, 粤剧,
 * 京剧, 川菜, 上海话, 秦腔, 四川调): the place's name inside such a word is no place of the story. From
 * the genre names of Chinese opera, cuisine and dialect. MSRA's annotators mark the place there
 * (京 of 京剧): on its train sentences held out of the tagger's training this costs 2 of 4,523
 * sentences' places (F1 .870 either way).
 */
export const GENRE_AFTER_PLACE: ReadonlySet<string> = new Set([...'戏剧菜话腔调']);

/**
 * Organs a state, province or city is named with and nothing more (韩国政府, 美国国会, 日本外务省,
 * 以色列当局): the place is the story's place as much as the organ's. From common usage in
 * international news.
 */
export const STATE_ORGAN_WORDS: ReadonlySet<string> = new Set([
  '政府', '人民政府', '国会', '议会', '参议院', '众议院', '当局', '军方', '军队', '内阁', '外交部', '国防部', '外务省',
  '防卫厅', '财政部', '大使馆', '领事馆', '总领事馆', '代表团', '总统府', '国务院', '国家队', '警方', '海关',
]);

/**
 * Keyword stop words: frequent newspaper words that characterise no story (工作, 进一步, 要求, …).
 * From the TF-IDF output on the real issue and common Chinese stop word lists (哈工大停用词表 style).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '工作', '进一步', '要求', '强调', '指出', '提出', '开展', '推进', '推动', '加强', '持续', '不断', '积极', '相关',
  '全面', '有效', '切实', '坚持', '确保', '实现', '提升', '进行', '情况', '问题', '我们', '他们', '自己', '一个',
  '今年', '目前', '同时', '通过', '以及', '还是', '已经', '没有', '这个', '这些', '那些', '其中', '调研', '活动',
  '会议', '表示', '记者', '通讯员', '上午', '下午', '今天', '昨天', '近日', '日前', '有关', '方面', '各级', '以来',
  '作用', '形式', '方式', '一步', '一批', '全区', '全市', '全县', '参加', '出席', '实地', '详细', '了解',
]);

/**
 * Names read from the tagging alone (no role, office or speech verb beside them): a word jieba's
 * HMM left unknown (`x`) or tagged a person (`nr`) is a person when a surname starts it and every
 * given-name character is used by at least this many names of jieba's dictionary
 * (src/data/names.ts). Tuned on the People's Daily 1998 NER dev split and CLUENER train.
 */
export const MIN_GIVEN_CHAR_NAMES = 3;
/** The same for a two-character word (surname + one character), which is more often a common word. Same tuning. */
export const MIN_GIVEN_CHAR_NAMES_SHORT = 40;

/**
 * Scores of a cut of a run of names printed without separators (splitNameRuns in entities.ts): a
 * name of jieba's dictionary (one `nr` word) scores RUN_NAME_KNOWN, each given-name character
 * ln(count + 1) - RUN_NAME_GIVEN_MEAN (count: names of jieba's dictionary using it, names.ts), so
 * that a common given-name character (明 633) pulls the cut its way and a rare one (孙 101) less:
 * 张金明|孙刚, not 张金|明孙刚; one name of a name's shape alone (a surname and two characters not
 * otherwise a run name: 傅志寰) costs RUN_NAME_SHAPE_ONLY. Set on runs of 2-5 people drawn from MSRA's
 * train split (3,000 runs of its 3,445 Chinese gold names, seeded): 1,675 cut, 1,648 exactly as drawn
 * (without the shape-only name and the `nrfg` and surname-and-word forms: 943 cut, 931 exact); of its
 * 582 gold people of four or more characters, one cut (皮尔庞特); a cost of 2, 4 or 6 and a mean of 2 or
 * 3 give nearly the same cuts. Held-out training sentences of the tagger's --holdout 10 fit: people
 * F1 MSRA .903 unchanged, CLUENER .809 -> .806 (李卡度齐维拉, a transliteration, cut in two).
 */
export const RUN_NAME_KNOWN = 2;
export const RUN_NAME_GIVEN_MEAN = 3;
export const RUN_NAME_SHAPE_ONLY = 2;
/**
 * The names a one-character given name's character must be used by in a run of names (a name next
 * to names is a name more surely than alone, where MIN_GIVEN_CHAR_NAMES_SHORT holds). On the same
 * 3,000 runs: 40 cut 1,675 (1,648 exact), 20 cut 1,796 (1,767), 10 cut 1,928 (1,903); gold people of
 * four or more characters cut: 1 of 582 with each; held-out people F1 unchanged (MSRA .903, CLUENER .806).
 */
export const RUN_NAME_GIVEN_SHORT = 10;

/**
 * Words jieba tags as names that are common nouns (weather, time, units): never people.
 * From jieba tagging errors on the People's Daily 1998 NER dev split.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  '雷阵雨', '多云', '小雨', '中雨', '大雨', '暴雨', '阵雨', '多云转晴', '晴转多云', '文明', '卫星', '友谊', '高峰', '高潮',
  '公正', '许可', '许可证', '王朝', '白云', '祝福', '祝贺', '智慧', '弘扬', '拓宽', '天亮', '宝马', '顾客', '师生', '卢布',
  '卢比', '美元', '欧元', '尤伯杯', '青少年', '令人', '邓小平理论', '毛泽东思想', '安全性', '宣传教育', '小城镇', '采取措施',
  '元老', '老总', '博士后', '殷红', '腾飞', '田园', '红富士', '桑塔纳', '吉普车', '纪念章', '任重道远', '冷不丁', '新高潮',
  // Headline phrases of renewal, a verb and 新 and a noun (戈壁新城换新颜: tester11's 兵团 daily, Dec 2026), that
  // jieba's dictionary tags as names (换新颜/nrt, 立新功/nr, 迎新春/nr, 迎新年/nr, 迎新生/nr): the character
  // tagger then reads them as people or places. The others are their usual siblings in headlines.
  '换新颜', '焕新颜', '展新颜', '换新装', '立新功', '迎新春', '迎新年', '迎新生', '展新姿', '谱新篇', '开新局', '树新风',
  '绘新篇', '谱新章', '添新彩',
]);

/**
 * One-character short forms of countries and Chinese provinces as news prints them in pairs and
 * lists (中美, 中日韩, 美俄, 访华 is not read): a word made only of two or three of them is that many
 * places. From the abbreviations of the People's Republic's protocol usage (中 美 俄 日 …) and the
 * provinces' official one-character forms (京 沪 津 渝 冀 晋 …).
 */
export const COUNTRY_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...'中美俄日英法德韩朝印越泰巴以埃意澳加西葡荷比瑞挪芬丹波匈捷希土伊叙约黎沙菲马新缅老柬蒙哈乌墨古秘智阿',
]);

/**
 * Words of jieba's dictionary tagged as places or abbreviations (ns, j) whose every character is a
 * country's short form (COUNTRY_ABBREVIATIONS) but which name no pair of countries: a loanword or a
 * common word (德比 "derby", a match of local rivals: 曼城德比, 罗马德比, 73 in jieba's counts; 美德
 * "virtue"; 中古 "medieval"), a name of one thing (荷马 Homer, 印加 the Inca, 阿加西 Agassi) or a treaty
 * (新约 the New Testament, 马约 the Maastricht treaty). Read through by hand from the 123 such words of
 * jieba's dictionary (MIT); a reduplicated word (沙沙, 美美, 巴巴) is none either, by its shape.
 * CLUENER train prints 德比 in football reports (热那亚德比, 米兰德比), MSRA's train split never.
 */
export const NOT_SHORT_FORM_PAIRS: ReadonlySet<string> = new Set(['德比', '美德', '中古', '荷马', '印加', '阿加西', '新约', '马约']);

/**
 * One-character places as the press prints them: the short forms of countries above, of China (华:
 * 访华, 华侨), of the parts of the world (亚, 欧, 非, 拉: 亚非拉) and the official one-character forms of
 * China's province-level divisions (京 津 沪 渝 冀 晋 蒙 辽 吉 黑 苏 浙 皖 闽 赣 鲁 豫 鄂 湘 粤 桂 琼 川 蜀 贵 黔
 * 云 滇 藏 陕 秦 甘 陇 青 宁 新 港 澳 台: the State Council's list of 简称, public facts). Another character
 * read alone as a place (拉 of 每拉一针, 汀 of 汀政发, 江 of 江城晚报) is one only in a run of such places
 * (江淮, 黄淮, 燕赵: ONE_CHAR_PLACE_RUN_MARKS).
 */
export const ONE_CHAR_PLACES: ReadonlySet<string> = new Set([
  ...COUNTRY_ABBREVIATIONS,
  ...'华亚欧非拉',
  // Short forms of countries the list above lacks (奥 地利 and 奥运, 尼 日利亚, 塞 浦路斯, 斐 济, 肯 尼亚).
  ...'奥尼塞斐肯',
  ...'京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台',
]);
/** What may stand between the one-character places of a run (京、津、石; 中美 has nothing between). */
export const ONE_CHAR_PLACE_RUN_MARKS = /^[、·]?$/u;
/**
 * Characters a one-character place may follow inside a word (来京, 访华, 赴美, 在京, 对华, 侵华, 抗日, 援朝,
 * 全美, 亿美元, 以中两国): verbs of going and staying (LEADING_VERBS' single characters), 对侵抗援访亲
 * 友, prepositions and conjunctions, 全, numerals. After another character (师德, 监督法, 沅州港) it is
 * a piece of a word, no place. From the one-character places of MSRA's train split.
 */
export const ONE_CHAR_PLACE_BEFORE: ReadonlySet<string> = new Set([
  ...'记在到赴去往至抵进访回来驻住离走看探过经游逛返迁落留',
  ...'对侵抗援亲友仇驻旅留',
  ...'于与同和及跟向从自由为以比及或占',
  ...'全',
  ...'〇零一二三四五六七八九十百千万亿两',
]);

/**
 * Characters a one-character place is bound to after it (墨警方, 美方, 华侨, 港人, 英籍, 中资, 美元, 日军,
 * 韩企): the side, police, army, nationals, money or firms of that place. From the one-character places
 * of MSRA's train split.
 */
export const ONE_CHAR_PLACE_AFTER: ReadonlySet<string> = new Set([...'方警军籍侨人资企商币元']);

/**
 * Words for people of Chinese descent and their language (华侨, 华人, 华裔 …): a people, not the place
 * China, so their 华 is no place of the story (华侨回国定居, 年轻一代的华裔: tester13's 侨报, Dec 2026).
 * MSRA's and People's Daily's annotators mark that 华 as a place all the same (README "Entity
 * benchmark": the places rows pay for it); 访华, 来华, 驻华 and 中华 keep theirs. From 现代汉语词典's entries.
 */
export const CHINESE_DESCENT_WORDS: ReadonlySet<string> = new Set(['华侨', '华人', '华裔', '华商', '华工', '华胞', '华族', '华文', '华语']);

/**
 * What makes a place's name an ethnic group's (哈萨克族, 蒙古族, 藏族): a place the character tagger
 * reads right before it is the people, no place of the story (哈萨克族牧民: tester11's 兵团 daily, Dec 2026).
 */
export const ETHNIC_SUFFIX = /^族/u;

/** Parts of the world and of China named by direction (华北, 西北, 中东, 拉美): places when jieba cuts them as a word. From news usage. */
export const REGION_WORDS: ReadonlySet<string> = new Set([
  '华北', '华南', '华东', '华中', '西北', '东北', '西南', '东南', '中东', '近东', '远东', '拉美', '亚太', '东亚', '南亚',
  '西亚', '北非', '南非', '东欧', '西欧', '北欧', '南欧', '中亚', '北美', '南美', '东南亚', '大西北', '江南', '岭南', '关中',
]);

/**
 * Characters that end common nouns and rarely a given name (幸福感, 梅雨期, 顾问团, 红马甲, 宣传册,
 * 平改坡): a word read as a name by its tagging alone must not end with one. From jieba's
 * dictionary words tagged nr that are common nouns (People's Daily 1998 NER dev split, the real issue).
 */
export const NOUN_END_CHARS: ReadonlySet<string> = new Set([...'期团甲坡感册队会组站制费率性化者员界型式品法证表单卡馆院所厂场局处科室部栏台线网区省市县镇乡村路街港湾湖园楼厅库仓车船机器具物类节日周月年季稿案款项业户']);

/**
 * Verbs of an appointment or removal list (任免名单) before the appointee's name: 任命孟思源为…副厅长,
 * 免去鲁振邦的…职务, 聘任…为, 任…为. The wording of the lists of people's congresses and governments
 * (地方各级人民代表大会常务委员会任免国家机关工作人员条例; tester6's provincial bulletin).
 */
export const APPOINTMENT_VERBS: readonly string[] = ['任命', '免去', '聘任', '提名', '任', '免'];

/**
 * A disease's word right after a name (阿尔茨海默病, 帕金森病, 克山病, 唐氏综合征): the name is the disease's,
 * not a place's. From the field's usage (tester30's police paper, Dec 2026).
 */
export const DISEASE_AFTER_RE = /^(?:病|症|综合征|氏病)/u;

/**
 * A ranking description shaped like a place: a common noun, 大 or 强, and a level (农业大镇, 旅游强县, 经济大省,
 * 工业强市, 人口大国). Group 1 is the noun (checked against the tagging by the caller). From the field's usage
 * (tester30's police paper, Dec 2026).
 */
export const RANKING_PLACE_RE = /^(\p{Script=Han}{2,4})[大强](?:镇|乡|县|市|省|区|国|村)$/u;
