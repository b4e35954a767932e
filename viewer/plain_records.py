"""Records: small classes of named fields, the data every layer hands to the next.

A record class is written like a dataclass, from its annotations::

    class Place(Record, frozen=True):
        slug: str
        tab: str = "what"
        marks: list[str] = field(default_factory=list)

and gets what the app asks of one: construction by position and by keyword, defaults and
default factories, equality between records of the same class, a hash when it is frozen
(setting a field of a frozen record raises ``AttributeError``), order when asked
(``order=True``: by its fields, in order) and a repr that names its fields. ``field_names``
lists the fields; ``replace`` copies a record with some fields changed. A record has slots,
so a misspelt attribute is an error, not a new field.

Why not ``dataclasses``: a launch defines some forty record classes before the window's
first paint, and a dataclass compiles its generated methods for each class, which made up a
noticeable part of start-up. Why not a library: the one that did this job before (msgspec)
loaded datetime, decimal, uuid and typing's backports as it was imported, and that import
cost a launch more than all the app's records together. Here a class is made from its
annotations with nothing compiled; its methods are the same few functions for every class.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

_MISSING: Any = object()


class _Field:
    __slots__ = ("default", "factory")

    def __init__(self, default: Any, factory: Callable[[], Any] | None) -> None:
        self.default, self.factory = default, factory


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] | None = None) -> Any:
    """A field's default (``default``), or a function that makes a fresh one for each record
    (``default_factory``, for lists and dicts)."""
    if default is not _MISSING and default_factory is not None:
        raise TypeError("a field takes a default or a default_factory, not both")
    return _Field(default, default_factory)


class RecordMeta(type):
    """Makes a record class: its fields from its annotations (its bases' first), its defaults
    from the values given in the class body, its slots, and its frozen and order flags."""

    def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any],
                frozen: bool = False, order: bool = False) -> RecordMeta:
        inherited: tuple[str, ...] = ()
        defaults: dict[str, _Field] = {}
        for base in reversed(bases):
            if isinstance(base, RecordMeta):
                inherited += tuple(n for n in base.__record_fields__ if n not in inherited)
                defaults.update(base.__record_defaults__)
        if "__annotate__" in namespace and "__annotations__" not in namespace:
            raise TypeError(f"{name}: a record's module must start with "
                            "`from __future__ import annotations` (its fields are read from them)")
        declared = [n for n, kind in namespace.get("__annotations__", {}).items()
                    if not n.startswith("__") and not str(kind).startswith(("ClassVar", "typing.ClassVar"))]
        own = [n for n in declared if n not in inherited]
        for field_name in declared:  # a field declared again in a subclass may give a new default
            if field_name in namespace:
                value = namespace.pop(field_name)
                if isinstance(value, (list, dict, set)):
                    raise TypeError(f"{name}: field {field_name!r} has a mutable default, which every "
                                    "record would share; use field(default_factory=...)")
                value = value if isinstance(value, _Field) else _Field(value, None)
                if value.default is not _MISSING or value.factory is not None:  # field(): required
                    defaults[field_name] = value
        names = inherited + tuple(own)
        seen_default = ""
        for field_name in names:
            if field_name in defaults:
                seen_default = field_name
            elif seen_default:
                raise TypeError(f"{name}: field {field_name!r} has no default but follows "
                                f"{seen_default!r}, which has one")
        namespace["__slots__"] = tuple(own)
        if any(getattr(base, "__record_frozen__", False) for base in bases) and not frozen:
            raise TypeError(f"{name}: a record made from a frozen record must be frozen too")
        namespace["__record_fields__"] = names
        namespace["__record_defaults__"] = defaults
        namespace["__record_frozen__"] = frozen
        namespace["__match_args__"] = names
        if frozen:
            namespace.setdefault("__setattr__", _refuse_set)
            namespace.setdefault("__delattr__", _refuse_delete)
            namespace.setdefault("__hash__", _hash)
        else:
            namespace.setdefault("__hash__", None)
        if order:
            for method, compare in (("__lt__", operator.lt), ("__le__", operator.le),
                                    ("__gt__", operator.gt), ("__ge__", operator.ge)):
                namespace.setdefault(method, _ordered_by(compare))
        return super().__new__(mcls, name, bases, namespace)

    def __init__(cls, name: str, bases: tuple[type, ...], namespace: dict[str, Any],
                 frozen: bool = False, order: bool = False) -> None:
        super().__init__(name, bases, namespace)


def _values(record: Any) -> tuple[Any, ...]:
    return tuple([getattr(record, n) for n in record.__record_fields__])


def _refuse_set(self: Any, name: str, value: Any) -> None:
    raise AttributeError(f"{type(self).__name__} is frozen: {name} cannot be set")


def _refuse_delete(self: Any, name: str) -> None:
    raise AttributeError(f"{type(self).__name__} is frozen: {name} cannot be deleted")


def _hash(self: Any) -> int:
    return hash(_values(self))


def _ordered_by(compare: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    """A comparison method: records of one class compared by their fields, in order."""
    def method(self: Any, other: Any) -> bool:
        return compare(_values(self), _values(other)) if type(other) is type(self) else NotImplemented
    return method


class Record(metaclass=RecordMeta):
    """The base of every record class (see the module's notes)."""

    __slots__ = ()
    __record_fields__: tuple[str, ...] = ()
    __record_defaults__: dict[str, _Field] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        cls = type(self)
        names = cls.__record_fields__
        if len(args) > len(names):
            raise TypeError(f"{cls.__name__} takes at most {len(names)} positional arguments "
                            f"({len(args)} given)")
        put = object.__setattr__
        for name, value in zip(names, args, strict=False):  # the rest by keyword or default
            put(self, name, value)
        if len(args) == len(names) and not kwargs:
            return
        defaults = cls.__record_defaults__
        for name in names[len(args):]:
            if name in kwargs:
                value = kwargs.pop(name)
            elif name in defaults:
                given = defaults[name]
                value = given.default if given.factory is None else given.factory()
            else:
                raise TypeError(f"{cls.__name__} is missing the field {name!r}")
            put(self, name, value)
        if kwargs:
            raise TypeError(f"{cls.__name__} got unexpected or repeated fields: {', '.join(kwargs)}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return _values(self) == _values(other)

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:  # pickled by its fields, frozen or not
        return type(self), _values(self)

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__record_fields__)
        return f"{type(self).__name__}({inner})"


def field_names(record: Record | type[Record]) -> tuple[str, ...]:
    """A record class's fields (or a record's), in order."""
    return record.__record_fields__


def replace(record: Any, **changes: Any) -> Any:
    """A copy of ``record`` with ``changes``; an unknown field is a ``TypeError``."""
    return type(record)(**{**{n: getattr(record, n) for n in record.__record_fields__}, **changes})
