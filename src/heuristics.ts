/**
 * Every heuristic threshold of the layout stages, in one place. Each says what it was tuned on.
 *
 * "Visual length" counts a Han character or full-width form as 1 and an ASCII character as 0.5,
 * the way a column of a Chinese newspaper fills up (see `visualLength` in text.ts).
 */

/**
 * A line this long or longer (visual length) can be a line of hard-wrapped body text. Tuned on the
 * hard-wrapped fixture (18-22 characters per printed line) and on the ranges issue 4 names
 * (15-25 characters); below 12 two short headline lines would look like a wrapped paragraph.
 */
export const MIN_WRAP_WIDTH = 12;

/**
 * Which line sets the column width of a run of lines: the 90th percentile of their visual lengths.
 * On short runs (a title over a few body lines) it is the longest line; on long runs one overlong
 * line does not count. Tuned on the hard-wrapped fixture.
 */
export const COLUMN_WIDTH_PERCENTILE = 0.9;

/**
 * The indent of a paragraph's first line, in cells: Chinese text indents two characters (首行缩进
 * 两字; every indented layout of the zoo and the bundled issue uses two U+3000). In a hard-wrapped
 * document where no line is indented (the OCR dropped the indents: Tesseract's plain text of the
 * OCR harness's renders, scripts/ocr), a block's first line this much short of the column still
 * fills it (split-blocks.ts).
 */
export const PARAGRAPH_INDENT_CELLS = 2;

/**
 * A line counts as "full" (wrapped onto the next printed line) when its visual length is at least
 * this fraction of the widest line around it. Tuned on the hard-wrapped fixture, where the last
 * line of a paragraph is usually under 80% and a full line is 95-100% of the column (a line with a
 * few half-width digits or Latin letters comes out near 90%).
 */
export const FULL_LINE_RATIO = 0.86;

/**
 * An indented line with at least this many half-width characters (digits, Latin) is judged full by
 * its count of characters as well as by its width (split-blocks `fills`): text hard-wrapped at a
 * number of characters (tester7's GB18030 pages at 22, Dec 2026) leaves a line of dates and
 * amounts narrower than the column though it is a paragraph's full first line, and it was read as
 * a cross-head or a title (竞买人须于2026年12月17日17时前, 17 cells of 22 wide, 22 characters).
 */
export const HALF_WIDTH_FILL_MIN = 4;

/**
 * …unless the document shows it is wrapped by width, not by a count of characters: at least this
 * many of its lines of text are as wide as the column (within WRAP_FILL_SLACK) and hold more
 * characters than the column has cells, which a text wrapped at a count of characters never prints
 * (split-blocks `wrapsByWidth`). Then a short listing row of times and channels (　　滨江生活频道　21:30
 * 　老街美食地图, 18.5 cells of 22, 21 characters) is not full, and the heading under it (今日提示) is no
 * wrapped line of it. Three, not one: a line or two may hold a long number a compositor let run over.
 * The notices-page zoo paper's wrap layout has 40 such lines (tester15, Dec 2026); the GB18030 pages
 * wrapped at 22 characters, none.
 */
export const WIDTH_WRAP_EVIDENCE_MIN = 3;

/**
 * Longest headline (title, subtitle, kicker, crosshead) in visual characters. The real issue's
 * longest kicker is 36; body paragraphs that end a page mid-sentence are usually much longer.
 */
export const MAX_HEADLINE_LENGTH = 40;

/**
 * Longest headline that ends in ！ or ？ (visual characters): 防汛，我们准备好了！ is 10; a longer
 * line ending so is a sentence of running text (a quoted exclamation in a short paragraph).
 */
export const MAX_EXCLAMATION_HEADLINE = 16;

/**
 * Longest headline that is one question (visual characters): a question ending in ？ (or in a
 * question particle and 。, QUESTION_END_RE of text.ts) with no speaker's label (记者：, 问：) and
 * at most one inner comma. The Q&A and service columns of the field title their items with the
 * reader's question (借条上没写利息，出借人能要利息吗？ 17, 网购商品与宣传不符，消费者能要求赔偿吗？ 20);
 * 26 is the top of the title bucket of LENGTH_BUCKETS. In the zoo's sources (Dec 2026) every one-
 * question unit of 10-40 characters with no 。 inside is a title or a numbered cross-head (34) or
 * a turn of an interview or Q&A opening with its speaker's label (记者：…？, 问：…？: 39); none is
 * running text without the label. Exclamations stay at MAX_EXCLAMATION_HEADLINE (如有知情者请与家属联系，
 * 必有重谢！, 16, is the last line of a notice).
 */
