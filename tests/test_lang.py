"""The language pack: one English lexicon for every rule, a --language switch, and
text in a language with no pack refused before any English rule runs on it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from summarizer import _lang, summarize
from summarizer._cli import main
from summarizer._exceptions import InputError, UsageError
from summarizer._extract.actors import find_actors
from summarizer._extract.claims import find_candidates
from summarizer._extract.quotes import find_quotes
from summarizer._lang import UnsupportedLanguage, check_language, pack, stopword_ratio
from summarizer._lang.en import ENGLISH
from summarizer._pipeline import prepare
from summarizer._render import to_html
from summarizer._text.segment import Document, segment
from tests.support import SEED

# Written for these tests: ordinary news prose, about 80 words each.
GERMAN = (
    "Die Bundesregierung hat am Mittwoch in Berlin ein neues Klimaschutzprogramm vorgestellt. "
    "Bundeskanzler Olaf Scholz sagte, das Paket sei ein wichtiger Schritt für die Energiewende "
    "und werde Hunderttausende Arbeitsplätze sichern.\n\nDie Opposition kritisierte die Pläne "
    "scharf: Der Fraktionschef der Union erklärte, die Regierung verschiebe die Kosten auf "
    "künftige Generationen. Umweltverbände begrüßten zwar die Ziele, bemängelten aber, dass "
    "konkrete Maßnahmen für den Verkehrssektor fehlten.\n\nDer Bundestag soll im Herbst über "
    "das Gesetz abstimmen; bis dahin wollen die Länder ihre Stellungnahmen einreichen."
)
FRENCH = (
    "Le gouvernement français a présenté mercredi à Paris un nouveau plan pour le logement. "
    "La ministre a déclaré que ces mesures permettraient de construire cent mille logements "
    "sociaux d'ici deux ans.\n\nLes maires des grandes villes ont salué l'annonce, mais "
    "plusieurs associations estiment que les moyens restent insuffisants face à la crise. "
    "Selon l'opposition, le financement du programme n'est pas assuré et les délais annoncés "
    "sont irréalistes.\n\nLe texte sera examiné par l'Assemblée nationale au début de "
    "l'automne, après une consultation des collectivités locales."
)
SPANISH = (
    "El Gobierno de España aprobó el martes en Madrid una reforma del sistema de pensiones "
    "que, según el ministro, garantizará la sostenibilidad de las cuentas públicas durante "
    "las próximas décadas.\n\nLos sindicatos mayoritarios respaldaron el acuerdo, aunque "
    "advirtieron de que vigilarán su aplicación. La patronal, en cambio, criticó el aumento "
    "de las cotizaciones y pidió medidas para proteger el empleo.\n\nEl texto deberá ser "
    "convalidado por el Congreso de los Diputados en un plazo de treinta días, y varios "
    "grupos ya han anunciado enmiendas."
)
FOREIGN = {"de": GERMAN, "fr": FRENCH, "es": SPANISH}

# Verbs the modules' lists had in one place only before the pack: "vowed", "pledged",
# "reaffirmed" were claims-only, "stressed", "predicted", "tweeted" actors-only.
DRIFTED = ["vowed", "pledged", "reaffirmed", "stressed", "predicted", "tweeted"]


def _doc(text: str, language: str = "en") -> Document:
    return segment(text, language=language)


@pytest.mark.parametrize("verb", DRIFTED)
def test_quotes_claims_and_actors_share_every_speech_verb(verb: str) -> None:
    """A surname no list knows: only the speech verb makes it a person and a speaker.

    Before the pack each verb here failed in at least one of the three modules."""
    doc = _doc(f"The council met on Monday, and Hanrahan {verb} to rebuild the bridge.")
    assert ("Hanrahan", "person") in {(a.name, a.type) for a in find_actors(doc)}
    doc = _doc(
        "Officials met in the capital on Monday to discuss the bridge.\n\n"
        f'"We will rebuild it within a year," Zorbek Hanrahan {verb} after the meeting.\n\n'
        f"Hanrahan {verb} that the repairs would cost less than the council feared."
    )
    actors = find_actors(doc)
    quotes = find_quotes(doc, actors)
    assert [q.speaker for q in quotes] == ["Zorbek Hanrahan"]
    claims = find_candidates(doc, actors, quotes)
    reported = [c for c in claims if c.cue == "reported"]
    assert [c.speaker for c in reported] == ["Zorbek Hanrahan"]
    assert reported[0].text.startswith(f"Hanrahan {verb} that")


def test_the_english_pack_holds_the_union_once() -> None:
    assert set(DRIFTED) <= ENGLISH.speech_verbs
    # words of the old checks list, and every month and weekday the date rules name
    assert {"insists", "denies", "expressed"} <= ENGLISH.speech_verbs
    assert ENGLISH.month_numbers()["sept"] == 9 and ENGLISH.month_numbers()["may"] == 5
    assert ENGLISH.speech_not_claims <= ENGLISH.speech_verbs


def test_a_noun_that_is_also_a_speech_verb_makes_no_claim() -> None:
    """ "U.S. claims regarding ..." is a noun: speech for the name checks, no claim here."""
    text = (
        "Ministers from both countries met in Moscow on Wednesday for talks.\n\n"
        "The same day, Russia pushed back against U.S. claims regarding the attack."
    )
    doc = _doc(text)
    actors = find_actors(doc)
    claims = find_candidates(doc, actors, find_quotes(doc, actors))
    assert [c for c in claims if c.cue == "reported"] == []


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_text_in_a_language_without_a_pack_is_refused(code: str) -> None:
    ratio, words = stopword_ratio(FOREIGN[code], ENGLISH)
    assert words >= _lang.MIN_SAMPLE_WORDS and ratio < ENGLISH.min_stopword_ratio
    with pytest.raises(UnsupportedLanguage, match="does not read as English"):
        prepare(FOREIGN[code])
    with pytest.raises(InputError):  # the API raises the same, before any model request
        summarize(FOREIGN[code], backend="none", cache=False)


def test_a_short_foreign_article_is_refused_too() -> None:
    """An article of 25 words is long enough to tell: 8 words make an article."""
    short = (
        "Die Regierung hat am Mittwoch in Berlin ein neues Programm vorgestellt, das nach "
        "Angaben des Ministers viele Arbeitsplätze sichern soll und im Herbst beschlossen wird."
    )
    with pytest.raises(UnsupportedLanguage):
        prepare(short)


def test_english_articles_read_as_english() -> None:
    ratio, _ = stopword_ratio(SEED.read_text(encoding="utf-8"), ENGLISH)
    assert ratio > 2 * ENGLISH.min_stopword_ratio
    check_language("Too short to judge: Bundesregierung Klimaschutz.", ENGLISH)  # no raise


def test_cli_refuses_german_with_exit_3(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    f = tmp_path / "artikel.txt"
    f.write_text(GERMAN, encoding="utf-8")
    code = main(["summarize", str(f), "--no-model", "--json"])
    out, err = capsys.readouterr()
    assert code == 3 and out == ""
    lines = [ln for ln in err.splitlines() if "error:" in ln]
    assert len(lines) == 1 and "does not read as English" in lines[0], err


@pytest.mark.parametrize("command", ["summarize", "batch"])
def test_unknown_language_is_a_one_line_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    f = tmp_path / "in.txt"
    f.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    extra = ["--out", str(tmp_path / "out.jsonl")] if command == "batch" else []
    code = main([command, str(f), "--no-model", "--language", "de", *extra])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and "no language pack for 'de'; available: en" in lines[0], err
    assert not (tmp_path / "out.jsonl").exists()


def test_unknown_language_in_the_api() -> None:
    with pytest.raises(UsageError, match="available: en"):
        summarize(SEED, language="xx", backend="none", cache=False)
    with pytest.raises(UsageError):
        pack("xx")
    assert UsageError.exit_code == 2


def test_the_report_says_the_articles_language() -> None:
    digest = summarize(SEED, backend="none", cache=False)
    assert digest.source.language == "en"
    assert '<article class="article" id="article" lang="en">' in to_html(digest)


@pytest.fixture
def grumbling(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A second pack ("xx"): English plus one speech verb, with German dateparser: to see
    which pack each rule reads."""
    test_pack = replace(
        ENGLISH,
        code="xx",
        name="Test",
        speech_verbs=ENGLISH.speech_verbs | {"grumbled"},
        dateparser=("de",),
    )
    monkeypatch.setattr(_lang, "_registry", lambda: {"en": ENGLISH, "xx": test_pack})
    pack.cache_clear()
    yield "xx"
    pack.cache_clear()


