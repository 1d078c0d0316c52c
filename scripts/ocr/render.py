#!/usr/bin/env python3
"""Render a newspaper issue as page images for the OCR harness (npm run eval:ocr).

Usage:
  render.py --items ITEMS.json --out DIR --cols N [--variant clean|degraded] [--paper NAME]
            [--date 2023-05-30] [--pages MAX]

ITEMS.json is a list of {"role", "text"} in reading order (roles of the zoo sources: running-head,
folio, section, editor, kicker, title, subtitle, crosshead, lead, body, byline, caption, and
"page" to force a new page); scripts/ocr/eval-ocr.mjs writes it from a zoo source or from the
bundled issue and its gold. The pages are A4 at 300 dpi (2480 x 3508 px), N columns, body text in
Noto Serif CJK SC at 42 px (10 pt), headlines in Noto Sans CJK SC Bold (title 84 px, subtitle 58,
kicker 50), a running head (paper, date, weekday, page) over a rule on every page and a folio at
its foot; stories flow over column and page ends. The degraded variant adds a photo (a textured
box) on every page, then a 0.5 degree skew, blur and noise, as a scan would.

Writes DIR/page-001.png ... and DIR/truth.txt (the text as drawn, one printed line per line,
blank lines between blocks, a form feed between pages), DIR/pages.txt (image list for
tesseract), and DIR/truth.hocr and DIR/truth.xml: a noise-free hOCR and ALTO v3 of the same pages,
written from the layout itself (every printed line with its ink box, one word per run of
characters between spaces, the text exactly as drawn; the clean render's geometry, without the
degraded variant's skew), so that the harness can tell what the geometry reading loses without
any OCR error. Needs python3-pil and fonts-noto-cjk (Debian); deterministic (fixed random seed).
"""
import argparse
import html
import datetime
import json
import os
import random
import re
import sys

from PIL import Image, ImageDraw, ImageFilter, ImageFont

W, H = 2480, 3508
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 170, 170, 200
GUTTER = 70
FONT_DIRS = ["/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/noto", "/usr/share/fonts/noto-cjk"]


def find_font(names):
    for d in FONT_DIRS:
        for n in names:
            p = os.path.join(d, n)
            if os.path.exists(p):
                return p
    sys.exit("render.py: no Noto CJK font found; install fonts-noto-cjk (see README, OCR harness)")


SERIF = find_font(["NotoSerifCJK-Regular.ttc"])
SANS_BOLD = find_font(["NotoSansCJK-Bold.ttc", "NotoSerifCJK-Bold.ttc"])
SC = 2  # face index of Simplified Chinese in the Noto CJK collections (JP, KR, SC, TC, HK)

STYLE = {
    # role: (font path, size px, space before px, indent chars, align)
    "title": (SANS_BOLD, 84, 40, 0, "left"),
    "kicker": (SANS_BOLD, 50, 40, 0, "left"),
    "subtitle": (SANS_BOLD, 58, 8, 0, "left"),
    "crosshead": (SANS_BOLD, 44, 14, 0, "left"),
    "body": (SERIF, 42, 0, 2, "left"),
    "lead": (SERIF, 42, 0, 2, "left"),
    "caption": (SERIF, 38, 8, 0, "left"),
    "byline": (SERIF, 42, 6, 0, "right"),
    "section": (SANS_BOLD, 46, 30, 0, "left"),
    "editor": (SERIF, 34, 10, 0, "left"),
}
WEEKDAYS = "一二三四五六日"
_fonts = {}


def font(path, size):
    key = (path, size)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(path, size, index=SC)
    return _fonts[key]


def wrap(text, f, width, indent):
    """Greedy line breaking by character width; an indent of `indent` ideographic cells."""
    lines = []
    for k, part in enumerate(text.split("\n")):
        lines += wrap_one(part, f, width, indent if k == 0 else 0)
    return lines


def wrap_one(text, f, width, indent):
    lines, cur = [], "\u3000" * indent
    for ch in text:
        if f.getlength(cur + ch) > width and cur.strip():
            # Keep closing punctuation on the line it closes (kinsoku).
            if ch in "，。、；：！？”’）》" and f.getlength(cur + ch) <= width + f.size:
                cur += ch
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur.strip():
        lines.append(cur)
    return lines