export const MAX_QUESTION_HEADLINE = 26;

/**
 * Longest kicker ending in "——" (visual characters); longer lines ending in a dash are body text.
 * The real issue's kicker is 36.
 */
export const MAX_KICKER_LENGTH = 60;

/**
 * Longest kicker ending in a colon (visual characters), such as 观音山街道： or 一线观察：.
 * Longer lines ending in ： introduce running text (会议要求，各部门要做好以下工作：).
 */
export const MAX_COLON_KICKER = 16;

/**
 * Two consecutive headline lines of the same block, both at most this long, are one subtitle
 * printed over two lines (优化营商环境 / 提振企业信心 in the real issue: 6 and 6).
 */
export const MAX_SPLIT_SUBTITLE_PART = 8;

/**
 * A line of a headline stack (no running text between kicker, title and subtitles) is wrapped onto
 * the next line when it fills the document's column (split-blocks.ts `stackBlocks`) to within this
 * many cells: a column wraps a long subtitle at its last cell (a full-width character that does not
 * fit leaves at most half a cell), where a title or subtitle that fits stops short of it. In the
 * zoo's hard-wrapped layouts (Dec 2026) every headline line within one cell of the column is
 * wrapped onto the next line (a subtitle of 40-60 characters; a long document title), but for a
 * kicker ending in —— and a title over its 文号, which are excluded; the national daily's title
 * of 22.5 cells in its 24-cell column is not.
 */
export const WRAP_FILL_SLACK = 1;

/**
 * A line of running text that ends a sentence (。！？, a closing quote after it) ends its paragraph,
 * however near the column it comes (FULL_LINE_RATIO), when the column has room left on it for the
 * first character of the next line (with an opening mark before it, （, “, 《, that a wrap carries
 * down with it) and this many cells more (split-blocks `endsShort`): a hard wrap moves a character
 * down only when it does not fit (closing marks hang past the column), so a line it wrapped is
 * short by less than that character. One cell more for the column's estimate (COLUMN_WIDTH_PERCENTILE
 * of the run) and half-width letters; a line is counted at its widest (every character a full
 * cell), so text wrapped at a count of characters (tester7's GB18030 pages) is never read short
 * for its digits. Seen in the zoo's wrap layouts (Dec 2026): a story's paragraph resumed flush
 * after a box set into it (bilingual-daily: …防寒保畜工作。 20 cells of 22 over 十年间，…) was run
 * into the box's last paragraph.
 */
export const SENTENCE_END_ROOM = 1;

/**
 * Most cells the two phrases of a headline couplet (坚持团结和民主两大主题　积极建言资政凝聚共识, 10 and 10)
 * may differ by for split-blocks to read the line as a whole couplet, not the first line of a wrapped
 * headline, when it fills the column over a shorter headline line (`wholeCouplet`): the phrases of a
 * couplet are set parallel (对仗), of one length or nearly; a long headline wrapped after a space has
 * a cut second part of any length. Source: the headline lines printed as two phrases of four or more
 * characters in the zoo's sources (Dec 2026: 17 of 20 kickers, titles and subtitles within two, 10 of
 * them of equal length; three differ by three); tester17's 两会特刊, whose kicker filled its 22-cell
 * column and was read as the title's first line.
 */
export const COUPLET_PHRASE_SLACK = 2;

/**
 * Shortest phrase of a subtitle or cross-head set over two lines of one width (split-blocks.ts
 * `continuesHeadline`): a phrase of such a pair is 5-8 cells (优化营商环境 / 提振企业信心, 6 and 6;
 * 搭建“连心桥” / 民意收集更畅通 in the zoo's district paper, 7 and 7), where a column label over a title
 * of its width is 2-4 (the zoo: 光影梧川 / 古镇夜色, 【民生】 / 开学季, （完） / 更正).
 */
export const MIN_SPLIT_SUBTITLE_PART = 5;

/**
 * Blank lines around a headline that mark it as its own item (a photo headline): the real issue
 * sets its photo headline 喜迎六一 快乐成长 off with 3 blank lines on each side, against 1 for
 * every other block.
 */
