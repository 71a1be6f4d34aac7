"""Page chrome's shapes as patterns: calls to action, credits, captions, page notes, stamps.

``chrome`` decides with these and a line's neighbours; they are whole English phrases, so
they live apart from the decisions, compiled once at import.
"""

from __future__ import annotations

import re

from summarizer._lang.en import ENGLISH
from summarizer._text.scan import prefiltered

# The patterns below are whole English phrases (calls to action, credits, page notes, stamps):
# they stay here as phrases, not word lists.  Their words that are lists (stopwords, month
# names) come from the English pack, at module level: chrome is read before a Document exists.
_I = re.IGNORECASE | re.VERBOSE
_STOP = ENGLISH.stopwords  # chrome is read before segmenting; the text is checked English
_QUOTE_MARKS = re.compile(r"[\"“”«»]|(?:^|\s)['‘]|['’](?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# A line cut short by its widget ("... the climate footprint of the mining..."): a teaser.
_TEASER_END = re.compile(r"\w(?:\.\.\.|…)$")
_MONTH = ENGLISH.month_prefix()
_CLOCK = (
    r"\d{1,2}(?::\d\d)+\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|"
    r"\d{1,2}(?:\.\d\d)?\s*[ap]\.?m\.?(?:\s*[A-Z]{2,4})?"
)
# A full date: "Feb 13, 2024", "13 Feb 2024", "13th Feb 2024" (a British page's ordinal day).
_ORD = r"(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}{_ORD},?\s+\d{{4}}|\d{{1,2}}{_ORD}\s+{_MONTH}\s+\d{{4}}"
    rf"|\d{{4}}-\d\d-\d\d)"
)
_R_DATE = re.compile(_DATE, re.I)  # compiled once: as a string, re's cache could drop it
_R_CLOCK = re.compile(_CLOCK, re.I)
_R_STAMP_VERB = re.compile(r"\b(?:updated|posted|published|modified|latest\ update)\b", re.I)
# "Feb 09, 2016 07:00 AM", "on October 21, 2013 at 5:15 PM, updated October 21, 2013 at
# 7:39 PM", "Updated 5:15 PM EST": when the page was published or changed, not an event.
_STAMP = re.compile(
    rf"""^(?:(?:on|posted|published|updated|last\ updated|latest\ update|modified)\b:?\s*)?
        (?:{_DATE}|(?:\w+day,?\s+)?{_MONTH}\s+\d{{1,2}})?,?\s*(?:at\s+)?(?:{_CLOCK})?
        (?:,?\s*(?:updated|modified)\b:?\s*(?:on\s+)?{_DATE}?,?\s*(?:at\s+)?(?:{_CLOCK})?)?$""",
    _I,
)
# Calls to action: the reader is asked to do something on the page.
_CTA = re.compile(
    r"""^(?:sign\ up|subscribe|share|follow|read\ more|read\ the\ full|continue\ reading|
        tell\ us|click|tap|join\ (?:us|now|the)|
        get\ (?:the|our)\ (?:free\ |daily\ |weekly\ )?(?:latest|newsletters?|app)|
        enter\ your\ e-?mail|(?:contact|email|e-mail|reach)\ the\ (?:reporter|writer|author)|
        download\ (?:the|our)|listen\ (?:to|now)|watch\ (?:now|live|the\ full)|
        check\ back|email\ the\ author|more\ must-reads|want\ (?:more|weekly|daily)\b|
        full\ story\ here)\b""",
    _I,
)
_CTA_ANYWHERE = re.compile(
    r"\?\s*sign\ up\b|\bsign\ up\ (?:now|here|today|for\ (?:our|the)\ .{0,40}newsletter)\b|"
    r"\bwe(?:'|’)re\ interested\ in\ your\ feedback\b|\btell\ us\ what\ you\ think\b|"
    r"\|\s*follow\ on\ \w+|\bsubscribe\ to\ (?:our|the)\ .{0,30}newsletter\b|"
    r"\b(?:like|follow)\ us\ on\b|\bhave\ a\ (?:news\ )?(?:tip|story\ idea)\?|"
    r"\bleave\ a\ (?:comment|reply)\b|\bdelivered\ (?:straight\ |directly\ )?to\ your\ inbox\b|"
    r"\bfollow\ (?:him|her|them|me)\ on\ \w+",
    _I,
)
# Newsroom, paywall and comment prompts: read only in a line holding one of their words
# (``CTA_MORE_WORDS``), since their first letters are too common for the scan's lookahead.
_CTA_MORE = re.compile(
    # the newsroom asking for tips, the reporter's contact, a comment form, a newsletter
    r"\b(?:have\ you\ got|do\ you\ have|got)\ an?\ (?:confidential\ )?(?:news\ )?(?:tip|story)\b|"
    r"\bwe\ want\ to\ hear\ from\ you\b|[?!.]\ get\ in\ touch\b|\bcontact\ our\ newsroom\b|"
    r"\bcan\ be\ reached\ at\ \S+@|\bemail\ (?:us|him|her|them)\ at\b|"
    r"\byour\ email\ address\ will\ not\ be\ published\b|\brequired\ fields\ are\ marked\b|"
    r"\b(?:subscrib|sign)(?:e|ing)\ (?:up\ )?(?:to|for)\ (?:our|the)\ .{0,30}newsletter\b|"
    # paywalls, app promotions and comment sections
    r"\bsupport\ (?:our|independent|quality|local|[A-Z]\S*)\ (?:[\w'’-]+\ ){0,2}journalism\b|"
    r"\bcomment\ on\ this\ (?:article|story)\b|\bcomment\ policy\b|"
    r"\bbefore\ commenting\b|\bor\ sign\ in\ now\b|\b(?:is|are)\ embedded\ (?:below|above)\b|"
    # a wire's notes on its funding and standards
    r"\bsolely\ responsible\ for\ all\ content\b|\bstandards\ for\ working\ with\ philanthropies\b|"
    # link text left without its link: "The full list can be found here."
    r"\b(?:can|may|is|are)\ (?:be\ )?(?:found|read|seen|viewed|watched|accessed|available)\ "
    r"(?:in\ full\ )?here\.?$",
    _I,
)
# What a match of _CTA_ANYWHERE needs in the line (lowered): without one it is not tried.
_CTA_ANYWHERE_NEEDS = ("sign up", "feedback", "tell us", "follow", "newsletter", " us on",
                       "have a", "leave a", "inbox")  # fmt: skip
