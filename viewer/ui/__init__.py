"""The window and its parts (Qt). Before any of them is imported, the app's own modules are
named to PySide, which would otherwise read each one's source as it is imported
(``feature_scan.py``)."""

import os

from viewer.ui import feature_scan

feature_scan.name_to_pyside(os.path.dirname(os.path.dirname(__file__)), "viewer")