class Layout:
    def __init__(self, cols, variant, paper, date, rng):
        self.cols, self.variant, self.paper, self.date, self.rng = cols, variant, paper, date, rng
        self.col_w = (W - 2 * MARGIN_X - (cols - 1) * GUTTER) // cols
        self.pages = []  # (image, [text lines per column in order])
        self.prev_role = None
        self.new_page()

    def new_page(self):
        img = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(img)
        n = len(self.pages) + 1
        wd = WEEKDAYS[self.date.weekday()]
        head = f"{self.paper}\u3000{self.date.year}年{self.date.month}月{self.date.day}日\u3000星期{wd}\u3000第{n}版"
        f = font(SERIF, 38)
        self.img, self.draw = img, d
        self.placed = []  # (block id, line box, [(word, box)], text) of every printed line
        self.block_id = 0
        self.put(MARGIN_X, MARGIN_TOP - 90, head, f)
        d.line((MARGIN_X, MARGIN_TOP - 30, W - MARGIN_X, MARGIN_TOP - 30), fill=0, width=4)
        folio = f"－{n}－"
        self.folio_at = (W // 2 - f.getlength(folio) / 2, H - MARGIN_BOTTOM + 80)
        self.truth = [head, ""]
        self.col, self.y = 0, MARGIN_TOP + 10
        self.photo_done = self.variant != "degraded"
        self.pages.append((img, self.truth, self.placed))
        self.folio = folio
        self.block_id = 1

    def put(self, x, y, line, f):
        """Draws one printed line at (x, y) and records its words' ink boxes for truth.hocr/xml."""
        self.draw.text((x, y), line, font=f, fill=0)
        words = []
        for m in re.finditer(r"[^\s\u3000]+", line):
            x0 = x + f.getlength(line[: m.start()])
            box = self.draw.textbbox((x0, y), m.group(0), font=f)
            words.append((m.group(0), tuple(int(round(v)) for v in box)))
        if words:
            box = (min(w[1][0] for w in words), min(w[1][1] for w in words), max(w[1][2] for w in words), max(w[1][3] for w in words))
            self.placed.append((self.block_id, box, words, line))

    def finish_page(self):
        self.block_id += 1
        self.put(self.folio_at[0], self.folio_at[1], self.folio, font(SERIF, 38))
        self.truth.extend(["", self.folio])

    def next_column(self):
        self.col += 1
        if self.col >= self.cols:
            self.finish_page()
            self.new_page()
        else:
            self.y = MARGIN_TOP + 10
            self.block_id += 1
        self.truth.append("")

    def x(self):
        return MARGIN_X + self.col * (self.col_w + GUTTER)

    def photo(self):
        """A textured box of a third of a column: a photo's residue for OCR."""
        h = min(700, (H - MARGIN_BOTTOM - self.y) // 2)
        if h < 300:
            return
        box = Image.effect_noise((self.col_w, h), 60).filter(ImageFilter.GaussianBlur(3))
        bd = ImageDraw.Draw(box)
        for _ in range(25):
            x0, y0 = self.rng.randrange(self.col_w), self.rng.randrange(h)
            bd.ellipse((x0, y0, x0 + self.rng.randrange(20, 200), y0 + self.rng.randrange(20, 160)), fill=self.rng.randrange(0, 255))
        for _ in range(8):
            bd.line((self.rng.randrange(self.col_w), self.rng.randrange(h), self.rng.randrange(self.col_w), self.rng.randrange(h)), fill=0, width=self.rng.randrange(2, 9))
        self.img.paste(box, (self.x(), self.y))
        self.y += h + 40
        self.photo_done = True

    def block(self, role, text):
        if role == "page":
            self.finish_page()
            self.new_page()
            return
        if role in ("running-head", "folio"):
            return  # every page gets its own
        path, size, before, indent, align = STYLE.get(role, STYLE["body"])
        if role == self.prev_role and role in ("title", "kicker"):
            # A title printed over two tagged lines: one headline, no space between.
            before = 0
            if self.truth and self.truth[-1] == "":
                self.truth.pop()
        self.prev_role = role
        self.block_id += 1
        f = font(path, size)
        lines = wrap(text, f, self.col_w, indent)
        step = int(size * 1.45)
        if self.y > MARGIN_TOP + 10:
            self.y += before
        if role in ("title", "kicker") and self.truth[-1] != "":
            self.truth.append("")
        for line in lines:
            if self.y + step > H - MARGIN_BOTTOM:
                self.next_column()
            x = self.x()
            if align == "right":
                x += self.col_w - f.getlength(line)
            self.put(x, self.y, line, f)
            self.truth.append(line)
            self.y += step
        if role in ("title", "subtitle", "kicker", "crosshead", "byline", "section"):
            self.truth.append("")
        if role == "byline" and not self.photo_done and self.y < H * 0.6:
            self.photo()


def hocr(pages):
    """A noise-free hOCR of the pages: every printed line with its ink box and its words as drawn."""
    out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>",
           "<meta name='ocr-system' content='scripts/ocr/render.py (noise-free, from the layout)' />", "</head><body>"]
    for n, (_, _, placed) in enumerate(pages, 1):
        out.append(f"<div class='ocr_page' id='page_{n}' title='image \"page-{n:03d}.png\"; bbox 0 0 {W} {H}; ppageno {n - 1}'>")
        block = None
        for bid, box, words, _ in placed:
            if bid != block:
                if block is not None:
                    out.append("</p></div>")
                out.append(f"<div class='ocr_carea'><p class='ocr_par'>")
                block = bid
            out.append(f"<span class='ocr_line' title='bbox {box[0]} {box[1]} {box[2]} {box[3]}; baseline 0 0; x_size {box[3] - box[1]}'>")
            for w, b in words:
                out.append(f"<span class='ocrx_word' title='bbox {b[0]} {b[1]} {b[2]} {b[3]}; x_wconf 99'>{html.escape(w)}</span>")
            out.append("</span>")
        if block is not None:
            out.append("</p></div>")
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def alto(pages):
    """The same noise-free pages as ALTO v3 (TextBlock per block, TextLine per line, String per word)."""
    q = lambda s: html.escape(s, quote=True)
    out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
           "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v3#\"><Description><MeasurementUnit>pixel</MeasurementUnit></Description><Layout>"]
    for n, (_, _, placed) in enumerate(pages, 1):
        out.append(f"<Page ID=\"page_{n}\" PHYSICAL_IMG_NR=\"{n}\" HEIGHT=\"{H}\" WIDTH=\"{W}\"><PrintSpace>")
        block = None
        for bid, box, words, _ in placed:
            if bid != block:
                if block is not None:
                    out.append("</TextBlock>")
                out.append(f"<TextBlock ID=\"block_{n}_{bid}\">")
                block = bid
            x0, y0, x1, y1 = box
            out.append(f"<TextLine HPOS=\"{x0}\" VPOS=\"{y0}\" WIDTH=\"{x1 - x0}\" HEIGHT=\"{y1 - y0}\">")
            for k, (w, b) in enumerate(words):
                if k:
                    out.append("<SP/>")
                out.append(f"<String CONTENT=\"{q(w)}\" HPOS=\"{b[0]}\" VPOS=\"{b[1]}\" WIDTH=\"{b[2] - b[0]}\" HEIGHT=\"{b[3] - b[1]}\" WC=\"0.99\"/>")
            out.append("</TextLine>")
        if block is not None:
            out.append("</TextBlock>")
        out.append("</PrintSpace></Page>")
    out.append("</Layout></alto>")
    return "\n".join(out) + "\n"


