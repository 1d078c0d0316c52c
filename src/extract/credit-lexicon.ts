/**
 * The role words of Chinese credit lines (bylines, photo credits, lead-in credits, signatures), in
 * one place. Source: the credit conventions of national and local papers as printed — 《人民日报》
 * and 新华社 wire copy (`新华社记者　李洵　摄`, `本报驻东京记者`, `新华社发（…摄）`, `据新华社…电`),
 * evening, trade, legal, rural, campus and theory pages (`本报讯　记者　王　俊`, `本报记者　樊越　报道`,
 * `（本报记者　包蕾　整理）`, `文／温言`, `□ 孟杨`, `（省农业科学院…研究员　阮清和）`), the real issue
 * (`本报讯（记者 … 通讯员 …）`, `·金驰·`) and the Big5 forms of Taiwan and Hong Kong papers
 * (`本報記者`, `攝`). Simplified and traditional forms are listed together.
 */

/**
 * How a medium names itself before 讯, 电 or a role, as a regular-expression source: 本报 (a paper),
 * 本刊 (a magazine or a staff newsletter: 【本刊訊】, 本刊記者　X, tester18's Hong Kong group newsletter,
 * Dec 2026), 本台 (a broadcaster's paper), 本网 (a news site's print edition); simplified and
 * traditional. The lead-in (本刊讯), the own reporter's credit (本刊记者) and the end dateline read it.
 */
export const OWN_MEDIUM_SOURCE = '本[报報刊台网網]';

/** The press that employs or relays the credited person, before a role: 本报记者, 新华社记者. */
export const CREDIT_PRESS: readonly string[] = [
  '本报', '本報', '本刊', '本台', '本网', '本網', '新华社', '新華社', '中新社', '中新网', '中央社', '人民日报', '人民日報',
];
/**
 * How a paper names itself or another before a role, by the last characters of its name
 * (澜江商报记者, 南通日报通讯员, 区融媒体中心记者): a Han name of 1 to 8 characters ending so.
 */
export const CREDIT_PRESS_ENDINGS: readonly string[] = [
  '日报', '晚报', '晨报', '商报', '时报', '都市报', '报社', '报', '日報', '晚報', '時報', '報', '电视台', '广播电视台', '融媒体中心', '通讯社',
];
/**
 * Qualifiers before a press role: 特约记者, 学生记者, 摄影记者, 首席记者; a county media centre's
 * 融媒记者 (融媒, the short form of 融媒体 its reporters print: 融媒记者　韦青禾, （融媒记者　宁　晓）;
 * tester12's county media-centre paper, Dec 2026).
 */
export const CREDIT_QUALIFIERS: readonly string[] = [
  '特约', '特派', '见习', '实习', '首席', '融媒体', '融媒', '全媒体', '新媒体', '学生', '摄影', '驻站', '资深', '视频',
  '特約', '見習', '實習', '攝影',
];
/**
 * A whole token naming a press outlet by its last word, then a reporter's or correspondent's role
 * (融媒记者, 岚溪融媒记者, 县广播电视台记者, 央视记者, 某某新闻网通讯员): the prefix is a medium (融媒, 媒体,
 * 新闻, 电视, 广播, 视, 网, 台, 站, 频道, 中心, 社, 报), so the token is a role and never a name (a
 * four-character token is name-shaped: （融媒记者　宁　晓） read 融媒记者 as a name). The general form of
 * CREDIT_PRESS_ENDINGS before 记者/通讯员; a word that names no medium (优秀通讯员, an award) is none.
 */
export const PREFIXED_PRESS_ROLE_RE = /^\p{Script=Han}{0,6}?(?:融媒|媒体|新闻|电视|广播|视|网|台|站|频道|中心|社|报|新聞|電視|廣播|網|頻道|報)(?:记者|通讯员|記者|通訊員)$/u;
/** Press roles proper (what the credited person is): 记者, 通讯员, 实习生, 撰稿人. */
export const CREDIT_PRESS_ROLES: readonly string[] = [
  '记者', '通讯员', '实习生', '撰稿人', '评论员', '编译', '撰稿', '撰文', '摄影', '供图', '主持人',
  '記者', '通訊員', '實習生', '撰稿人', '評論員', '攝影', '供圖',
  // A translator-reporter of a world item (〔編譯鄭雅文／綜合報導〕: Taiwan dailies' 國際版), as 编译 is.
  '編譯',
];
/**
 * Work roles printed before a slash (文/金驰, 文／温言　图／柏川, 摄影／学生记者　晏舟) or alone
 * (文　金驰): the part of the work the person did.
 */
