"""``patient-viewer speak-check``: what IT (and the bundle checks) run to prove the voice
works on a computer, with no window and no network."""

from __future__ import annotations

import wave

from viewer.cli import main


def test_speak_check_writes_audible_speech(tmp_path, capsys):
    out = tmp_path / "check.wav"
    assert main(["speak-check", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith("read aloud: 2 sentence(s), ") and "written to" in said
    with wave.open(str(out)) as w:
        assert w.getnframes() / w.getframerate() > 2  # two sentences: seconds, not a click


def test_speak_check_with_nothing_to_say_fails(tmp_path, capsys):
    assert main(["speak-check", "--out", str(tmp_path / "c.wav"), "--text", " [1] "]) == 1
    assert "the voice gave silence" in capsys.readouterr().out


def test_speak_check_says_when_there_is_no_sound_output(tmp_path, capsys, monkeypatch):
    import viewer.speech.sound as sound

    monkeypatch.setattr(sound, "DEFAULT_DEVICE", "no-such-device")
    monkeypatch.setattr(sound.open_output, "__defaults__", ("no-such-device",))
    assert main(["speak-check", "--out", str(tmp_path / "c.wav"), "--play"]) == 1
    assert "cannot play here: the sound device 'no-such-device' cannot play" in capsys.readouterr().out
