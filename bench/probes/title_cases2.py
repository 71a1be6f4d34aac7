"""Tuning title cases, second round: page chrome that survives above the headline.

Written with ``title_heldout2`` before any rule of the round (from how real pages lay
out their tops, not from gold articles); read while writing rules
(``title_probe --set 2``).  Same format as ``title_cases``.
"""

from __future__ import annotations

TUNING: list[tuple[list[str], str | None]] = [
    (
        [
            "Sign in",
            "Create a free account to continue reading",
            "Council votes to ban cars from city centre",
        ],
        "Council votes to ban cars from city centre",
    ),
    (
        [
            "Advertisement",
            "Scientists find new species of frog in Andes cloud forest",
            "By Jane Doe",
        ],
        "Scientists find new species of frog in Andes cloud forest",
    ),
    (
        ["Home » World » Europe", "French farmers block roads in protest over fuel costs"],
        "French farmers block roads in protest over fuel costs",
    ),
    (
        [
            "Markets",
            "FTSE 100 7,650.2 +0.4%",
            "Pound slides as Bank of England hints at rate cut",
            "Jane Doe, Economics Editor",
        ],
        "Pound slides as Bank of England hints at rate cut",
    ),
    (
        [
            "Cookie settings",
            "This website uses cookies to ensure you get the best experience",
            "Got it!",
            "",
            "Mayor unveils plan to house 5,000 homeless people",
        ],
        "Mayor unveils plan to house 5,000 homeless people",
    ),
    (
        [
            "Download our app for the latest news",
            "Two hurt as car crashes into shop front on High Street",
            "12 March 2024",
        ],
        "Two hurt as car crashes into shop front on High Street",
    ),
    (
        ["Today's weather: 12°C Light rain", "Schools close early as storm approaches coast"],
        "Schools close early as storm approaches coast",
    ),
    (
        [
            "Most read",
            "1. Man arrested after stabbing",
            "2. New restaurant opens",
            "3. Road closed for repairs",
            "",
            "Firefighters rescue family from burning home",
        ],
        "Firefighters rescue family from burning home",
    ),
    (
        ["By Jane Doe", "Staff writer", "", "Drought forces farmers to sell cattle early"],
        "Drought forces farmers to sell cattle early",
    ),
    (
        [
            "Opinion",
            "This content is only available to subscribers",
            "Why we must rethink how cities grow",
        ],
        "Why we must rethink how cities grow",
    ),
    (
        [
            "ADVERTISEMENT",
            "Sports",
            "Wildcats rally late to beat Tigers 78-74 in overtime",
            "Posted Mar 12, 2024",
        ],
        "Wildcats rally late to beat Tigers 78-74 in overtime",
    ),
    (
        [
            "You have 3 free articles remaining this month",
            "Subscribe for unlimited access",
            "State lawmakers approve higher minimum wage",
        ],
        "State lawmakers approve higher minimum wage",
    ),
    (["Menu", "Search", "Sign in"], None),
    (["Subscribe to our newsletter to get the latest news delivered to your inbox"], None),
    (
        ["Can the city afford a new stadium?", "By Jane Doe | March 12, 2024"],
        "Can the city afford a new stadium?",
    ),
    (
        ["Valley floods force hundreds from their homes", "Advertisement"],
        "Valley floods force hundreds from their homes",
    ),
    (
        [
            "Breaking News",
            "Live updates: Wildfire forces evacuations in three counties",
            "Last updated 10 minutes ago",
        ],
        "Live updates: Wildfire forces evacuations in three counties",
    ),
    (
        [
            "Follow us on Facebook",
            "Follow us on Twitter",
            "Bridge reopens two years after collapse",
        ],
        "Bridge reopens two years after collapse",
    ),
    (
        [
            "Share this article",
            "Copy link",
            "Airline cancels hundreds of flights amid pilot strike",
            "By Jane Doe",
        ],
        "Airline cancels hundreds of flights amid pilot strike",
    ),
    (
        [
            "Local",
            "Crime",
            "Police seek witnesses to hit-and-run on Main Street",
            "By Jane Doe",
            "Published 5:45 a.m. ET March 12, 2024",
        ],
        "Police seek witnesses to hit-and-run on Main Street",
    ),
    (
        [
            "Listen to this article",
            "4 min",
            "Supreme Court hears arguments in landmark privacy case",
        ],
        "Supreme Court hears arguments in landmark privacy case",
    ),
    (
        [
            "Jane Doe",
            "Jane Doe is a health reporter covering hospitals and public health",
            "",
            "New vaccine cuts hospital admissions by half, study finds",
        ],
        "New vaccine cuts hospital admissions by half, study finds",
    ),
    (
        [
            "Posted in: Business",
            "Tagged: retail, jobs",
            "Retailer to close 40 stores and cut 1,200 jobs",
        ],
        "Retailer to close 40 stores and cut 1,200 jobs",
    ),
    (
        ["Sponsored content", "Tech giant unveils cheaper smartphone for emerging markets"],
        "Tech giant unveils cheaper smartphone for emerging markets",
    ),
    (
        ["Analysis: What the Budget Means for Your Taxes", "By Jane Doe"],
        "Analysis: What the Budget Means for Your Taxes",
    ),
    (
        [
            "Oil $81.20 ▲ 1.2%",
            "Gold $2,160 ▼ 0.3%",
            "Shares in miners tumble as copper price slides",
        ],
        "Shares in miners tumble as copper price slides",
    ),
    (
        [
            "Updated March 12, 2024 at 9:00 a.m.",
            "Show caption",
            "Teenager charged over school threat",
        ],
        "Teenager charged over school threat",
    ),
    (
        [
            "Your browser does not support the audio element",
            "Protesters gather outside parliament as vote looms",
        ],
        "Protesters gather outside parliament as vote looms",
    ),
    (
        [
            "Print",
            "Email",
            "Font size",
            "",
            "Storm leaves 50,000 without power across the region",
            "By Jane Doe",
        ],
        "Storm leaves 50,000 without power across the region",
    ),
    (
        [
            "Newsletter sign-up",
            "Get our best stories straight to your inbox every morning",
            "Housing starts fall to lowest level since 2020",
        ],
        "Housing starts fall to lowest level since 2020",
    ),
    (
        [
            "Residents return home as flood waters recede",
            "By Jane Doe",
            "March 12, 2024",
            "",
            "Advertisement",
            "Story continues below advertisement",
        ],
        "Residents return home as flood waters recede",
    ),
]