export const PHOTO_GAP_LINES = 2;

/**
 * Most page turns between a story cut mid-sentence and running text read as its rest when no jump
 * line (转第2版 / 接第1版) joins them: in the zoo's expected files (Dec 2026) every continuation
 * without a jump line is on its page (after at most one item set into the story) or at the top of
 * the next page (27 of them, none past one page turn), and so are the bundled issue's.
 */
export const CONTINUATION_MAX_PAGE_TURNS = 1;

/**
 * Most items started between a story cut mid-sentence on an earlier page and running text read as
 * its rest with no jump line (CONTINUATION_MAX_PAGE_TURNS): one, the bundled issue's story cut on
 * page 1 over another that is cut at the page's foot, the second's rest opening page 2 and the
 * first's after it; in the zoo none (Dec 2026). On its own page a story's rest is not counted so.
 */
export const CONTINUATION_MAX_ITEMS_BETWEEN = 1;

/**
 * A headline line's tail wrapped onto a line of its own (structure/assemble.ts): a title-shaped line
 * of at most HEADLINE_TAIL_MAX cells, at most 1/HEADLINE_TAIL_RATIO as wide as the headline line
 * right above it (at most one blank line between, no body yet), continues that line. Fitted on the
 * OCR harness's 3-column renders of the bundled issue (scripts/ocr; Dec 2026): a column of 11-12
 * deck cells wraps 推动城市品质治理能力双 / 提升 and 用心用情打造群众满意精 / 品工程 (2 and 3 cells
 * under 11); the shortest headline of the zoo set under another headline is a 4-cell title.
 */
export const HEADLINE_TAIL_MAX = 3;
/** See HEADLINE_TAIL_MAX. */
export const HEADLINE_TAIL_RATIO = 3;

/** Longest byline or credit line, in visual characters (·缪通 陈苏君· is 7; 文/图 本报记者 王峰 陈苏君 is ~14). */
export const MAX_CREDIT_LINE_LENGTH = 30;

/** Characters of each side of a page break given to the segmenter to look for a word across it. */
export const JOIN_CONTEXT = 6;

/**
 * OCR marker evidence (src/stages/markers.ts). Tuned on Tesseract 5 chi_sim output of the page
 * renderings of scripts/ocr (fixtures/ocr) and the misreads listed in issue 8.
 * A line whose `noiseScore` reaches NOISE_THRESHOLD is noise (furniture of kind `noise`): the
 * photo residue of the renderings scores 0.8-1, the shortest real lines (`·金驰·`, a two-character
 * cross-head, `作。`) 0-0.3.
 */
export const NOISE_THRESHOLD = 0.6;

/**
 * Longest line (visual characters) of verse: a poem's line on a 副刊 page is 2-12 characters, a
 * price list's row under 20 (青椒　5.20　↓0.20). Used by the structure model (feature `verse`,
 * weights.ts) and by splitBlocks: a lone character with VERSE_CONTEXT_LINES such lines above and
 * below it (a poem's one-character title, 灯, between two stanzas) is printed text, not OCR noise.
 */
export const VERSE_MAX_LENGTH = 20;
/** Lines of verse needed on each side of a lone character for it to be read as text (see VERSE_MAX_LENGTH). */
export const VERSE_CONTEXT_LINES = 2;
/**
 * Lines of verse above a line that make it a poem's line whatever follows it (a poem's last line
 * over the next item's short title, 浪花是我们的掌声 / 人事任命, is no headline wrapped: tester18's
 * staff newsletter, Dec 2026). More than a headline stack's text lines (kicker, two title lines, a
 * subtitle: 4 at most in the zoo) would make.
 */
export const VERSE_STANZA_ABOVE = 5;

/**
 * `noiseScore` from which a line set between two lines of one headline (hOCR/ALTO geometry) is
 * residue of that headline, not text: a bold headline's quotes read as `全mm 66 99` (0.49) between
 * `和干禧园社区坚持` and `运用 “四聚”工作法` (Tesseract's hOCR of the 3-column render, scripts/ocr).
 * Real lines there (a kicker, a deck) score 0-0.3.
 */
export const NOISE_IN_HEADLINE = 0.4;

