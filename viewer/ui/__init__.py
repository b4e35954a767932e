"""The window and its parts (Qt). Before any of them is imported, the app's own modules are
named to PySide, which would otherwise read each one's source as it is imported
(``feature_scan.py``, which does it as it is imported: this package is in the table before
PySide asks about it)."""

from viewer.ui import feature_scan  # noqa: F401