export const CREDIT_WORK_ROLES: readonly string[] = [
  '文字', '文', '图文', '图', '摄影', '摄', '制图', '制表', '视频', '绘图', '漫画', '圖文', '圖', '攝影', '攝', '製圖', '製表',
];
/**
 * The roles of an oral history's teller (口述, 讲述: told by). Read after a name only as a word of
 * their own (周德昌　口述), never glued to the word before it (亲历者口述, 老兵讲述 are headlines), and
 * before names with a colon (口述：周德昌). Simplified and traditional.
 */
export const ORAL_ROLES: readonly string[] = ['口述', '讲述', '講述'];
/**
 * Role words after the names: `杨阳　摄`, `记者　王峰　报道`, `（本报记者　包蕾　整理）`. Those of
 * `CREDIT_TRAILING_NEED_ROLE` make a credit only after a role before the names (乡镇新闻报道 is a headline).
 */
export const CREDIT_TRAILING: readonly string[] = [
  '摄影', '摄', '供图', '报道', '整理', '编译', '执笔', '攝影', '攝', '供圖', '報導', '報道', '整理', '編譯', '執筆',
  // An oral history's teller (周德昌　口述　　方晓岚　整理: the teller, then who wrote it down), as
  // 口述史 and 回忆录 pieces of 史志, 党史 and 文史 periodicals credit them (tester25's county-shizhi, Dec 2026).
  ...ORAL_ROLES,
];
/** Trailing roles that need a role before the names (see CREDIT_TRAILING). */
export const CREDIT_TRAILING_NEED_ROLE: ReadonlySet<string> = new Set(['报道', '整理', '编译', '执笔', '報導', '報道', '編譯', '執筆']);
/**
 * Words that open the place a report was filed from, printed in the credit after the reporter's
 * name (本报讯（特约通讯员　陈少峰　发自利马）, 本报特约记者　梅　杰　发自纽约): the correspondent's
 * dateline, part of the credit clause and no name. Source: the credits of correspondents abroad and
 * on assignment in 人民日报, 侨报 and the overseas Chinese press (发自X as printed; tester13's 侨报,
 * Dec 2026). Simplified and traditional.
 */
export const FILING_PLACE_WORDS: readonly string[] = ['发自', '發自'];
/**
 * Who writes to a paper from its public: a reader (读者), and a broadcaster's paper's viewer or
 * listener (观众, 听众: the 观众来信 / 听众来信 columns of 广播电视报; tester19's TV-guide weekly, Dec
 * 2026) or a news site's netizen (网友). A letter is signed so (锦城区观众　柳梅芳); in brackets under
 * a question (（某县读者　X）) the signature closes the question, in the body. Simplified and traditional.
 */
export const READER_ROLES: readonly string[] = ['读者', '讀者', '观众', '觀眾', '听众', '聽眾', '网友', '網友'];
/**
 * The labels of a reply a paper prints under a reader's letter (【编辑回复】柳阿姨您好！…, 编者回复：…,
 * 记者回复, 部门答复): the reply belongs to the letter, after its signature. Source: the 观众来信 /
 * 读者来信 columns of broadcast, evening and elder papers (tester19's TV-guide weekly, Dec 2026).
 * Simplified and traditional.
 */
export const REPLY_LABELS: readonly string[] = [
  '编辑回复', '编者回复', '记者回复', '编辑答复', '部门答复', '部门回复', '本报回复',
  '編輯回覆', '編輯回復', '編者回覆', '記者回覆', '部門答覆',
];
/**
 * Who signs a piece that is not staff work: a reader's letter (读者　邹立新: READER_ROLES), an author
 * (作者　…), a pupil's teacher. With a place or unit before it (桂水县读者　邵长根) it is still the
 * signature's role.
 */