/**
 * A run of this many spaces or more between two marks of a line of OCR text is a wide blank on the
 * page. A line with two such runs and a symbol or a Latin fragment among its marks (markers.ts
 * `noiseScore`) is residue: GAPPED_RESIDUE_SCORE. Every such line of Tesseract's plain text of the
 * OCR harness's renders (scripts/ocr, 7 lines over the 10 runs, Dec 2026) is residue of a photo or a
 * bold title (`ms 5 和       几大本又      日二 aaa` over a title of the held-out congress bulletin);
 * no line of the text fixtures and the layout zoo has two runs of four spaces.
 */
export const OCR_GAP_SPACES = 4;
/** See OCR_GAP_SPACES: at NOISE_THRESHOLD or above. */
export const GAPPED_RESIDUE_SCORE = 0.7;

/**
 * A line whose every mark is one or two characters, set apart by runs of this many spaces or more at
 * least twice, with a symbol or a Latin fragment among them (markers.ts `noiseScore`), is residue
 * too (GAPPED_RESIDUE_SCORE), however its Han characters would read closed up: the top of a bold
 * title Tesseract read as a line of its own, its marks scattered at uneven gaps (`人  区    咱入  必
 * 日五 ma` over 县人大常委会开展监督法专题学习, the held-out congress bulletin's degraded render,
 * fixtures/ocr/heldout-congress-excerpts/degraded-p10.txt). Of the 30,422 lines of the text fixtures
 * (every .txt under fixtures/: the layout zoo and its sources, the clerk-typed tables, the OCR excerpts;
 * Dec 2026), 2 have every mark that short and two such runs, both residue (that line and the wire
 * page's `[一 一   得        [一 一|`); a letter-spaced headline (通  知) holds no junk, and a typed
 * table's cells (项目              金额(元)        备注) run longer.
 */
export const SCATTERED_GAP_SPACES = 2;

/**
 * A line whose box lies over another's (at least this share of its own height and of its own
 * width inside that line's box) and whose type is smaller than that line's (past
 * HEADLINE_SAME_SIZE) is residue of it, not a printed line: two printed lines never overlap so.
 * Tesseract's hOCR of the harness's clean renders (scripts/ocr) reads a bold headline's quotes
 * apart as lines of their own inside the headline's box: `下 66 人` over `竺川启动“我助`,
 * `全mm 66 99` over `运用“四聚”工`, `<到2?》` over `企业攀新高”系`, `已 ;同和 庆` over
 * `区领导调研重点民生实事项目` (0.3-0.6 of the headline's height, 70-100 % of their own height
 * inside its box). No line of the noise-free renderings (truth.hocr) overlaps another at all; a
 * headline line read over residue of its own height (`= = 几 “于 6 企 喜 ?”` over `崇川启动“我助
 * 企业攀新高`, 0.99) is the same size and stays a line.
 */
export const RESIDUE_OVERLAP = 0.5;

/** `bylineDotScore` from which a line is a `·name·` byline (1: dot-like marks at both ends, 0.6 one end). */
export const BYLINE_DOT_THRESHOLD = 0.8;

/**
 * `bylineLineScore` from which a line standing alone (a blank line, furniture or the end of a
 * sentence before it; a blank line, furniture or the end after it) is a byline. Tuned on the
 * Tesseract output of scripts/ocr (fixtures/ocr and build/ocr renders of the bundled issue): its
 * bylines read `王建春.`, `杨阳，`, `张明明:`, `'张明明`, `.弛通 陈苏君，` (one mark kept, surnamed
 * names: 0.6; a misread surname 0.45), `'崇组宣.`, `崇组宣.` (a desk's short name between dot-like
 * marks: 1, 0.6); a paragraph's
 * last line (`有序。`, `万元。`) scores at most 0.4.
 */
export const BYLINE_LINE_THRESHOLD = 0.45;

/** `runningHeadScore` from which a line is a running head (two parts with a date or page: 0.8). */
export const RUNNING_HEAD_THRESHOLD = 0.8;

/** `dashEndingScore` from which a line ends in a kicker dash (`_` 0.8, a lone final 一 0.5). */
export const KICKER_DASH_THRESHOLD = 0.8;

// ---- Validation (`bulletin validate`, src/validate.ts) --------------------------------------------

/**
 * A title longer than this (visual characters) is running text taken for a headline: an error of
 * `validate`. Headlines are one or two lines of display type: the real issue's longest title is
 * 17 and its longest kicker 36; the longest reviewed title of the layout zoo (fixtures/zoo, nine
 * papers) is 37, a county government's 关于表彰…的决定, and long notice titles (关于印发《…》的通知)
 * run to about 50-60. Set above all of them so that it fires only on a parse that is surely wrong
 * (on the zoo it fires once: a title run together with its 50-character subtitle, 80 in all).
 */
