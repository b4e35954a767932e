"""Where the speech is heard, with nothing from the system beyond what a desktop with
sound has: on Linux the ALSA library (libasound.so.2, which hands the sound to PulseAudio
or PipeWire where they run), called through ctypes; on Windows Python's own ``winsound``.
If neither can play, ``NoSoundOutput`` says why and the window says so."""

from __future__ import annotations

import ctypes
import sys
import tempfile
import time
from pathlib import Path
from typing import Protocol

from viewer.speech.control import DEFAULT_DEVICE, Control
from viewer.speech.voice import Speech
from viewer.speech.wav import write_wav

CHUNK_SECONDS = 0.05  # written at a time, so stop and pause answer within about this
AHEAD_SECONDS = 0.25  # how far the writing may run ahead of the clock


class NoSoundOutput(Exception):
    """No sound can be played here; the message says why."""


class Output(Protocol):
    def play(self, speech: Speech, control: Control) -> bool: ...  # False: stopped
    def close(self) -> None: ...


# ALSA's error handler (file, line, function, error, format, ...): called with more arguments
# than it takes, which the C calling convention allows; it says nothing
_QUIET = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int,
                          ctypes.c_char_p)(lambda *_: None)


class AlsaOutput:
    """One ALSA playback device, opened by name ("default", or e.g. "null" in a test)."""

    FORMAT_S16_LE = 2  # snd_pcm_format_t
    ACCESS_RW_INTERLEAVED = 3  # snd_pcm_access_t
    STREAM_PLAYBACK = 0

    def __init__(self, device: str = DEFAULT_DEVICE) -> None:
        # the name is put together here so the bundle's freezer does not copy the build
        # machine's libasound: the one of the computer it runs on must be used
        name = "libasound.so." + "2"
        try:
            self._alsa = ctypes.CDLL(name)
        except OSError as err:
            raise NoSoundOutput(f"the sound library (ALSA, {name}) is not on this computer") from err
        alsa = self._alsa
        alsa.snd_lib_error_set_handler(_QUIET)  # its reasons reach the page through ours
        alsa.snd_strerror.restype = ctypes.c_char_p
        alsa.snd_pcm_open.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_char_p, ctypes.c_int,
                                      ctypes.c_int]
        alsa.snd_pcm_set_params.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                                            ctypes.c_uint, ctypes.c_int, ctypes.c_uint]
        alsa.snd_pcm_writei.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong]
        alsa.snd_pcm_writei.restype = ctypes.c_long
        alsa.snd_pcm_recover.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        for name in ("snd_pcm_drain", "snd_pcm_drop", "snd_pcm_prepare", "snd_pcm_close"):
            getattr(alsa, name).argtypes = [ctypes.c_void_p]
        self.device = device
        self._pcm = ctypes.c_void_p()
        self._rate = 0
        self._check(alsa.snd_pcm_open(ctypes.byref(self._pcm), device.encode(), self.STREAM_PLAYBACK, 0))

    def _check(self, result: int) -> int:
        if result < 0:
            why = self._alsa.snd_strerror(result).decode(errors="replace")
            raise NoSoundOutput(f"the sound device {self.device!r} cannot play: {why}")
        return result

    def play(self, speech: Speech, control: Control) -> bool:
        alsa, pcm = self._alsa, self._pcm
        if speech.rate != self._rate:
            self._check(alsa.snd_pcm_set_params(pcm, self.FORMAT_S16_LE, self.ACCESS_RW_INTERLEAVED,
                                                1, speech.rate, 1, 100_000))
            self._rate = speech.rate
        self._check(alsa.snd_pcm_prepare(pcm))
        step = max(1, int(speech.rate * CHUNK_SECONDS))
        samples = speech.samples
        at, started, played = 0, time.monotonic(), 0.0
        while at < len(samples):
            if not control.running.is_set():  # paused: let what is queued finish, then wait
                alsa.snd_pcm_drain(pcm)
                if not control.wait_while_paused():
                    return False
                self._check(alsa.snd_pcm_prepare(pcm))
                started, played = time.monotonic(), 0.0
            if control.stop.is_set():
                alsa.snd_pcm_drop(pcm)
                return False
            chunk = samples[at:at + step]
            address, count = chunk.buffer_info()
            written = alsa.snd_pcm_writei(pcm, address, count)
            if written < 0:
                self._check(alsa.snd_pcm_recover(pcm, written, 1))
                continue
            at += written
            played += written / speech.rate
            # a device that takes sound faster than it plays (a file, "null") is kept to
            # the clock, so the highlight and the keys behave as with a loudspeaker
            ahead = played - (time.monotonic() - started) - AHEAD_SECONDS
            if ahead > 0:
                control.stop.wait(ahead)
        alsa.snd_pcm_drain(pcm)
        control.stop.wait(max(0.0, played - (time.monotonic() - started)))  # as with a loudspeaker
        return not control.stop.is_set()

    def close(self) -> None:
        if self._pcm:
            self._alsa.snd_pcm_close(self._pcm)
            self._pcm = ctypes.c_void_p()


class WindowsOutput:
    """Windows' own player: a sentence is written to a WAV file and played without
    waiting; stop and pause silence it, and resuming plays the rest of the sentence."""

    def __init__(self) -> None:
        import winsound

        self._sound = winsound
        self._folder = tempfile.TemporaryDirectory(prefix="patient-viewer-speech-")

    def play(self, speech: Speech, control: Control) -> bool:
        sound = self._sound
        at = 0
        while at < len(speech.samples):
            path = Path(self._folder.name) / "sentence.wav"
            rest = Speech(speech.samples[at:], speech.rate)
            write_wav(path, rest)
            sound.PlaySound(str(path), sound.SND_FILENAME | sound.SND_ASYNC | sound.SND_NODEFAULT)
            started = time.monotonic()
            while time.monotonic() - started < rest.seconds:
                if control.stop.is_set() or not control.running.is_set():
                    break
                control.stop.wait(CHUNK_SECONDS)
            sound.PlaySound(None, 0)
            at += int((time.monotonic() - started) * speech.rate)
            if control.stop.is_set():
                return False
            if not control.running.is_set() and not control.wait_while_paused():
                return False
        return True

    def close(self) -> None:
        self._folder.cleanup()


def open_output(device: str = DEFAULT_DEVICE) -> Output:
    """The sound output of this computer; ``NoSoundOutput`` says why there is none."""
    if sys.platform == "win32":
        try:
            return WindowsOutput()
        except ImportError as err:
            raise NoSoundOutput("Windows' sound player is missing from this copy of the app") from err
    return AlsaOutput(device)

