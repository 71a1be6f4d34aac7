"""Held-out title cases, second round: page chrome that survives above the headline.

Written from how real pages lay out their tops (wires, broadcasters, local papers and TV,
magazines, press releases, sports, live blogs, markets), before any rule of the round
and without reading any gold article; only scored (``title_probe --held-out --set 2``).
Same format as ``title_cases``: the lines before the body ("" breaks a paragraph) and
the title expected (None: the input states none).
"""

from __future__ import annotations

HELD_OUT: list[tuple[list[str], str | None]] = [
    (
        [
            "Skip to main content",
            "Exclusive news, data and analytics for financial market professionals",
            "Learn more about Refinitiv",
            "World",
            "Ukraine",
            "Ukraine says it downed 40 Russian drones overnight",
            "By Tom Balmforth",
            "March 12, 2024 9:41 AM GMT",
            "Updated 2 hours ago",
        ],
        "Ukraine says it downed 40 Russian drones overnight",
    ),
    (
        [
            "Advertisement",
            "",
            "Storms knock out power to thousands across the South",
            "",
            "By JEFF MARTIN",
            "Updated 4:12 PM EDT, March 12, 2024",
        ],
        "Storms knock out power to thousands across the South",
    ),
    (
        [
            "BBC Homepage",
            "Skip to content",
            "Accessibility Help",
            "Your account",
            "Home",
            "News",
            "Sport",
            "Weather",
            "",
            "Train strike called off after last-minute pay deal",
            "",
            "Published",
            "12 March 2024",
        ],
        "Train strike called off after last-minute pay deal",
    ),
    (
        [
            "Live TV",
            "Listen",
            "Watch",
            "Edition",
            "",
            "Gunmen kill 12 at wedding party in northern Nigeria, police say",
            "",
            "By Jane Doe, CNN",
            "3 minute read",
            "Updated 6:05 AM EDT, Tue March 12, 2024",
        ],
        "Gunmen kill 12 at wedding party in northern Nigeria, police say",
    ),
    (
        [
            "Subscribe",
            "Sign In",
            "72°F Clear",
            "Town council approves new budget after heated debate",
            "By Mark Lee mlee@valleycourier.com",
            "Mar 12, 2024",
        ],
        "Town council approves new budget after heated debate",
    ),
    (
        [
            "Dow Jones 38,790.43 -0.02%",
            "S&P 500 5,149.42 +0.63%",
            "Nasdaq 16,103.45 +0.82%",
            "Oil prices climb as Middle East tensions rattle markets",
            "Published Tue, Mar 12 2024 8:15 AM EDT",
        ],
        "Oil prices climb as Middle East tensions rattle markets",
    ),
    (
        [
            "We use cookies to improve your experience on our site. By continuing you agree "
            "to our use of cookies.",
            "Accept all cookies",
            "",
            "Hospital waiting lists fall for the first time in a year",
            "12 March 2024",
        ],
        "Hospital waiting lists fall for the first time in a year",
    ),
    (
        [
            "Get the app",
            "Open in app",
            "Breaking news alerts, wherever you are",
            "City bus drivers vote to strike over pay",
            "By Sam Ortiz",
        ],
        "City bus drivers vote to strike over pay",
    ),
    (
        [
            "Home > News > Politics",
            "Senate passes stopgap bill to avert government shutdown",
            "By Chris Young",
            "March 12, 2024",
        ],
        "Senate passes stopgap bill to avert government shutdown",
    ),
    (
        ["Home / Sports / Football", "Rovers sign striker on loan until end of season"],
        "Rovers sign striker on loan until end of season",
    ),
    (
        [
            "Trending",
            "Taylor Swift tour dates",
            "Mortgage rates",
            "Super Bowl odds",
            "",
            "Fire destroys historic church in downtown Springfield",
            "Posted: Mar 12, 2024 / 06:10 AM CDT",
        ],
        "Fire destroys historic church in downtown Springfield",
    ),
    (
        [
            "Acme Corp Reports Record Fourth Quarter Revenue",
            "",
            "NEWS PROVIDED BY",
            "Acme Corp",
            "12 Mar, 2024, 08:00 ET",
        ],
        "Acme Corp Reports Record Fourth Quarter Revenue",
    ),
    (
        [
            "Scores",
            "Schedule",
            "Standings",
            "Premier League",
            "Late Okafor header settles derby as City climb to third",
            "By Tom Hale at the City Ground",
        ],
        "Late Okafor header settles derby as City climb to third",
    ),
    (
        ["LIVE", "Election results 2024 live: polls close in key states", "Updated 2 minutes ago"],
        "Election results 2024 live: polls close in key states",
    ),
    (
        [
            "The New Yorker",
            "Newsletter",
            "Sign in",
            "Subscribe",
            "",
            "Annals of Medicine",
            "",
            "The Long Road Back From Long Covid",
            "",
            "Years after infection, patients are still searching for answers.",
            "",
            "By Jane Doe",
            "March 11, 2024",
        ],
        "The Long Road Back From Long Covid",
    ),
    (
        [
            "Jane Doe",
            "Senior Reporter",
            "Follow",
            "",
            "Why the housing market is cooling faster than expected",
            "March 12, 2024",
        ],
        "Why the housing market is cooling faster than expected",
    ),
    (["Skip to main content", "Sign in", "Subscribe now"], None),
    (["Advertisement", "Scroll to continue with content"], None),
    (
        ["Is the valley ready for the next flood?", "By Jane Doe", "March 12, 2024"],
        "Is the valley ready for the next flood?",
    ),
    (
        ["Floods hit valley", "March 12, 2024"],
        "Floods hit valley",
    ),
    (
        [
            "BREAKING NEWS",
            "Powerful earthquake strikes off coast of Japan",
            "By Staff Reports",
            "March 12, 2024",
        ],
        "Powerful earthquake strikes off coast of Japan",
    ),
    (
        [
            "Weather",
            "Partly cloudy 58°",
            "Local school board delays vote on new start times",
            "By Amy Chen",
            "Mar 12, 2024",
        ],
        "Local school board delays vote on new start times",
    ),
    (
        [
            "Sign up for our morning newsletter to get the day's top stories",
            "Police arrest suspect in downtown jewelry store robbery",
            "By Kevin Marsh",
            "March 12, 2024, 4:05 PM",
        ],
        "Police arrest suspect in downtown jewelry store robbery",
    ),
    (
        [
            "The Valley Courier | Local news since 1887",
            "",
            "Water main break floods downtown streets",
            "Mar 12, 2024",
        ],
        "Water main break floods downtown streets",
    ),
    (
        [
            "The Guardian - Back to home",
            "Support the Guardian",
            "Fund independent journalism with £5 per month",
            "Support us",
            "",
            "News",
            "Opinion",
            "Sport",
            "Culture",
            "Lifestyle",
            "",
            "Teachers in England to strike next month over pay",
            "Jane Doe Education correspondent",
            "Tue 12 Mar 2024 09.30 GMT",
        ],
        "Teachers in England to strike next month over pay",
    ),
    (
        [
            "close",
            "Video",
            "Fox News Flash top headlines for March 12",
            "Fox News Flash top headlines are here. Check out what's clicking on Foxnews.com.",
            "",
            "Lawmakers clash over border funding in late-night session",
        ],
        "Lawmakers clash over border funding in late-night session",
    ),
    (
        [
            "Share on Facebook",
            "Share on X",
            "Email",
            "Court blocks state's new voting law days before primary",
            "Jane Doe",
            "Reporter",
        ],
        "Court blocks state's new voting law days before primary",
    ),
    (
        [
            "WATCH LIVE",
            "KXYZ 7 News at 6",
            "",
            "Crews battle brush fire near Highway 101",
            "by: Jane Doe",
            "Posted: Mar 12, 2024 / 06:10 PM PDT",
            "Updated: Mar 12, 2024 / 07:45 PM PDT",
        ],
        "Crews battle brush fire near Highway 101",
    ),
    (
        ["10 things to know about the new tax rules", "By Jane Doe"],
        "10 things to know about the new tax rules",
    ),
    (
        ["Valley Floods Force Hundreds From Their Homes", "", "Advertisement"],
        "Valley Floods Force Hundreds From Their Homes",
    ),
    (
        [
            "Accessibility help",
            "Skip to navigation",
            "Skip to content",
            "Subscribe to unlock this article",
            "",
            "Central banks",
            "",
            "ECB holds rates but signals June cut",
            "Lagarde says inflation is on track to return to target",
        ],
        "ECB holds rates but signals June cut",
    ),
    (
        [
            '"We have never seen anything like this": floods force hundreds from homes',
            "By Jane Doe",
        ],
        '"We have never seen anything like this": floods force hundreds from homes',
    ),
]