export const MAX_TITLE_LENGTH = 64;

/**
 * Share of replacement characters (U+FFFD) among the non-space characters of an issue above
 * which `validate` reports an error: the text did not decode (wrong encoding, damaged file). A
 * few U+FFFD from a damaged byte or two (a warning from decode) stay under it; 1 % is one broken
 * character in every line or two of a 40-character column.
 */
export const MAX_REPLACEMENT_SHARE = 0.01;

/** Fewest replacement characters for the error above, so a short text with one U+FFFD is no error. */
export const MIN_REPLACEMENT_ERROR = 10;

/**
 * Headline-shaped paragraphs (isHeadlineShaped: short, no 。) that are no cross-head, inside one
 * article, from which `validate/merged-stories` reads the article as several stories run together
 * (their titles read as body). One such line is common (a list's short entry, a quoted slogan, a
 * table's label); two or more, each followed by running text, are what a merged page looks like
 * (tester7's HK daily read as 3 articles for 10 items, Dec 2026). Checked on the zoo (all layouts)
 * and every fixture: no article of a right parse has two.
 */
export const MERGED_TITLE_LINES = 2;

/**
 * hOCR/ALTO geometry (src/input/geometry.ts), tuned on the Tesseract 5 chi_sim output of the
 * harness renderings (scripts/ocr: body 42 px, kicker 50, subtitle 58, title 84 at 300 dpi; body
 * lines measure 1.0, subtitles 1.4, titles 2.0) and on hOCR where x_size is per block.
 * A line this many times the body size, or more, is a headline line.
 */
export const HEADLINE_SIZE_RATIO = 1.25;

/** Two headline lines within this size ratio of each other (and close below) are one headline. */
export const HEADLINE_SAME_SIZE = 1.15;

/**
 * Lines at least this size (÷ body size) next to a headline line of the same type are headline
 * too (geometry.ts `promoteHeadlineLines`): a kicker set a little larger than body type measures
 * 1.12-1.32 by its line boxes on the harness renders (noise-free and Tesseract); body lines there
 * stay under 1.08.
 */
export const HEADLINE_NEAR_RATIO = 1.1;

/**
 * A lone character or two under a headline line, no further below it than this many of the
 * headline line's heights, is that headline's last line (geometry.ts `isHeadlineTail`). The
 * harness renders set headlines at 1.45 × their size (a gap of about 0.5 of the ink height);
 * Tesseract's boxes of a lone character vary by about 0.2 more; a body paragraph starts at 1.2.
 */
export const HEADLINE_TAIL_GAP = 0.8;

/** A body line indented this many characters from its column's left edge starts a paragraph (indents are 2). */
export const PARAGRAPH_INDENT = 0.8;

/**
 * A body line indented less than this many characters, under a line that fills the column and ends
 * no sentence, goes on with that line's paragraph: a paragraph's indent is two characters, and one
 * character's gap is the first character the OCR lost (`贸市场重获“新生”。` at 1.0 under
 * `提档升级,15年“高龄”的海港`, its 农 unread: Tesseract's hOCR of the harness's clean 3-column
 * render, scripts/ocr), or a line of a skewed page measured off its column's edge (0.8-0.9 on the
 * degraded 1-column render). Paragraph indents measured on all the harness's hOCR and ALTO (and
 * noise-free hOCR): 1.43 to 2.5, most 1.75-2.25; so the middle between one character and them.
 */
export const LOST_CHAR_INDENT = 1.25;

/** A body line ending this many characters short of its column's right edge ends its paragraph. */
export const PARAGRAPH_SHORT_LINE = 1.5;

/** A line indented this many characters or more (a right-aligned byline, a centred line) stands alone. */
export const SET_APART_INDENT = 4;

/**
 * A gap this many body characters wide, or wider, holding the middle of a column gutter, cuts a
 * line the OCR read across the gutter into one line per column (geometry.ts `cutAtGutters`). The
 * harness renders (scripts/ocr) set 70 px gutters (1.7 characters of 42 px); in Tesseract's hOCR
 * and ALTO of them a line read across has 1.6-8 characters of blank at each gutter (wire copy,
 * health paper), while the characters of a line sit 0-0.7 apart and a headline set across columns
 * has no gap at the gutter at all. One character: under every gutter, above every gap inside a line
 * but an ideographic space (which must also hold the gutter's middle to cut).
 */
