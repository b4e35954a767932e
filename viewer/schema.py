"""What the content database promises its readers (see docs/database.md)."""

SCHEMA_VERSION = 1
TABLES = ("meta", "sources", "paragraphs", "dropped", "source_references", "topics", "sections",
          "statements", "evidence", "questions", "glossary", "citations")
