"""Entry point of the standalone bundle: the same ``main`` as the ``patient-viewer`` command."""

from __future__ import annotations

from viewer.cli import main

raise SystemExit(main())
