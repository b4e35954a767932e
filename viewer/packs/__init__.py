"""Signed content packs: how new content reaches an offline clinic (docs/content-packs.md).

No Qt and no builder here: the command line builds the database, this package
packs, signs, checks, installs and chooses.
"""
