"""Speakers named with no speech verb beside the quotation (issue 9), each rule from a case
of the sixth speakers probe (bench/probes/speakers_cases6.py) or a dev article, with guards.
"""

from __future__ import annotations

from tests.test_actors import actors_of
from tests.test_quotes import quote, quotes_of

LEAD = "Officials met on Tuesday to discuss the plan, which has divided the region.\n\n"


def _speaker(text: str, start: str) -> str | None:
    return quote(quotes_of(LEAD + text), start).speaker


def test_a_quotation_after_reported_speech_in_its_paragraph() -> None:
    # probe: the sentence above reports the founder's words, named after an apposition
    text = (
        "The charity's founder, Leila Haddad, said the money would fund two new shelters. "
        '"Every pound goes straight to the families who need it."'
    )
    assert _speaker(text, "Every pound") == "Leila Haddad"
    # guard: a sentence above that reports nothing lends no speaker unless a named person
    # is its subject (test_a_quotation_after_its_subjects_sentence)
    text = (
        "Volunteers helped Leila Haddad open two new shelters. "
        '"Every pound goes straight to the families who need it."'
    )
    assert _speaker(text, "Every pound") is None


def test_a_quotation_after_its_subjects_sentence() -> None:
    # bench/probes/speakers_cases8.py: a quotation standing alone after a sentence whose
    # subject is a named person, in the same paragraph, is theirs (held out 7 -> 1 of 10
    # wrong; the gold test split's quotes 285 -> 287 of 341, dev unchanged).  This reverses
    # the sixth round's guard ("Leila Haddad opened two new shelters" lent no speaker).
    text = (
        "The charity's founder, Leila Haddad, opened two new shelters. "
        '"Every pound goes straight to the families who need it."'
    )
    assert _speaker(text, "Every pound") == "Leila Haddad"
    text = 'Coach Dan Hale praised his defence. "They were outstanding."'
    assert _speaker(text, "They were outstanding") == "Dan Hale"
    # guards: a body as the subject; a person only as the object; another paragraph's
    text = 'Police arrested John Smith on Monday. "We expect more arrests."'
    assert _speaker(text, "We expect more") is None
    text = 'Rescuers pulled Anna Berg from the rubble. "It was a miracle."'
    assert _speaker(text, "It was a miracle") is None


def test_a_signature_after_a_dash() -> None:
    text = '"We will not back down, not now and not ever." - Union leader Pat Cole'
    assert _speaker(text, "We will not back down") == "Pat Cole"
    # guard (ruck, dev): a headline's topic after the dash is no signature
    text = "“Doesn’t Look Too Serious” – All Blacks Captain Sam Cane’s Injury Confirmed"
    assert _speaker(text, "Doesn’t Look") is None


def test_a_relative_clause_between_the_speaker_and_the_verb() -> None:
    # dartmouthtoday (dev): the man at whose bedside he sat is not the speaker
    text = (
        "Former Dartmouth mayor Peter Norton has died in hospital aged 91 years.\n"
        "Former town councillor and town mayor Richard Rendle, who was at Mr Norton’s bedside "
        "when he died, said: “He was a true gentleman with a quiet gentle manner.”\n"
        "News of Mr Norton’s death was announced at this week’s Dartmouth Town Council meeting "
        "where Cllr David Gent, who also served alongside Mr Norton, said: “He was the most "
        "courteous man that I can remember.”"
    )
    assert _speaker(text, "He was a true gentleman") == "Richard Rendle"
    assert _speaker(text, "He was the most courteous") == "David Gent"
    # guard: no relative clause, the name glued to the verb speaks
    text = 'Peter Norton\'s colleague Richard Rendle said: "He was a true gentleman, always."'
    assert _speaker(text, "He was a true gentleman") == "Richard Rendle"


def test_a_first_name_tells_whom_she_is_not() -> None:
    # probe: "she" skips the minister named last, whom the article never calls anything
    text = (
        "Hospital chief executive Ruth Okafor warned of a difficult winter. Health minister "
        "David Lam will visit the site next week.\n\n"
        '"Our staff are exhausted and the beds are full," she said.'
    )
    assert _speaker(text, "Our staff are exhausted") == "Ruth Okafor"
    # guard: a name given to both tells nothing; the subject named last is the one
    text = (
        "Hospital chief executive Ruth Okafor warned of a difficult winter. Health minister "
        "Alex Lam will visit the site next week.\n\n"
        '"Our staff are exhausted and the beds are full," she said.'
    )
    assert _speaker(text, "Our staff are exhausted") == "Alex Lam"
    # guard: what the article says wins over the name ("Lam said she ...")
    text = (
        "Hospital chief executive Ruth Okafor warned of a difficult winter. Health minister "
        "David Lam said she would visit the site next week.\n\n"
        '"Our staff are exhausted and the beds are full," she said.'
    )
    assert _speaker(text, "Our staff are exhausted") == "David Lam"


