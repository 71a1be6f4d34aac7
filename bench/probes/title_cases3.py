"""Tuning title cases, third round: a page's top when it was copied as text.

Written with ``title_heldout3`` (that file first), before any rule of the round, from how
news pages lay out their tops, not from gold articles; read while writing rules
(``title_probe --set 3``).  Same format as ``title_cases``.
"""

from __future__ import annotations

TUNING: list[tuple[list[str], str | None]] = [
    (
        ["Skip to content", "Open navigation", "Sports", "Rovers sign striker on three-year deal"],
        "Rovers sign striker on three-year deal",
    ),
    (["Share on Facebook", "Share on X", "Copy link"], None),
    (
        ["LIVE UPDATES", "Earthquake strikes off coast of Japan"],
        "Earthquake strikes off coast of Japan",
    ),
    (["Published: 10:42 AM GMT, 4 June 2024"], None),
    (
        ["Print this page", "Email this page", "Factory to close with loss of 300 jobs"],
        "Factory to close with loss of 300 jobs",
    ),
    (["Advertisement", "Story continues below"], None),
    (
        ["Politics", "UK Politics", "Chancellor rules out tax rises before election"],
        "Chancellor rules out tax rises before election",
    ),
    (["By Mark Brown and Lisa Green", "Associated Press"], None),
    (["EXCLUSIVE:", "Police chief faces misconduct probe"], "Police chief faces misconduct probe"),
    (["Sign up for our daily newsletter", "Email address", "Subscribe"], None),
    (
        ["Opinion", "Columnists", "We need more teachers, not more tests"],
        "We need more teachers, not more tests",
    ),
    (["© 2024 Gannett Co., Inc."], None),
    (
        ["Comments", "Share", "Heatwave warning issued for southern counties"],
        "Heatwave warning issued for southern counties",
    ),
    (["Follow us on Twitter", "Like us on Facebook"], None),
    (
        ["Photo by Mike Smith", "Town celebrates 200th anniversary with parade"],
        "Town celebrates 200th anniversary with parade",
    ),
    (["Image 1 of 12", "Previous image", "Next image"], None),
    (
        ["Updated 35 minutes ago", "Airport reopens after security alert"],
        "Airport reopens after security alert",
    ),
    (["Reuters", "Oil prices climb as supply fears grow"], "Oil prices climb as supply fears grow"),
    (
        ["Health", "Covid", "Hospital admissions fall for third week"],
        "Hospital admissions fall for third week",
    ),
    (["Font size", "A", "A", "A"], None),
    (["Breaking", "Gunman opens fire at shopping centre"], "Gunman opens fire at shopping centre"),
    (["Menu", "Search", "Sign in"], None),
    (
        ["News", "Crime", "Courts", "Woman jailed for stealing £50,000 from charity"],
        "Woman jailed for stealing £50,000 from charity",
    ),
    (["Topics", "Weather", "Floods"], None),
    (
        ["Watch: Highlights", "United beat City in derby thriller"],
        "United beat City in derby thriller",
    ),
    (["Last updated on 12 March 2024", "From the section Business"], None),
    (
        ["Save", "Gift this article", "Central bank holds rates at 5.25%"],
        "Central bank holds rates at 5.25%",
    ),
]