export const SIGNATURE_ROLES: readonly string[] = [...READER_ROLES, '作者', '指导教师', '指导老师', '辅导教师', '辅导老师', '指導教師', '指導老師', '輔導教師', '輔導老師'];
/**
 * The grades of a pupil's class as a composition's signature prints them before the class number
 * and 班 (沅湄县实验中学初二（3）班　林晓棠, 城关第一小学五（2）班　贺子涵, 七年级（1）班, 高一3班): a
 * school's or student page's signature names the pupil after school, grade and class, and the
 * teacher as 指导教师 (SIGNATURE_ROLES). Source: the 学生习作 / 校园文苑 columns of education papers
 * (教育报) and of local papers' campus pages as printed (tester10's school-weekly, Dec 2026).
 */
export const SCHOOL_GRADES: readonly string[] = [
  '初一', '初二', '初三', '初四', '高一', '高二', '高三', '一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级',
  '八年级', '九年级', '一', '二', '三', '四', '五', '六', '大一', '大二', '大三', '大四',
];
/**
 * Press roles a unit's name may stand right before, with no space (沅湄县实验小学通讯员　祁佳禾, 县公安局
 * 通讯员　X): a correspondent (通讯员) writes for the paper from the unit that employs them, and papers
 * print the unit as part of the role. Source: county and education papers' lead-ins
 * (本报讯（某某小学通讯员　X）, tester10's school-weekly, Dec 2026).
 */
export const UNIT_PRESS_ROLES: readonly string[] = ['特约通讯员', '通讯员', '特約通訊員', '通訊員'];
/**
 * Ends of a unit's name that signs a letter or a piece on a line of its own with the writer's name
 * (县农机修造厂　方德明, 城关公社红旗大队　张秀兰, 县供销社　李明), besides the organisation suffixes of
 * lexicon.ts ORG_SUFFIXES: the works (厂, 矿), farms (场: 农场, 林场, 茶场), stations (站: 粮站, 农机站),
 * the collective units of the countryside before 1984 (公社, 大队, 生产队, 供销社, 信用社) and their
 * successors (乡, 镇, 村 are places and name no unit here; a 简报's bracketed signature, （枫溪镇　杨　帆）,
 * is read by TOWNSHIP_ENDS). Source: the 读者来信 and 群众来信 columns
 * of county and provincial papers of the 1950s-1980s, signed by unit and name as readers signed
 * then (tester14's archival county paper, Dec 2026).
 */
export const SIGNATURE_UNIT_ENDS: readonly string[] = [
  '厂', '矿', '农场', '林场', '茶场', '牧场', '站', '公社', '大队', '生产队', '供销社', '信用社', '车间', '工区', '连队',
  // A trade union at any level (澄阳市总工会, 公司工会) signing through its adviser or officer: the 职工维权
  // answers and 工会动态 items of workers' papers (tester31's workers' paper, Dec 2026).
  '工会',
];
/**
 * Ends of a department's name inside a company or an organ, signing a piece with the writer's name
 * (财务部　周颖诗, 仓务部　郑晓晴, 文：企业传讯部　X, 县委宣传部　X; 科, 处, 室, 课 alike): a staff
 * newsletter's and an organ's bulletin's signatures, read as SIGNATURE_UNIT_ENDS are (at least two
 * characters before the end). Source: tester18's Hong Kong group newsletter (Dec 2026) and the
 * department names of Chinese companies and organs (部, 科, 处/處, 室, 课/課).
 */
export const DEPARTMENT_ENDS: readonly string[] = ['部', '科', '处', '處', '室', '课', '課'];
/**
 * Ends of a township's or village's name that signs an item with the writer's name, as a 简报 or
 * 政务信息 closes what a town contributed (（枫溪镇　杨　帆）, （白沙乡　龙海燕）, （城南街道　X）): the
 * town is the contributing unit, read as SIGNATURE_UNIT_ENDS are (at least two characters before the
 * end), never a person. (A letter's writer named by place and standing, 青山村村民　X, is
 * SIGNATURE_ROLES'.) Source: the 基层信息 and 工作动态 items of county offices' 简报, each closed by
 * the town or office that sent it and its writer (tester20's 工作简报, Dec 2026).
 */
