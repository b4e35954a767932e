"""Each language is graded by its field's own formula, and measuring one leaves English as it was."""

from __future__ import annotations

import textstat

from viewer.builder.readability import FORMULAS, grade

ENGLISH = "The cat sat on the mat. It was happy there."
SPANISH = "El cáncer es una enfermedad. Los médicos buscan nuevas vacunas."
RUSSIAN = "Рак это болезнь. Врачи ищут новые вакцины."


def test_english_is_flesch_kincaid_and_the_others_their_own_formula():
    assert FORMULAS["en"].measure(ENGLISH) == grade(ENGLISH)
    assert FORMULAS["es"].name.startswith("Fernández-Huerta")
    textstat.set_lang("es")
    expected = round(textstat.fernandez_huerta(SPANISH), 1)
    textstat.set_lang("en")
    assert FORMULAS["es"].measure(SPANISH) == expected
    assert FORMULAS["ru"].measure(RUSSIAN) > 60  # short Russian sentences read easily
    assert grade(ENGLISH) == round(float(textstat.flesch_kincaid_grade(ENGLISH)), 1)  # English again


def test_the_limit_faces_the_right_way():
    assert FORMULAS["en"].too_hard(9.0) and not FORMULAS["en"].too_hard(6.0)
    assert FORMULAS["es"].too_hard(40.0) and not FORMULAS["es"].too_hard(80.0)
