"""``keygen``, ``pack``, ``install-pack`` and ``content-info``: signed content updates.

Thin commands over ``viewer.packs``; the clinic settings come in read once.
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.clinic.settings import ClinicSettings
from viewer.errors import ViewerError, printable
from viewer.paths import repository_root

if TYPE_CHECKING:
    from viewer.store.models import ContentOrigin


def keygen(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    from viewer.packs.keys import generate

    out = Path(args.out)
    kid = generate(out)
    print(f"wrote private key {out} (readable by you only: keep it off the repository and "
          f"off shared disks) and public key {out}.pub")
    print(f"key id {kid}")
    return 0


def pack(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    from viewer.builder.pipeline import SHIPPED_SEQUENCE, build_database, shipped_sequence
    from viewer.packs.keys import load_private
    from viewer.packs.make import check_out, check_sequence, manifest_for, sign_and_write

    check_sequence(args.sequence)
    for flag, value in (("--reviewed", args.reviewed), ("--facts-current-to", args.facts_current_to)):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ViewerError(f"{flag} {value!r} is not a date (YYYY-MM-DD)") from None
    root = repository_root()
    if args.sequence <= shipped_sequence(root):
        raise ViewerError(f"--sequence {args.sequence}: a pack's number must be greater than "
                          f"{shipped_sequence(root)}, the number of the content the app ships "
                          f"({SHIPPED_SEQUENCE})")
    if Path(args.key).resolve().is_relative_to(root.resolve()):
        raise ViewerError(f"{args.key}: the private key is inside the repository; keep it "
                          "outside, where it cannot be committed")
    signer = load_private(Path(args.key))
    out = Path(args.out)
    check_out(out)
    with tempfile.TemporaryDirectory(prefix="pvpack-") as tmp:
        database = Path(tmp) / "content.db"
        report = build_database(root, database, pack_sequence=args.sequence)
        manifest = manifest_for(database, args.sequence, signer, args.reviewed or "",
                                args.facts_current_to or "")
        sign_and_write(database, manifest, signer, out)
    print(f"wrote {out}: pack number {manifest.sequence}, {len(report.library.sources)} sources, "
          f"{len(report.library.topics)} topics, database {manifest.database_size} bytes")
    print(f"signed by key {manifest.key_id}; reviewed {manifest.reviewed or 'not stated'}, "
          f"facts current to {manifest.facts_current_to or 'not stated'}")
    return 0


def install_pack(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    from viewer.packs.install import install_pack as install
    from viewer.packs.locations import system_content_dir, user_content_dir
    from viewer.packs.trust import trusted_keys

    keys = trusted_keys(clinic.trusted_keys)
    if not keys:
        raise ViewerError(f"{args.file}: no signing key is trusted on this computer (the app's "
                          "key slots are empty and the clinic settings list no trusted_keys); "
                          "nothing was installed")
    folder = system_content_dir() if args.system else user_content_dir()
    done = install(Path(args.file), folder, keys)
    m = done.manifest
    if done.already:
        print(f"content update number {m.sequence} is already installed in {folder}; "
              "nothing was changed")
        return 0
    print(f"installed content update number {m.sequence} into {folder}")
    print(f"reviewed {m.reviewed or 'not stated'}, facts current to "
          f"{m.facts_current_to or 'not stated'}, signed by key {m.key_id}")
    if done.previous:
        print(f"number {done.previous} is kept as the fallback")
    return 0


def _content_folder(clinic: ClinicSettings):
    """What the clinic's content folder offers now (heads only; nothing is installed)."""
    if not clinic.content_folder:
        return None
    from viewer.clinic.content_folder import install_target, look

    return look(Path(clinic.content_folder), clinic.trusted_keys, install_target())[0]


def content_info_record(origin: ContentOrigin, clinic: ClinicSettings, notice: str) -> dict:
    """What ``content-info --json`` prints: the app, the content in use, the clinic settings."""
    from viewer import __version__

    return {
        "app_version": __version__,
        "content": {"in_use": origin.kind, "database": origin.database,
                    "pack_file": origin.pack_file or None, "sequence": origin.sequence,
                    "content_hash": origin.content_hash, "reviewed": origin.reviewed or None,
                    "facts_current_to": origin.facts_current_to or None,
                    "key_id": origin.key_id or None},
        "clinic": {"clinic_mode": clinic.in_clinic, "kiosk": clinic.kiosk,
                   "files": [str(f) for f in clinic.files],
                   "problems": [str(p) for p in clinic.problems]},
        "notice": notice or None,
    }


def clinic_lines(clinic: ClinicSettings) -> list[str]:
    from viewer import __version__

    files = ", ".join(printable(str(f)) for f in clinic.files) or "none (an ordinary desktop)"
    rows = [("app version", __version__), ("clinic file", files),
            ("clinic mode", "on" if clinic.in_clinic else "off"),
            ("kiosk", "on" if clinic.kiosk else "off")]
    if clinic.problems:
        rows.append(("clinic problems", f"{len(clinic.problems)} (see check-clinic)"))
    return [f"{label + ':':<18}{value}" for label, value in rows]


def content_info_lines(origin: ContentOrigin) -> list[str]:
    kinds = {"shipped": "the content that came with the app", "pack": "an installed content update",
             "file": "a database named on the command line"}
    rows = [("content in use", kinds[origin.kind]), ("database", origin.database)]
    if origin.pack_file:
        rows.append(("pack file", origin.pack_file))
    rows += [("sequence", str(origin.sequence)), ("content hash", origin.content_hash),
             ("reviewed", origin.reviewed or "not stated"),
             ("facts current to", origin.facts_current_to or "not stated"),
             ("signed by key", origin.key_id or "none (not a signed pack)")]
    return [f"{label + ':':<18}{value}" for label, value in rows]


def content_info(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    from viewer.opening.choice import open_content
    from viewer.ui.text.opening_words import opening_notice

    opened = open_content(clinic_keys=clinic.trusted_keys)
    opened.store.close()
    folder = _content_folder(clinic)
    if args.json:
        import json

        record = content_info_record(opened.origin, clinic, opening_notice(opened))
        record["content_folder"] = folder.as_json() if folder else None
        print(json.dumps(record, indent=2))
        return 0
    print("\n".join(content_info_lines(opened.origin)))
    print("\n".join(clinic_lines(clinic)))
    if folder:
        state = "up to date" if folder.up_to_date else "behind"
        print(f"{'content folder:':<18}{printable(folder.folder)}: {state} (newest there "
              f"{folder.newest_there or 'none'}, installed {folder.installed_before})"
              + "".join(f"\n{'':<18}{p}" for p in folder.problems))
    if notice := opening_notice(opened):
        print(notice)
    return 0
