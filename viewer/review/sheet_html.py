"""The review sheet as one self-contained HTML page: inline CSS, no scripts, no network.

Made to be read on screen and printed: each change keeps together on paper, with
its cited passages shown inside their source paragraph, the quote marked.
"""

from __future__ import annotations

import difflib
from datetime import UTC, datetime
from html import escape

from viewer.review.changes import Change, Review
from viewer.store.snapshot import Item, Passage, Snapshot
from viewer.vocabulary import MAX_GRADE

CSS = """
body{font:15px/1.45 "Atkinson Hyperlegible",Arial,sans-serif;color:#1a1a1a;margin:2em auto;
 max-width:60em;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em} h2{border-bottom:2px solid #333;margin-top:2em}
h3{margin:1.2em 0 .4em} .muted{color:#555} table{border-collapse:collapse;margin:.5em 0}
td,th{border:1px solid #999;padding:.2em .6em;text-align:left} th{background:#eee}
.summary td:first-child{font-weight:bold}
.change{border-left:6px solid #999;padding:.4em .8em;margin:.8em 0;break-inside:avoid;
 page-break-inside:avoid;background:#fafafa}
.added{border-color:#1b7f3b} .changed{border-color:#b36b00} .removed{border-color:#b3261e}
.label{font-weight:bold;text-transform:uppercase;font-size:.8em;letter-spacing:.05em}
.added .label{color:#1b7f3b} .changed .label{color:#b36b00} .removed .label{color:#b3261e}
.text{margin:.3em 0} del{background:#fbd3d0;color:#6d1410} ins{background:#cdebd5;
 text-decoration:none;color:#0d4420}
blockquote{margin:.4em 0 .4em 1em;padding:.3em .6em;border-left:3px solid #bbb;background:#fff}
mark{background:#fff2a8;padding:0 .1em} .src{font-size:.85em;color:#444}
.over{color:#b3261e;font-weight:bold} .signoff td{height:2.2em;width:22em}
@media print{body{margin:0;max-width:none;font-size:11pt;-webkit-print-color-adjust:exact;
 print-color-adjust:exact} h2{break-after:avoid} .change{background:none}
 ins{text-decoration:underline}}
"""


def _describe(s: Snapshot, label: str) -> str:
    seq = s.meta.get("pack_sequence", "0")
    which = "built as shipped content" if seq == "0" else f"content pack number {seq}"
    return (f"{escape(label)}: {which}, content hash "
            f"<code>{escape(s.meta.get('content_hash', '')[:16])}</code>, "
            f"last reviewed {escape(s.meta.get('last_reviewed', '') or 'not stated')}")


def _passage(p: Passage) -> str:
    para = p.paragraph
    start, end = max(0, min(p.start, len(para))), max(0, min(p.end, len(para)))
    text = (escape(para[:start]) + "<mark>" + escape(para[start:end]) + "</mark>"
            + escape(para[end:]))
    return (f'<blockquote>{text}<div class="src">{escape(p.source_title)} '
            f"({escape(p.source_id)}), paragraph {p.paragraph_n}</div></blockquote>")


def _passages(item: Item, heading: str) -> str:
    if not item.passages:
        return f'<p class="muted">{heading}: cites no passage.</p>'
    return f'<p class="muted">{heading}:</p>' + "".join(_passage(p) for p in item.passages)


def _word_diff(old: str, new: str) -> str:
    a, b = old.split(" "), new.split(" ")
    out: list[str] = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(escape(" ".join(a[a1:a2])))
            continue
        if a2 > a1:
            out.append(f"<del>{escape(' '.join(a[a1:a2]))}</del>")
        if b2 > b1:
            out.append(f"<ins>{escape(' '.join(b[b1:b2]))}</ins>")
    return " ".join(out)


def _change(c: Change, titles: dict[tuple[str, str], str]) -> str:
    item = c.item
    head = (f'<div class="change {c.what}"><span class="label">{c.what}</span> '
            f'<span class="muted">{escape(item.kind)}, {escape(titles.get((item.topic, item.tab), item.tab))}'
            "</span>")
    if c.what == "changed" and c.old and c.new:
        body = f'<p class="text">{_word_diff(c.old.text, c.new.text)}</p>'
        if c.old.passages != c.new.passages:
            body += _passages(c.old, "Cited before") + _passages(c.new, "Cited now")
        else:
            body += _passages(c.new, "Cited (unchanged)")
    else:
        body = (f'<p class="text">{escape(item.text)}</p>'
                + _passages(item, "Cited" if c.what == "added" else "Was cited"))
    return head + body + "</div>"


def _grade(g: float | None) -> str:
    if g is None:
        return "—"
    return f'<span class="over">{g:.1f}</span>' if g > MAX_GRADE else f"{g:.1f}"


def _grades(slug: str, rows: list[tuple[str, float | None, float | None]],
            titles: dict[tuple[str, str], str]) -> str:
    cells = "".join(
        f"<tr><td>{escape(titles.get((slug, tab), tab))}</td><td>{_grade(b)}</td><td>{_grade(a)}</td>"
        f"<td>{'' if a is None or b is None else f'{a - b:+.1f}'}</td></tr>" for tab, b, a in rows)
    return ("<table><tr><th>Tab</th><th>Reading grade before</th><th>After</th><th>Change</th>"
            f"</tr>{cells}</table>")


def _sources(title: str, rows: list[tuple[str, str]]) -> str:
    if not rows:
        return f"<h3>{title}</h3><p class='muted'>None.</p>"
    return f"<h3>{title}</h3><ul>" + "".join(
        f"<li>{escape(t)} <span class='muted'>({escape(i)})</span></li>" for i, t in rows) + "</ul>"


def review_html(review: Review, old_label: str, new_label: str) -> str:
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<title>Content review sheet</title>", f"<style>{CSS}</style></head><body>",
        "<h1>Content review sheet</h1>",
        f"<p class='muted'>For the medical reviewer who signs this content off. Made {made}.</p>",
        f"<p><b>Before:</b> {_describe(review.old, old_label)}<br>"
        f"<b>After:</b> {_describe(review.new, new_label)}</p>",
        "<table class='summary'>",
        *(f"<tr><td>{what.capitalize()}</td><td>{review.count(what)}</td></tr>"
          for what in ("added", "changed", "removed")),
        f"<tr><td>New sources</td><td>{len(review.sources_added)}</td></tr>",
        f"<tr><td>Removed sources</td><td>{len(review.sources_removed)}</td></tr></table>",
        "<p class='muted'>Every statement, evidence card and question added, changed or removed "
        "is shown with the passages it cites, marked inside their source paragraph. "
        f"Reading grades above {MAX_GRADE:g} are in red.</p>",
    ]
    titles = {**review.old.tab_titles, **review.new.tab_titles}  # each tab's title as its page writes it
    for topic in review.topics:
        parts.append(f"<h2>{escape(topic.title)}</h2>{_grades(topic.slug, topic.grades, titles)}")
        if topic.changes:
            parts += [_change(c, titles) for c in topic.changes]
        else:
            parts.append("<p class='muted'>No statement, evidence card or question changed.</p>")
    parts += ["<h2>Sources</h2>", _sources("New sources", review.sources_added),
              _sources("Removed sources", review.sources_removed),
              "<h2>Sign-off</h2><table class='signoff'><tr><th>Reviewed by</th><td></td></tr>"
              "<tr><th>Date</th><td></td></tr><tr><th>Signature</th><td></td></tr></table>",
              "</body></html>"]
    return "\n".join(parts)