export const TOWNSHIP_ENDS: readonly string[] = ['街道办事处', '街道', '镇', '乡', '村', '社区', '苏木', '嘎查'];
/**
 * Who signs a letter to the paper by standing, after their unit or place (某部战士　X, 青山村村民　X); a
 * soldier signs by rank too (某合成旅二营列兵　吕浩然: lexicon.ts MILITARY_RANKS): the unit and this word
 * are the signature's role, the name follows. The soldiers, cadets and civilians who write to a
 * paper's 来信 columns. Source: the 基层来信 and 读者来信 columns of military and local papers
 * (tester9's military paper, Dec 2026).
 */
export const SIGNATURE_STANDINGS: readonly string[] = [
  '战士', '士兵', '新兵', '老兵', '学员', '文职人员', '村民', '居民', '市民', '职工', '农民', '家长', '志愿者',
  // A student writing to a youth or campus paper signs by school, class year and standing
  // (澄江师范学院2021级学生　许知遥, …大学研究生　X; the class year is read by bylines.ts SIGNATURE_RE):
  // the 读者来信 columns of youth papers (tester12's youth paper, Dec 2026).
  '学生', '大学生', '研究生', '本科生', '硕士生', '博士生', '中学生', '小学生',
];
/**
 * The roles of a new-media trailer, the credit lines a county media centre's print edition (or any
 * paper run with its app) prints under each piece, each role before a colon and its names, several
 * on one line: 记者：章可欣　编辑：孟知秋　审核：钟　毓　终审：杜　衡, 文/图：宁　晓　编辑：孟知秋. The reviewers
 * are those of the field's 三审 (three reviews: 初审, 复审, 终审; 审核 for one of them); every name
 * is a credit of the piece above. Source: the trailers of 县级融媒体中心 editions and their apps as
 * printed (tester12's county media-centre paper, Dec 2026).
 */
export const TRAILER_ROLES: readonly string[] = [
  '记者', '通讯员', '文', '图', '文/图', '文／图', '图/文', '图／文', '摄影', '摄像', '视频', '剪辑', '编辑', '责编', '责任编辑',
  '审核', '初审', '复审', '终审', '二审', '三审', '监制', '统筹', '策划', '制作', '校对',
  '記者', '通訊員', '攝影', '編輯', '責編', '審核', '初審', '複審', '終審', '監製', '統籌', '製作', '校對',
];
/**
 * The roles of TRAILER_ROLES that make a line of colon roles a piece's trailer and not a page's
 * editor line (责任编辑：X　校对：Y, furniture.ts): a writer's, photographer's or reviewer's role.
 * A page's editor line names editors, designers and proofreaders only.
 */
export const TRAILER_PIECE_ROLES: readonly string[] = [
  '记者', '通讯员', '文', '图', '文/图', '文／图', '图/文', '图／文', '摄影', '摄像', '视频', '审核', '初审', '复审', '终审', '二审', '三审',
  '記者', '通訊員', '攝影', '審核', '初審', '複審', '終審',
];
/** The reviewers' roles of TRAILER_ROLES (the 三审): a line naming one is a piece's trailer, never page furniture. */
export const TRAILER_REVIEW_ROLES: readonly string[] = ['审核', '初审', '复审', '终审', '二审', '三审', '審核', '初審', '複審', '終審'];
/**
 * Professional titles that end an expert's signature under an answer or a column, after the unit
 * (（省农业科学院植物保护研究所研究员　阮清和）, （岩口县畜牧兽医站兽医师　骆　红）): the unit and title
 * are the role, the name follows. From the professional title series (职称) of research, teaching,
 * medicine, agriculture, law and engineering as papers print them.
 */
