"""Every command given a path it cannot use (a file where a folder should be, a folder where
a file should be, a missing folder, a place under /proc) says so in one line and exits 2:
never a traceback. And a reader that goes away (``content-info | head -1``) is not an error."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.library import write_library
from viewer.cli import main, parser

FILE, FOLDER, MISSING, PROC = "<file>", "<folder>", "<missing>", "<proc>"

# Each command with its arguments; the path slot is filled in with each impossible path.
CASES = [
    ("build", ["build", "--out", "{}/content.db"], [FILE, PROC]),  # a missing folder is made
    ("build", ["build", "--out", "{}"], [FOLDER]),
    ("screenshots", ["screenshots", "--out", "{}"], [FILE, PROC]),
    ("sheet", ["sheet", "--topic", "topic-1", "--out", "{}/sheet.pdf"], [FILE, MISSING, PROC]),
    ("sheet", ["sheet", "--topic", "topic-1", "--out", "{}"], [FOLDER]),
    ("sheet", ["--database", "{}", "sheet", "--topic", "topic-1", "--out", "s.pdf"],
     [FOLDER, MISSING, PROC]),
    ("keygen", ["keygen", "--out", "{}/key"], [FILE, MISSING, PROC]),
    ("keygen", ["keygen", "--out", "{}"], [FOLDER]),
    ("pack", ["pack", "--key", "{}", "--sequence", "5", "--out", "p.pvpack"],
     [FOLDER, MISSING, PROC]),
    ("pack", ["pack", "--key", "KEY", "--sequence", "5", "--out", "{}/p.pvpack"],
     [FILE, MISSING, PROC]),
    ("install-pack", ["install-pack", "{}"], [FOLDER, MISSING, PROC]),
    ("install-pack", ["install-pack", "{}/p.pvpack"], [FILE]),
    ("content-info", ["--database", "{}", "content-info"], []),
    ("check-clinic", ["check-clinic", "{}/clinic.toml"], []),
    ("add-source", ["add-source", "{}", "--kind", "news", "--title", "T"], [FOLDER, MISSING, PROC]),
    ("review", ["review", "--since", "{}", "--out", "r.html"], [FOLDER, MISSING, PROC]),
    ("review", ["review", "--since", "OLD", "--out", "{}/r.html"], [FILE, MISSING, PROC]),
    ("speak-check", ["speak-check", "--out", "{}/s.wav"], [FILE, MISSING, PROC]),
    ("speak-check", ["speak-check", "--out", "{}"], [FOLDER]),
    ("sign-release", ["sign-release", "{}", "--key", "KEY"], [FOLDER, MISSING, PROC]),
    ("verify-release", ["verify-release", "{}", "--key", "KEY.pub"], [FOLDER, MISSING, PROC]),
    ("verify-release", ["verify-release", "{}/SHA256SUMS", "--key", "KEY.pub"], [FILE]),
    ("sign-release", ["sign-release", "SUMS", "--key", "{}"], [FOLDER, MISSING, PROC]),
    ("verify-release", ["verify-release", "SUMS", "--key", "{}"], [FOLDER, MISSING, PROC]),
]

#: Paths a command takes that are not refused with exit 2, and why: a clinic file that
#: cannot be read means the safe settings, with a problem line (tests/clinic/
#: test_hostile_files.py); check-clinic reports an unreadable file as a problem, exit 1.
NOT_EXIT_2 = {("*", "--clinic"), ("check-clinic", "file")}
_PATH_NAMES = {"out", "key", "since", "clinic", "global_clinic", "database", "file", "sums"}


def path_arguments() -> set[tuple[str, str]]:
    """(command, option or positional name) of every argument of the command line that
    names a file or folder; global options as command "*"."""
    top = parser()
    found = {("*", a.option_strings[0]) for a in top._actions
             if a.dest in _PATH_NAMES and a.option_strings}
    for name, sub in top._subparsers._group_actions[0].choices.items():
        for a in sub._actions:
            if a.dest in _PATH_NAMES or re.search(r"FILE|SUMS|\.db|\.html|DIR|PATH", a.metavar or ""):
                found.add((name, a.option_strings[0] if a.option_strings else a.dest))
    return found


def tried() -> set[tuple[str, str]]:
    out = set()
    for command, argv, places in CASES:
        if not places:
            continue
        at = next(i for i, a in enumerate(argv) if "{}" in a)
        before = argv[at - 1] if at else ""
        if before == "--database":
            out.add(("*", "--database"))
        elif before.startswith("--"):
            out.add((command, before))
        else:
            out.add((command, next(a.dest for a in parser()._subparsers._group_actions[0]
                                   .choices[command]._actions if not a.option_strings)))
    return out


def test_every_path_of_every_command_is_tried():
    """A new command, or a new path option, must be added to CASES (or to NOT_EXIT_2 with
    the reason)."""
    missing = {(c, o) for c, o in path_arguments() - tried()
               if (c, o) not in NOT_EXIT_2 and ("*", o) not in NOT_EXIT_2}
    assert not missing, missing


def test_every_command_is_tried():
    commands = set(parser()._subparsers._group_actions[0].choices)
    # content-info and check-clinic read only what they are given: a missing clinic file is
    # the safe side (content-info) or a problem line (check-clinic, exit 1), tested elsewhere.
    # check and translated read no path they are given (translated: a language and a topic,
    # refused with its problem when there is no such page; tests/builder/test_translated_pages.py).
    assert {c for c, _, places in CASES if places} | {"content-info", "check-clinic",
                                                       "check", "translated"} == commands


def impossible(tmp_path: Path, kind: str) -> str:
    if kind == FILE:
        path = tmp_path / "a-file"
        path.write_text("x")
    elif kind == FOLDER:
        path = tmp_path / "a-folder.pdf"
        path.mkdir(exist_ok=True)
    elif kind == MISSING:
        path = tmp_path / "missing" / "folder"
    else:
        path = Path("/proc/version")  # a file the kernel makes: nothing can go under it
    return str(path)


@pytest.mark.parametrize(("command", "argv", "kind"),
                         [(c, a, k) for c, a, places in CASES for k in places],
                         ids=[f"{c}-{k.strip('<>')}-{n}" for n, (c, a, places) in enumerate(CASES)
                              for k in places])
def test_an_impossible_path_is_one_line_and_exit_2(qapp, small_db, tmp_path, monkeypatch, capsys,
                                                   command, argv, kind):
    library = write_library(tmp_path / "library")
    monkeypatch.chdir(library)
    (tmp_path / "keys").mkdir()
    if "KEY" in argv:
        assert main(["keygen", "--out", str(tmp_path / "keys" / "editor")]) == 0
    place = impossible(tmp_path, kind)
    sums = tmp_path / "SHA256SUMS"
    sums.write_text(f"{'0' * 64}  patient-viewer.tar.gz\n")
    if "SUMS" in argv:
        assert main(["keygen", "--out", str(tmp_path / "keys" / "editor")]) == 0
        assert main(["sign-release", str(sums), "--key", str(tmp_path / "keys" / "editor")]) == 0
    filled = [a.replace("{}", place).replace("KEY", str(tmp_path / "keys" / "editor"))
              .replace("OLD", str(small_db)) if a != "SUMS" else str(sums) for a in argv]
    if "--database" not in filled and command in ("sheet", "screenshots"):
        filled = ["--database", str(small_db), *filled]
    capsys.readouterr()
    assert main(filled) == 2, filled
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("patient-viewer: "), err


def test_a_reader_that_goes_away_is_not_an_error(tmp_path):
    """``content-info | head -1``: the rest of the output has nowhere to go; say nothing."""
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["PATIENT_VIEWER_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run([sys.executable, "-m", "viewer", "content-info"], cwd=REPO, env=env,
                            stdout=write, stderr=subprocess.PIPE, text=True, timeout=120)
    os.close(write)
    assert result.stderr == ""
    assert result.returncode == 141


def test_version(capsys):
    from viewer import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"patient-viewer {__version__}\n"


def test_a_file_name_with_terminal_escapes_is_printed_as_escapes(tmp_path, capsys):
    """F16: a refused pack named with escape codes painted a green "installed" line."""
    name = tmp_path / "x\x1b[1A\x1b[2K\x1b[32minstalled content update\x1b[0m\n.pvpack"
    name.write_bytes(b"not a pack")
    assert main(["install-pack", str(name)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and err.count("\n") == 1
    assert "\\x1b[32minstalled" in err
