"""Held-out leak cases, third round: a first line of chrome that shares a word with the story.

Written after rounds 1 and 2 had their rules, in one sitting, before ``leak_cases3`` and
before any rule of this round: a site's or section's name naming the story's place or
subject ("Manchester Evening News" over a Manchester story), which a title test of one
shared word lets through; guards are Title Case headlines.  Only scored
(``leak_probe --set 3 --held-out``).  Same format as ``leak_heldout``.
"""

from __future__ import annotations

HELD_OUT: list[tuple[list[str], str | None]] = [
    (
        ["C:Manchester Evening News", "H:Tram services suspended after power failure",
         "K:Tram services across Manchester were suspended on Monday after a power failure, "
         "the operator said."],
        "Tram services suspended after power failure",
    ),
    (
        ["C:Belfast Telegraph",
         "K:A man has been arrested in Belfast after a car was set alight on Sunday night, "
         "police said."],
        None,
    ),
    (
        ["C:Crime & Courts", "H:Jury retires in fraud trial",
         "K:The jury in the fraud trial of a former bank manager retired to consider its "
         "verdicts at the crown court on Tuesday."],
        "Jury retires in fraud trial",
    ),
    (
        ["C:Texas Weather Alerts", "H:Ice storm knocks out power to 200,000",
         "K:An ice storm knocked out power to 200,000 homes across Texas on Thursday."],
        "Ice storm knocks out power to 200,000",
    ),
    (
        ["C:Breaking News Dallas",
         "K:Dallas police shot and wounded a man who fired at officers on Friday night, the "
         "chief said."],
        None,
    ),
    (
        ["C:Health News Today", "H:Hospital waiting lists grow again",
         "K:Hospital waiting lists grew again in January, official health figures showed on "
         "Thursday."],
        "Hospital waiting lists grow again",
    ),
    (
        ["C:Election Results 2024",
         "K:Voters in the city re-elected the mayor on Tuesday, according to unofficial "
         "election results."],
        None,
    ),
    (
        ["H:Belfast Marathon Cancelled",
         "K:The Belfast marathon was cancelled on Saturday because of high winds."],
        "Belfast Marathon Cancelled",
    ),
    (
        ["H:City Council Approves Budget",
         "K:The city council approved a $48 million budget on Tuesday night."],
        "City Council Approves Budget",
    ),
    (
        ["C:Arizona Republic", "C:Local",
         "K:Phoenix set a record for its hottest day on Sunday, the weather service said, "
         "as temperatures across Arizona passed 118 degrees."],
        None,
    ),
]  # fmt: skip
