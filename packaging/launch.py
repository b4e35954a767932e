"""Entry point of the standalone bundle: the same ``main`` as the ``patient-viewer`` command."""

from __future__ import annotations

import os

# A kiosk session or `env -i` may start the app with no locale at all. Qt then switches
# to C.UTF-8 itself, with a warning on every start; say so first, quietly.
if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
    os.environ["LC_CTYPE"] = "C.UTF-8"

from viewer.cli import main  # noqa: E402

raise SystemExit(main())