export const SIGNATURE_TITLES: readonly string[] = [
  '研究员', '副研究员', '助理研究员', '教授', '副教授', '讲师', '博士', '博士生导师', '兽医师', '执业兽医师', '农艺师',
  '高级农艺师', '农技师', '畜牧师', '高级畜牧师', '医师', '主任医师', '副主任医师', '主治医师', '药师', '律师', '工程师',
  '高级工程师', '会计师', '经济师', '审计师', '法官', '检察官', '教师', '专家',
  // An adviser signing an answer after the unit that retains them (澄阳市总工会　法律顾问　葛明远): the
  // 法律顾问 of a union or a firm answers the 职工维权 / 法律问答 columns of workers' papers (tester31's
  // workers' paper, Dec 2026); SIGNATURE_RE takes the words before 顾问 (法律, 常年法律) into the title.
  '顾问',
];
/**
 * Roles printed before a colon and the names on a credit line of its own (执笔：贺秋实　方　圆, 摄影：王峰,
 * 制图：左　一); work roles (CREDIT_WORK_ROLES) take a colon too. Editors' lines (责任编辑：…) are page
 * furniture (furniture.ts), not credits.
 */
export const CREDIT_COLON_ROLES: readonly string[] = [
  '执笔', '撰文', '撰稿', '采写', '记者', '通讯员', '作者', '整理', '编译', '供图', '图片', '摄影',
  // 供稿：X, 供稿人：X: who supplied the piece, as 乡镇/村 newsletters and 简报 credit a contributor on a
  // line of its own (tester22's township newsletter, Dec 2026; the bracketed （…供稿） is a source note).
  '供稿', '供稿人',
  // 口述：X　　整理：Y, an oral history's teller and its recorder (ORAL_ROLES).
  ...ORAL_ROLES,
  '指导教师', '指导老师', '辅导教师', '辅导老师',
  '執筆', '撰文', '記者', '通訊員', '整理', '編譯', '供圖', '圖片',
];
/**
 * Colon roles (CREDIT_COLON_ROLES, CREDIT_WORK_ROLES) that credit the picture: a line 摄影：X, 图：X,
 * 图片：X, 供图：X credits the photo it stands under or over, as X　摄 does.
 */
export const PICTURE_COLON_ROLES: readonly string[] = ['摄影', '摄', '图片', '图', '供图', '攝影', '攝', '圖片', '圖', '供圖'];
/**
 * What a credit line's role may be scoped to before a colon role (本版制图：唐　咏, 本版摄影：…,
 * 本期图片：…, 本文图片：…): the page, the issue or the piece the credit covers. Source: the page
 * credits of national dailies (《人民日报》's 本版制图 under a page's last story).
 */
export const CREDIT_SCOPES: readonly string[] = ['本版', '本期', '本文', '本页', '本頁'];
/**
 * Words that follow a role word as a column's or piece's label, not a name (评论员文章, 记者手记,
 * 记者观察, 读者来信, 记者调查): from the column labels of national and local papers.
 */
export const CREDIT_NOT_NAMES: ReadonlySet<string> = new Set(['文章', '手记', '观察', '来信', '调查', '专访', '札记', '日记', '笔记', '连线', '探访', '视角']);
/**
 * The tails of press roles a hard wrap leaves at the head of a line when it splits the role word
 * (…法律咨询。通 / 讯员　蓝　屿　摄: 通讯员 split after 通), never a name: every ending of two or more
 * characters of a role of CREDIT_PRESS_ROLES or UNIT_PRESS_ROLES that is no role itself (讯员 of 通讯员,
 * 习生 of 实习生, 论员 of 评论员; 通讯员 of 特约通讯员 is a role). Derived from those lists, so a role
 * added there is covered (tester16's court paper, wrapped at 22, Dec 2026).
 */
export const ROLE_WORD_TAILS: ReadonlySet<string> = new Set(
  [...CREDIT_PRESS_ROLES, ...UNIT_PRESS_ROLES].flatMap((role) =>
    [...Array(Math.max(0, role.length - 2)).keys()]
      .map((k) => role.slice(k + 1))
      .filter((tail) => !CREDIT_PRESS_ROLES.includes(tail) && !UNIT_PRESS_ROLES.includes(tail)),
  ),
);
/**
 * Notes printed in brackets after a piece's last sentence, or alone on a line, that name no one (a
 * serial's 待续, an edited text's 有删节, a digest's 摘编, a genre label 社论): never a brief's
 * closing name. Source: the closing notes of
 * Chinese papers' serials, digests and reprints.
 */
