"""``add-source`` and ``review``: the editors' tools around a content pack."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path


def cmd_add_source(args: argparse.Namespace) -> int:
    from viewer.builder.new_seed import add_source
    from viewer.cli import _root

    added = add_source(_root(), Path(args.file), kind=args.kind, title=args.title,
                       outlet=args.outlet or "", author=args.author or "",
                       published=args.published or "", url=args.url or "",
                       language=args.language, source_id=args.id or "")
    source = added.source
    print(f"wrote {added.path.relative_to(_root())}: id {source.id}, "
          f"{len(source.paragraphs)} paragraphs")
    print("\nThe paragraphs the build will see:")
    for p in source.paragraphs:
        label = "" if p.kind == "text" else f" ({p.kind})"
        print(textwrap.fill(p.text, 100, initial_indent=f"  {p.n:>3}{label}  ",
                            subsequent_indent=" " * 7))
    print("\nLeft out as page furniture:" if source.dropped else "\nNothing was left out.")
    for d in source.dropped:
        print(f"  line {d.line}: {d.text[:80]!r}  ({d.reason})")
    print("\nIf a line above is furniture the rules missed, add 'drop: exact line | reason' to "
          "the header. Then run 'patient-viewer build'.")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    import tempfile

    from viewer.builder.pipeline import build_database
    from viewer.cli import _root
    from viewer.packs.container import extract_database
    from viewer.review.changes import compare
    from viewer.review.sheet_html import review_html
    from viewer.store.snapshot import read_snapshot

    root, since, out = _root(), Path(args.since), Path(args.out)
    with tempfile.TemporaryDirectory(prefix="review-") as tmp:
        old_db = since
        if since.suffix == ".pvpack":
            old_db = Path(tmp) / since.with_suffix(".db").name
            extract_database(since, old_db)
        new_db = Path(tmp) / "content.db"
        build_database(root, new_db)
        review = compare(read_snapshot(old_db), read_snapshot(new_db))
    out.write_text(review_html(review, since.name, "the content in this repository now"),
                   encoding="utf-8")
    print(f"wrote {out}: {review.count('added')} added, {review.count('changed')} changed, "
          f"{review.count('removed')} removed; {len(review.sources_added)} new and "
          f"{len(review.sources_removed)} removed sources")
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    from viewer.vocabulary import SOURCE_KINDS

    a = sub.add_parser("add-source", help="add an article (plain text or Markdown) as a seed, "
                                          "with its header and recorded sha256 (repository root)")
    a.add_argument("file", metavar="FILE", help="the article saved as UTF-8 text or Markdown")
    a.add_argument("--kind", required=True, help=f"one of: {', '.join(SOURCE_KINDS)}")
    a.add_argument("--title", required=True, help="the article's headline")
    a.add_argument("--outlet", help="who published it")
    a.add_argument("--author", help="who wrote it")
    a.add_argument("--published", metavar="YYYY-MM-DD", help="its publication date, if it says")
    a.add_argument("--url", help="its web address")
    a.add_argument("--language", default="en", metavar="CODE", help="its language (default en)")
    a.add_argument("--id", help="the source id (default: made from the title)")
    a.set_defaults(func=cmd_add_source)
    r = sub.add_parser("review", help="write a printable page of every change since an old "
                                      "pack or database, for the medical reviewer (repository root)")
    r.add_argument("--since", required=True, metavar="OLD.pvpack|OLD.db",
                   help="the version to compare with: a content pack or a content database")
    r.add_argument("--out", required=True, metavar="review.html", help="the page to write")
    r.set_defaults(func=cmd_review)
