"""The real voice (libespeak-ng from its wheel) and the real ALSA library: text in,
sound out, in order. ALSA's "file" device writes what it is given to a file, so the test
reads back exactly what reached the sound output."""

from __future__ import annotations

import array
import math
import threading

import pytest

from viewer.speech.reading import read_in_order
from viewer.speech.sentences import MAX_PIECE, split
from viewer.speech.sound import AlsaOutput, Control, NoSoundOutput
from viewer.speech.voice import MAX_CHARS, voice
from viewer.speech.wav import write_wav

SENTENCES = ["Yes.", "Ask your doctor what this trial means for you.", "Bring this sheet."]


def _rms(samples: array.array) -> float:
    return math.sqrt(sum(s * s for s in samples) / len(samples))


def test_each_sentence_becomes_sound_that_is_not_silence():
    v = voice("en")
    assert v.rate == 22050
    for words in SENTENCES:
        speech = v.speak(words)
        assert speech.seconds > 0.3, words
        assert _rms(speech.samples) > 300, words  # digital silence is 0; speech is in the thousands
    assert v.speak(SENTENCES[1]).seconds > 2 * v.speak(SENTENCES[0]).seconds


class Recorded(AlsaOutput):
    """The real ALSA output, keeping each speech it was given, in the order given."""

    def __init__(self, device: str) -> None:
        super().__init__(device)
        self.given: list[array.array] = []

    def play(self, speech, control) -> bool:
        self.given.append(speech.samples)
        return super().play(speech, control)


def test_the_sentences_reach_the_sound_output_in_order(tmp_path):
    v = voice("en")
    # the voice varies a little from one time to the next (a few samples), so sentences
    # are told apart by their lengths: about 0.3 s, 2.3 s and 0.8 s here
    alone = [len(v.speak(words).samples) for words in SENTENCES]
    out = tmp_path / "heard.raw"
    output = Recorded(f"file:'{out}',raw")
    started: list[int] = []
    try:
        assert read_in_order(SENTENCES, v, output, Control(), started.append)
    finally:
        output.close()
    assert started == [0, 1, 2]
    given = [len(samples) for samples in output.given]
    assert all(abs(g - a) < 0.01 * a for g, a in zip(given, alone, strict=True)), (given, alone)
    heard = out.read_bytes()  # all of it, and nothing else, reached the device, in that order
    assert heard == b"".join(samples.tobytes() for samples in output.given)
    assert _rms(array.array("h", heard)) > 300


def test_stop_ends_the_reading_within_a_moment(tmp_path):
    v = voice("en")
    output = AlsaOutput(f"file:'{tmp_path / 'heard.raw'}',raw")
    control = Control()
    started: list[int] = []
    timer = threading.Timer(0.5, control.end)
    timer.start()
    try:
        assert not read_in_order(SENTENCES * 3, v, output, control, started.append)
    finally:
        output.close()
        timer.cancel()
    assert started and started == list(range(len(started))) and len(started) < 9


def test_empty_and_too_long_texts():
    v = voice("en")
    assert v.speak("").seconds == 0 and v.speak("  \n ").seconds == 0
    assert split("") == [] and split("  [3] ") == []
    with pytest.raises(ValueError, match="the most is"):
        v.speak("word " * MAX_CHARS)
    long = "This sentence goes on, and on, " * 60 + "and ends."
    pieces = split(long)
    assert len(pieces) > 3 and all(p.end - p.start <= MAX_PIECE for p in pieces)
    assert v.speak(pieces[0].words).seconds > 1


def test_sentences_keep_their_place_and_drop_source_numbers():
    text = "Key points\nThe vaccine, e.g. this one [3], is new [1, 2]. Is it safe? Ask."
    found = split(text)
    assert [s.words for s in found] == ["Key points", "The vaccine, e.g. this one, is new.", "Is it safe?",
                                        "Ask."]
    assert [text[s.start:s.end] for s in found][1] == "The vaccine, e.g. this one [3], is new [1, 2]."


def test_a_wav_file_of_a_sentence(tmp_path):
    import wave

    speech = voice("en").speak(SENTENCES[1])
    write_wav(tmp_path / "s.wav", speech)
    with wave.open(str(tmp_path / "s.wav")) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22050)
        assert w.getnframes() == len(speech.samples)


def test_a_device_that_does_not_exist_says_so():
    with pytest.raises(NoSoundOutput, match="no-such-device.*cannot play"):
        AlsaOutput("no-such-device")


def test_a_spanish_page_has_a_spanish_voice():
    v = voice("en")
    english = v.speak("Pregunte a su médico.").seconds
    try:
        v.set_language("es")
        assert v.language == "es"
        spanish = v.speak("Pregunte a su médico.")
    finally:
        v.set_language("en")
    assert spanish.seconds > 0.5 and _rms(spanish.samples) > 300
    assert abs(spanish.seconds - english) > 0.05  # another voice: the same words sound otherwise
