"""Every store query of a page table names a language: the database holds each page in
several, and a query that forgets it mixes them (the review sheet's snapshot once did).
Read from the code: each SQL text of viewer/store that reads topics, sections, statements,
evidence, questions or glossary must say ``language`` or add the condition that does
(``{shown}``, ``{keep}``, ``{english(...)}``)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

STORE = Path(__file__).resolve().parents[2] / "viewer" / "store"
_PAGE_TABLE = re.compile(r"\b(?:FROM|JOIN)\s+(topics|sections|statements|evidence|questions|"
                         r"glossary)\b(?!_)", re.IGNORECASE)
_LANGUAGE = re.compile(r"language|\{(?:shown|keep|english\([^}]*\))\}")
#: reads where a language means nothing, each with why
ANY_LANGUAGE = {
    "SELECT term FROM glossary WHERE NOT json_valid(also) LIMIT 1":
        "damage in any row is damage, whatever its language",
}


def _text(node: ast.AST) -> str | None:
    """A string expression's text, an f-string's fields as ``{expression}``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{" + ast.unparse(v.value) + "}"
                       for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return None if left is None or right is None else left + right
    return None


def queries_without_a_language(source: str) -> list[tuple[int, str]]:
    """(line, SQL) of each whole string expression reading a page table with no language."""
    found: list[tuple[int, str]] = []
    inner: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if id(node) in inner:
            continue
        text = _text(node)
        if text is None:
            continue
        inner.update(id(child) for child in ast.walk(node) if child is not node)
        if _PAGE_TABLE.search(text) and not _LANGUAGE.search(text) and text not in ANY_LANGUAGE:
            found.append((node.lineno, text))
    return found


def test_every_store_query_of_a_page_table_names_a_language():
    found = [f"{path.name}:{line}: {sql[:80]}" for path in sorted(STORE.glob("*.py"))
             for line, sql in queries_without_a_language(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_check_catches_a_query_that_forgets_the_language():
    source = ('rows("SELECT slug, title FROM topics ORDER BY position")\n'
              'rows("SELECT id, text FROM statements " f"WHERE tab = {tab!r}")\n'
              'rows("SELECT id FROM questions WHERE language = ?", "en")\n'
              'rows(f"SELECT entry FROM glossary g WHERE {shown}")\n'
              'rows("SELECT rowid FROM sections_fts WHERE sections_fts MATCH ?")\n')
    assert [line for line, _ in queries_without_a_language(source)] == [1, 2]
