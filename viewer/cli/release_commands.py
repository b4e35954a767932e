"""``sign-release`` and ``verify-release``: the editors' signature on a release's SHA256SUMS.

Thin commands over ``viewer.release``."""

from __future__ import annotations

import argparse
from pathlib import Path

from viewer.clinic.settings import ClinicSettings


def sign_release(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    from viewer.release import sign_release as sign

    out = sign(Path(args.sums), Path(args.key))
    print(f"wrote {out}; anyone with the public key checks it with: "
          f"patient-viewer verify-release {args.sums} --key KEYFILE.pub")
    return 0


def verify_release(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    from viewer.release import verify_release as verify

    key_id = verify(Path(args.sums), Path(args.key))
    print(f"{args.sums}: signed by key {key_id}; now check the files with: sha256sum -c {args.sums}")
    return 0
