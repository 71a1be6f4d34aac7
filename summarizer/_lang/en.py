"""English: every word list code's rules read, once.

Before this pack the lists lived in the modules that used them and had drifted apart:
the speech verbs of ``_actors``, ``_claims``, ``_quotes`` and ``_checks.names`` are now
one union, so "vowed" and "tweeted" are speech everywhere.
"""

from __future__ import annotations

from summarizer._lang import LanguagePack
from summarizer._lang.en_names import ENGLISH_NAMES


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MONTHS = (
    ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
    ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sept", "Sep"),
    ("October", "Oct"), ("November", "Nov"), ("December", "Dec"),
)  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Words whose trailing period does not end a sentence: titles before a name, and
# abbreviations that may also close one ("in the U.S. The talks ...") when what follows
# is a word that starts sentences, not a name ("U.S. President").
_TITLES = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj rev hon pres
    no nos vol vs approx dept fig cf al ch insp supt det cllr cpl pvt a.k.a reps sens const cst
    govs""".split()
)
# Street and name suffixes close a sentence too ("at 123 Main St. The shop ..."), but go on
# before a name ("St. Louis", "Mt. Everest").
_SUFFIXES = frozenset("st jr sr mt ft ave blvd rd bros".split())
_ABBREVIATIONS = (
    _TITLES
    | _SUFFIXES
    | frozenset(
        """inc corp co ltd llc etc est deg jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun u.s u.k u.n e.u d.c u.s.a a.m p.m i.e
    e.g n.y n.j l.a n.c s.c n.h n.d s.d n.m r.i""".split()
    )
    # US states as AP style abbreviates them in datelines ("ROCKFORD, Ill. (AP) --").
    | (
        _STATES := frozenset(
            """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss
            mo mont neb nev okla ore pa tenn tex vt va wash wis wyo""".split()
        )
    )
)
# A title's abbreviation -> the words a story calls its holder by later ("the alderman").
_TITLE_WORDS = tuple(
    (short, tuple(full.split("/")))
    for short, full in (
        ("ald", "alderman/alderwoman"), ("gov", "governor"), ("sen", "senator"),
        ("rep", "representative/congressman/congresswoman"), ("supt", "superintendent"),
        ("insp", "inspector"), ("det", "detective"), ("sgt", "sergeant"),
        ("lt", "lieutenant"), ("capt", "captain"), ("col", "colonel"), ("gen", "general"),
        ("cllr", "councillor"), ("prof", "professor"), ("atty", "attorney"),
        ("cmdr", "commander"), ("adm", "admiral"), ("maj", "major"), ("cpl", "corporal"),
        ("cst", "constable"), ("const", "constable"), ("pres", "president"),
    )
)  # fmt: skip
# Capitalised words that open sentences and are never part of a name.
_STARTERS = frozenset(
    """the a an this that these those it its he she they we i you his her their our my
    but and or so yet in on at for from with by as after before when while if although
    though since because there here then now some many most all no not both each such
    during over under about however meanwhile still also instead later earlier mr mrs
    ms""".split()
)
# Capitalised words that go on after an abbreviation rather than open a sentence: a time
# zone, day or month after "p.m.", a body or title after "U.S." ("U.S. Army said").
_CONTINUES = frozenset(
    """eastern pacific central mountain local monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec army navy air marines
    marine military forces embassy senate house congress department government treasury court
    courts attorney ambassador president secretary mission council agency district circuit
    coast census border customs capitol police mayor governor open dollar envoy representative
    intelligence justice postal olympic supreme general federal national special state chamber
    bureau command space marshals team women men""".split()
)
# Words that open a sentence after an initial ("Plan B. The ..."), never a surname.
_AFTER_INITIAL = frozenset("the this it its he she they we there but".split())

_NUMBER_WORDS = (
    ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
    ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11),
    ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
    ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
    ("forty", 40), ("fifty", 50),
)  # fmt: skip

ENGLISH = LanguagePack(
    code="en",
    name="English",
    dateparser=("en",),
    stopwords=_w(
        """a an the and or but of to in on at for with from by as is are was were be been has
        have had that this it its he she they we you i his her their our not no will would
        can could should may might what who how why when where which about after before over
        into out up than then so if"""
    ),
    # English news prose runs at 30-45% of these; German, French or Spanish at under 10%.
    min_stopword_ratio=0.15,
    nav_words=_w(
        """next previous prev back to top home menu search close open skip main print copy
        copied share email save saved more all view see read full this these like related
        other latest popular most stories story article articles post posts page link
        comments comment gallery photos videos content news headlines picks editor's editors'
        trending hide show toggle enlarge caption image images ad ads advert adverts"""
    ),
    nav_objects=_w(
        """article articles post posts page link comments comment gallery stories top news
        headlines picks caption image images photos videos ad ads advert adverts"""
    ),
    speech_verbs=_w(
        """said says say told tells added adds asked asks explained noted stated wrote writes
        continued insisted argued warned cautioned declared commented replied remarked recalled
        acknowledged announced observed suggested claimed stressed emphasized emphasised urged
        conceded admitted predicted concluded tweeted reiterated accused called described dubbed
        spoke alleged maintained revealed disclosed confirmed denied responded answered lamented
        assured opined quipped joked boasted reaffirmed vowed pledged believes believe argues
        claims insists warns states thinks think denies calls accuses announces expressed
        promised fumed snapped retorted countered exclaimed mused scoffed shouted blasted
        expresses voiced predicts explains notes writes tweets recalls admits concedes
        suggests stresses urges confirms reveals concludes acknowledges maintains declares
        replies responds pleaded pleads branded brands labelled labeled termed testified
        testifies begged hailed praised criticised criticized condemned slammed
        denounced decried lauded characterised characterized derided"""
    ),
    speech_not_claims=_w("claims calls states asked asks spoke pleaded pleads begged"),
    speech_inverted=_w("said says added opined wrote asked explained noted continued expresses"),
    speech_plain=_w("said says added"),
    # the -ing form of each speech verb that opens a quotation after a comma ("..., stating
    # '...'"): the finite forms are in speech_verbs
    speech_participles=_w(
        """saying adding noting telling insisting arguing warning calling describing asking
        stating explaining writing continuing cautioning declaring commenting replying
        remarking recalling acknowledging announcing observing suggesting claiming stressing
        emphasizing emphasising urging conceding admitting predicting concluding tweeting
        reiterating accusing dubbing alleging revealing confirming denying responding
        answering lamenting assuring quipping joking boasting vowing pledging promising
        branding labelling labeling terming testifying exclaiming hailing praising
        criticising criticizing condemning slamming denouncing decrying
        lauding characterising characterizing deriding"""
    ),
    speech_judging=_w("dismissed dismisses dismissing"),
    speech_adverbs=_w(
        """also later then again previously earlier once further has have had publicly
        strongly repeatedly firmly flatly vehemently already alone itself too separately"""
    ),
    subject_pronouns=_w("he she it they"),
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    time_words=(
        *"today tonight yesterday tomorrow week month year ago Easter Christmas".split(),
        *"New Year;Thanksgiving;spring;summer;autumn;fall;winter".split(";"),
        *"night morning afternoon evening".split(),
    ),
    # "NEW YORK (AP) -- ", "WASHINGTON—": capitals, an optional agency, a dash.
    dateline=(
        r"(?:[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][a-z]{1,8}\.?(?:\s+\d{1,2})?)?"
        # a release's date and wire: "PLANO, Texas, June 30, 2020 /PRNewswire/ --"
        r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?"
        r"\s*(?:\([^)\n]{1,60}\)|/[A-Z][\w ]{1,30}/)?"
        r"|\([A-Z][\w .&'’-]{1,40}\)"  # or the wire alone: "(BLACK PR WIRE) –", "(Reuters) -"
        r"|[A-Z][\w-]{1,40}\.(?:com|net|org|co\.uk|ie))"  # or the site: "StockMarketWire.com -"
        r"\s*(?:(?:--|—|–)\s*|-\s+)"
    ),
    number_words=_NUMBER_WORDS,
    span_verbs=tuple(
        """started starts began begins ended ends finished finishes closed closes opened opens
        entered enters welcomed welcomes spent spends""".split()
    ),
    content_stopwords=_w(
        """the a an and or but of to in on at for with from by as is are was were be been has
        have had that this these those it its their his her he she they we i you not no said
        says will would could should may might can also more most than then there which who
        whom what when about after before over into out up down very just all any some such"""
    ),
    stem_suffix="s",
    stem_length=7,
    name_stopwords=_w(
        """A An The This That These Those It Its He She They We I You His Her Their Our My
        Your In On At For From With By Of To As After Before During Since Until While When
        Where Why How What Who Which If But And Or So Yet Also Meanwhile However Earlier Later
        Shortly Then Now Today Tonight Tomorrow Yesterday Once Over Under More Most Many Some
        All Both Each Every No Not Read Share Photo Image Video File Breaking Additionally
        Following Prior Due Along Although Because Though Last Next Here There Despite Among
        Around Across Against Through Without Within Like Just Only Even Still Please
        Congratulations Thanks Officials Analysts Experts Police One Two Three Four Five Six
        Seven Eight Nine Ten Eleven Twelve Twenty Hundreds Thousands Millions Everyone
        Everybody Nobody Someone Somebody Anyone Anybody Everything Nothing Something Anything
        People Neither Either Whether Perhaps Instead Indeed Overall Again Such Other Another
        Several Few Much Very Too Almost Yes Oh Well"""
    )
    | frozenset(_WEEKDAYS)
    | frozenset(form for forms in _MONTHS for form in forms),
    names=ENGLISH_NAMES,
    speaker_body_nouns=_w(
        """company firm group business corporation carrier airline retailer lender bank insurer
        ministry department agency office council authority board commission regulator watchdog
        club team league federation union party government court police force service trust
        charity organisation organization university school hospital institute foundation
        embassy administration campaign network channel newspaper broadcaster statement release
        spokesman spokeswoman spokesperson"""
    ),
    speaker_person_nouns=_w(
        """man woman boy girl teenager mother father actor actress singer star player striker
        coach manager driver victim survivor witness resident owner founder lawmaker politician
        candidate senator lawyer attorney doctor nurse scientist researcher professor teacher
        student author economist analyst veteran officer official judge prosecutor minister
        president chancellor premier mayor governor"""
    ),
    speaker_office_nouns=_w(
        """minister president premier chancellor mayor governor senator congressman
        congresswoman chairman chairwoman executive secretary leader founder commissioner
        ambassador taoiseach negotiator envoy
        actor actress singer star player striker forward midfielder defender goalkeeper
        author writer novelist scientist researcher professor economist politician lawmaker
        candidate musician artist rapper comedian chef entrepreneur"""
    ),
    speaker_described_nouns=_w(
        """witness passenger neighbour neighbor resident local shopper customer client patient
        pupil parent motorist cyclist pedestrian tourist visitor voter fan spectator protester
        demonstrator worker employee staffer nurse paramedic firefighter soldier guard pilot
        farmer owner landlord tenant diner source insider spokesman spokeswoman spokesperson
        representative aide adviser advisor councillor councilman councilwoman member
        sister brother son daughter wife husband partner fiancee fiance friend relative cousin
        uncle aunt grandmother grandfather grandson granddaughter niece nephew mum dad
        widow widower stepson stepdaughter stepmother stepfather
        girlfriend boyfriend colleague classmate teammate lawyer solicitor barrister attorney
        person individual onlooker bystander commuter driver rider refugee migrant survivor
        victim teenager youngster child mother father man woman boy girl student teacher
        doctor manager officer official"""
    ),
    description_ends=_w(
        """who whom whose that which on in at from outside inside near after before as by with
        for of to said says told added and or but while when where speaking"""
    ),
    description_qualifiers=_w(
        "who whom whose that which on in at from outside inside near as by with for of to"
    ),
    state_bodies=_w("government ministry embassy administration"),
    abbreviation_titles=_TITLES,
    abbreviation_suffixes=_SUFFIXES,
    abbreviations=_ABBREVIATIONS,
    state_abbreviations=_STATES,
    title_words=_TITLE_WORDS,
    sentence_starters=_STARTERS,
    continues_after_abbreviation=_CONTINUES,
    after_initial=_AFTER_INITIAL,
    indefinites=_w("a an one another some several many two three his her their its my our"),
    possessives=_w("his her their my our"),
)
