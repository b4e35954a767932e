"""Stop and pause, and the sound device's default name: what the window holds before any
sound is made (no ctypes here, so the first screen does not load the sound libraries)."""

from __future__ import annotations

import threading

DEFAULT_DEVICE = "default"  # ALSA's: it follows the desktop's sound (PulseAudio, PipeWire)


class Control:
    """Stop and pause, set by the window's thread and read by the reading thread."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.running = threading.Event()  # cleared while paused
        self.running.set()

    def pause(self) -> None:
        self.running.clear()

    def resume(self) -> None:
        self.running.set()

    def end(self) -> None:
        self.stop.set()
        self.running.set()  # a paused reading wakes up to stop

    def wait_while_paused(self) -> bool:
        """Wait while paused; False once stopped."""
        self.running.wait()
        return not self.stop.is_set()
