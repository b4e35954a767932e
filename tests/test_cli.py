"""The command line: every command is documented in README and has help."""

from __future__ import annotations

from pathlib import Path

from viewer.cli import parser


def test_every_command_is_documented_in_the_readme():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    commands = parser()._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        assert f"patient-viewer {name}" in readme
        assert sub.description or sub.format_help()
        for action in sub._actions:
            assert action.help, f"{name} {action.dest} has no help text"
