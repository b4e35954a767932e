"""Reading an editor's text file, with a message that names the line of a bad byte."""

from __future__ import annotations

from pathlib import Path

from viewer.errors import Problem


def decode(path: Path, shown: str, problems: list[Problem]) -> str | None:
    """The file's text, or None with a problem naming the line of the first bad byte."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        problems.append(Problem(shown, line, f"not UTF-8 text (byte 0x{raw[err.start]:02x}); "
                                             "save the file as UTF-8"))
        return None
