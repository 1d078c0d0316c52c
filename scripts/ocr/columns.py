#!/usr/bin/env python3
"""Split page images into their columns for the OCR harness's column mode (npm run eval:ocr).

Usage:
  columns.py --pages PAGES.txt --out DIR

What a user of Tesseract does when its page segmentation (mode 3) runs columns together or drops
short lines beside a photo: find the columns first, then read each column as one column of text
(`tesseract --psm 4`). The columns of a page are found from its image alone, by a projection
profile: the share of ink in each pixel column x over the page's body (its rows between
BODY_TOP and BODY_BOTTOM of the height) cut into BANDS bands, smoothed over SMOOTH pixels; an x
with ink (INK_SHARE) in TEXT_BANDS bands or more is text (a headline, rule or picture that crosses
a gutter inks it in one band or so), gaps of GUTTER_MIN pixels or more between text ranges of
COLUMN_MIN pixels or more are gutters, and a column runs from the middle of the gutter on its left to the middle of
the one on its right. The band at the top of the page that ink crosses a gutter in (the running
head and the rule under it, found within HEAD_BAND of the height) belongs to the first column.

For every page of several columns it writes one image per column: the page with everything
outside that column painted white (the page's size and coordinates kept, so the hOCR and ALTO
Tesseract writes of it are in page coordinates and can be put back together); a page of one
column is listed as it is. Writes DIR/col-PPP-K.png, DIR/columns.txt (the image list for
tesseract) and DIR/columns.json ([{"page": 1, "column": 1, "of": 3, "x0": .., "x1": ..}], one
entry per image, in the list's order). Needs python3-pil (Debian); deterministic.
"""
import argparse
import json
import os

from PIL import Image

BODY_TOP, BODY_BOTTOM = 0.12, 0.90
HEAD_BAND = 0.12
INK = 128  # a pixel darker than this is ink
BANDS = 16  # the body is cut into this many horizontal bands
INK_SHARE = 0.01  # a pixel column with ink in 1 % of a band's rows or more is inked in that band
TEXT_BANDS = 2  # an x inked in this many bands or more is text; fewer (a headline or rule across a gutter) is not
SMOOTH = 9
GUTTER_MIN = 20  # px at 300 dpi: a third of a 10 pt character
COLUMN_MIN = 200  # px: about five characters of body type
GUTTER_INK = 0.5  # a row with ink over half a gutter's width crosses it (a rule, a running head)


def ink_profile(img, box, axis):
    """Mean ink (0..1) of each pixel column (axis 'x') or row (axis 'y') of img within box."""
    region = img.crop(box).point(lambda v: 255 if v < INK else 0)
    w, h = region.size
    flat = region.resize((w, 1) if axis == "x" else (1, h), Image.BOX)
    return [v / 255 for v in flat.getdata()]


def columns_of(img):
    """The column x ranges [(x0, x1)] of a page image and the bottom of its head band (y)."""
    w, h = img.size
    top, bottom = int(h * BODY_TOP), int(h * BODY_BOTTOM)
    step = (bottom - top) // BANDS
    # How many bands of the body have ink at each x: a column's text has ink in most bands, a
    # gutter in none but a band where a headline, rule or picture crosses it.
    inked = [0] * w
    for b in range(BANDS):
        prof = ink_profile(img, (0, top + b * step, w, top + (b + 1) * step), "x")
        half = SMOOTH // 2
        for x in range(w):
            seg = prof[max(0, x - half): x + half + 1]
            if sum(seg) / len(seg) > INK_SHARE:
                inked[x] += 1
    runs, start = [], None
    for x, v in enumerate(inked + [0]):
        if v >= TEXT_BANDS and start is None:
            start = x
        elif v < TEXT_BANDS and start is not None:
            runs.append([start, x])
            start = None
    merged = []
    for r in runs:
        if merged and r[0] - merged[-1][1] < GUTTER_MIN:
            merged[-1][1] = r[1]
        else:
            merged.append(r)
    text = [r for r in merged if r[1] - r[0] >= COLUMN_MIN]
    if len(text) < 2:
        return [(0, w)], 0
    cuts = [(a[1] + b[0]) // 2 for a, b in zip(text, text[1:])]
    # The last column ends a gutter's width past its text: the blank beyond it (an empty column at
    # the end of a page, its margin) is painted white, not read (Tesseract --psm 4 read nothing of
    # a column beside a wide empty area of scan noise).
    bounds = [0] + cuts + [min(w, text[-1][1] + 2 * GUTTER_MIN)]
    cols = list(zip(bounds, bounds[1:]))
    # The head band: the lowest row near the top whose ink crosses a gutter.
    head = 0
    for a, b in zip(text, text[1:]):
        g0, g1 = a[1] + 2, b[0] - 2
        if g1 - g0 < 4:
            continue
        rows = ink_profile(img, (g0, 0, g1, int(h * HEAD_BAND)), "y")
        crossing = [y for y, v in enumerate(rows) if v >= GUTTER_INK]
        if crossing:
            head = max(head, crossing[-1] + 8)
    return cols, head


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    pages = [p.strip() for p in open(args.pages, encoding="utf-8") if p.strip()]
    listing, meta = [], []
    for n, path in enumerate(pages, 1):
        img = Image.open(path).convert("L")
        w, h = img.size
        cols, head = columns_of(img)
        if len(cols) == 1:
            listing.append(path)
            meta.append({"page": n, "column": 1, "of": 1, "x0": 0, "x1": w, "head": 0})
            continue
        for k, (x0, x1) in enumerate(cols, 1):
            part = img.copy()
            if x0 > 0:
                part.paste(255, (0, head, x0, h))
            if x1 < w:
                part.paste(255, (x1, head if k == 1 else 0, w, h))
            if k > 1 and head > 0:
                part.paste(255, (0, 0, w, head))
            out = os.path.join(args.out, f"col-{n:03d}-{k}.png")
            part.save(out)
            listing.append(out)
            meta.append({"page": n, "column": k, "of": len(cols), "x0": x0, "x1": x1, "head": head})
    with open(os.path.join(args.out, "columns.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(listing) + "\n")
    with open(os.path.join(args.out, "columns.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1)
    print(f"{args.out}: {len(pages)} pages, {len(listing)} column images")


if __name__ == "__main__":
    main()