export const GUTTER_CUT_GAP = 1;

/**
 * Narrowest column (in body characters) whose gutters `cutAtGutters` cuts at: a newspaper column
 * holds 10-20 characters (16 on the harness's 3-column render, 11-13 on a 6-column broadsheet);
 * narrower runs of covered x are a table's or a list's, whose gaps are no gutters.
 */
export const CUT_COLUMN_MIN_CHARS = 6;

/**
 * Two OCR lines side by side on one row (boxes overlapping by ROW_OVERLAP of the lower one's
 * height), in one type, at most ROW_JOIN_GAP of their height apart and no gutter between, are the
 * parts of one printed line (geometry.ts `joinRowParts`). Tesseract cut two of the wire copy's
 * printed lines so on the OCR harness's clean 3-column render (scripts/ocr): a running head at
 * 42 px apart (1.2 of its height), a byline at 46 px (1.2); a paragraph's last line and a byline
 * set flush right beside it are a column's width apart (15 characters and more).
 */
export const ROW_JOIN_GAP = 3;
/** See ROW_JOIN_GAP. */
export const ROW_OVERLAP = 0.5;

/** Top and bottom bands of a page (fraction of the text height) where furniture lines are read first and last. */
export const PAGE_BAND = 0.08;

/**
 * A gap between two OCR words wider than this many line heights is printed space (hOCR/ALTO word
 * boxes). Tesseract's Han characters sit 0-0.2 line heights apart; an ideographic space between
 * phrases is about 1, the gaps between photo residue 1-5.
 */
export const WORD_GAP_SPACE = 0.6;

/**
 * How many characters at the end of a paragraph are searched for a credit run on after its last
 * sentence (`…抢收晚稻。记者　杨阳　摄`). The longest such credit in the fixtures and the zoo is
 * under 30 characters; searching only the tail keeps the pattern linear on a paragraph that ends
 * in a long run of spaces (a run of 60,000 after a full stop took 70 s when the whole paragraph
 * was searched).
 */
export const RUN_ON_CREDIT_TAIL = 200;

/**
 * Longest issuing body (in visual characters) over a signing date that the block splitter keeps
 * off a wrapped paragraph above it: 云泽县人民政府办公室 (10), 某某市发展和改革委员会 (11); joint
 * signatures and long bureau names stay under 24.
 */
export const MAX_SIGNATURE_LENGTH = 24;
/**
 * Most issuing bodies printed one over the other over one signing date (a joint signature: a 村务公开
 * signed by 村民委员会 and 村务监督委员会, a notice by a party committee and a government): three.
 * Source: the joint documents of township and county offices (tester22's township newsletter, Dec
 * 2026: two bodies); GB/T 9704-2012 sets joint issuers' names side by side or one under the other.
 */
export const MAX_JOINT_SIGNERS = 3;

/**
 * A short line printed at a page boundary (right after or right before a folio) this many times or
 * more is a running head whatever its words: a periodical's own name and issue in a form the
 * furniture patterns do not know (某县人大常委会会刊　第3号, 内部资料　注意保存). Three, as the
 * structure model's REPEATED_LINE_MIN: a jumped story's headline is printed twice, never three times
 * at page tops. Tuned on the zoo's bulletins (running heads on 5-11 pages) and tester2's
 * repro/running-head-*.txt (issue 7).
 */
export const RUNNING_HEAD_REPEAT_MIN = 3;

/**
 * Marks OCR reads for the round brackets of a lead-in's credit (本报讯（记者　王峰　通讯员　李雅楠）):
 * Tesseract 5 `chi_sim` read the full-width `（` as `〈`, `《` or `(` and `）` as `)` or `〉` on the
 * held-out county paper of the OCR harness (scripts/ocr, `heldout-county-3col`, issue 8); `<` `>`
 * and the square and lenticular forms are the same slips in other faces. A bracket in one of these
 * forms counts only when it holds a credit (press roles or names), so that a book title
 * (本报讯《…》) is not taken for one.
 */