def degrade(img, rng):
    img = img.rotate(0.5, resample=Image.BICUBIC, fillcolor=255, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    noise = Image.effect_noise(img.size, 40)
    img = Image.blend(img, noise, 0.18)
    px = img.load()
    for _ in range(4000):  # dust
        x, y = rng.randrange(W), rng.randrange(H)
        px[x, y] = 0
    return img


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--cols", type=int, default=1)
    ap.add_argument("--variant", default="clean", choices=["clean", "degraded"])
    ap.add_argument("--paper", default="星河新闻")
    ap.add_argument("--date", default="2023-05-30")
    ap.add_argument("--pages", type=int, default=0, help="stop after this many pages (0: all)")
    a = ap.parse_args()
    rng = random.Random(8)
    items = json.load(open(a.items, encoding="utf-8"))
    lay = Layout(a.cols, a.variant, a.paper, datetime.date.fromisoformat(a.date), rng)
    for it in items:
        lay.block(it["role"], it["text"])
        if a.pages and len(lay.pages) > a.pages:
            lay.pages.pop()
            break
    else:
        lay.finish_page()
    os.makedirs(a.out, exist_ok=True)
    names = []
    for i, (img, _, _) in enumerate(lay.pages):
        if a.variant == "degraded":
            img = degrade(img, rng)
        name = os.path.join(a.out, f"page-{i + 1:03d}.png")
        img.save(name, dpi=(300, 300))
        names.append(os.path.abspath(name))
    with open(os.path.join(a.out, "pages.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(names) + "\n")
    with open(os.path.join(a.out, "truth.txt"), "w", encoding="utf-8") as fh:
        fh.write("\f".join("\n".join(t).strip("\n") + "\n" for _, t, _ in lay.pages))
    with open(os.path.join(a.out, "truth.hocr"), "w", encoding="utf-8") as fh:
        fh.write(hocr(lay.pages))
    with open(os.path.join(a.out, "truth.xml"), "w", encoding="utf-8") as fh:
        fh.write(alto(lay.pages))
    print(f"{a.out}: {len(names)} pages")


if __name__ == "__main__":
    main()