export const CLOSING_NOTES: ReadonlySet<string> = new Set([
  '完', '待续', '未完', '未完待续', '续完', '全文完', '有删节', '有删改', '节选', '摘编', '摘录', '选登', '综合', '图文', '资料图',
  '资料', '供图', '供稿', '转载', '编者', '译者', '作者', '记者', '本报', '据报道', '广告', '上', '中', '下',
  '社论', '评论', '时评', '短评', '通讯', '特写', '综述', '消息', '专稿', '特稿', '图片', '视频', '续', '续一', '续二', '待續', '未完待續', '續完', '有刪節', '節選', '綜合', '圖文', '資料圖',
]);
/**
 * What a QR code's caption tells the reader to do (扫码报名, 扫描二维码关注, 扫一扫, 长按识别二维码), at the
 * start of the words: an instruction, never a writer's name, in brackets or not ((扫码报名) under a
 * sign-up notice: tester27's property-auto-weekly, Dec 2026). The structure step's cue qr-caption
 * (weights.ts LEXICAL_CUES) reads the whole caption line.
 */
export const QR_ACTION_RE = /^(?:微信)?(?:扫码|扫描|扫一扫|长按|掃碼|掃描|掃一掃|長按)/u;
/**
 * Role words after the artist's name on an artwork's caption line (秋韵（国画）　　陈砚秋　作, 行书
 * 条幅　　郑某　书, 篆刻　　某某　刻): 作 (a painting's or any work's maker), 绘/画 (painted), 书 (written,
 * calligraphy), 刻/篆刻 (a seal), 摄 (a photograph). Source: the art corners of 副刊 pages (书画,
 * 篆刻, 摄影 works printed with the work's title, its medium in brackets and the artist).
 */
export const ARTWORK_ROLES: readonly string[] = ['篆刻', '作', '绘', '画', '书', '刻', '摄', '繪', '畫', '書', '攝'];
/** Marks printed before an author's name on a byline of its own (□ 孟杨, ■本报通讯员　薄溪, ◇ …). */
export const AUTHOR_MARKS = '□■◇◆○●◎▲△☆★';
/**
 * Verbs of a reprint's source note, printed in brackets after an item a digest (文摘报) or any paper
 * reprints from another publication: （摘自3月11日《澄江农民报》　文／周立群）, （据《天气知识》）,
 * （转载自《…》）, （原载《…》2024年第2期）; and of a lead-in naming the source (据《南岭日报》报道　…).
 * Source: the reprint conventions of 文摘报, 报刊文摘 and 读者-style digests and of papers' 转载 items as
 * printed (the zoo's digest-paper, written by a tester from them, Dec 2026). Simplified and traditional.
 */
export const REPRINT_SOURCE_VERBS: readonly string[] = ['摘自', '摘编自', '摘編自', '转载自', '轉載自', '转自', '轉自', '选自', '選自', '原载', '原載', '据', '據'];
/**
 * The word that closes a credit with a slash before where it was filed, as the Traditional-Chinese
 * press of Taiwan prints its run-in credits at the head of a story: 〔記者何志明／東溪報導〕 (自由時報),
 * 【記者X、Y／台北報導】 (聯合報), （記者X／台北報導） (中國時報), 〔編譯X／綜合報導〕, 〔記者X／綜合外電報導〕;
 * also in simplified script (〔记者X／台北报导〕, 综合报道). Source: those papers' house styles as
 * printed; tester29's taiwan-local-daily (Dec 2026) prints the three bracket styles.
 */
export const SLASH_CREDIT_REPORTED: readonly string[] = ['報導', '报导', '報道', '报道'];
/**
 * News agencies whose bracketed dateline opens a story or a brief, the agency then the place and the
 * day (（中央社記者X台北4日電）, （路透倫敦3日電）, （法新社巴黎4日電）, （美聯社華盛頓3日電）), as Taiwan,
 * Hong Kong and Macau dailies print wire copy, and mainland papers' 新华社/中新社. Simplified and
 * traditional; 路透社 as 路透. Source: the wire credits of those papers' 國際 pages (tester29's
 * taiwan-local-daily 國際短波 briefs, Dec 2026).
 */
