"""What the content database promises its readers (see docs/database.md)."""

SCHEMA_VERSION = 2  # 2: topics.current_to; statements of kind howto; topic links
TABLES = ("meta", "sources", "paragraphs", "dropped", "source_references", "topics", "sections",
          "statements", "evidence", "questions", "glossary", "citations")
