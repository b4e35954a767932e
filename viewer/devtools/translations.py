"""Extract the app's words and compile its translations: ``python -m viewer.devtools.translations``.

``pyside6-lupdate`` reads every ``translate("context", "text")`` and ``QT_TRANSLATE_NOOP``
in the window, the sheet and ``viewer/translation.py``; ``pyside6-lrelease`` compiles the
``.ts`` files to the ``.qm`` files the app loads (both ship in PySide6-Essentials). Made
here, from the source strings:

- ``patient-viewer_en.ts``: English is the source language; its file holds only the
  plural forms ("%n page(s)" -> "1 page", "2 pages").
- ``patient-viewer_en_XA.ts``: every string accented, about 35% longer and in brackets,
  so a string that is not translated, or a box too small for a longer language, shows.
- ``patient-viewer_ar_XB.ts``: every word written right to left, and the layout mirrored.

A real language's file (``patient-viewer_es.ts``, started with ``--add es``) is updated in
place, keeping its translations, and compiled. A message is plural if its text holds
``%n`` or ``(s)`` (the count is passed as the fourth argument): lupdate's Python reader
marks a message plural only when its count is a literal, so this script marks them.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = [ROOT / "viewer"]  # every translate() call, wherever it is
GENERATED = {"en": "en", "en_XA": "en", "ar_XB": "ar"}  # file stem -> the language Qt counts plurals by
PLURAL_FORMS = {"en": 2, "ar": 6}  # how many forms Qt's plural rules have for these
ONE_FORM = {"en": 0, "ar": 1}  # which form is the singular

#: Kept as they are: placeholders, Qt's %n, tags, entities, line breaks.
_PROTECTED = re.compile(r"\{[^{}]*\}|%n|%\d+|<[^>]*>|&[a-zA-Z]+;|&#\d+;|\n")
_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
_FILLER = "ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ".split()
_LEADING_TAGS = re.compile(r"^(?:\s*<[^>]+>)*")
_TRAILING_TAGS = re.compile(r"(?:<[^>]+>\s*)*$")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
RLO, PDF, RLM = "\u202e", "\u202c", "\u200f"


def is_plural(source: str) -> bool:
    return "%n" in source or "(s)" in source


def english_forms(source: str) -> list[str]:
    """"Saved %n page(s)" -> ["Saved %n page", "Saved %n pages"]."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def _visible(text: str) -> str:
    return _PROTECTED.sub("", text)


def accented(source: str) -> str:
    """``en-XA``: letters accented, placeholders and tags kept, about 35% longer, bracketed
    inside any tags that open and close the text."""
    parts = _PROTECTED.split(source)
    kept = _PROTECTED.findall(source)
    out = parts[0].translate(_ACCENTS)
    for token, part in zip(kept, parts[1:], strict=True):
        out += token + part.translate(_ACCENTS)
    extra = math.ceil(len(_visible(source).strip()) * 0.35)
    filler: list[str] = []
    while extra > 0:
        word = _FILLER[len(filler) % len(_FILLER)]
        filler.append(word)
        extra -= len(word) + 1
    lead = _LEADING_TAGS.match(out).group(0)
    rest = out[len(lead):]
    trail = _TRAILING_TAGS.search(rest).group(0)
    body = rest[:len(rest) - len(trail)] if trail else rest
    return f"{lead}[{body} {' '.join(filler)}]{trail}"


def right_to_left(source: str) -> str:
    """``ar-XB``: each word shown mirrored (right-to-left override), the text starting
    right to left; placeholders and tags kept."""
    parts = _PROTECTED.split(source)
    kept = _PROTECTED.findall(source)

    def flip(text: str) -> str:
        return _WORD.sub(lambda m: f"{RLO}{m[0]}{PDF}", text)

    out = RLM + flip(parts[0])
    for token, part in zip(kept, parts[1:], strict=True):
        out += token + flip(part)
    return out


