"""Speech written as a WAV file (16-bit mono), with the standard library."""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from viewer.speech.voice import Speech


def write_wav(path: Path, speech: Speech) -> None:
    """Made in memory first, so a path that cannot be written fails in one place (OSError)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(speech.rate)
        out.writeframes(speech.samples.tobytes())
    Path(path).write_bytes(buffer.getvalue())
