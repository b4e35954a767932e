"""The command line: every command is documented in README and has help."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.cli import _launch_parser, parse, parser


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
