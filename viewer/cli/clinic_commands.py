"""``check-clinic FILE``: what IT runs before deploying a clinic file (README, step 3)."""

from __future__ import annotations

import argparse
from pathlib import Path

from viewer.clinic.settings import ClinicSettings, read_clinic_file
from viewer.errors import printable


def check_clinic(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    """Exit 0 when the file is clean, 1 with one ``FILE:LINE: KEY: …`` line per problem.
    Only this file is read: the check is of the file, not of this computer."""
    checked = read_clinic_file(Path(args.file))
    for problem in checked.problems:
        print(problem)
    keys = len(checked.trusted_keys)
    summary = (f"kiosk {'on' if checked.kiosk else 'off'}, "
               + (f"idle reset after {checked.idle_minutes} minutes" if checked.idle_reset
                  else "no idle reset")
               + (", sheets kept on disk" if checked.keep_sheets_on_disk
                  else ", sheets kept in memory only")
               + f", {keys} trusted key{'s' if keys != 1 else ''}")
    name = printable(args.file)
    if checked.problems:
        print(f"{name}: {len(checked.problems)} problem(s); in force with them: {summary}")
        return 1
    print(f"{name}: no problems; {summary}")
    return 0
