"""Python's cycle collector, paused while the app starts and on again after its first frame.

Start-up makes many objects that live as long as the app (modules, classes, Qt's enums,
the window); collecting cycles among them while they are made only walks them again and
again. The command line pauses it before it imports anything (``cli.main``); a plain
launch turns it on again once the window's first frame has painted
(``ui/window/app.collect_from_now_on``), every other command at once. What start-up made
is then set aside (``gc.freeze``): it lives as long as the app, and no later collection
needs to walk it.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Off until ``resume``, if it is on now (a caller that turned it off keeps it off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume(freeze: bool = False) -> None:
    """On again if ``pause`` turned it off; with ``freeze``, what exists now is set aside."""
    global _paused
    if _paused:
        if freeze:
            gc.freeze()
        gc.enable()
        _paused = False
