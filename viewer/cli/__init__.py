"""The command line, the one home of every command: ``patient-viewer`` launches the app;
sub-commands build, check, print, sign and install.

This package is the only place that reads arguments. ``parsers.py`` declares every
command; the ``*_commands.py`` modules are thin: each turns its arguments into plain
values and calls a library function. The clinic settings are read once here, before
any command runs, and handed to the command as a record (nothing travels through the
process environment). Commands never import this module back.

Every failure of the world (a file that cannot be read or written, a folder that is
missing) ends as one line and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from viewer import collector, resources
from viewer.errors import ContentError, ViewerError, printable

if TYPE_CHECKING:
    from types import ModuleType

    from viewer.clinic.settings import ClinicSettings

CLINIC_HELP = ("a clinic settings file (TOML, see docs/clinic.md); also read from "
               "$PATIENT_VIEWER_CLINIC; a system-wide file decides the kiosk keys")
RUN = "app_commands:run"


def _launch_parser() -> argparse.ArgumentParser:
    """The options of the app itself: all a plain launch needs. The commands' parsers (some
    forty options, each help text looked up for translation) cost a launch milliseconds."""
    p = argparse.ArgumentParser(prog="patient-viewer", add_help=False, exit_on_error=False)
    p.add_argument("--database", help="open this content database instead of the shipped one")
    p.add_argument("--clinic", metavar="FILE", dest="global_clinic", help=CLINIC_HELP)
    p.add_argument("--language", metavar="CODE",
                   help="the language of the window, e.g. es; remembered until changed")
    p.add_argument("--version", action="store_true",
                   help="print the app's version and stop")
    p.set_defaults(func=RUN, uses_clinic=True)
    return p


#: The launch parser's options that take a value, by the attribute each sets.
_LAUNCH_VALUES = {"--database": "database", "--clinic": "global_clinic", "--language": "language"}


def _plain_launch(argv: list[str]) -> argparse.Namespace | None:
    """A launch whose every word is a launch option spelt out in full (``--database FILE``,
    ``--database=FILE``, ``--version``), read as the launch parser reads it; else None.
    Making an ``ArgumentParser`` looks up each of its words for translation (files searched
    for every language of the environment): a desktop icon's launch need not pay for it.
    Anything else (a command, an abbreviation, a value that looks like an option) is left to
    the parsers, which give the messages."""
    values: dict[str, object] = {"database": None, "global_clinic": None, "language": None,
                                 "version": False, "func": RUN, "uses_clinic": True}
    words = iter(argv)
    for word in words:
        if word == "--version":
            values["version"] = True
            continue
        option, equals, value = word.partition("=")
        if option not in _LAUNCH_VALUES or value == "--":  # argparse reads "--" as no value
            return None
        if not equals:
            value = next(words, "-")
            if value.startswith("-"):
                return None
        values[_LAUNCH_VALUES[option]] = value
    return argparse.Namespace(**values)


def parse(argv: list[str] | None) -> argparse.Namespace:
    """A launch is read by the launch parser; anything else (a command, help, a mistake)
    by the whole one, which also gives the messages."""
    argv = sys.argv[1:] if argv is None else list(argv)
    plain = _plain_launch(argv)
    if plain is not None:
        return plain
    try:
        launch, rest = _launch_parser().parse_known_args(argv)
    except argparse.ArgumentError:
        rest = argv
    return parser(rest[0]).parse_args(argv) if rest else launch


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser (see ``parsers.whole_parser``)."""
    from viewer.cli.parsers import whole_parser

    return whole_parser(_launch_parser(), command)


def main(argv: list[str] | None = None) -> int:
    collector.pause()  # until the window's first frame; every other command at once
    try:
        args = parse(argv)
        if args.func != RUN:
            collector.resume()
        status = _dispatch(args)
        sys.stdout.flush()  # here, so a closed pipe is met inside the guard below
        return status
    except BrokenPipeError:
        # `content-info | head -1`: the reader has gone; say nothing more to it.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # as a shell reports a writer stopped by SIGPIPE
    finally:
        collector.resume()


def _dispatch(args: argparse.Namespace) -> int:
    from viewer.logs import setup_logging

    if args.version:
        from viewer import __version__

        print(f"patient-viewer {__version__}")
        return 0
    if getattr(args, "from_source", "") and not resources.rebuild_possible():
        return _fail(f"{args.from_source} is an editors' command: it reads the repository's "
                     "seeds and pages, which the standalone app does not carry. Run it in a "
                     "checkout with the app installed by pip (README.md)")
    setup_logging()
    try:
        clinic = _clinic(args)
        module, name = args.func.split(":")
        return getattr(_commands(module), name)(args, clinic)
    except ContentError as err:
        for problem in err.problems:
            print(printable(str(problem)), file=sys.stderr)
        print(f"{len(err.problems)} problem(s); nothing was written", file=sys.stderr)
        return 1
    except ViewerError as err:
        return _fail(str(err))
    except BrokenPipeError:
        raise  # the reader has gone: see ``main``
    except OSError as err:  # the world's fault: a path that cannot be read or written
        where = f"{err.filename}: " if err.filename else ""
        return _fail(f"{where}{err.strerror or err}")


def _commands(module: str) -> ModuleType:
    """The module of a command's handler, imported only when that command runs (written
    out, so the bundle's freezer sees every import)."""
    if module == "app_commands":
        from viewer.cli import app_commands as found
    elif module == "pack_commands":
        from viewer.cli import pack_commands as found
    elif module == "clinic_commands":
        from viewer.cli import clinic_commands as found
    elif module == "release_commands":
        from viewer.cli import release_commands as found
    else:
        from viewer.cli import editor_commands as found
    return found


def _fail(message: str) -> int:
    print(f"patient-viewer: {printable(message)}", file=sys.stderr)
    return 2


def _clinic(args: argparse.Namespace) -> ClinicSettings:
    """The clinic settings, read once: ``--clinic FILE`` before or after the command, else
    $PATIENT_VIEWER_CLINIC, under a system-wide file's kiosk keys (docs/clinic.md).
    Once the settings are known the log may move to the clinic's ``log_folder``."""
    from viewer.clinic.settings import DESKTOP, load_clinic_settings, report_problems
    from viewer.logs import setup_logging

    if not getattr(args, "uses_clinic", False):
        return DESKTOP
    clinic = load_clinic_settings(getattr(args, "clinic", None) or args.global_clinic)
    if clinic.log_folder:
        setup_logging(clinic.log_folder)
    report_problems(clinic)
    return clinic