def _tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease``, beside this Python or on the PATH."""
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    found = shutil.which(f"pyside6-{name}", path=path)
    if not found:
        raise SystemExit(f"pyside6-{name} not found: it comes with PySide6-Essentials")
    return found


def lupdate(ts: Path) -> None:
    subprocess.run([_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                    "-extensions", "py", "-source-language", "en", *map(str, SOURCES), "-ts", str(ts)],
                   check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                   check=True, cwd=ROOT)


def _messages(tree: ET.ElementTree) -> list[tuple[ET.Element, ET.Element]]:
    return [(context, message) for context in tree.getroot().iter("context")
            for message in context.iter("message")]


def _set_translation(message: ET.Element, forms: list[str]) -> None:
    old = message.find("translation")
    if old is not None:
        message.remove(old)
    translation = ET.SubElement(message, "translation")
    if message.get("numerus") == "yes":
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]


def mark_plurals(tree: ET.ElementTree) -> None:
    for _context, message in _messages(tree):
        if is_plural(message.findtext("source", "")) and message.get("numerus") != "yes":
            message.set("numerus", "yes")
            old = message.find("translation")
            text = old.text if old is not None and len(old) == 0 else None
            if old is not None:
                message.remove(old)
            translation = ET.SubElement(message, "translation", type="unfinished")
            ET.SubElement(translation, "numerusform").text = text


def generate(stem: str, source: ET.ElementTree) -> ET.ElementTree:
    """One of the generated files, from the extracted source strings."""
    language = GENERATED[stem]
    root = ET.Element("TS", version="2.1", language=stem, sourcelanguage="en")
    for context in source.getroot().iter("context"):
        name = context.findtext("name", "")
        out_context = None
        for message in context.iter("message"):
            text = message.findtext("source", "")
            comment = message.findtext("comment", "")
            plural = message.get("numerus") == "yes"
            if stem == "en" and not plural:
                continue
            if out_context is None:
                out_context = ET.SubElement(root, "context")
                ET.SubElement(out_context, "name").text = name
            out = ET.SubElement(out_context, "message", numerus="yes") if plural else \
                ET.SubElement(out_context, "message")
            ET.SubElement(out, "source").text = text
            if comment:
                ET.SubElement(out, "comment").text = comment
            _set_translation(out, _forms(stem, language, name, text, comment, plural))
    tree = ET.ElementTree(root)
    ET.indent(tree, space="    ")
    return tree


def _forms(stem: str, language: str, context: str, text: str, comment: str, plural: bool) -> list[str]:
    if context == "QGuiApplication" and text == "QT_LAYOUT_DIRECTION":
        return ["RTL" if stem == "ar_XB" else "LTR"]
    english = english_forms(text) if plural else [text]
    if comment.startswith("date format") or not re.search("[A-Za-z]", _visible(text)):
        pseudo = english  # a pattern for QLocale, or only punctuation and placeholders
    elif stem == "en":
        pseudo = english
    else:
        pseudo = [accented(e) if stem == "en_XA" else right_to_left(e) for e in english]
    if not plural:
        return pseudo
    count = PLURAL_FORMS[language]
    return [pseudo[0] if i == ONE_FORM[language] else pseudo[-1] for i in range(count)]


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="unicode")
        out.write("\n")


def build(folder: Path = FOLDER, add: str | None = None) -> list[Path]:
    """Extract, generate, update and compile every translation in ``folder``; returns the
    files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        extracted = Path(tmp) / "source.ts"
        lupdate(extracted)
        source = ET.parse(extracted)
        mark_plurals(source)
        for stem in GENERATED:
            ts = folder / f"patient-viewer_{stem}.ts"
            write_ts(generate(stem, source), ts)
            written.append(ts)
    if add:
        (folder / f"patient-viewer_{add.replace('-', '_')}.ts").touch()
    for ts in sorted(folder.glob("patient-viewer_*.ts")):
        if ts.stem.removeprefix("patient-viewer_") not in GENERATED:
            lupdate(ts)  # a real language: new strings added, its translations kept
            tree = ET.parse(ts)
            mark_plurals(tree)
            write_ts(tree, ts)
            written.append(ts)
        qm = ts.with_suffix(".qm")
        lrelease(ts, qm)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    """``[--add CODE]``: the one option, so no parser (argparse lives in viewer/cli/)."""
    argv = sys.argv[1:] if argv is None else argv
    if argv not in ([],) and not (len(argv) == 2 and argv[0] == "--add"):
        print("usage: python -m viewer.devtools.translations [--add CODE]\n"
              "Extract the app's words into resources/translations and compile every translation; "
              "--add starts a translation, e.g. es or ru.", file=sys.stderr)
        return 2
    for path in build(add=argv[1] if argv else None):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