export const WIRE_AGENCIES: readonly string[] = [
  '中央社', '新华社', '新華社', '中新社', '路透社', '路透', '法新社', '美联社', '美聯社', '共同社', '韩联社', '韓聯社',
  '德新社', '安莎社', '塔斯社', '埃菲社', '彭博社', '彭博', '合众国际社', '合眾國際社', '美通社',
];
/** The words after 据《…》 that make it a lead-in naming the source: 据《南岭日报》报道, 据《…》消息. */
export const REPRINT_LEAD_WORDS: readonly string[] = ['报道', '報道', '报导', '報導', '消息'];
/**
 * Who supplied a picture when the credit names no photographer, printed after a caption (…观察水稻幼苗。
 * 受访者供图, …驻足。（澄川理工大学供图）) or on a line of its own under it: an agency or picture library
 * (视觉中国, 东方IC, 新华社发), the paper's archive (资料图片). A supplier with 供图 (受访者供图, 某大学供图)
 * is read by that word (CREDIT_TRAILING). Source: the picture credits of national, provincial and
 * science dailies (tester9's science daily, Dec 2026). Simplified and traditional.
 */
export const PICTURE_SOURCES: readonly string[] = [
  '资料图片', '资料图', '资料照片', '视觉中国', '东方IC', '图虫创意', '新华社发', '中新社发', '网络图片',
  '資料圖片', '資料圖', '視覺中國', '新華社發',
];
/**
 * Roles before a colon that name where a piece came from, never who wrote it (来源：岚溪融媒, 稿源：…,
 * 数据来源：省统计局): a new-media trailer's or a data story's source line names a press or an office,
 * so nothing after the colon is a person's credit, however name-shaped (岚溪融媒 is four Han characters).
 */
export const SOURCE_NOTE_ROLES: ReadonlySet<string> = new Set(['来源', '稿源', '出处', '数据来源', '资料来源', '信息来源', '來源', '出處', '數據來源', '資料來源']);
/**
 * A source line of its own without brackets, a new-media trailer's first line (来源：岚溪融媒, 稿源：县委
 * 宣传部): a SOURCE_NOTE_ROLES role, a colon, and the source (2-20 characters, no punctuation of
 * running text). A credit line of the piece above that names no one.
 */
export const SOURCE_LINE_RE = new RegExp(
  `^(?:${[...SOURCE_NOTE_ROLES].sort((a, b) => b.length - a.length).join('|')})[\\s\\u3000]*[：:][\\s\\u3000]*[^（）()，。；！？,;!?\\s\\u3000]{2,20}$`,
  'u',
);
/**
 * The role word of a picture's supplier closing a credit (受访者供图, （滨澜市侨联供图）, （旅加濱瀾同鄉會供圖）):
 * with an organisation before it, the credit names no person. Simplified and traditional.
 */
export const PICTURE_SUPPLIED: readonly string[] = ['供图', '供圖'];
/**
 * The supplier of a picture written out, as a regular-expression source: 图片由集团康乐会提供,
 * 照片由受访者提供, 圖片由…提供 (the long form of X供图, Hong Kong and Taiwan papers' and staff
 * newsletters' usual one: tester18's Hong Kong group newsletter, Dec 2026), and with a slash after 圖 as
 * Taiwan dailies credit a supplied picture, （圖／嵐港市文化局提供）, （圖／取自臉書） (tester29's
 * taiwan-local-daily, Dec 2026; 自由時報, 聯合報 as printed).
 */
export const PICTURE_SUPPLIED_BY_SOURCE = '(?:图片|照片|圖片|图|圖)(?:由|\\s*[／/]\\s*)\\p{Script=Han}{2,20}?提供';

/**
 * Who signs a message to a government's online message board (网络问政, 12345 hotline, 领导留言板), as
 * a paper's 民生·问政 page prints it on a line of its own under the message's headline: the netizen
 * (网友“澄江老陈”, 网友ID：小鱼爱吃鱼, 网友：138****6672, a masked phone number) or a message's writer
 * by another name. Simplified and traditional. Source: the message boards' own field labels (人民网
 * 领导留言板, city 12345 platforms) as 民生 pages reprint them; tester26's wenzheng-page, Dec 2026.
 */
