"""The reading loop: each sentence said in order, its start told before it is heard."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from viewer.speech.sound import Control, Output
from viewer.speech.voice import Voice


def read_in_order(sentences: Sequence[str], voice: Voice, output: Output, control: Control,
                  started: Callable[[int], None] = lambda _: None) -> bool:
    """Say ``sentences`` one after another; ``started(i)`` as sentence ``i`` begins.
    True when all were said, False when stopped."""
    for i, words in enumerate(sentences):
        if not control.wait_while_paused():
            return False
        speech = voice.speak(words, control.stop)
        if control.stop.is_set():
            return False
        started(i)
        if not output.play(speech, control):
            return False
    return True
