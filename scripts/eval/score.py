#!/usr/bin/env python3
# Provenance: copied unchanged (below this comment) from the project's shared material,
# shared/tools/score.py (sha256 8d9622303e01068dd74b6877371a4b5840f203d33ae2d0379250868987926b78 before
# this comment was added), on 2026-12-02, so that test/score.test.ts runs on a clone without ../shared.
# Keep it in step with that file when the scorer changes there.
"""Score a parsed issue (the CLI's JSON output) against a hand-made reference.

Usage:
  score.py OUTPUT.json GOLD.json [--source ORIGINAL] [--min FRACTION|POINTS] [--quiet] [--json]

OUTPUT.json is what `bulletin parse FILE --format json` writes for one issue:
{"articles": [{"kind", "kicker", "title", "subtitles", "crossheads", "bylines",
               "date": {"iso": ...} | null, "leaders": [{"name", "titles"}],
               "people": [{"name"}], "places": [{"name"}], "paragraphs": [...], "body"}],
 "unassigned": [{"text"}], "furniture": [{"text"}]}
A top-level list holding exactly one such object is accepted too.

Text is compared after NFKC with all whitespace removed, so half/full-width punctuation and
spacing never decide a match. Prints one row per measure ("ok" when full, "--" when short) and,
last, `SCORE got/possible`. --json prints the rows as one JSON object instead. With --min, exits
1 when the score is below it (a fraction of the possible points when <= 1, else points).
ORIGINAL may be in any encoding Python can guess among UTF-8 (with or without BOM), UTF-16 with
BOM, GB18030 and Big5.
"""
import json
import sys
import unicodedata
from collections import Counter


