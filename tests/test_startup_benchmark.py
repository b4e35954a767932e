"""The start-up benchmark fails clearly, and soon, when the app shows an error box instead
of its window: offscreen, no one would ever click it away."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "startup.py"


def test_a_window_that_never_paints_fails_the_run_within_its_timeout(tmp_path):
    spec = importlib.util.spec_from_file_location("startup_benchmark", BENCHMARK)
    startup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(startup)
    damaged = tmp_path / "content.db"
    damaged.write_bytes(b"not a database" * 100)  # the app says so in a modal box
    began = time.monotonic()
    with pytest.raises(startup.ChildFailed, match="did not paint within 8 s"):
        startup.measure("app", str(damaged), timeout=8)
    assert time.monotonic() - began < 30
