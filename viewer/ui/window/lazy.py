"""Pages made, and their modules imported, only when first wanted: start-up shows one topic."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


class LazyPages:
    """``get(key)`` makes the page with its factory the first time, then returns the same one."""

    def __init__(self) -> None:
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._made: dict[str, QWidget] = {}

    def register(self, key: str, factory: Callable[[], QWidget]) -> None:
        self._factories[key] = factory

    def get(self, key: str) -> QWidget:
        if key not in self._made:
            self._made[key] = self._factories[key]()
        return self._made[key]

    def made(self, key: str) -> QWidget | None:
        return self._made.get(key)

    def all_made(self) -> list[QWidget]:
        return list(self._made.values())
