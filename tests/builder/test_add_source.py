"""add-source: a new article becomes a seed the build accepts, or nothing is written."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from tests.conftest import REPO
from viewer.builder.pipeline import build_database
from viewer.cli import main
from viewer.store.content import ContentStore

ARTICLE = """\
# Zebrafish help test a new cancer vaccine

Researchers used **zebrafish** to test how a [new vaccine](https://example.org/x) trains
immune cells. The fish grew fewer tumours than fish without the vaccine.

- The study was small.
- It was not in people.

> "This is early work," one researcher said.
"""


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A copy of this repository's content, as an editor's checkout."""
    root = tmp_path / "repo"
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "resources", root / "resources")
    monkeypatch.chdir(root)
    return root


def add(path, *extra: str) -> int:
    return main(["add-source", str(path), "--kind", "news report", "--title",
                 "Zebrafish help test a new cancer vaccine", *extra])


def test_a_markdown_article_becomes_a_seed_the_build_accepts_and_search_finds(repo, tmp_path,
                                                                             capsys):
    article = tmp_path / "zebrafish.md"
    article.write_text(ARTICLE, encoding="utf-8")
    assert add(article, "--url", "https://example.org/zebra", "--published", "2026-03-03") == 0
    out = capsys.readouterr().out
    assert "Researchers used zebrafish to test" in out  # the markup is gone
    assert "headline (kept as the title)" in out  # and what the build drops is shown
    seed = repo / "seeds" / "zebrafish-help-test-a-new-cancer.txt"
    head, _, body = seed.read_text(encoding="utf-8").partition("\n---\n")
    assert "url: https://example.org/zebra" in head and "kind: news report" in head
    assert f"sha256: {hashlib.sha256(body.encode()).hexdigest()}" in head
    build_database(repo, repo / "content.db")
    store = ContentStore(repo / "content.db")
    hits = store.find("zebrafish").hits
    assert any(h.source_id == "zebrafish-help-test-a-new-cancer" for h in hits)
    store.close()


@pytest.mark.parametrize(("content", "extra", "words"), [
    (b"caf\xe9 au lait, in Latin-1\n", [], "not UTF-8"),
    (b"  \n\n", [], "empty"),
    (b"<!DOCTYPE html><html><body><p>Text</p></body></html>", [], "save it as text"),
    (b"Some <p>text</p> in <div>tags</div> <br> here.", [], "save it as text"),
    (b"A fine article about vaccines.\n", ["--kind", "rumour"], "kind 'rumour'"),
    (b"A fine article about vaccines.\n", ["--published", "3 March"], "not a date"),
    (b"A fine article about vaccines.\n", ["--url", "example.org/x"], "not a web address"),
    (b"A fine article about vaccines.\n", ["--language", "English!"], "not a language code"),
])
def test_bad_input_is_refused_with_one_message_and_no_file(repo, tmp_path, capsys, content,
                                                           extra, words):
    before = sorted(p.name for p in (repo / "seeds").iterdir())
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    assert add(article, *extra) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and str(article) in err and len(err.splitlines()) == 1
    assert sorted(p.name for p in (repo / "seeds").iterdir()) == before


def test_a_duplicate_text_or_web_address_is_refused(repo, tmp_path, capsys):
    existing = (repo / "seeds" / "dantri-2025.txt").read_text(encoding="utf-8")
    head, _, body = existing.partition("\n---\n")
    url = next(line.split(":", 1)[1].strip() for line in head.splitlines()
               if line.startswith("url:"))
    copy = tmp_path / "copy.txt"
    copy.write_text(body, encoding="utf-8")
    assert add(copy) == 2
    assert "already has this text" in capsys.readouterr().err
    other = tmp_path / "other.txt"
    other.write_text("A different article entirely.\n", encoding="utf-8")
    assert add(other, "--url", url) == 2
    assert "already has this web address" in capsys.readouterr().err
    assert not list((repo / "seeds").glob("zebrafish*"))
