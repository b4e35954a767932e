"""Read aloud: the button row on every page, what of a page is read, and the one speaker
of the app that reads it from a worker thread (the voice itself is ``viewer/speech``)."""
