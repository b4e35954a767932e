"""What the content database promises its readers (see docs/database.md)."""

SCHEMA_VERSION = 4  # 2: topics.current_to; statements of kind howto; topic links
# 3: words and words_fts (the library's words, for correcting a misspelt search);
#    articles_fts (one row per article, to rank articles)
# 4: meta.language, topics.language, glossary.language; full-text indexes tokenized
#    for their language
TABLES = ("meta", "sources", "paragraphs", "dropped", "source_references", "topics", "sections",
          "statements", "evidence", "questions", "glossary", "citations", "words", "words_fts",
          "articles_fts")
