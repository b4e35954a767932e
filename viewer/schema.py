"""What the content database promises its readers (see docs/database.md)."""

SCHEMA_VERSION = 5  # 2: topics.current_to; statements of kind howto; topic links
# 3: words and words_fts (the library's words, for correcting a misspelt search);
#    articles_fts (one row per article, to rank articles)
# 4: meta.language, topics.language, glossary.language; full-text indexes tokenized
#    for their language
# 5: several languages: the language is part of the key of every page's rows; glossary.entry;
#    sections_fts_translated, questions_fts_translated, glossary_fts_translated
TABLES = ("meta", "sources", "paragraphs", "dropped", "source_references", "topics", "sections",
          "statements", "evidence", "questions", "glossary", "citations", "words", "words_fts",
          "articles_fts", "sections_fts_translated", "questions_fts_translated",
          "glossary_fts_translated")
