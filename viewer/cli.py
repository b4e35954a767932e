"""Command line: ``patient-viewer`` launches the app; sub-commands build, check and print."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.errors import ContentError, ViewerError

if TYPE_CHECKING:
    from viewer.clinic.settings import ClinicSettings

CLINIC_HELP = ("a clinic settings file (TOML, see docs/clinic.md); also read from "
               "$PATIENT_VIEWER_CLINIC or the system-wide config folder")


def _root() -> Path:
    root = Path.cwd()
    if not (root / "seeds").is_dir() or not (root / "resources" / "content").is_dir():
        raise ViewerError(f"{root}: no seeds/ and resources/content/ here; "
                          "run this in the repository root")
    return root


def cmd_build(args: argparse.Namespace) -> int:
    from viewer.builder.pipeline import build_database

    root = _root()
    out = Path(args.out) if args.out else root / "build" / "content.db"
    report = build_database(root, out)
    lib = report.library
    print(f"wrote {out}: {len(lib.sources)} sources, {len(lib.topics)} topics, "
          f"{len(report.located)} citations, {len(lib.glossary)} glossary terms")
    print(f"content hash {report.content_hash}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from viewer.builder.pipeline import check
    from viewer.builder.readability import MAX_GRADE, MAX_MEDIAN, median_grade

    report, problems = check(_root())
    if report.grades:
        print(f"{'topic':<26}{'tab':<11}grade")
        for g in report.grades:
            flag = "" if g.grade <= MAX_GRADE else f"  over {MAX_GRADE:g}"
            print(f"{g.topic:<26}{g.tab:<11}{g.grade:>5.1f}{flag}")
        print(f"highest grade {max(g.grade for g in report.grades):g} (at most {MAX_GRADE:g}), "
              f"median {median_grade(report.grades):g} (at most {MAX_MEDIAN:g})")
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


def cmd_run(args: argparse.Namespace) -> int:
    from viewer.ui.window.app import run

    return run(database=Path(args.database) if args.database else None, clinic=_clinic(args))


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(n) for n in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give the size as WIDTHxHEIGHT, e.g. 1280x720") from None
    if width < 320 or height < 240:
        raise argparse.ArgumentTypeError(f"{text!r}: at least 320x240")
    return width, height


def _scale(text: str) -> float:
    try:
        scale = float(text)
    except ValueError:
        scale = 0.0
    if not 0.5 <= scale <= 4:
        raise argparse.ArgumentTypeError(f"{text!r}: give a scale from 0.5 to 4, e.g. 2")
    return scale


def cmd_screenshots(args: argparse.Namespace) -> int:
    import os

    if args.scale:  # Qt reads it once, when the application is made: set it before
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    from viewer.devtools.screenshots import write_screenshots

    return write_screenshots(Path(args.out), Path(args.database) if args.database else None,
                             size=args.size, clinic=_clinic(args))


def cmd_sheet(args: argparse.Namespace) -> int:
    from viewer.sheet.command import write_sheet_from_args
    from viewer.sheet.model import Letterhead

    clinic = _clinic(args)
    return write_sheet_from_args(args, Letterhead(tuple(clinic.sheet_lines), clinic.paper))


def _clinic(args: argparse.Namespace) -> ClinicSettings:
    """The clinic settings in force (see ``_name_clinic_file``); problems are logged."""
    from viewer.clinic.settings import load_clinic_settings

    return load_clinic_settings()


def _name_clinic_file(args: argparse.Namespace) -> None:
    """``--clinic FILE``, before or after the command, goes into $PATIENT_VIEWER_CLINIC, so
    every part of the app that reads the settings (the content packs' trusted keys too)
    reads the same file."""
    import os

    from viewer.clinic.settings import ENV

    clinic = getattr(args, "clinic", None) or args.global_clinic
    if clinic:
        args.clinic = clinic
        os.environ[ENV] = str(Path(clinic).absolute())


def _launch_parser() -> argparse.ArgumentParser:
    """The options of the app itself: all a plain launch needs. The commands' parsers (some
    forty options, each help text looked up for translation) cost a launch milliseconds."""
    p = argparse.ArgumentParser(prog="patient-viewer", add_help=False, exit_on_error=False)
    p.add_argument("--database", help="open this content database instead of the shipped one")
    p.add_argument("--clinic", metavar="FILE", dest="global_clinic", help=CLINIC_HELP)
    p.set_defaults(func=cmd_run)
    return p


def parse(argv: list[str] | None) -> argparse.Namespace:
    """A launch is read by the launch parser; anything else (a command, help, a mistake)
    by the whole one, which also gives the messages."""
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        launch, rest = _launch_parser().parse_known_args(argv)
    except argparse.ArgumentError:
        rest = argv
    return parser(rest[0]).parse_args(argv) if rest else launch


OWN_COMMANDS = ("build", "check", "screenshots", "sheet")


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser; for one of ``OWN_COMMANDS`` (``command``, the first word after
    the app's options), the packs' and editors' commands are left out, and not imported."""
    p = argparse.ArgumentParser(prog="patient-viewer", parents=[_launch_parser()],
                                description="Plain-language pages on experimental cancer "
                                            "vaccines, with every statement linked to its "
                                            "source. With no command, opens the app.")
    sub = p.add_subparsers(title="commands", metavar="COMMAND")
    b = sub.add_parser("build", help="check seeds/ and resources/content/ and write the "
                                     "content database (run in the repository root)")
    b.add_argument("--out", help="where to write it (default: build/content.db)")
    b.set_defaults(func=cmd_build)
    c = sub.add_parser("check", help="check the content without writing anything; prints the "
                                     "reading grade of every section")
    c.set_defaults(func=cmd_check)
    s = sub.add_parser("screenshots", help="render every screen to PNG files, with no display")
    s.add_argument("--out", required=True, help="folder for the PNG files")
    s.add_argument("--size", type=_size, default=None, metavar="WxH",
                   help="the window in screen pixels, e.g. 1280x720 (default 1400x920)")
    s.add_argument("--scale", type=_scale, default=None, metavar="F",
                   help="Qt's scale factor, e.g. 2 for a high-density screen (QT_SCALE_FACTOR)")
    s.add_argument("--clinic", metavar="FILE", default=argparse.SUPPRESS,
                   help=CLINIC_HELP + "; adds the clinic screens")
    s.set_defaults(func=cmd_screenshots)
    q = sub.add_parser("sheet", help="write a question sheet as PDF, with no window",
                       description="Write a question sheet as PDF. With neither --all nor "
                                   "--question, every question of the topics goes on it: a "
                                   "sheet to hand out, with room to write the answers.")
    q.add_argument("--topic", action="append", required=True, metavar="SLUG",
                   help="a topic whose questions go on the sheet (repeatable)")
    pick = q.add_mutually_exclusive_group()
    pick.add_argument("--all", action="store_true",
                      help="every question of the topics (the default)")
    pick.add_argument("--question", action="append", metavar="ID",
                      help="a question, by id (repeatable), printed in this order")
    q.add_argument("--name", help="the patient's name, printed at the top")
    q.add_argument("--date", help="the appointment date, YYYY-MM-DD")
    q.add_argument("--doctor", help="the doctor or clinic")
    q.add_argument("--large-print", action="store_true", help="larger type")
    q.add_argument("--out", required=True, help="the PDF file to write")
    q.add_argument("--clinic", metavar="FILE", default=argparse.SUPPRESS,
                   help=CLINIC_HELP + "; prints the clinic's lines and uses its paper")
    q.set_defaults(func=cmd_sheet)
    if command not in OWN_COMMANDS:
        from viewer.commands import editor_commands, pack_commands

        pack_commands.add_parsers(sub)
        editor_commands.add_parsers(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    # Start-up makes many objects that live as long as the app (modules, classes, Qt's
    # enums, the window); collecting cycles among them while they are made only walks them
    # again and again (about 10 ms of a launch, measured). The window turns the collector
    # back on after its first frame (ui/window/app.py, ``collect_from_now_on``); every
    # other command at once.
    collecting = gc.isenabled()
    gc.disable()
    try:
        args = parse(argv)
        if collecting and args.func is not cmd_run:
            gc.enable()
        return _dispatch(args)
    finally:
        if collecting:
            gc.enable()


def _dispatch(args: argparse.Namespace) -> int:
    from viewer.logs import setup_logging

    setup_logging()
    _name_clinic_file(args)
    try:
        return args.func(args)
    except ContentError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        print(f"{len(err.problems)} problem(s); nothing was written", file=sys.stderr)
        return 1
    except ViewerError as err:
        print(f"patient-viewer: {err}", file=sys.stderr)
        return 2