_CTA_MORE_WORDS = frozenset(
    """newsletter journalism comment email touch hear tip story reached embedded responsible
    philanthropies sign here""".split()
)
# The same, for what a prompt opens its line with: matched at the start only, so a long
# line costs one look, not one per character.
_CTA_OPENING = re.compile(
    r"report\ (?:an\ )?(?:error|typo)\b|get\ in\ touch\b|comments\ are\ (?:closed|disabled)\b|"
    r"thanks?\ (?:you\ )?for\ reading\b|like\ this\s*:|"
    r"for\ (?:the\ )?(?:latest|more)\b.{0,80}\b(?:head|go)\ to\b|"
    r"(?:watch|see|listen\ to|view)\b.{0,60}\b(?:above|below)\.?$|"
    # "Read the press release here.": a link's words, the link gone
    r"(?:read|see|view|watch|listen\ to|download)\ (?:the|our|his|her|their|a|an|all)\b"
    r".{0,50}\ here\.?$|"
    # "The DNAinfo archives brought to you by WNYC.": a sponsor's line
    r"(?:the\ )?[\w&'’.-]+(?:\ [\w&'’.-]+){0,4}\ (?:is\ |are\ )?brought\ to\ you\ by\b.{0,40}$|"
    r"cancel\ any\ ?time\b|get\ (?:all\ )?your\ news\b|start\ reading$",
    _I,
)
# A pointer to another page: a short label with a reading verb or a list word, a colon,
# then a headline ("ALSO READ: ...", "See also: ...", "MORE COVERAGE: ...").
_POINTER = re.compile(
    r"""^(?:also\ read|read\ also|see\ also|recommended(?:\ for\ you)?|more\ coverage|
        related\ (?:stories|story|coverage|articles?|links?|reading)|further\ reading|
        more\ (?:from|on|about)\b[^:]{0,30}|more|listen|don'?t\ miss|must[-\ ]reads?|
        photos|gallery|slideshow|(?:read\ |up\ )?next|also\ (?:on|in|from)\b[^:]{0,30}|
        editor'?s\ picks?|top\ (?:stories|headlines)|you\ (?:may|might)\ also\ like)
        \s*:\s*(?P<rest>.*)$""",
    _I,
)
_WD_SHORT = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"  # a weekday cut short
# A stamp with a label and a date but no clock: "Updated: March 24, 2014", "Posted on
# March 24, 2014 by Jane Smith".
_LABELLED_DATE = re.compile(  # ("Posted By on Thu, Aug 8, 2019": a byline with no name)
    rf"""^(?:posted|published|updated|last\ updated|first\ published|modified|date(?=:))\b:?\s*
        (?:by\s+(?=on\b))?(?:on\s+)?(?:(?:\w+day|{_WD_SHORT})\.?,?\s+)?{_DATE}(?:,?\s*(?:at\s+)?(?:{_CLOCK}))?
        (?:\s*[|·•,]?\s*(?:last\ )?(?:updated|modified)\b:?\s*(?:on\s+)?(?:\w+day,?\s+)?{_DATE}
        (?:,?\s*(?:at\s+)?(?:{_CLOCK}))?)?
        (?:\s+by\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}})?$""",
    _I,
)
# Notes about the page rather than the story.
_PAGE_NOTE = re.compile(
    r"""^(?:a\ version\ of\ this\ (?:article|story)\ appears\ in\ print\b|
        from\ the\ section\b|this\ (?:article|story)\ (?:was|has\ been)\ (?:updated|corrected)\b|
        the\ following\ press\ release\ was\ published\b|tag\ archive\ for\b|
        found\ \d[\d,]*\ (?:posts|results|articles)\b|\(information\ provided\ by\b|
        related\s*:\s*\S.{0,150}$|.{1,60},\ page\ \d+$|
        (?:category|tags?|filed\ under|section|topics?|posted\ in)\s*:\s*\S|
        this\ (?:article|story)\ (?:was\ )?(?:originally|first)\ (?:published|appeared)\b|
        our\ standards\s*:|(?:story|article)\ continues\ (?:below|after)\b|
        this\ (?:article|story)\ is\ part\ of\ (?:our|a|the)\b|
        (?:page\ )?last\ (?:reviewed|updated|modified)\s*:|content\ source\s*:|
        editor'?s\ note\s*:|(?:privacy\ (?:policy|notice|statement)|terms\ of\ (?:use|service)|
        cookie\ (?:policy|notice))$|this\ (?:article|story|report)\ (?:was|is)\ (?:produced|written|
        reported|published|made\ possible)\ (?:by|in\ partnership\ with|with)\b|
        (?:correction|clarification)s?\b[^:.]{0,30}:|
        this\ is\ a\ (?:developing|breaking)\ (?:news\ )?(?:story|situation)\b|
        this\ is\ breaking\ news\b|this\ (?:story|article|report|post)\ will\ be\ updated\b|
        # "Gephardt Daily will update this developing story as more information ...": the
        # newsroom's promise about the page, whoever signs it
        [^.!?"“”]{1,60}\bwill\ (?:continue\ to\ )?update\ this\ (?:developing\ |breaking\ )?
        (?:news\ )?(?:story|article|report|post)\b|
        this\ (?:content|article|story|feature)\ is\ (?:only\ )?(?:available\ )?(?:for|to)
        \ (?:paid\ )?(?:subscribers|members)\b|(?:keywords?|tagged(?:\ with|\ as)?)\b\s*:?\s*[A-Z]|
        this\ (?:article|story|page)\ is\ (?:more\ than|over)\ \w+\ (?:years?|months?)\ old\b)""",
    _I,
)
# Rights notices and wire credits: the page's, whatever the outlet ("Copyright 2023 The
# Associated Press. All rights reserved.", "Reporting by X; Editing by Y", "X contributed
# to this report.").
_RIGHTS = re.compile(
    r"""\ball\ rights\ reserved\b|\bmay\ not\ be\ (?:published|reproduced|redistributed|copied|
    distributed|broadcast|rewritten|republished|reused)\b|©\ ?(?:copyright\ )?\d{4}|
    \b(?:privacy\ policy|terms\ of\ (?:use|service)|user\ agreement|cookie\ policy)\b.{0,80}
    \b(?:privacy\ policy|terms\ of\ (?:use|service)|user\ agreement|cookie\ policy)\b|
    ^do\ not\ sell\b""",
    _I,
)
# A photo described as a photo ("In this Sept. 10, 2017 file photo, ...", "This satellite
# image provided by NOAA shows ...", "Photo shows ..."): a caption, with or without credit.
# A gallery's counter alone ("Image 1 of 9", "Photo 3/10") is one too: under a headline,
# the walk up from the story took it for the headline.
_CAPTION = re.compile(
    r"""^(?:caption\s*[:,]\s*\S|\d{1,3}\ of\ \d{1,3}\s*[|:·•]|
        (?:(?:photo|image|picture|slide|pic)s?\ )?\d{1,3}\ of\ \d{1,3}$|
        (?:photo|image|picture|slide|pic)s?\ \d{1,3}\s*/\s*\d{1,3}$|
        (?:file\s*[-–—:]\s*)?(?:in\ this\ (?:[\w.,\-]+\ ){0,6}?(?:file\ )?(?:photo|image|
        picture|frame\ grab|video\ grab|handout|screenshot)s?\b|
        this\ (?:[\w\-]+\ ){0,3}?(?:photo|image|picture|screenshot)s?\ (?:provided|released|
        taken|made|obtained|shows|from)\b|(?:photo|picture|image)s?\ (?:shows?|taken)\b|
        (?:an?\ |the\ )?file\ (?:photo|picture|image|photograph)\ of\b
        (?!.*\b(?:was|were|is|are|has|had|have|will)\b)))""",  # (a sentence of the story's)
    _I,
)
# Press-release furniture: the issuer line and the wire's link, and the legal tail.
_RELEASE_LINE = re.compile(
    r"^(?:(?-i:SOURCE):?\ [A-Z].{0,80}|view\ (?:original|source)\ (?:content|version)\b.*|"
    r"for\ immediate\ release\b.{0,40}|"
    r"logo\ [-–—]\ https?://\S+)$",
    _I,
)
_LEGAL_TAIL = re.compile(
    r"^(?:cautionary\ )?(?:(?:note|statement|information)s?\ (?:regarding|concerning|about|on)\ )?"
    r"(?:forward[-\ ]looking\ (?:statements?|information)|safe\ harbou?r\ statement)"
    r"(?:\ and\ [\w\ ]{1,40})?:?$",
    _I,
)
# Recirculation headings: "More in Politics", "More by Jane Doe", "See all stories by X",
# "Content by Outbrain"; the words of short page controls beyond the pack's ("Up next").
_NAV_MORE = re.compile(
    r"^(?i:more|latest|(?:see|view)\ all(?:\ (?:stories|articles|posts))?|"
    r"(?:stories|articles|posts|content)|"
    r"(?:paid|partner|promoted|sponsored)\ (?:content|stories|posts|links))\ "
    r"(?i:in|by|from)\ [A-Z][\w'’.&\-]*(?:\ [A-Z][\w'’.&\-]*){0,3}$|"
    r"^(?i:more)\ [A-Z][\w'’&\-]*$"  # "More Sports": a section's other stories
)
_NAV_OBJECTS = frozenset(
    """web partners choice events next upvoted live access author content miss playing
    popular picks exclusive coverage links site clipboard""".split()
)
_NAV_PLAIN = frozenset(
    """up in from our the by what to upcoming paid promoted sponsored partner around don't
    miss unlimited unlock submit an a explore hear play gift log sign now playing popular
    top for you exclusive subscriber loading on site clipboard return""".split()
)
_NAV_SINGLE = frozenset(
    """live breaking exclusive watch listen advertisement sponsored developing updated
    autoplay promoted""".split()
)
# Words that only a picture's description uses, next to a credit.
_CAPTION_WORDS = re.compile(
    r"\b(?:file\ (?:photo|image)|photo\ (?:shows|taken)|pictured|poses?\ for|is\ seen|are\ seen|"
    r"\((?:left|right|center|centre|l|r|c|top|bottom|front|back)\)|in\ this\ (?:photo|image)|"
    # a wire caption's "David Gonzalez, center, votes ...", "Smith, second from left, ..."
    r",\ (?:(?:second|third)\ from\ )?(?:left|right|center|centre|top|bottom|front),)",
    _I,
)
_WIRE_CREDIT = re.compile(
    r"""^\(?(?:(?:additional\ )?reporting|writing|editing|compiled|produced)\ by\b
        [^()]{0,200}?(?:;|\band\b|,)\s*(?:additional\ reporting|writing|editing)\ by\b|
        [—–-]?\s*\(?with\ (?:assistance|additional\ reporting|reporting)\ (?:from|by)\b|
        \((?:additional\ )?(?:reporting|writing|editing|compiled|produced)\ by\ [^()]{1,120}\)$|
        (?:additional\ )?reporting\ by\ (?-i:[A-Z][\w'’\-]*(?:(?:\ |,\ |\ and\ |\ in\ )
        [A-Z][\w'’\-]*){0,8})\.?$""",
    _I,
)
# The same credit as "X contributed to this report": apart, so that it is tried (along up to
# 160 characters) only in a line that holds "contributed".
_WIRE_CONTRIBUTED = re.compile(
    r"""[^"“”]{0,120}\bcontributed\ (?:reporting\ )?to\ this\ (?:report|story|article)\.?$|
        [^"“”]{0,160}\b(?:contributed\ reporting|(?:writer|reporter|correspondent|staff)s?\b
        [^"“”]{0,120}\bcontributed)(?:\ (?:from|in)\ [A-Z][^.!?"“”]{0,60})?\.?\)?$""",
    _I,
)
# Credits: "Credit Name/Agence France-Presse — Getty Images", "(AP Photo/Evan Vucci)",
# "(Xinhua/ Chogo) Photo Gallery", "(Mark Tower | Mlive.com)", "Photo: ...", "IMG_1.JPG".
_PHOTO_SOURCE = (
    r"(?:getty\ images|agence\ france-presse|afp|associated\ press|ap|reuters|epa|xinhua|"
    r"shutterstock|alamy|pool|nasa|(?<![\w.\-])[\w.\-]{1,40}\.(?:com|org|net|co\.uk))"
)
_CREDIT_TAIL = re.compile(
    rf"""\s*(?:\((?:ap\ photo|photo|xinhua|courtesy|[^()|]{{1,40}}\|\s*{_PHOTO_SOURCE}|
        (?:[^()/]{{0,40}}\s[^()/]{{0,40}}|{_PHOTO_SOURCE})/[^()]{{0,40}}?)[^()]{{0,60}}\)
        (?:\s+photo\ gallery)?|
        (?:credit|photograph|photo|image|picture)s?:?\s+[^.!?]{{1,60}}/\s*{_PHOTO_SOURCE}
        (?:\s*[—–-]\s*getty\ images)?|
        (?:(?:photograph|photo|image|picture)s?(?:\ credit)?|(?:image\ |photo\ |video\ )?source):
        \s*(?-i:[A-Z])[\w\ .'’&/-]{{1,60}}?\.?|
        \(?{_PHOTO_SOURCE}\ photo\)?\s+photo\ gallery|
        # "Magistrates' Court (File photograph)", "Jane Ruth Aceng. Photo | File"
        [(\[]\s*file\ (?:photo|photograph|picture|image)s?\s*[)\]]|
        (?<=\.)\s+photo\s*\|\s*(?-i:[A-Z])[\w\ .'’&-]{{0,40}}|
        # "South Tyneside Magistrates’ Court. | NW": an agency's initials after a bar
        (?<=\.)\s*\|\s*(?-i:[A-Z]{{2,5}})|
        # "Bemidji City Hall. Pioneer file photo": after the caption's stop, whose file photo
        (?<=\.)\s+(?-i:[A-Z][\w'’&.\-]*)(?:\ (?-i:[A-Z][\w'’&.\-]*)){{0,3}}\ file\ photo\.?|
        # "... on various fronts. — Representational Image/AFP", "— PTI Photo": a dash, then
        # whose picture it is (a caption, however long: no sentence ends so)
        (?<=[.!?])\s*[—–]\s*(?:(?:representational|file)\ )?(?:image|photo|picture|pic)s?
        \s*/\s*{_PHOTO_SOURCE}|
        (?<=[.!?])\s*[—–]\s*(?-i:[A-Z]{{2,5}})\ (?:photo|image|file\ photo)|
        # "... courtesy of Flyers player Chris Cahoon.  -- Myles Dolphin": two hyphens and
        # a name of two or three words after the stop: its photographer
        (?<=[.!?])\s+--\s*(?-i:[A-Z][a-z][\w'’\-]*)(?:\ (?-i:[A-Z][a-z][\w'’\-]*)){{1,2}}|
        # "... at Allen Fieldhouse. Photo by Nick Krug": its photographer after the stop, and
        # perhaps the outlet ("File photo by Glenn Russell/VTDigger")
        (?<=[.!?])\s+(?:file\ )?(?:photo|photograph|picture)s?\ by:?\ (?-i:[A-Z][\w'’.\-]*)
        (?:\ (?-i:[A-Z][\w'’.\-]*)){{0,3}}
        (?:/(?-i:[A-Z][\w'’.\-]*)(?:\ (?-i:[A-Z][\w'’.\-]*)){{0,3}})?|
        # "... June 5, 2024. REUTERS/Gonzalo Fuentes": an agency in capitals, a slash, a name
        (?-i:[A-Z]{{2,}}(?:-[A-Z]{{2,}})?)/\ ?(?-i:[A-Z][\w'’.\-]+)
        (?:\ [A-Z][\w'’.\-]+){{0,3}})(?:\s*\({_PHOTO_SOURCE}\))?\s*$""",  # "... Bowmer) (AP)"
    _I,
)
# A video's summary, dated and credited: "... boosting vaccination and awareness (Feb. 14) AP".
_VIDEO_TAIL = re.compile(rf"\(\s*{_MONTH}\s+\d{{1,2}}\s*\)\s+{_PHOTO_SOURCE}\s*$", _I)
_CREDIT_LINE = re.compile(
    r"""^(?:credits?\b.{1,80}|.{0,60}[/—–-]\s*getty\ images|
        (?:photo|photograph|image|picture|illustration)s?(?:\ credit)?\s*[:|]\s*.{1,80}|
        \(?(?:ap\ photo|(?:photo|picture|pic)\ by)\b.{0,80}|
        [\w\ ()\-]{1,60}\.(?:jpe?g|png|gif|webp)|
        \(?(?:(?:photo|image|picture)s?\ )?courtesy\ (?:of\ )?[A-Z][^.!?]{0,60}\)?|
        (?:photography|illustration|video|graphic|images?)\ by\ [A-Z][^.!?]{0,60})$""",
    _I,
)
_R_DASHED_DIGITS = re.compile(r"\d-\d")  # what a phone number of _CONTACT_RUN needs
# A press office's contact run inside a line: "WWW.USDOJ.GOV CRM (202) 514-2008 TDD (202) ...".
_CONTACT_RUN = re.compile(
    r"(?:\s*(?:(?i:www)\.|https?://)\S+)?(?:\s+[A-Z]{2,5}:?\s+\(?\d{3}\)?[\s.-]?\d{3}-\d{4}){2,}"
)
# A photo or graphic credited by a name alone: "Daniel Walters graphic", "Jane Doe photo".
_NAME_CREDIT = re.compile(
    r"^(?:[A-Z][\w'’.\-]*\s+){1,3}(?:graphic|photo|photograph|illustration|video)s?$"
)
# A feed reader's collapse toggle, with the mangled date before it: "., 21 .[−]".
_WIDGET_TAIL = re.compile(r"(?:,[\s\d.]{0,12})?\[[−+x×-]\]$")
_WEB_ADDRESS = re.compile(r"\b[\w\-]{2,40}\.(?:com|org|net|co\.uk|gov)\b", re.IGNORECASE)
# A link's prompt in brackets closing a paragraph: "... in 2017. (Click here to read his
# interview from last year.)"
_CLICK_TAIL = re.compile(r"(?<=[.!?\"”])\s*\((?i:click|tap)\s+(?i:here)\b[^()]{0,120}\)\s*$")
_CTA_LEAD = re.compile(
    r"(?:continue\ reading|read\ more)\s*(?:\.{3}|…)\s*"
    # an image's label glued to the story: "STAT Madness 2024 graphic Two discoveries ..."
    r"|(?-i:(?!(?:The|A|An)\ )(?:[A-Z0-9][\w'’.\-]*\ ){1,4})"
    r"(?:graphic|photo|illustration)\ (?=[A-Z])",
    _I,
)
_BYLINE = re.compile(r"^(?:by|and)\s+[A-Z]", re.UNICODE)
_STAMP_LEAD = re.compile(
    r"(?:(?:first|last)\s+)?(?:posted|published|updated|modified)(?:\s+on)?\s*:?\s*", re.I
)
_STAMP_SPLIT = re.compile(r"\s+[|/]\s+")
_STAMP_PART = re.compile(rf"(?:(?:{_DATE}|{_CLOCK})[,\s]*)+", re.I)
# "By JANE DOE, Associated Press": a byline on its own line, wherever it stands.
_BYLINE_LINE = re.compile(
    r"By:?\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}"
    # ", Associated Press"; " - Trend:" (the agency after a dash, a colon closing it)
    r"(?:\s*(?:,|\s[-–—])\s*[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3}:?)?"
)
# "Salon Staff", "Times Staff Writer", "Herald staff": the outlet's staff as the byline.
# A Markdown heading's mark: "# Title" (cleaning strips it; chrome spares the heading).
_HEADING = re.compile(r"^#{1,6}\s+")
_STAFF_BYLINE = re.compile(  # ("Sentinel & Enterprise staff": an ampersand between words)
    r"(?:The\s+)?[A-Z][\w.&'’\-]*(?:\s+(?:&|[A-Z][\w.&'’\-]*)){0,3}\s+[Ss]taff"
    r"(?:\s+(?:[Rr]eports?|[Ww]riters?|[Rr]eporters?))?"
    # "by Staff reporter", "By Our Correspondent": the desk, with no name
    r"|[Bb]y\s+(?:[Ss]taff|[Oo]ur|[Aa])\s+(?:[Rr]eporters?|[Cc]orrespondents?|[Ww]riters?)"
    # "Special to the Citizen Times": a contributor's tag under the name
    r"|Special\s+to\s+(?:[Tt]he\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3}"
    # "Editorial Board", "By the Star Tribune Editorial Board": the paper's voice
    r"|(?:[Bb]y\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w.&'’\-]*\s+){0,3}[Ee]ditorial\s+[Bb]oard"
)
# "Abigail Stevenson | CNBC": a name, a bar and the outlet alone on a line: a picture's
# credit (or a byline), never the story.
_PIPE_CREDIT = re.compile(
    r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}\s+\|\s+(?:[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3}"
    r"|[\w.+\-]+@[\w\-]+\.[\w.\-]+|@\w{2,30})"  # "Kate Ryan | kryan@wtop.com", "| @SABCNews"
)
# "-- Deliberations --", "— Trial summary —": a section's label between dashes.
_DASHED_LABEL = re.compile(r"(?:-{2,}|[—–])\s*[A-Z][\w'’]*(?:\s+[\w'’&]+){0,5}\s*(?:-{2,}|[—–])")
# An embedded post's signature: "— St. Louis County PD (@stlcountypd) March 15, 2015".
_POST_SIGNATURE = re.compile(rf"[—–-]\s*[^()\n]{{1,80}}\(@\w{{1,30}}\)\s+{_DATE}", re.I)
_HASHTAG = re.compile(r"(?<![\w&])#[A-Za-z]\w+")
_PULL = re.compile(r"[^\"“”:]{3,80}:\s*[\"“](?P<q>[^\"“”]{30,400})[\"”]\s*$")
_PULL_READS = 20
# A match's result: two sides, each a capitalised name and its score ("Auckland FC 3
# Wellington Phoenix 1"): the story's fact, not another story's headline.
_SCORE = re.compile(r"(?:[A-Z][\w'’.&\-]*\s+){1,4}\d{1,3},?\s+(?:[A-Z][\w'’.&\-]*\s+){1,4}\d{1,3}")
_R_NAME_ONLY = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}\.?")  # who is pictured
_CREDIT_HINT = re.compile(
    r"credit|photo|picture|image|getty|gallery|[.!?]\s+--|\.\s*\|", re.IGNORECASE
)
_TAIL_CHARS = 160  # a credit is looked for at a line's end only (and in linear time)
_LIST_RUN = 3  # this many headline-shaped lines in a row, inside the story, are other stories
_TAIL_MAX = 16  # words: a longer line after the last sentence is still read as story

# The patterns searched through a line behind a lookahead of their first characters (scan).
_R_DATE, _R_CLOCK, _R_STAMP_VERB, _CTA_ANYWHERE, _CONTACT_RUN, _CREDIT_HINT = map(
    prefiltered, (_R_DATE, _R_CLOCK, _R_STAMP_VERB, _CTA_ANYWHERE, _CONTACT_RUN, _CREDIT_HINT)
)
_CAPTION_WORDS, _QUOTE_MARKS, _WIDGET_TAIL = map(
    prefiltered, (_CAPTION_WORDS, _QUOTE_MARKS, _WIDGET_TAIL)
)
_RIGHTS, _CTA_MORE, _R_DASHED_DIGITS, _HASHTAG = map(
    prefiltered, (_RIGHTS, _CTA_MORE, _R_DASHED_DIGITS, _HASHTAG)
)
_R_LETTER = re.compile(r"[^\W\d_]")
_R_OTHER_LETTER = re.compile(r"[^\W\d_\x00-\u024f]")  # a letter outside the Latin blocks
_R_WORDS = re.compile(r"[a-z]+")