def test_the_chosen_pack_reaches_the_rules_and_the_report(grumbling: str) -> None:
    text = (
        "The council met three days ago to discuss the bridge over the river.\n\n"
        '"This is far too slow for all of us," Zorbek Hanrahan grumbled after the meeting.\n\n'
        "The repairs are expected to take a year, and the council will meet again in May."
    )
    english = summarize(text, backend="none", cache=False, published="2020-05-05")
    chosen = summarize(text, backend="none", cache=False, published="2020-05-05",
                       language=grumbling)  # fmt: skip
    assert [c.speaker for c in english.claims] == [None]  # "grumbled" is no English speech
    assert [c.speaker for c in chosen.claims] == ["Zorbek Hanrahan"]
    # "three days ago" is English to dateparser only with the English pack's languages
    assert [t.date for t in english.timeline if "three days" in t.date_text] == ["2020-05-02"]
    assert [t.date for t in chosen.timeline if "three days" in t.date_text] in ([], [None])
    assert chosen.source.language == "xx"
    assert 'id="article" lang="xx"' in to_html(chosen)
    # the regexes of a pack are compiled once, not per call
    from summarizer._extract.actor_rules import rules
    from summarizer._extract.quote_spans import quote_rules

    assert quote_rules(pack(grumbling)) is quote_rules(pack(grumbling))
    assert rules(pack(grumbling)) is rules(pack(grumbling))
    assert json.loads(chosen.model_dump_json())["source"]["language"] == "xx"


def test_the_ray_path_takes_the_language_before_any_work() -> None:
    ray_module = pytest.importorskip("summarizer._batch.ray_engine")
    with pytest.raises(UsageError, match="no language pack for 'zz'"):
        ray_module.summarize_dataset(None, language="zz")  # fails before the dataset is read