def test_the_next_sentence_says_whose_words_they_were() -> None:
    # probe: "That was the verdict of manager Carl Dunne"
    text = (
        '"We were robbed by a decision that made no sense." That was the verdict of manager '
        "Carl Dunne after the defeat."
    )
    assert _speaker(text, "We were robbed") == "Carl Dunne"
    text = '"This is a dark day for our city."\n\nThose were the words of Mayor Lisa Chen.'
    assert _speaker(text, "This is a dark day") == "Lisa Chen"
    # guard: a next sentence that only looks back names no speaker
    text = '"We were robbed." That was the first time Carl Dunne had lost at home.'
    assert _speaker(text, "We were robbed") is None


# Session 16: tuning cases of the speakers probe (rounds 1 and 6) still wrong at its start.


def test_a_sentence_that_introduces_its_subjects_words() -> None:
    # round 6: "put it plainly", "remembered the day well" introduce the quotation after them
    text = (
        "Doctor Helen Shaw, who led the study, put it plainly. "
        '"Sugar is the problem, and it has been for decades."'
    )
    assert _speaker(text, "Sugar is") == "Helen Shaw"
    text = (
        "Grace Wilson taught at the school for 30 years.\n\n"
        'Wilson, now retired, remembered the day well. "The sky just turned black."'
    )
    assert _speaker(text, "The sky") == "Grace Wilson"
    # guard: a sentence that only says what happened to someone lends no speaker
    assert _speaker('John Smith was arrested at the scene. "It was chaos."', "It was") is None


def test_a_surname_that_is_a_things_word_after_a_given_name() -> None:
    # round 1: "Park" ends the names of things, but "Olivia Park told the jury" is a person
    text = '"The prosecution has no case," defence barrister Olivia Park told the jury.'
    assert _speaker(text, "The prosecution") == "Olivia Park"


def test_a_name_after_a_capitalised_function_word() -> None:
    # round 6: "For Maria Lopez, the answer is obvious." names her; "she said" is hers
    text = (
        "For Maria Lopez, the answer is obvious.\n\n"
        '"You build more homes, and you build them near the jobs," she said.'
    )
    assert _speaker(text, "You build") == "Maria Lopez"


def test_whose_words_after_a_dash_in_the_quotations_sentence() -> None:
    # round 4: '"..." — that was the message from X' names the speaker in the same sentence
    text = (
        '"We will not give up" — that was the message from campaigner Aoife Byrne as the '
        "march reached Dublin."
    )
    assert _speaker(text, "We will not") == "Aoife Byrne"
    # guard: a dash and a name with no such words lend no speaker
    text = '"We will not give up" — the slogan rang out as the march, led by Aoife Byrne, passed.'
    assert _speaker(text, "We will not") is None


def test_they_is_people_joined_or_a_body_never_one_person() -> None:
    # round 1: "they said" after a singular neighbour named last is the couple's
    text = (
        "Farmers Joe and Lucy Pritchard lost 40 sheep in the floods.\n\n"
        "Their neighbour, Gwen Morgan, lost her barn.\n\n"
        '"We have never seen water like it," they said.'
    )
    assert _speaker(text, "We have never") in ("Joe Pritchard", "Lucy Pritchard", "Pritchard")
    # guard: a body named before the person is still whom "they" points back to
    text = (
        "Acme Foods said it would close the plant.\n\n"
        "Its manager, Gwen Morgan, declined to comment.\n\n"
        '"We have no choice," they said.'
    )
    assert _speaker(text, "We have no") == "Acme Foods"


def test_a_speaker_named_by_initials_or_with_an_apostrophe() -> None:
    # general knowledge of sports pages ("A.J. Brown", "CJ Stroud", "D'Andre Swift"): each was
    # read as no name after an inverted "said"
    for name in ("A.J. Brown", "T.J. Watt", "CJ Stroud", "J.D. Vance", "D'Andre Swift",
                 "De'Aaron Fox"):  # fmt: skip
        text = f'"We have to move quickly," said {name}. "There is no time."'
        assert _speaker(text, "We have to move") == name
    # guards: "U.S." is no given name; "D.C. Council" stays a body, no person
    found = {a.name for a in actors_of(LEAD + "U.S. Attorney Jane Holt said the case was closed.")}
    assert "U.S. Attorney" not in found and "Jane Holt" in found
    kinds = {a.name: a.type for a in actors_of(LEAD + "D.C. Council member Ann Ray said so.")}
    assert kinds.get("D.C. Council") != "person" and kinds.get("Ann Ray") == "person"


