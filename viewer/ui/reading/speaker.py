"""The app's one speaker: reads one page at a time on a worker thread, so the window never
waits for the voice, and tells the page which sentence is being heard."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QAbstractScrollArea

from viewer.speech.control import DEFAULT_DEVICE, Control
from viewer.ui import deferred

if TYPE_CHECKING:
    from viewer.ui.reading.page_text import Part

IDLE, READING, PAUSED = "idle", "reading", "paused"
translate = QCoreApplication.translate


class Speaker(QObject):
    changed = Signal()  # the state, the page being read or whether it can read at all
    # from the worker thread, each with the number of the reading it belongs to:
    sentence = Signal(int, int)  # the index in ``parts`` now heard
    _ended = Signal(int, str)  # "" when done or stopped, else why it failed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = DEFAULT_DEVICE  # the ALSA device; "default" follows the desktop's sound
        self.language = "en"
        self.reason: str | None = None  # why it cannot read here; None until first asked
        self.state = IDLE
        self.page: QAbstractScrollArea | None = None
        self.parts: list[Part] = []
        self.heard: list[int] = []  # the sentences highlighted so far, in order (for tests too)
        self._current = -1
        self._reading = 0
        self._control = Control()
        self._thread: threading.Thread | None = None
        self.sentence.connect(self._highlight)
        self._ended.connect(self._finished)

    def unavailable(self) -> str:
        """Why it cannot read here, in words for the page ("" when it can); asked once."""
        if self.reason is None:
            self.reason = self._check()
        return self.reason

    def use_device(self, device: str) -> None:
        """Play on another ALSA device (a clinic's, or a file or "null" in a test)."""
        self.stop()
        self.device, self.reason = device, None
        self.changed.emit()

    def _check(self) -> str:
        voice, sound, _ = deferred.speech()  # the sound libraries: when first asked
        try:
            voice.voice(self.language)
        except voice.NoVoice:
            return translate("readAloud", "no voice is installed with this app")
        try:
            sound.open_output(self.device).close()
        except sound.NoSoundOutput:
            return translate("readAloud", "no sound output on this computer")
        return ""

    def read(self, page: QAbstractScrollArea) -> None:
        """Read ``page`` from its top; another reading stops first."""
        self.stop()
        if self.unavailable():
            return
        self.page, self.parts, self.heard, self._current = page, deferred.page_text().page_parts(page), [], -1
        language = getattr(page, "language", self.language)  # a topic's page knows its own
        self._control = Control()
        self._reading += 1
        words = [p.words for p in self.parts]
        self._thread = threading.Thread(target=self._run, name="read-aloud", daemon=True,
                                        args=(words, language, self._control, self._reading))
        self.state = READING
        self._thread.start()
        self.changed.emit()

    def _run(self, words: list[str], language: str, control: Control, reading: int) -> None:
        voice, sound, reading_loop = deferred.speech()
        try:
            output = sound.open_output(self.device)
        except sound.NoSoundOutput as err:
            self._ended.emit(reading, str(err))
            return
        try:
            reading_loop.read_in_order(words, voice.voice(language), output, control,
                          lambda i: self.sentence.emit(reading, i))
            self._ended.emit(reading, "")
        except (voice.NoVoice, sound.NoSoundOutput) as err:
            self._ended.emit(reading, str(err))
        finally:
            output.close()

    def pause_or_resume(self) -> None:
        if self.state == READING:
            self._control.pause()
            self.state = PAUSED
        elif self.state == PAUSED:
            self._control.resume()
            self.state = READING
        self.changed.emit()

    def stop(self) -> None:
        """Stop at once and wait for the worker, so a new reading never overlaps."""
        self._control.end()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self._unmark()
        if self.state != IDLE:
            self.state = IDLE
            self.changed.emit()

    def _highlight(self, reading: int, index: int) -> None:
        stale = reading != self._reading or self._control.stop.is_set()
        if stale or self.page is None or not 0 <= index < len(self.parts):
            return
        self._unmark()
        self._current = index
        self.heard.append(index)
        self.parts[index].show(True, self.page)

    def _unmark(self) -> None:
        if self.page is not None and 0 <= self._current < len(self.parts):
            self.parts[self._current].show(False, self.page)
        self._current = -1

    def _finished(self, reading: int, failure: str) -> None:
        if reading != self._reading or self.state == IDLE:
            return
        self._thread = None
        self._unmark()
        self.state = IDLE
        if failure:
            self.reason = None  # asked again: the device may be back, or gone for good
        self.changed.emit()


_speaker: list[Speaker] = []


def speaker() -> Speaker:
    """The speaker of this app, made when a page first asks."""
    if not _speaker:
        _speaker.append(Speaker(QCoreApplication.instance()))
    return _speaker[0]
