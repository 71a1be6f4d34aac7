"""Chrome written in the session of gold batch 22 (issue 9), each from a dev article of that
batch, with guards (the hard-wrapped Reuters copy is tests/test_unwrap.py)."""

from __future__ import annotations

from summarizer._text.cleaning import clean

STORY = "The council met on Tuesday to discuss the plan, which has divided the region."
AFTER = "The mayor said the vote would go ahead next week as planned by officials."


def test_a_background_label_over_other_stories_goes_with_them() -> None:
    # dev (NBC 26): "BACKGROUND" over two bulleted headlines of earlier stories
    page = (
        f"{STORY}\n\nBACKGROUND\n- James Prokopovitz homicide trial verdict: Guilty\n"
        f"- MAN ACCUSED OF MURDERING WIFE EIGHT YEARS AGO CONVICTED OF MURDER\n\n{AFTER}"
    )
    text = clean(page).text
    assert "BACKGROUND" not in text and "trial verdict" not in text and "CONVICTED" not in text
    assert STORY in text and AFTER in text
    # guard: prose about a background stays
    line = "The background to the row is long and complicated, officials said."
    assert line in clean(f"{STORY}\n\n{line}\n\n{AFTER}").text


def test_a_bracketed_link_to_the_top_is_chrome() -> None:
    # dev (Lincoln Daily News): "[to top of second column] |"
    for line in ("[to top of second column] |", "[Back to top]"):
        assert line not in clean(f"{STORY}\n\n{line}\n\n{AFTER}").text


def test_a_background_heading_in_title_case_keeps_what_follows() -> None:
    # guard (found by the replayed GOV.UK gold articles): "Background" heads a release's
    # notes to editors, whose short lines are the release's own
    page = (
        f"{STORY}\n\nBackground\n\nThe Frank campaign was launched in 2003\n\n"
        f"Drug use among young people has fallen since then\n\n{AFTER}"
    )
    text = clean(page).text
    assert "The Frank campaign was launched in 2003" in text
    assert "Drug use among young people has fallen since then" in text