def test_a_speaker_with_two_particles_extended_letters_or_a_rank() -> None:
    # general knowledge of world news: each was read as "Ursula", "Recep Tayyip", no one, "Maj"
    for name in ("Ursula von der Leyen", "Recep Tayyip Erdoğan", "Nguyễn Phú Trọng",
                 "Pat Ryder"):  # fmt: skip
        said = "Maj. Gen. Pat Ryder" if name == "Pat Ryder" else name
        text = f'"We have to move quickly," said {said}. "There is no time."'
        assert _speaker(text, "We have to move") == name
        assert name in {a.name for a in actors_of(LEAD + f"{said} criticised the plan.")}
    # and two particles between a name and its last word
    text = '"We have to move quickly," said Ana Costa de la Peña. "There is no time."'
    assert _speaker(text, "We have to move") == "Ana Costa de la Peña"


def test_speakers_of_common_wire_shapes() -> None:
    # general knowledge of news prose: each had no speaker or the wrong one
    assert _speaker('"Not a chance," was the reply from Dana Price.', "Not a chance") == (
        "Dana Price"
    )
    assert _speaker('"It is a disgrace," fumed opposition leader Tom Hale.', "It is") == "Tom Hale"
    text = '"I think it is a disgrace," said Hale\'s deputy, Amy Stone.'
    assert _speaker(text, "I think") == "Amy Stone"
    text = '"The budget is balanced and fair," the mayor\'s office said in a statement.'
    assert _speaker(text, "The budget") == "mayor's office"
    # guards: an owner with no one named after it still speaks for the quote; an office
    # that does nothing is no actor
    assert _speaker('"We will appeal," said Hale\'s spokesman.', "We will") == "Hale"
    found = {a.name for a in actors_of(LEAD + "She works in the mayor's office downtown.")}
    assert "mayor's office" not in found


def test_a_long_apposition_after_the_quotation() -> None:
    # bench/probes/speakers_cases11.py: an apposition with a relative clause runs past 100
    # characters in real copy; up to 160 the name before it still speaks
    text = (
        '"I lost everything in one night," Ahmed Karimi, a 38-year-old shopkeeper whose store '
        "was destroyed in the blaze along with two neighbouring businesses, told the Guardian."
    )
    assert _speaker(text, "I lost everything") == "Ahmed Karimi"
    # guard: a name the apposition only mentions does not speak in the name's place
    text = (
        '"I lost everything in one night," a shopkeeper whose store was destroyed in the '
        "blaze along with two neighbouring businesses owned by Ahmed Karimi, told the Guardian."
    )
    assert _speaker(text, "I lost everything") != "Ahmed Karimi"


def test_two_appositions_between_a_subject_and_its_verb() -> None:
    # bench/probes/speakers_cases11.py: the second apposition describes the first's last
    # noun ("the founder of Green Routes, a charity ..."); the person opening the clause
    # speaks, not the body the appositions name
    text = (
        "Sofia Berg, the founder of Green Routes, a charity that plants trees along motorways, "
        'said: "We need the government to match our ambition."'
    )
    assert _speaker(text, "We need the government") == "Sofia Berg"
    # guard: a list of names is no apposition; nobody in it is the one subject
    text = (
        "Sofia Berg, Green Routes, and Tom Hale, said in a letter on Monday: "
        '"We need the government to match our ambition."'
    )
    assert _speaker(text, "We need the government") != "Sofia Berg"


def test_he_said_is_never_read_back_to_a_woman_when_no_man_agrees() -> None:
    # "he said" after a woman (her first name tells) and a man the rules do not hold as an
    # actor ("For Bartholomew Kintu,"): nobody, not the woman
    text = (
        "Mary Smith, 43, moved to the town in 2010 and opened a bakery.\n\n"
        '"This is our home," she said.\n\n'
        'For Bartholomew Kintu, the change came too late. "It was terrifying," he said.'
    )
    assert _speaker(text, "This is our home") == "Mary Smith"
    assert _speaker(text, "It was terrifying") is None
    # guard: a man named before her still takes it
    text = (
        "Tom Reed runs the market.\n\nMary Smith opened a bakery.\n\n"
        '"This is our home," she said. "It was terrifying," he said.'
    )
    assert _speaker(text, "It was terrifying") == "Tom Reed"
