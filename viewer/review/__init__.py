"""The review sheet: what changed between two versions of the content, for the medical
reviewer who signs a pack off. No Qt; it reads through ``viewer.store.snapshot``."""
