"""Every command's arguments, in one place. Each command names its handler as
``"module:function"`` in ``viewer/cli/``, imported only when that command runs."""

from __future__ import annotations

import argparse

from viewer.cli import CLINIC_HELP

# The commands of the app itself; for these the packs' and editors' parsers are not built.
OWN_COMMANDS = ("build", "check", "screenshots", "sheet")


def size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(n) for n in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give the size as WIDTHxHEIGHT, e.g. 1280x720") from None
    if width < 320 or height < 240:
        raise argparse.ArgumentTypeError(f"{text!r}: at least 320x240")
    return width, height


def scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0.5 <= value <= 4:
        raise argparse.ArgumentTypeError(f"{text!r}: give a scale from 0.5 to 4, e.g. 2")
    return value


def text_size(value: str) -> int:
    from viewer.ui.window.theme import MAX_TEXT_SIZE, MIN_TEXT_SIZE  # no Qt: plain numbers

    if value == "max":
        return MAX_TEXT_SIZE
    try:
        points = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r}: a whole number of points, or max") from None
    if not MIN_TEXT_SIZE <= points <= MAX_TEXT_SIZE:
        raise argparse.ArgumentTypeError(f"{points}: the text size goes from {MIN_TEXT_SIZE} to "
                                         f"{MAX_TEXT_SIZE} points")
    return points


def whole_parser(launch: argparse.ArgumentParser, command: str | None = None
                 ) -> argparse.ArgumentParser:
    """Every command's parser; for one of ``OWN_COMMANDS`` (``command``, the first word after
    the app's options), the packs', clinic's and editors' commands are left out."""
    p = argparse.ArgumentParser(prog="patient-viewer", parents=[launch],
                                description="Plain-language pages on experimental cancer "
                                            "vaccines, with every statement linked to its "
                                            "source. With no command, opens the app.")
    sub = p.add_subparsers(title="commands", metavar="COMMAND")
    _app_parsers(sub)
    if command not in OWN_COMMANDS:
        _pack_parsers(sub)
        _clinic_parsers(sub)
        _editor_parsers(sub)
        _release_parsers(sub)
    return p


