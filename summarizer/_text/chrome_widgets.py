"""A page's widgets pasted as one paragraph: a consent banner, a paywall's box, an embed's
permission gate ("We value your privacy" / "We and our partners use cookies ..." / "I
Accept" / "Show Purposes"; "Allow YouTube content?" / ... / "Accept and continue").

What tells such a paragraph from the story is a button: a short line that is only a
control's words ("I Accept", "Manage options", "Existing subscriber? Log in"), beside a
line about the reader's data, consent or access (cookies, privacy, permission, third-party
content, subscribers).  A story paragraph has no line that is a button alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer._text.words import word_count

_I = re.IGNORECASE | re.VERBOSE
# A control alone on its line, maybe after the question it answers ("Existing subscriber?
# Log in"): accept/agree/reject..., "Manage options", "Show purposes", "Log in".
_BUTTON = re.compile(
    r"""(?:^|[?.!]\s+)(?:(?:i\ )?(?:accept|agree|reject|decline|allow|consent|continue|ok|okay)
        (?:\ (?:all|cookies|all\ cookies|and\ (?:continue|close)))?|got\ it|
        (?:manage|show|more|customi[sz]e)\ (?:options|preferences|settings|purposes|vendors|
        partners|choices)|log\ ?in|sign\ ?in|subscribe(?:\ now)?)[.!]?$""",
    _I,
)
# What the gate is about: the reader's data, consent, or access to the page.
_GATE = re.compile(
    r"""\b(?:cookies?|privacy|consent|permission|third[-\ ]party\ content|personal\ data|
        premium|subscribers?|subscription|paywall)\b""",
    _I,
)
_QUOTE = re.compile(r"[\"“”]")
_BUTTON_WORDS = 5  # a control's words at most
WIDGET_LINES = 3  # a widget's lines at least: a button, what it is about, and more


def widget_block(lines: Sequence[str]) -> bool:
    """Three lines or more, one of them a button and another about data or access, no
    quotation: a widget, not the story."""
    if len(lines) < WIDGET_LINES or any(_QUOTE.search(ln) for ln in lines):
        return False
    buttons = [i for i, ln in enumerate(lines) if _button(ln)]
    if not buttons:
        return False
    return any(_GATE.search(ln) for i, ln in enumerate(lines) if i not in buttons)


def _button(line: str) -> bool:
    return word_count(line, _BUTTON_WORDS + 1) <= _BUTTON_WORDS and bool(_BUTTON.search(line))
