"""quote_forms.SubjectForms: each sentence's subject held as two integers gives back what
the dict of forms held: the same named tuple (one of the reader's mentions), an equal
pronoun mention, None for no subject, and nothing for a sentence not read."""

from __future__ import annotations

import pytest

from summarizer._extract.actors import FoundActor, Mention, find_actors
from summarizer._extract.quote_forms import Form, SubjectForms
from summarizer._extract.quotes import _Attribution
from summarizer._pipeline import prepare
from tests.support import SEED, dev_gold


def test_forms_come_back_as_set() -> None:
    outside = "Ann Lee said so. She left. It rained. Ann Lee and Bo Chan met."
    ann = FoundActor("Ann Lee", "person", ("Ann Lee",), (Mention(0, 7, "Ann Lee"),))
    bo = FoundActor("Bo Chan", "person", ("Bo Chan",), (Mention(51, 58, "Bo Chan"),))
    mentions = [(Mention(0, 7, "Ann Lee"), ann), (Mention(39, 46, "Ann Lee"), ann),
                (Mention(51, 58, "Bo Chan"), bo)]  # fmt: skip
    forms = SubjectForms(4, mentions, [m.start for m, _ in mentions], outside)
    she: Form = (Mention(17, 20, "She"), None)
    set_to: dict[int, Form] = {1: mentions[0], 2: she, 3: None, 4: mentions[2]}
    assert not any(sid in forms for sid in set_to)
    for sid, form in set_to.items():
        forms[sid] = form
    assert all(sid in forms for sid in set_to)
    assert forms[1] is mentions[0] and forms[4] is mentions[2]
    assert forms.get(2) == she and forms[3] is None
    with pytest.raises(ValueError):
        forms[1] = (Mention(0, 7, "Ann Lee"), ann)  # equal, but not one of the mentions


def test_every_form_read_on_articles_is_the_form_the_reader_found() -> None:
    """On the seed and the dev gold articles: every sentence's subject read back from the
    store (filled as the reader was built) is the one ``_subject_form`` finds."""
    pronouns = named = 0
    for path in [SEED, *(folder / "article.txt" for folder in dev_gold())]:
        doc = prepare(path)
        reader = _Attribution(doc, find_actors(doc))
        for s in doc.sentences:
            form = reader._subject_form(s)
            assert s.id in reader.forms and reader.forms[s.id] == form
            if form is not None and form[1] is not None:
                assert reader.forms[s.id] is form  # the reader's own tuple
            pronouns += form is not None and form[1] is None
            named += form is not None and form[1] is not None
    assert pronouns > 50 and named > 200
