"""A content pack may carry translated pages: its database has the shape of the English
one the app ships (the same tables whatever the languages), passes every rule, installs,
and the app then reads the translated pages from it."""

from __future__ import annotations

from tests.library import write_translation
from tests.packs.helpers import Signer, make_pack
from viewer.cli import main
from viewer.opening import choice


def test_a_pack_with_a_translation_installs_over_english_only_content(tmp_path, library):
    signer = Signer(tmp_path / "keys")
    write_translation(library)  # topic-1 and the glossary in the test language "xx"
    pack = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    assert main(["install-pack", str(pack), "--clinic", str(signer.clinic)]) == 0
    opened = choice.open_content(clinic_keys=[signer.public_line])
    try:
        assert opened.origin.sequence == 1
        store = opened.store.in_language("xx")
        assert store.topic("topic-1").title == "TEST TOPIC 1"
        assert store.topic("topic-2").language == "en"
    finally:
        opened.store.close()
