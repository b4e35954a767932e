"""``add-source``: turn an article saved as text or Markdown into a seed file, safely.

It writes the metadata header and the recorded sha256 for the editor, reads the
new seed back exactly as the build will (``seeds.read_seed``, the one check of a
seed's fields: kind, dates, web address, language code), and refuses (a ViewerError,
no file written) what the build could not use or should not get: text that is not
UTF-8, an empty file, an HTML page, a duplicate of a seed already there, or any
problem the build finds in the new seed.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from viewer.builder.library import Source
from viewer.builder.seeds import ID_PATTERN, SEPARATOR, read_seed, read_seeds
from viewer.builder.text_files import decode
from viewer.errors import Problem, ViewerError
from viewer.records import SOURCE_FIELDS

MARKDOWN_SUFFIXES = (".md", ".markdown")
_HTML_START = re.compile(r"\s*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(p|div|span|a|br|li|ul|body|head|html|script|meta|h[1-6])\b[^>]*>",
                       re.IGNORECASE)
_MARKDOWN = (
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE), r"\1"),  # headings
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),  # rules
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: their text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\*)"), r"\1"),  # italic *x*
    (re.compile(r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)"), r"\1"),  # italic _x_
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # code
)


@dataclass(frozen=True)
class NewSeed:
    path: Path
    source: Source  # read back exactly as the build reads it


def markdown_to_text(text: str) -> str:
    """Markdown's markup off, words kept: the seed holds text as a reader sees it."""
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    return text


def _refuse(file: Path, message: str) -> ViewerError:
    return ViewerError(f"{file}: {message}; no seed was written")


def _read(file: Path) -> str:
    problems: list[Problem] = []
    try:
        text = decode(file, str(file), problems)
    except OSError as err:
        raise _refuse(file, f"cannot be read ({err.strerror})") from err
    if text is None:
        raise ViewerError(f"{problems[0]}; no seed was written")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise _refuse(file, "the file is empty")
    if _HTML_START.match(text) or len(_HTML_TAG.findall(text)) >= 3:
        raise _refuse(file, "this is a web page's HTML, not its text; open it in a browser, "
                            "save it as text (File, Save as, Text) and add that file")
    if file.suffix.lower() in MARKDOWN_SUFFIXES:
        text = markdown_to_text(text)
    return text.strip("\n") + "\n"


def new_id(title: str, taken: set[str]) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())[:6] or ["source"]
    base = "-".join(words)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _normalised(text: str) -> str:
    return " ".join(text.split()).lower()


def add_source(root: Path, file: Path, *, kind: str, title: str, outlet: str = "",
               author: str = "", published: str = "", url: str = "", language: str = "en",
               source_id: str = "") -> NewSeed:
    """Write ``seeds/<id>.txt`` from ``file``; ViewerError (nothing written) if it must not."""
    file = Path(file)
    text = _read(file)
    fields = {"id": "", "title": title.strip(), "kind": kind, "outlet": outlet.strip(),
              "author": author.strip(), "published": published.strip(), "reviewed": "",
              "url": url.strip(), "language": language.strip(), "file": file.name, "note": ""}
    for key, value in fields.items():  # the header is one line a field; read_seed checks the rest
        if "\n" in value or "\r" in value:
            raise _refuse(file, f"{key} must be one line")
    seeds = root / "seeds"
    existing, _ = read_seeds(seeds, root)
    body_key = _normalised(text)
    for other in existing:
        if fields["url"] and other.url == fields["url"]:
            raise _refuse(file, f"seeds/{other.path.name} already has this web address")
        if _normalised(other.body) == body_key:
            raise _refuse(file, f"seeds/{other.path.name} already has this text")
    taken = {s.id for s in existing} | {p.stem for p in seeds.glob("*.txt")}
    if source_id and (not ID_PATTERN.fullmatch(source_id) or source_id in taken):
        raise _refuse(file, f"id {source_id!r} is taken or not lower case letters, digits "
                            "and hyphens")
    fields["id"] = source_id or new_id(fields["title"], taken)
    head = "".join(f"{key}: {fields[key]}".rstrip() + "\n" for key in SOURCE_FIELDS)
    head += f"sha256: {hashlib.sha256(text.encode('utf-8')).hexdigest()}\n"
    target = seeds / f"{fields['id']}.txt"
    fd, tmp = tempfile.mkstemp(prefix=".adding-", suffix=".tmp", dir=seeds)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(f"{head}{SEPARATOR}\n{text}")
        source, problems = read_seed(Path(tmp), f"seeds/{target.name}")
        if source is None:
            raise _refuse(file, "; ".join(p.message for p in problems))
        if target.exists():
            raise _refuse(file, f"{target} already exists")
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
    source, _ = read_seed(target, f"seeds/{target.name}")
    return NewSeed(target, source)