def _release_parsers(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("sign-release", help="sign a release's SHA256SUMS with an editors' key "
                                            "(writes SHA256SUMS.sig beside it)")
    s.add_argument("sums", metavar="SHA256SUMS", help="the checksum file make-bundle wrote")
    s.add_argument("--key", required=True, metavar="KEYFILE", help="private key from keygen")
    s.set_defaults(func="release_commands:sign_release", uses_clinic=False)
    v = sub.add_parser("verify-release", help="check the editors' signature on a release's SHA256SUMS")
    v.add_argument("sums", metavar="SHA256SUMS", help="the checksum file (SHA256SUMS.sig beside it)")
    v.add_argument("--key", required=True, metavar="KEYFILE.pub", help="the editors' public key")
    v.set_defaults(func="release_commands:verify_release", uses_clinic=False)


def _app_parsers(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("build", help="check seeds/ and resources/content/ and write the "
                                     "content database (run in the repository root)")
    b.add_argument("--out", help="where to write it (default: build/content.db)")
    b.set_defaults(func="app_commands:build", uses_clinic=False, from_source="build")
    c = sub.add_parser("check", help="check the content without writing anything; prints the "
                                     "reading grade of every section")
    c.set_defaults(func="app_commands:check", uses_clinic=False, from_source="check")
    s = sub.add_parser("screenshots", help="render every screen to PNG files, with no display")
    s.add_argument("--out", required=True, help="folder for the PNG files")
    s.add_argument("--size", type=size, default=None, metavar="WxH",
                   help="the window in screen pixels, e.g. 1280x720 (default 1400x920)")
    s.add_argument("--scale", type=scale, default=None, metavar="F",
                   help="Qt's scale factor, e.g. 2 for a high-density screen")
    s.add_argument("--clinic", metavar="FILE", default=argparse.SUPPRESS,
                   help=CLINIC_HELP + "; adds the clinic screens")
    s.add_argument("--text-size", type=text_size, default=None, metavar="PT",
                   help="the text size in points, or max for the largest the app offers")
    s.add_argument("--language", metavar="CODE", default=argparse.SUPPRESS,
                   help="the language of the screens, e.g. es, or the pseudo-locales en-XA, ar-XB")
    s.set_defaults(func="app_commands:screenshots")
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
    q.add_argument("--language", metavar="CODE", default="",
                   help="the sheet's language, e.g. es: its questions in it where the pages "
                        "are translated, else in English (default English)")
    q.add_argument("--out", required=True, help="the PDF file to write")
    q.add_argument("--clinic", metavar="FILE", default=argparse.SUPPRESS,
                   help=CLINIC_HELP + "; prints the clinic's lines and uses its paper")
    q.set_defaults(func="app_commands:sheet")


def _pack_parsers(sub: argparse._SubParsersAction) -> None:
    k = sub.add_parser("keygen", help="make a key pair for signing content packs")
    k.add_argument("--out", required=True, metavar="KEYFILE",
                   help="the private key file to write (KEYFILE.pub gets the public key)")
    k.set_defaults(func="pack_commands:keygen", uses_clinic=False)
    p = sub.add_parser("pack", help="build, check and sign a content pack (run in the "
                                    "repository root)")
    p.add_argument("--key", required=True, metavar="KEYFILE", help="private key from keygen")
    p.add_argument("--sequence", required=True, type=int, metavar="N",
                   help="the pack's number: higher than every pack made before")
    p.add_argument("--reviewed", metavar="YYYY-MM-DD",
                   help="the medical review date (default: the newest topic review date)")
    p.add_argument("--facts-current-to", metavar="YYYY-MM-DD",
                   help="default: the newest date of any source")
    p.add_argument("--out", required=True, metavar="FILE.pvpack", help="the pack to write")
    p.set_defaults(func="pack_commands:pack", uses_clinic=False, from_source="pack")
    i = sub.add_parser("install-pack", help="check a signed content pack and install it")
    i.add_argument("file", metavar="FILE", help="the .pvpack file")
    i.add_argument("--system", action="store_true",
                   help="for every user of this computer (default: for you only)")
    i.add_argument("--clinic", metavar="FILE", help="the clinic settings file to read "
                                                     "trusted_keys from")
    i.set_defaults(func="pack_commands:install_pack")
    c = sub.add_parser("content-info", help="say which content the app shows, its dates, the "
                                            "app's version and the clinic settings in force")
    c.add_argument("--clinic", metavar="FILE", help="the clinic settings file")
    c.add_argument("--json", action="store_true", help="one JSON object, for scripts")
    c.set_defaults(func="pack_commands:content_info")


def _clinic_parsers(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("check-clinic", help="check a clinic settings file: exit 0 when it is "
                                            "clean, 1 with a FILE:LINE: KEY: line per problem")
    c.add_argument("file", metavar="FILE", help="the clinic settings file (clinic.toml)")
    c.set_defaults(func="clinic_commands:check_clinic", uses_clinic=False)
    r = sub.add_parser("speak-check", help="read two sentences aloud into a WAV file, with no "
                                           "window and no network: proves the voice works here")
    r.add_argument("--out", required=True, metavar="FILE.wav", help="the sound file to write")
    r.add_argument("--text", default="Read aloud works on this computer. This is the second sentence.",
                   help="what to say (default: two short sentences)")
    r.add_argument("--play", action="store_true",
                   help="also play it on this computer's sound output, as the window would")
    r.set_defaults(func="clinic_commands:speak_check", uses_clinic=False)


def _editor_parsers(sub: argparse._SubParsersAction) -> None:
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
    a.set_defaults(func="editor_commands:add_source", uses_clinic=False, from_source="add-source")
    r = sub.add_parser("review", help="write a printable page of every change since an old "
                                      "pack or database, for the medical reviewer (repository root)")
    r.add_argument("--since", required=True, metavar="OLD.pvpack|OLD.db",
                   help="the version to compare with: a content pack or a content database")
    r.add_argument("--out", required=True, metavar="review.html", help="the page to write")
    r.set_defaults(func="editor_commands:review", uses_clinic=False, from_source="review")
    t = sub.add_parser("translated", help="record that a translated page translates its English "
                                          "page as it is now (repository root)")
    t.add_argument("language", metavar="LANGUAGE", help="the language folder, e.g. es")
    t.add_argument("slug", metavar="SLUG", help="the topic, or glossary for the glossary")
    t.set_defaults(func="editor_commands:translated", uses_clinic=False, from_source="translated")
