"""``keygen``, ``pack``, ``install-pack`` and ``content-info``: signed content updates."""

from __future__ import annotations

import argparse
import tempfile
from datetime import date
from pathlib import Path

from viewer.errors import ViewerError


def cmd_keygen(args: argparse.Namespace) -> int:
    from viewer.packs.keys import generate

    out = Path(args.out)
    kid = generate(out)
    print(f"wrote private key {out} (readable by you only: keep it off the repository and "
          f"off shared disks) and public key {out}.pub")
    print(f"key id {kid}")
    return 0


def cmd_pack(args: argparse.Namespace) -> int:
    from viewer.builder.pipeline import SHIPPED_SEQUENCE, build_database, shipped_sequence
    from viewer.cli import _root
    from viewer.packs.keys import load_private
    from viewer.packs.make import check_out, check_sequence, manifest_for, sign_and_write

    check_sequence(args.sequence)
    for flag, value in (("--reviewed", args.reviewed), ("--facts-current-to", args.facts_current_to)):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ViewerError(f"{flag} {value!r} is not a date (YYYY-MM-DD)") from None
    root = _root()
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


def _trusted(args: argparse.Namespace):
    from viewer.packs.trust import clinic_trusted_keys, trusted_keys

    return trusted_keys(clinic_trusted_keys(Path(args.clinic) if args.clinic else None))


def cmd_install_pack(args: argparse.Namespace) -> int:
    from viewer.packs.install import install_pack
    from viewer.packs.locations import system_content_dir, user_content_dir

    keys = _trusted(args)
    if not keys:
        raise ViewerError(f"{args.file}: no signing key is trusted on this computer (the app's "
                          "key slots are empty and the clinic settings list no trusted_keys); "
                          "nothing was installed")
    folder = system_content_dir() if args.system else user_content_dir()
    done = install_pack(Path(args.file), folder, keys)
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


def content_info_lines(origin) -> list[str]:
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


def cmd_content_info(args: argparse.Namespace) -> int:
    from viewer.packs.trust import clinic_trusted_keys
    from viewer.store.open_or_rebuild import open_content

    opened = open_content(clinic_keys=clinic_trusted_keys(Path(args.clinic) if args.clinic else None))
    print("\n".join(content_info_lines(opened.origin)))
    if opened.notice:
        print(opened.notice)
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    k = sub.add_parser("keygen", help="make a key pair for signing content packs")
    k.add_argument("--out", required=True, metavar="KEYFILE",
                   help="the private key file to write (KEYFILE.pub gets the public key)")
    k.set_defaults(func=cmd_keygen)
    p = sub.add_parser("pack", help="build, check and sign a content pack (run in the "
                                    "repository root)")
    p.add_argument("--key", required=True, metavar="KEYFILE", help="private key from keygen")
    p.add_argument("--sequence", required=True, type=int, metavar="N",
                   help="the pack's number: higher than every pack made before")
    p.add_argument("--reviewed", metavar="YYYY-MM-DD",
                   help="the medical review date (default: the newest topic review date)")
    p.add_argument("--facts-current-to", metavar="YYYY-MM-DD",
                   help="default: the newest date of any source")
    p.add_argument("--out", required=True, metavar="FILE.pvpack", help="the pack to write")
    p.set_defaults(func=cmd_pack)
    i = sub.add_parser("install-pack", help="check a signed content pack and install it")
    i.add_argument("file", metavar="FILE", help="the .pvpack file")
    i.add_argument("--system", action="store_true",
                   help="for every user of this computer (default: for you only)")
    i.add_argument("--clinic", metavar="FILE", help="the clinic settings file to read "
                                                     "trusted_keys from")
    i.set_defaults(func=cmd_install_pack)
    c = sub.add_parser("content-info", help="say which content the app shows, and its dates")
    c.add_argument("--clinic", metavar="FILE", help="the clinic settings file")
    c.set_defaults(func=cmd_content_info)
