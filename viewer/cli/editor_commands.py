"""``add-source``, ``review`` and ``translated``: the editors' tools around a content pack."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

from viewer.clinic.settings import ClinicSettings
from viewer.paths import repository_root


def add_source(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    from viewer.builder.add_source import add_source as add

    root = repository_root()
    added = add(root, Path(args.file), kind=args.kind, title=args.title,
                outlet=args.outlet or "", author=args.author or "",
                published=args.published or "", url=args.url or "",
                language=args.language, source_id=args.id or "")
    source = added.source
    print(f"wrote {added.path.relative_to(root)}: id {source.id}, "
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


def review(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    import tempfile

    from viewer.builder.pipeline import build_database
    from viewer.packs.container import extract_database
    from viewer.review.changes import compare
    from viewer.review.sheet_html import review_html
    from viewer.store.snapshot import read_snapshot

    root, since, out = repository_root(), Path(args.since), Path(args.out)
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


def translated(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    from viewer.builder.pipeline import record_translation

    root = repository_root()
    written = record_translation(root, args.language, args.slug)
    print(f"wrote {written.relative_to(root)}: every block of {args.language}/{args.slug} "
          "translates the English one as it is now")
    return 0
