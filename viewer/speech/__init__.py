"""Read aloud without Qt: the voice (libespeak-ng), the sound output (ALSA or Windows'
own player), the text cut into sentences, and the loop that reads them in order.

The window drives it from a worker thread (``viewer/ui/reading``); the command line
uses it to prove, in a bundle, that a sentence becomes sound (``speak-check``).
"""
