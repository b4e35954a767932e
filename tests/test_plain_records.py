"""Records (viewer/plain_records.py): what the app's records promise, each shown failing."""

from __future__ import annotations

import pickle

import pytest

from viewer.plain_records import Record, field, field_names, replace


class Point(Record, frozen=True, order=True):
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.x + self.y


class Labelled(Point, frozen=True):
    label: str = ""


class Box(Record):
    width: int
    items: list[int] = field(default_factory=list)


def test_fields_come_by_position_by_keyword_or_by_default():
    assert field_names(Point) == ("x", "y", "tags") == field_names(Point(1))
    p = Point(1, tags=["a"])
    assert (p.x, p.y, p.tags, p.total) == (1, 0, ["a"], 1)
    assert Point(y=2, x=1) == Point(1, 2)
    assert Point(1).tags is not Point(1).tags  # a fresh list for each record
    with pytest.raises(TypeError, match="missing the field 'x'"):
        Point()
    with pytest.raises(TypeError, match="at most 3 positional"):
        Point(1, 2, [], 4)
    with pytest.raises(TypeError, match="unexpected or repeated fields: z"):
        Point(1, z=3)
    with pytest.raises(TypeError, match="unexpected or repeated fields: x"):
        Point(1, x=2)


def test_a_frozen_record_cannot_change_and_has_a_hash():
    p = Point(1, 2)
    with pytest.raises(AttributeError, match="frozen"):
        p.x = 5
    with pytest.raises(AttributeError, match="frozen"):
        del p.y
    with pytest.raises(AttributeError):
        p.colour = "red"  # slots: no new attributes
    assert hash(Point(1, 2, ("a",))) == hash(Point(1, 2, ("a",)))
    assert len({Point(1, 2, ()), Point(1, 2, ()), Point(2, 1, ())}) == 2


def test_a_plain_record_can_change_and_has_no_hash():
    box = Box(3)
    box.width = 4
    box.items.append(1)
    assert box == Box(4, [1]) and box != Box(4)
    with pytest.raises(TypeError):
        hash(box)
    with pytest.raises(AttributeError):
        box.height = 2


def test_equality_and_order_are_by_fields_within_one_class():
    assert Point(1, 2) == Point(1, 2) and Point(1, 2) != Point(1, 3)
    assert Point(1, 2) != Labelled(1, 2)  # another class, never equal
    assert Point(1, 2) != (1, 2, [])
    assert sorted([Point(2), Point(1, 5), Point(1, 3)]) == [Point(1, 3), Point(1, 5), Point(2)]
    assert Point(1) <= Point(1) and Point(2) > Point(1) and Point(2) >= Point(2)
    with pytest.raises(TypeError):
        Point(1) < Labelled(2)  # noqa: B015 (the comparison is the test)
    with pytest.raises(TypeError):
        Box(1) < Box(2)  # noqa: B015 (no order was asked for)


def test_a_subclass_adds_its_fields_after_its_bases():
    item = Labelled(1, 2, label="here")
    assert field_names(Labelled) == ("x", "y", "tags", "label")
    assert item.total == 3 and item.label == "here"
    assert repr(item) == "Labelled(x=1, y=2, tags=[], label='here')"


def test_replace_copies_with_changes_and_refuses_an_unknown_field():
    p = Point(1, 2, ["a"])
    q = replace(p, y=5)
    assert q == Point(1, 5, ["a"]) and p == Point(1, 2, ["a"])
    with pytest.raises(TypeError, match="colour"):
        replace(p, colour="red")


def test_a_record_survives_pickling():
    assert pickle.loads(pickle.dumps(Labelled(1, label="x"))) == Labelled(1, label="x")


def test_class_definitions_that_cannot_work_are_refused():
    with pytest.raises(TypeError, match="'b' has no default but follows 'a'"):
        class Bad(Record):
            a: int = 0
            b: int
    with pytest.raises(TypeError, match="must be frozen too"):
        class Thawed(Point):
            z: int = 0
    with pytest.raises(TypeError, match="not both"):
        field(default=1, default_factory=list)
    with pytest.raises(TypeError, match="mutable default"):
        class Shared(Record):
            items: list[int] = []  # noqa: RUF012 (the mistake the test is about)


def test_a_field_with_neither_default_nor_factory_is_required():
    class Named(Record):
        name: str = field()

    assert Named("a").name == "a"
    with pytest.raises(TypeError, match="missing the field 'name'"):
        Named()


def test_a_subclass_may_give_an_inherited_field_a_new_default():
    class Later(Point, frozen=True):
        y: int = 5

    assert Later(1) == Later(1, 5) and Later(1).y == 5 and field_names(Later) == ("x", "y", "tags")
    assert Later(1, 2).y == 2 and Point(1).y == 0
