"""Work around PySide6 6.12 on Python 3.11 dropping a reference to ``None``.

Every call of a Qt method that returns nothing (``setPen``, ``drawLine``,
``setObjectName``...) takes one reference from ``None`` without giving it one; after
some thousands of calls its count reaches zero and Python aborts with "Fatal Python
error: none_dealloc". Python 3.12 made ``None`` immortal (PEP 683), so the bug does
not show there. On 3.11 this gives ``None`` a count no program can use up.
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def keep_none_alive() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _done = True
