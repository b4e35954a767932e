"""The translation machinery: the files are made from the code as it is, the pseudo-locales
are what they claim, and every string is written so lupdate can find it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from viewer import translation
from viewer.devtools import translations as tool

VIEWER = Path(__file__).resolve().parent.parent / "viewer"


def test_the_translation_files_are_made_from_the_code_as_it_is(tmp_path):
    """Someone who adds or changes a string runs ``python -m viewer.devtools.translations``;
    this fails until they do, naming the file that is out of date."""
    written = tool.build(folder=tmp_path)
    assert {p.name for p in written} >= {"patient-viewer_en_XA.ts", "patient-viewer_ar_XB.qm",
                                         "patient-viewer_en.qm"}
    for made in written:
        shipped = tool.FOLDER / made.name
        assert shipped.is_file(), f"{made.name} is not in resources/translations"
        assert shipped.read_bytes() == made.read_bytes(), (
            f"resources/translations/{made.name} is out of date: run python -m viewer.devtools.translations")


def test_en_xa_is_accented_longer_bracketed_and_keeps_placeholders_and_tags():
    source = "<p><b>In whom:</b> {who}, %n people &amp; more.</p>"
    pseudo = tool.accented(source)
    assert pseudo.startswith("<p><b>[") and pseudo.endswith("]</p>")
    for kept in ("<b>", "</b>", "{who}", "%n", "&amp;"):
        assert kept in pseudo
    assert not re.search("[A-Za-z]{2,}", re.sub(r"<[^>]*>|\{[^}]*\}|&amp;", "", pseudo))
    plain = tool._visible(source)
    assert len(tool._visible(pseudo)) >= 1.3 * len(plain)


def test_ar_xb_writes_every_word_right_to_left():
    pseudo = tool.right_to_left("Saved %n page(s) to {file}")
    assert pseudo.startswith(tool.RLM)
    assert f"{tool.RLO}Saved{tool.PDF}" in pseudo and "{file}" in pseudo and " %n " in pseudo


def test_plural_forms_of_english_come_from_the_source():
    assert tool.english_forms("Saved %n page(s)") == ["Saved %n page", "Saved %n pages"]
    assert tool.is_plural("%n in people") and tool.is_plural("Source(s) {numbers}")
    assert not tool.is_plural("Sources")


def test_english_plurals_are_in_force(qapp):
    from PySide6.QtCore import QCoreApplication

    translation.install("en")
    say = QCoreApplication.translate
    saved = "Your question sheet is saved: %n page(s), in the file “{file}” in the folder “{folder}”."
    assert say("questions", saved, "", 1).startswith("Your question sheet is saved: 1 page, in")
    assert say("questions", saved, "", 3).startswith("Your question sheet is saved: 3 pages, in")


def test_a_language_the_app_does_not_have_leaves_english(qapp):
    from PySide6.QtCore import QCoreApplication

    try:
        assert translation.install("xx") is False
        assert QCoreApplication.translate("labels", "What it is") == "What it is"
        assert {"en", "en-XA", "ar-XB"} <= set(translation.available())
        assert translation.available()[0] == "en"
    finally:
        translation.install("en")


def _calls(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "translate" and len(node.args) >= 2:
                yield tree, node


@pytest.mark.parametrize("path", sorted(VIEWER.rglob("*.py")), ids=lambda p: p.relative_to(VIEWER).as_posix())
def test_every_translate_call_is_one_lupdate_can_read(path):
    """lupdate does not look inside f-strings, and drops a call whose count is not a plain
    name; either way the string would silently stay English."""
    for tree, call in _calls(path):
        inside = [n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)
                  and any(c is call for c in ast.walk(n))]
        assert not inside, f"{path.name}:{call.lineno}: translate() inside an f-string"
        if len(call.args) >= 4:
            assert isinstance(call.args[3], ast.Name | ast.Constant), (
                f"{path.name}:{call.lineno}: pass the count as a plain name")
