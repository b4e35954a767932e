"""Content updates from the clinic's ``content_folder``, at start and every
``content_check_minutes``, in a worker thread so a slow or unreachable share never holds
up the patient's screen. What happened goes to the log (viewer/clinic/content_folder.py);
a pack installed here is shown from the next start, as after ``install-pack``."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from viewer.clinic.content_folder import FolderCheck, install_newest, install_target
from viewer.clinic.settings import ClinicSettings

FIRST_CHECK_MS = 5000  # after the first screen has settled


class ContentFolderWatch(QObject):
    def __init__(self, parent: QObject, clinic: ClinicSettings, target: Path,
                 first_ms: int = FIRST_CHECK_MS) -> None:
        super().__init__(parent)
        self.folder = Path(clinic.content_folder)
        self.keys = list(clinic.trusted_keys)
        self.target = target
        self.last: FolderCheck | None = None
        self._worker: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check_now)
        QTimer.singleShot(first_ms, self.check_now)
        if clinic.content_check_minutes:
            self.timer.start(clinic.content_check_minutes * 60_000)

    def check_now(self) -> bool:
        """Start a check in the background; False while the last one still runs."""
        if self._worker is not None and self._worker.is_alive():
            return False
        self._worker = threading.Thread(target=self._check, name="content-folder", daemon=True)
        self._worker.start()
        return True

    def _check(self) -> None:
        self.last = install_newest(self.folder, self.keys, self.target)

    def wait(self, seconds: float) -> None:
        """For tests and for leaving: let a running check finish."""
        if self._worker is not None:
            self._worker.join(seconds)


def watch_content_folder(parent: QObject, clinic: ClinicSettings) -> ContentFolderWatch | None:
    if not clinic.content_folder:
        return None
    return ContentFolderWatch(parent, clinic, install_target())
