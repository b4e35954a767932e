"""The command line: every command is documented in README and has help."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.cli import _launch_parser, _plain_launch, parse, parser


def test_every_command_is_documented_in_the_readme():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    commands = parser()._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        assert f"patient-viewer {name}" in readme
        assert sub.description or sub.format_help()
        for action in sub._actions:
            assert action.help, f"{name} {action.dest} has no help text"


def test_a_launch_reads_the_same_with_the_small_parser_and_anything_else_goes_to_the_whole():
    launches = [[], ["--database", "x.db"], ["--clinic", "c.toml", "--database=x.db"]]
    for argv in launches:
        assert _launch_parser().parse_known_args(argv)[1] == []
        assert vars(parse(argv)) == vars(parser().parse_args(argv))
    sheet = parse(["--clinic", "c.toml", "sheet", "--topic", "enteromix", "--out", "o.pdf"])
    assert sheet.func == "app_commands:sheet" and sheet.topic == ["enteromix"]


def test_help_and_mistakes_get_the_whole_parsers_messages(capsys):
    for argv in (["--help"], ["--database"], ["--nonsense"]):
        with pytest.raises(SystemExit):
            parse(argv)
        said = capsys.readouterr()
        assert "COMMAND" in said.out + said.err, argv  # the whole usage, with the commands


WORDS = ["--database", "--database=a.db", "--database=", "--clinic", "--clinic=c.toml", "--language",
         "--language=es", "--version", "--version=1", "--data", "--lang", "x.db", "-x", "-", "--",
         "sheet", "--help", "es", "=", "--database=-x", "--clinic=--version", "--database=--",
         "--language=--"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=6))
def test_a_plain_launch_reads_as_the_launch_parser_reads_it(argv):
    """The launch read without a parser is the parser's reading, or is left to the parser."""
    plain = _plain_launch(argv)
    if plain is None:
        return
    try:
        read, rest = _launch_parser().parse_known_args(argv)
    except argparse.ArgumentError as err:
        pytest.fail(f"{argv}: read as {plain}, but the parser refuses it: {err}")
    assert rest == [] and vars(plain) == vars(read), argv


def test_a_plain_launch_is_read_without_a_parser_and_the_rest_is_not():
    assert vars(_plain_launch(["--database", "x.db", "--language=es", "--version"])) == {
        "database": "x.db", "global_clinic": None, "language": "es", "version": True,
        "func": "app_commands:run", "uses_clinic": True}
    for argv in (["--data", "x.db"], ["--database"], ["--database", "--version"], ["sheet"],
                 ["--version=1"], ["--help"], ["--database=--"]):
        assert _plain_launch(argv) is None, argv
