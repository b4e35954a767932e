"""The app's own commands: open the window, build and check the content, screenshots, sheet.

Each is thin: it turns its arguments into plain values and calls the library.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from viewer.clinic.settings import ClinicSettings
from viewer.errors import ViewerError
from viewer.paths import repository_root


def run(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    from viewer import display_libraries as display

    # Before Qt tries X11: its own message, when a system library is missing or there is
    # no display, blames libxcb-cursor0 whatever the cause, and the process aborts.
    if display.xcb_comes_first():
        if problem := display.no_display() or display.xcb_problem():
            raise ViewerError(problem)
    from viewer.ui.window.app import run as run_app

    # An error that stops the app, or one inside a Qt slot (which does not), reaches the log.
    sys.excepthook = log_then(sys.excepthook)
    return run_app(database=_database(args), clinic=clinic, language=args.language)


def log_then(hook):
    """``sys.excepthook`` that first writes the error to the log file: an error inside a Qt
    slot does not stop the app, and IT reading the log after the fact should see it."""
    def logged(kind, error, trace) -> None:
        _log_failure(kind, error, trace)
        hook(kind, error, trace)
    return logged


def _log_failure(kind, error, trace) -> None:
    import logging

    # For IT, who find the window gone or wrong: what went wrong, in the log file only
    # (Python prints it on standard error itself).
    logging.getLogger("viewer.cli").error("the app met an error it did not expect",
                                          exc_info=(kind, error, trace), extra={"file_only": True})


def build(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    from viewer.builder.pipeline import build_database

    root = repository_root()
    out = Path(args.out) if args.out else root / "build" / "content.db"
    report = build_database(root, out)
    lib = report.library
    print(f"wrote {out}: {len(lib.sources)} sources, {len(lib.topics)} topics, "
          f"{len(report.located)} citations, {len(lib.glossary)} glossary terms")
    for language in sorted({*lib.translations, *lib.glossaries}):
        print(f"translated into {language}: {len(lib.translations.get(language, []))} of "
              f"{len(lib.topics)} topics" + (", the glossary" if language in lib.glossaries else ""))
    print(f"content hash {report.content_hash}")
    return 0


def check(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    from viewer.builder.pipeline import check as check_content
    from viewer.builder.readability import MAX_GRADE, MAX_MEDIAN, formula_for, median_grade

    report, problems = check_content(repository_root())
    if report.grades:
        print(f"{'topic':<26}{'tab':<11}grade")
        for g in report.grades:
            flag = "" if g.grade <= MAX_GRADE else f"  over {MAX_GRADE:g}"
            print(f"{g.topic:<26}{g.tab:<11}{g.grade:>5.1f}{flag}")
        print(f"highest grade {max(g.grade for g in report.grades):g} (at most {MAX_GRADE:g}), "
              f"median {median_grade(report.grades):g} (at most {MAX_MEDIAN:g})")
    for g in report.translated_grades:
        formula = formula_for(g.language)
        print(f"{g.language + '/' + g.topic:<26}{g.tab:<11}{g.grade:>5.1f}  "
              + (formula.name if formula else "not graded: no formula for this language"))
    for topic in report.library.topics:
        print(f"{topic.slug:<26}facts current to {topic.current_to or 'not stated'}, "
              f"reviewed {topic.reviewed}")
    print(f"{len(report.library.sources)} sources, {len(report.library.topics)} topics, "
          f"{len(report.located)} citations found in their sources")
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing was written", file=sys.stderr)
        return 1
    print("all checks passed")
    return 0


def screenshots(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    from viewer.devtools.screenshots import write_screenshots

    for path in write_screenshots(Path(args.out), _database(args), size=args.size,
                                  scale=args.scale, clinic=clinic, text_size=args.text_size,
                                  language=getattr(args, "language", None) or "en"):
        print(path)
    return 0


def sheet(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    from viewer.opening.choice import open_content
    from viewer.sheet.model import Letterhead
    from viewer.sheet.pdf_file import long_date, parse_date, write_sheet_pdf
    from viewer.store.models import Header

    out = Path(args.out)
    header = Header(name=(args.name or "").strip(), doctor=(args.doctor or "").strip(),
                    appointment=long_date(parse_date(args.date)) if args.date else "")
    opened = open_content(_database(args), clinic.trusted_keys)
    if opened.passed_over or opened.repair:
        # The words live with the window's; a sheet made from healthy content loads no ui.
        from viewer.ui.text.opening_words import opening_notice

        print(opening_notice(opened), file=sys.stderr)
    try:
        made, pages = write_sheet_pdf(
            opened.store, out, list(args.topic),
            None if args.all or not args.question else list(args.question), header=header,
            large_print=bool(args.large_print),
            letterhead=Letterhead(tuple(clinic.sheet_lines), clinic.paper,
                                  clinic.clinic_phone if clinic.in_clinic else ""),
            language=args.language)
    finally:
        opened.store.close()
    print(f"wrote {out}: {len(made.questions)} question(s) on {pages} page(s)")
    return 0


def _database(args: argparse.Namespace) -> Path | None:
    return Path(args.database) if getattr(args, "database", None) else None
