"""The app's log: warnings to standard error and, when the cache folder can be written, to
``patient-viewer.log`` there, so clinic IT can read what went wrong after the fact.

Only the app's own troubles are logged (a bad settings key, a folder it cannot write),
never anything a patient typed.
"""

from __future__ import annotations

import logging
import sys

from viewer import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MARK = "_patient_viewer_handler"


class _Stderr(logging.StreamHandler):
    """Standard error as it is when a record is written (tests swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


class _CacheFile(logging.FileHandler):
    """The log file, opened at the first warning: a run with nothing to say makes no folder
    and no file. When the folder cannot be written, the warning goes to standard error only."""

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is None:
            if paths.folder_problem(paths.log_file().parent):
                return
            try:
                self.stream = self._open()
            except OSError:
                return
        super().emit(record)


def setup_logging() -> None:
    """Attach the two handlers to the ``viewer`` logger, replacing any attached before (the
    folders may have changed since)."""
    logger = logging.getLogger("viewer")
    for old in [h for h in logger.handlers if getattr(h, _MARK, False)]:
        logger.removeHandler(old)
        old.close()
    logger.setLevel(logging.INFO)
    handlers: list[logging.Handler] = [_Stderr()]
    handlers.append(_CacheFile(paths.log_file(), encoding="utf-8", delay=True))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.setLevel(logging.WARNING)
        setattr(handler, _MARK, True)
        logger.addHandler(handler)
