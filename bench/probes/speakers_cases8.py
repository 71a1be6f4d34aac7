"""Eighth round of tuning cases (written after ``speakers_heldout8``; the rule is written on
these): a quotation standing as its own sentence after one whose subject is a named person,
in the same paragraph."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    ('Jane Okafor has lived on Elm Street for 30 years. "I have never seen anything like '
     'it."', "I have never seen", "Jane Okafor"),
    ('Sam Patel, a nurse at the hospital, worked through the night. "We ran out of beds by '
     'midnight."', "We ran out of beds", "Sam Patel"),
    ('Coach Dan Hale praised his defence. "They were outstanding."', "They were outstanding",
     "Dan Hale"),
    ('Rosa Diaz remembers the flood. "The water came up to the second floor."',
     "The water came up", "Rosa Diaz"),
    # guards
    ('Police arrested John Smith on Monday. "We expect more arrests."', "We expect more",
     None),
    ('Rescuers pulled Anna Berg from the rubble. "It was a miracle."', "It was a miracle",
     None),
]  # fmt: skip
