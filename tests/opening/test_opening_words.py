"""The words for what opening had to do come from the records, never from the store."""

from __future__ import annotations

from viewer.store.user import UserStore
from viewer.ui.text.opening_words import set_aside_notice


def test_a_sheet_kept_aside_is_said_with_the_name_it_was_kept_under(tmp_path):
    path = tmp_path / "my-questions.db"
    path.write_bytes(b"not a database at all" * 100)
    store = UserStore(path)
    said = set_aside_notice(store.set_aside)
    assert store.set_aside.kept_as in said and "a new, empty sheet was started" in said
    store.close()
    assert set_aside_notice(UserStore(path).set_aside) == ""  # read fine the second time
