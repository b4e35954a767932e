"""The app's log: warnings to standard error and, in a file that rotates, what clinic IT
needs to read after the fact: clinic settings problems, start-up failures, print
failures, content updates passed over or installed.

The file is ``patient-viewer.log`` in the user's cache folder, or in the clinic's
``log_folder`` when IT sets one (a folder every user of the computer can write; when
it cannot be written, the user's cache folder is used). It rotates at ``MAX_BYTES``,
keeping ``BACKUPS`` old files.

Only the app's own troubles are logged (a bad settings key, a folder it cannot write),
never anything a patient typed.
"""

from __future__ import annotations

import logging
import os
import sys

from viewer import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# In a clinic's log_folder several computers or users may write: each line says whose.
SHARED_FORMAT = "%(asctime)s {where} %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 3
_MARK = "_patient_viewer_handler"


class _Stderr(logging.StreamHandler):
    """Standard error as it is when a record is written (tests swap it). A record marked
    ``file_only`` has already been said on standard error in its own words."""

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "file_only", False):
            return
        self.stream = sys.stderr
        super().emit(record)


class _LogFile(logging.Handler):
    """The log file, opened at the first record: a run with nothing to say makes no folder
    and no file (nor loads the rotating handler's module, which brings the socket and pickle
    modules with it). When no folder can be written, the record goes to standard error only."""

    def __init__(self, folder: str) -> None:
        super().__init__()
        self.places = [paths.log_file(folder)] + ([paths.log_file()] if folder else [])
        self.file: logging.Handler | None = None  # the rotating file, once a record came

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None and not self._open_somewhere():
            return
        self.file.emit(record)

    def _open_somewhere(self) -> bool:
        import logging.handlers

        for place in self.places:
            if paths.folder_problem(place.parent):
                continue
            try:
                file = logging.handlers.RotatingFileHandler(place.absolute(), maxBytes=MAX_BYTES,
                                                            backupCount=BACKUPS, encoding="utf-8")
            except OSError:
                continue
            file.setFormatter(self.formatter)
            file.handleError = self.handleError
            self.file = file
            return True
        return False

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """A full disk or a log rotated away by another user's app must not stop this one."""


def _where() -> str:
    import getpass
    import socket

    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "?"
    return f"{user}@{socket.gethostname()}".replace("%", "%%")


def setup_logging(folder: str | os.PathLike[str] = "") -> None:
    """Attach the two handlers to the ``viewer`` logger, replacing any attached before (the
    folders may have changed since). ``folder`` is the clinic's ``log_folder``, if any."""
    logger = logging.getLogger("viewer")
    for old in [h for h in logger.handlers if getattr(h, _MARK, False)]:
        logger.removeHandler(old)
        old.close()
    logger.setLevel(logging.INFO)
    stderr, log_file = _Stderr(), _LogFile(os.fspath(folder))
    stderr.setLevel(logging.WARNING)
    log_file.setLevel(logging.INFO)
    stderr.setFormatter(logging.Formatter(FORMAT))
    log_file.setFormatter(logging.Formatter(SHARED_FORMAT.format(where=_where()) if folder
                                            else FORMAT))
    for handler in (stderr, log_file):
        setattr(handler, _MARK, True)
        logger.addHandler(handler)