export const OCR_OPEN_BRACKETS = '（(〈《<［[【〔';
/** The closing marks of OCR_OPEN_BRACKETS (any may close any: `〈记者　王峰)`). */
export const OCR_CLOSE_BRACKETS = '）)〉》>］]】〕';
/**
 * Marks OCR reads for the slash of a work role's credit (文／黄一鸣, 图／柏川): Tesseract 5 `chi_sim`
 * read the full-width `／` of the harness's 1-column render as `了` (文了黄一喝; scripts/ocr,
 * `heldout-congress-1col-clean`, issue 8); `丿` `ノ` `|` `l` `I` `1` `\` are the same stroke in
 * other faces and engines. Read as a slash only on a line that is a work role, this mark and one
 * to three personal names, nothing else (bylines.ts `ocrSlashCredits`).
 */
export const OCR_SLASHES = '了丿ノ|lI1\\';

/**
 * Marks OCR reads for a page number's digit, or sets as a stroke's residue beside it, in a folio or
 * a jump marker (第1版 read as `第]版`, `第?版`; 上接第1版 as `(上接第1]版)`): Tesseract 5 `chi_sim` on
 * the OCR harness's renders (scripts/ocr, issue 8: the bundled issue's folios, the held-out county
 * paper's jump marker); `|` `l` `I` `i` `!` `丨` are the same upright stroke in other faces. Read
 * only between 第 (or a jump's verb) and 版, where nothing else is printed.
 */
export const OCR_PAGE_NO_MARKS = ']|lIi!?？丨';

/**
 * A headline width the page wraps at: a width (visual length, rounded) that at least this many
 * one-line headline blocks of the document share, each with another headline line right under it
 * (at most one blank line between). A column sets its headlines in one type size, so a headline
 * wrapped in it fills the column to the same cell (7 cells of a 3-column title, 13 of its kicker);
 * headlines of a free layout are as long as their words and rarely share a width with a line under
 * them. Three: the held-out county paper of the OCR harness (scripts/ocr, `heldout-county-3col`,
 * issue 8) has its 13-cell kickers three times, its 7-cell titles twelve times.
 */
export const HEADLINE_WRAP_REPEAT = 3;
/**
 * A wrap width (HEADLINE_WRAP_REPEAT) counts only when it is at least this share of the document's
 * body column (`columnWidth` of its paragraphs' lines): a headline set at most 2.5 times the body
 * size fills the column with that many cells or more (the harness's 84 px titles over 42 px body
 * fill 7 of 16 cells, its 50 px kickers 13). A 1-column page's headlines (13 cells under a 51-cell
 * column) are shorter than the column, whatever width they happen to share (区领导督查全区防汛防台工作,
 * 区领导调研重点民生实事项目: 13 each over their decks).
 */
export const HEADLINE_WRAP_FILL = 0.4;

/**
 * How alike (text.ts `textSimilarity`, through OCR slips) the headline repeated over a jumped
 * story's far half (（上接第1版）) must be to the kicker, or kicker and title together, that the
 * story's first half printed, for that kicker to be the story's title: the repeat is the title as
 * printed. 0.75, as the OCR harness's title match (scripts/ocr `TITLE_SIMILARITY`): one slip in
 * four characters (县委单委会召开 + a residue mark 人 over 扩大会议 against 县委常委会召开扩大会议:
 * 0.83, the held-out county paper in 3 columns, Tesseract's plain text). Set by hand.
 */
export const REPEATED_HEAD_SIMILARITY = 0.75;

/**
 * `validate/uncertain-boundary`: a unit whose decode would open an item (kicker, title) or not
 * with a max-marginal gap under this (src/stages/structure/decode.ts `uncertainBoundaries`, model
 * score units) is reported, because the page's evidence barely decides whether a story starts
 * there. Set with scripts/eval-validate.mjs (npm run eval:validate): zoo papers parsed by models
 * that never saw them; see README "Validation rules" for the precision and recall it gives.
 */
export const UNCERTAIN_BOUNDARY_MARGIN = 0.5;

/**
 * `validate/cut-story`: the shortest last paragraph (characters) read as prose that stops
 * mid-sentence. Shorter lines are list entries, table cells, verse. Checked with
 * scripts/eval-validate.mjs (npm run eval:validate; README "Validation rules"): on the zoo parsed by
 * models that never saw each paper, every article it flagged was wrong (9 of 9, Dec 2026).
 */
export const CUT_STORY_MIN_LENGTH = 20;