export const MESSAGE_WRITER_LABELS: readonly string[] = ['网友', '網友', '网民', '網民', '留言人', '留言者', '来信人', '來信人', '投诉人', '投訴人', '反映人'];
/**
 * The office that answers such a message, labelled on the reply's own line (回复单位：市住建局　回复时间：…).
 * Same source as MESSAGE_WRITER_LABELS.
 */
export const MESSAGE_REPLIER_LABELS: readonly string[] = ['回复单位', '答复单位', '办理单位', '承办单位', '回复部门', '答复部门', '回覆單位', '答覆單位', '辦理單位', '承辦單位'];
/**
 * The other fields of a message's or a reply's line: its number and its times (留言编号：WZ20260428-0153,
 * 留言时间：2026年4月28日, 回复时间：…). Same source as MESSAGE_WRITER_LABELS.
 */
export const MESSAGE_FIELD_LABELS: readonly string[] = [
  '留言编号', '留言时间', '留言日期', '诉求编号', '工单编号', '来信编号', '来信时间', '投诉时间', '反映时间',
  '回复时间', '答复时间', '回复日期', '答复日期', '办理时间', '受理时间', '办结时间',
  '留言編號', '留言時間', '回覆時間', '答覆時間', '回復時間',
];
const byLength = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).join('|');
/** A message's writer as a field: 网友“澄江老陈”, 网友ID：小鱼爱吃鱼, 留言人：网友“X” (group 1: what names the writer). */
const MESSAGE_WRITER_FIELD = `(?:${byLength(MESSAGE_WRITER_LABELS)})(?:ID|Id|id|ＩＤ|昵称|暱稱)?\\s*(?:[：:]\\s*([^\\s\\u3000，。！？；,;!?]{1,30})|([“"「][^”"」\\s\\u3000]{1,24}[”"」]))`;
/** A labelled field of a message's or a reply's line: the office that replies, the number, a time. */
const MESSAGE_LABELLED_FIELD = `(?:${byLength([...MESSAGE_REPLIER_LABELS, ...MESSAGE_FIELD_LABELS])})\\s*[：:]\\s*[^\\s\\u3000，。！？；,;!?]{1,30}`;
const MESSAGE_FIELD = `(?:${MESSAGE_WRITER_FIELD.replace(/\((?!\?)/gu, '(?:')}|${MESSAGE_LABELLED_FIELD})`;
/**
 * The credit line of a message or of its reply on a 民生·问政 page: two or more fields set apart by
 * spaces, each a writer (MESSAGE_WRITER_LABELS), a replying office (MESSAGE_REPLIER_LABELS) or a
 * message's number or time (MESSAGE_FIELD_LABELS): 网友“澄江老陈”　留言编号：WZ20260428-0153　留言时间：
 * 2026年4月28日, 回复单位：市住建局　回复时间：2026年5月8日; or the writer's or the replying office's field
 * alone (网友“澄江老陈”, 回复单位：市住建局). A line of its own, a byline: never running
 * text, whatever date it ends with (the 留言时间 is no dateline). A clause (a comma, a stop) is none.
 */
export const MESSAGE_CREDIT_RE = new RegExp(
  `^(?:${MESSAGE_FIELD}(?:[\\s\\u3000]+${MESSAGE_FIELD})+|${MESSAGE_WRITER_FIELD.replace(/\((?!\?)/gu, '(?:')}|(?:${byLength(MESSAGE_REPLIER_LABELS)})\\s*[：:]\\s*[^\\s\\u3000，。！？；,;!?]{2,30})$`,
  'u',
);
/** One writer's field of a message credit line, anywhere in it (group 1 or 2: what names the writer). */
export const MESSAGE_WRITER_FIELD_RE = new RegExp(`(?:^|[\\s\\u3000])${MESSAGE_WRITER_FIELD}`, 'u');
/** A replying office's field (回复单位：市住建局) anywhere in a message credit line: the line heads the reply under it. */
export const MESSAGE_REPLIER_FIELD_RE = new RegExp(`(?:^|[\\s\\u3000])(?:${byLength(MESSAGE_REPLIER_LABELS)})\\s*[：:]`, 'u');
