"""The review sheet shows a real change to one page, with its passages, grades and sources."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from tests.library import write_library
from tests.packs.helpers import Signer
from viewer.cli import main

# the tiny library of tests/library.py, so the test does not hang on today's wording
TOPIC = "resources/content/topics/topic-1.txt"
OLD_LINE = "It trains the body to find the marks.\n"
NEW_LINE = "It trains the body to find those marks.\n"
HEADING = "## Who it is for\n"
ADDED = ("Doctors tested it in mice.\n"
         "  [test-news] Doctors tested the made-up vaccine JX-594 in mice.\n\n")


@pytest.fixture
def repo(tmp_path, monkeypatch):
    root = write_library(tmp_path / "repo")
    monkeypatch.chdir(root)
    return root


def edit(repo) -> None:
    page = repo / TOPIC
    text = page.read_text(encoding="utf-8")
    assert OLD_LINE in text and HEADING in text
    text = text.replace(OLD_LINE, NEW_LINE).replace(HEADING, ADDED + HEADING, 1)
    page.write_text(text, encoding="utf-8")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href") or (tag == "link"):
                self.external.append(f"{tag} {name}={value}")


@pytest.mark.parametrize("since", ["pack", "db"])
def test_a_changed_page_shows_its_changes_with_passages_and_grades(repo, tmp_path, capsys, since):
    if since == "pack":
        signer = Signer(tmp_path / "keys")
        old = tmp_path / "old.pvpack"
        assert main(["pack", "--key", str(signer.path), "--sequence", "1", "--out", str(old)]) == 0
    else:
        old = tmp_path / "old.db"
        assert main(["build", "--out", str(old)]) == 0
    edit(repo)
    out = tmp_path / "review.html"
    assert main(["review", "--since", str(old), "--out", str(out)]) == 0
    assert "1 added, 1 changed, 0 removed" in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    assert re.search(r"find <del>the</del> <ins>those</ins> marks", html), "a word-level diff"
    # the added statement's quote, marked inside its whole source paragraph
    assert re.search(r"<mark>Doctors tested the made-up vaccine JX-594 in mice.</mark>[^<]*Tumours",
                     html)
    assert html.count("Reading grade before") == 2  # one table per topic
    assert "content pack number 1" in html if since == "pack" else "built as shipped content" in html
    parser = Links()
    parser.feed(html)
    assert parser.external == []  # nothing to fetch: self-contained


def test_new_and_removed_sources_are_listed(repo, tmp_path, capsys):
    old = tmp_path / "old.db"
    assert main(["build", "--out", str(old)]) == 0
    article = tmp_path / "zebra.txt"
    article.write_text("Researchers used zebrafish to test a vaccine. It was not in people.\n")
    assert main(["add-source", str(article), "--kind", "news report", "--title", "Zebrafish"]) == 0
    out = tmp_path / "review.html"
    assert main(["review", "--since", str(old), "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    new_sources = html.split("<h3>New sources</h3>")[1].split("<h3>")[0]
    assert "Zebrafish" in new_sources
    assert "0 added, 0 changed, 0 removed; 1 new and 0 removed" in capsys.readouterr().out


def test_a_tampered_old_pack_is_refused(repo, tmp_path, capsys):
    signer = Signer(tmp_path / "keys")
    old = tmp_path / "old.pvpack"
    assert main(["pack", "--key", str(signer.path), "--sequence", "1", "--out", str(old)]) == 0
    data = bytearray(old.read_bytes())
    data[-100] ^= 1
    old.write_bytes(bytes(data))
    assert main(["review", "--since", str(old), "--out", str(tmp_path / "r.html")]) == 2
    assert "does not match its manifest" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()