def norm(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(ch for ch in s if not ch.isspace() and ch not in "\u200b\u200c\u200d\ufeff")


def as_list(v):
    """A field that should be a list of strings may come as one string or as null."""
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return list(v)


def names(items, key="name"):
    out = []
    for it in items or []:
        if isinstance(it, str):
            out.append(norm(it))
        elif isinstance(it, dict) and it.get(key):
            out.append(norm(it[key]))
    return out


def is_han(ch):
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def read_text(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16", errors="replace")
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", errors="replace")


class Tally:
    def __init__(self):
        self.rows = []
        self.notes = []

    def add(self, label, got, possible, detail=""):
        self.rows.append((label, got, possible, detail))

    @property
    def got(self):
        return sum(r[1] for r in self.rows)

    @property
    def possible(self):
        return sum(r[2] for r in self.rows)

    def as_dict(self):
        return {label: [got, possible] for label, got, possible, _ in self.rows}


def paragraphs_of(a):
    if a.get("paragraphs"):
        return [norm(p) for p in a["paragraphs"]]
    return [norm(p) for p in (a.get("body") or "").split("\n") if p.strip()]


def article_text(a):
    """All text an article keeps as printed: headline parts, body, and its lead-in and credit
    lines (`dateline`, `creditLines`); without `creditLines`, the parsed byline and credit names."""
    parts = [a.get("kicker"), a.get("title"), a.get("dateline")]
    parts += as_list(a.get("subtitles"))
    parts += as_list(a.get("crossheads"))
    parts += a.get("paragraphs") or ([a.get("body")] if a.get("body") else [])
    parts += [c.get("text") if isinstance(c, dict) else c for c in as_list(a.get("captions"))]
    if a.get("creditLines"):
        parts += as_list(a.get("creditLines"))
    else:
        parts += [b if isinstance(b, str) else (b or {}).get("name") for b in as_list(a.get("bylines"))]
        for c in as_list(a.get("credits")):
            if isinstance(c, dict):
                parts += [c.get("role"), c.get("name")]
    return norm("".join(p for p in parts if isinstance(p, str)))


def score(out, gold, source_text=None):
    """Returns a Tally for one parsed issue `out` (dict) against reference `gold` (dict)."""
    arts = out.get("articles") or []
    t = Tally()
    total = len(gold["articles"])

    # Match reference articles to output articles by title (NFKC, no whitespace).
    by_title = {}
    for a in arts:
        by_title.setdefault(norm(a.get("title")), a)
    matched = [(g, by_title.get(norm(g["title"]))) for g in gold["articles"]]
    found = [a for _, a in matched if a is not None]
    missing = [g["title"] for g, a in matched if a is None]
    t.add("articles found (by title)", len(found), total, ("missing: " + ", ".join(missing)) if missing else "")
    extra = max(0, len(arts) - len(found))
    t.add("no extra articles", max(0, total - extra), total, f"{len(arts)} output articles")

    right = Counter()
    for g, a in matched:
        if a is None:
            continue
        title = g["title"]
        if norm(g.get("kicker")) == norm(a.get("kicker")):
            right["kicker"] += 1
        else:
            t.notes.append(f"kicker [{title}] = {a.get('kicker')!r}")
        if norm("".join(as_list(g.get("subtitles")))) == norm("".join(x for x in as_list(a.get("subtitles")) if isinstance(x, str))):
            right["subtitles"] += 1
        else:
            t.notes.append(f"subtitles [{title}] = {a.get('subtitles')!r}")
        if sorted(norm(b) for b in g.get("bylines") or []) == sorted(names(as_list(a.get("bylines")))):
            right["bylines"] += 1
        else:
            t.notes.append(f"bylines [{title}] = {a.get('bylines')!r}")
        d = a.get("date")
        iso = d.get("iso") if isinstance(d, dict) else d
        if (g.get("date") or None) == (iso or None):
            right["date"] += 1
        else:
            t.notes.append(f"date [{title}] = {iso!r}, want {g.get('date')!r}")
        want_kind = g.get("kind", "article")
        if want_kind == "photo":
            ok = a.get("kind") == "photo"
        else:
            ok = a.get("kind") in (None, want_kind)
        if ok:
            right["kind"] += 1
        else:
            t.notes.append(f"kind [{title}] = {a.get('kind')!r}, want {want_kind!r}")
    t.add("kicker right", right["kicker"], total)
    t.add("subtitles right", right["subtitles"], total)
    t.add("bylines right", right["bylines"], total)
    t.add("dates right (ISO)", right["date"], total)
    t.add("kind right (article/photo)", right["kind"], total)

    # Leaders: required names and their titles; a leader neither required nor optional is stray.
    c = Counter()
    stray, ppl_missing, plc_missing, bad_people, bad_places = [], [], [], [], []
    for g, a in matched:
        a = a or {}
        req = {norm(k): v for k, v in g["leaders"]["required"].items()}
        opt = {norm(x) for x in g["leaders"].get("optional", [])}
        out_leaders = {}
        for it in a.get("leaders") or []:
            if isinstance(it, dict) and it.get("name"):
                out_leaders[norm(it["name"])] = [norm(x) for x in as_list(it.get("titles") or it.get("title"))]
        for name, titles in req.items():
            c["lead_pos"] += 1
            c["title_pos"] += len(titles)
            if name in out_leaders:
                c["lead_got"] += 1
                have = out_leaders[name]
                for want in titles:
                    w = norm(want)
                    if any(w in h or (h in w and len(h) >= 2) for h in have):
                        c["title_got"] += 1
        for name in out_leaders:
            if name not in req and name not in opt:
                stray.append(name)
        out_people = set(names(a.get("people"))) | set(out_leaders)
        for name in g["people"]["required"]:
            c["ppl_pos"] += 1
            if norm(name) in out_people:
                c["ppl_got"] += 1
            else:
                ppl_missing.append(name)
        for name in g["people"].get("forbidden", []):
            if norm(name) in out_people:
                bad_people.append(name)
        out_places = names(a.get("places"))
        for p in g["places"]["required"]:
            c["plc_pos"] += 1
            p = norm(p)
            if any(p in o or (o in p and len(o) >= 3) for o in out_places):
                c["plc_got"] += 1
            else:
                plc_missing.append(p)
        for p in g["places"].get("forbidden", []):
            if norm(p) in out_places:
                bad_places.append(p)
    t.add("leaders found", c["lead_got"], c["lead_pos"])
    t.add("leader titles found", c["title_got"], c["title_pos"])
    t.add("no stray leaders", max(0, c["lead_pos"] - len(stray)), c["lead_pos"],
          ("stray: " + ", ".join(stray[:12])) if stray else "")
    t.add("people found", c["ppl_got"], c["ppl_pos"], ("missing: " + ", ".join(ppl_missing)) if ppl_missing else "")
    t.add("no forbidden people", 0 if bad_people else 1, 1, ("found: " + ", ".join(bad_people)) if bad_people else "")
    t.add("places found", c["plc_got"], c["plc_pos"], ("missing: " + ", ".join(plc_missing)) if plc_missing else "")
    t.add("no forbidden places", 0 if bad_places else 1, 1, ("found: " + ", ".join(bad_places)) if bad_places else "")

    # Rejoined text, paragraph breaks kept, text kept out of the wrong article, cross-heads.
    not_found = []
    for g, a in matched:
        paras = paragraphs_of(a) if a else []
        whole = "".join(paras)
        for s in g.get("bodyContains", []):
            c["join_pos"] += 1
            if norm(s) in whole:
                c["join_got"] += 1
            else:
                not_found.append(s[:24])
        for s in g.get("bodyNotContains", []):
            c["not_pos"] += 1
            if a is not None and norm(s) not in whole:
                c["not_got"] += 1
        for left, right_ in g.get("paragraphBreaks", []):
            c["brk_pos"] += 1
            l, r = norm(left), norm(right_)
            if a is not None and l in whole and r in whole and not any(l in p and r in p for p in paras):
                c["brk_got"] += 1
        for h in g.get("crossheads", []):
            c["ch_pos"] += 1
            if a is not None and any(norm(h) in norm(x) for x in as_list(a.get("crossheads"))):
                c["ch_got"] += 1
    t.add("body text rejoined", c["join_got"], c["join_pos"], ("not found: " + " | ".join(not_found)) if not_found else "")
    t.add("text kept out of wrong article", c["not_got"], c["not_pos"])
    t.add("paragraph breaks kept", c["brk_got"], c["brk_pos"])
    t.add("cross-heads kept inside article", c["ch_got"], c["ch_pos"])

    # Conservation: every Han character of the source is somewhere in the output, once.
    if source_text is not None:
        want = Counter(ch for ch in unicodedata.normalize("NFKC", source_text) if is_han(ch))
        text = "".join(article_text(a) for a in arts)
        for key in ("unassigned", "furniture"):
            text += "".join(norm(u.get("text") if isinstance(u, dict) else u) for u in out.get(key) or [])
        have = Counter(ch for ch in text if is_han(ch))
        kept = sum(min(n, have[ch]) for ch, n in want.items())
        dup = sum(max(0, have[ch] - n) for ch, n in want.items())
        pct = 100.0 * kept / max(1, sum(want.values()))
        points = 10 if pct >= 99.9 and dup == 0 else int(pct // 10) - (1 if dup else 0)
        t.add("source characters kept once", max(0, points), 10, f"{pct:.2f}% kept, {dup} duplicated")
    return t


def load_issue(path):
    out = json.load(open(path, encoding="utf-8"))
    if isinstance(out, list):
        if len(out) != 1:
            raise SystemExit(f"expected one issue in {path}, found {len(out)}")
        out = out[0]
    return out


def main(argv):
    opts, args = {}, []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("--source", "--min"):
            opts[a] = argv[i + 1]
            i += 2
            continue
        if a in ("--quiet", "--json"):
            opts[a] = True
        else:
            args.append(a)
        i += 1
    if len(args) != 2:
        print(__doc__)
        return 2
    out = load_issue(args[0])
    gold = json.load(open(args[1], encoding="utf-8"))
    src = read_text(opts["--source"]) if "--source" in opts else None
    t = score(out, gold, src)
    if opts.get("--json"):
        print(json.dumps({"rows": t.as_dict(), "score": [t.got, t.possible]}, ensure_ascii=False))
    else:
        if not opts.get("--quiet"):
            for n in t.notes[:40]:
                print("  ~", n)
        w = max(len(r[0]) for r in t.rows)
        for label, got, possible, detail in t.rows:
            mark = "ok" if got == possible else "--"
            print(f"{mark} {label.ljust(w)}  {got}/{possible}  {detail}".rstrip())
        print(f"SCORE {t.got}/{t.possible}")
    if "--min" in opts:
        need = float(opts["--min"])
        if need <= 1:
            need *= t.possible
        if t.got < need:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
