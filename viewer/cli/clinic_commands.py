"""What IT runs on a clinic computer: ``check-clinic FILE`` before deploying a clinic file
(README, step 3), and ``speak-check`` to see that read aloud works there."""

from __future__ import annotations

import argparse
from pathlib import Path

from viewer.clinic.settings import ClinicSettings, read_clinic_file
from viewer.errors import printable


def check_clinic(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    """Exit 0 when the file is clean, 1 with one ``FILE:LINE: KEY: …`` line per problem.
    Only this file is read: the check is of the file, not of this computer."""
    checked = read_clinic_file(Path(args.file))
    for problem in checked.problems:
        print(problem)
    keys = len(checked.trusted_keys)
    summary = (f"kiosk {'on' if checked.kiosk else 'off'}, "
               + (f"idle reset after {checked.idle_minutes} minutes" if checked.idle_reset
                  else "no idle reset")
               + (", sheets kept on disk" if checked.keep_sheets_on_disk
                  else ", sheets kept in memory only")
               + f", {keys} trusted key{'s' if keys != 1 else ''}")
    name = printable(args.file)
    if checked.problems:
        print(f"{name}: {len(checked.problems)} problem(s); in force with them: {summary}")
        return 1
    print(f"{name}: no problems; {summary}")
    return 0


def speak_check(args: argparse.Namespace, clinic: ClinicSettings) -> int:
    """Exit 0 when the text became audible speech (written to ``--out``), 1 when there is no
    voice or no sound output here, with the reason."""
    import array

    from viewer.speech.reading import read_in_order
    from viewer.speech.sentences import split
    from viewer.speech.sound import Control, NoSoundOutput, open_output
    from viewer.speech.voice import NoVoice, Speech, voice
    from viewer.speech.wav import write_wav

    sentences = [s.words for s in split(args.text)]
    try:
        speaker = voice("en")
        spoken = [speaker.speak(words) for words in sentences]
    except NoVoice as err:
        print(f"read aloud: no voice: {printable(str(err))}")
        return 1
    whole = Speech(array.array("h", b"".join(s.samples.tobytes() for s in spoken)), speaker.rate)
    write_wav(Path(args.out), whole)
    loud = whole.rms()
    print(f"read aloud: {len(sentences)} sentence(s), {whole.seconds:.2f} s of speech at {whole.rate} Hz, "
          f"RMS {loud:.0f}, written to {printable(args.out)}")
    if not sentences or loud < 100:
        print("read aloud: the voice gave silence")
        return 1
    if args.play:
        try:
            output = open_output()
        except NoSoundOutput as err:
            print(f"read aloud: cannot play here: {printable(str(err))}")
            return 1
        try:
            read_in_order(sentences, speaker, output, Control())
        finally:
            output.close()
        print("read aloud: played on this computer's sound output")
    return 0
