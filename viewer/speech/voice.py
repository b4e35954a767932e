"""The voice: libespeak-ng and its data, shipped in the ``espeakng-loader`` wheel, called
through ctypes with the library's documented API (speak_lib.h), so nothing is needed
from the system. Synthesis is synchronous: the callback hands over 16-bit mono samples
and the call returns when the text is spoken into them."""

from __future__ import annotations

import array
import ctypes
import math
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

AUDIO_OUTPUT_SYNCHRONOUS = 2
INITIALIZE_DONT_EXIT = 0x8000  # without it a missing data folder ends the whole process
POS_CHARACTER = 1
CHARS_UTF8 = 1  # and no SSML flag: "<" in a page is read as text, never as markup
EE_OK = 0
MAX_CHARS = 2000  # one call's text: a sentence, never a page (sentences.py cuts them)
LANGUAGES = {"en": "en", "es": "es", "ru": "ru"}  # the app's language to the voice's name


class NoVoice(Exception):
    """The voice cannot speak here; the message says why, in plain words for IT."""


class _Event(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("unique_identifier", ctypes.c_uint),
                ("text_position", ctypes.c_int), ("length", ctypes.c_int),
                ("audio_position", ctypes.c_int), ("sample", ctypes.c_int),
                ("user_data", ctypes.c_void_p), ("id", ctypes.c_void_p)]


_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                             ctypes.POINTER(_Event))


@dataclass(frozen=True)
class Speech:
    """One piece of text as sound: signed 16-bit mono samples at ``rate`` Hz."""

    samples: array.array
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0

    def rms(self) -> float:
        """How loud, on average: 0 is silence; speech is in the thousands (speak-check)."""
        if not self.samples:
            return 0.0
        return math.sqrt(sum(s * s for s in self.samples) / len(self.samples))


def library_files() -> tuple[Path, Path]:
    """The library and the folder holding ``espeak-ng-data``, from the wheel (or from the
    bundle, where the wheel's folder is copied as it is)."""
    try:
        import espeakng_loader
    except ImportError as err:
        raise NoVoice(f"the speech package is not installed ({err})") from err
    library = Path(espeakng_loader.get_library_path())
    data = Path(espeakng_loader.__file__).parent / "espeak-ng-data"
    if not library.is_file():
        raise NoVoice(f"the speech library is missing: {library.name}")
    if not data.is_dir():
        raise NoVoice("the speech data folder espeak-ng-data is missing")
    return library, data.parent


_dll_folders: list = []  # kept open: Windows searches a folder only while its handle lives


def _windows_runtime(folder: Path) -> None:
    """On Windows, espeak-ng.dll needs Microsoft's C++ runtime (msvcp140.dll), which the
    PySide6 wheel ships beside Qt; ctypes looks only in the app's and the system's folders
    and in those added here."""
    if sys.platform != "win32" or _dll_folders:
        return
    import importlib.util

    qt = importlib.util.find_spec("PySide6")
    folders = [folder] + ([Path(qt.origin).parent] if qt and qt.origin else [])
    _dll_folders.extend(os.add_dll_directory(str(f)) for f in folders if f.is_dir())


class Voice:
    """The one voice of the process: libespeak-ng keeps its state in globals, so every
    call goes through one lock."""

    _lock = threading.Lock()

    def __init__(self, language: str = "en") -> None:
        library, data_parent = library_files()
        _windows_runtime(library.parent)
        try:
            self._lib = ctypes.CDLL(str(library))
        except OSError as err:
            raise NoVoice(f"the speech library could not be loaded: {err}") from err
        lib = self._lib
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_CALLBACK]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
        self._samples = array.array("h")
        self._stop = threading.Event()
        self._callback = _CALLBACK(self._take)  # kept: the library holds only its address
        with self._lock:
            self.rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0,
                                              str(data_parent).encode(), INITIALIZE_DONT_EXIT)
            if self.rate <= 0:
                raise NoVoice("the speech data could not be read")
            lib.espeak_SetSynthCallback(self._callback)
        self.language = ""
        self.set_language(language)

    def set_language(self, language: str) -> None:
        name = LANGUAGES.get(language.split("-")[0].split("_")[0], "en")
        with self._lock:
            if self._lib.espeak_SetVoiceByName(name.encode()) != EE_OK:
                raise NoVoice(f"no voice for the language {name!r} in the speech data")
        self.language = name

    def _take(self, wav, count: int, _events) -> int:
        if wav and count > 0:
            self._samples.frombytes(ctypes.string_at(wav, count * 2))
        return 1 if self._stop.is_set() else 0

    def speak(self, text: str, stop: threading.Event | None = None) -> Speech:
        """``text`` as sound; an empty text is no sound. ``stop`` set ends it early."""
        text = text.replace("\x00", " ").strip()
        if len(text) > MAX_CHARS:
            raise ValueError(f"{len(text)} characters at once; the most is {MAX_CHARS}")
        if not text:
            return Speech(array.array("h"), self.rate)
        data = text.encode("utf-8")
        with self._lock:
            self._samples = array.array("h")
            self._stop = stop or threading.Event()
            result = self._lib.espeak_Synth(data, len(data) + 1, 0, POS_CHARACTER, 0, CHARS_UTF8,
                                            None, None)
            samples = self._samples
        if result != EE_OK:
            raise NoVoice(f"the voice could not speak (error {result})")
        return Speech(samples, self.rate)


_voice: list[Voice] = []  # the one voice, once loaded


def voice(language: str = "en") -> Voice:
    """The voice, loaded on first use; ``NoVoice`` says why there is none."""
    if not _voice:
        _voice.append(Voice(language))
    else:
        _voice[0].set_language(language)
    return _voice[0]
