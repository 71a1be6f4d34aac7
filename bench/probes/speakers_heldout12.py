"""Twelfth round, held out (written before ``speakers_cases12`` and before any rule of the
round; never read while writing rules): speakers described, not named ("a witness said",
"the driver told police", "his lawyer said"). The speaker expected is the description's
head noun (scored, like the eval, by its last word); a name given in the article still
wins, and a description the article resolves to a body stays that body."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    ('A fire destroyed three shops in Harlow on Sunday.\n\n"The flames were taller than the '
     'houses," one resident said.', "The flames were taller", "resident"),
    ('"I heard two bangs and then screaming," said a witness who asked not to be named.',
     "I heard two bangs", "witness"),
    ('A 19-year-old man was charged with dangerous driving.\n\n"I did not see him until it '
     'was too late," the driver told officers, according to court papers.',
     "I did not see him", "driver"),
    ('The family paid tribute on Friday.\n\n"She lit up every room she walked into," her '
     'sister said.', "She lit up every room", "sister"),
    ('"My client will plead not guilty," his lawyer told reporters outside the court.',
     "My client will plead", "lawyer"),
    ('Passengers were stuck for five hours.\n\n"Nobody told us anything," said one '
     'passenger, a teacher from Leeds.', "Nobody told us anything", "passenger"),
    ('"We are reviewing the footage," a police spokesperson said.', "We are reviewing the",
     "spokesperson"),
    ('A senior official, speaking on condition of anonymity, said: "The talks are close to '
     'collapse."', "The talks are close", "official"),
    ('"It was chaos," a 45-year-old mother of two said as she waited for news.', "It was chaos",
     "mother"),
    ('Workers walked out at noon.\n\n"We have had enough," one striking nurse said.',
     "We have had enough", "nurse"),
    ('"The ball was clearly over the line," the home manager said after the match.',
     "The ball was clearly", "manager"),
    ('Neighbours described the couple as quiet.\n\n"They kept themselves to themselves," '
     'said a man who lives opposite.', "They kept themselves", "man"),
    ('"This is the worst flooding in 40 years," a local farmer said.', "This is the worst",
     "farmer"),
    ('Doctors at the hospital were overwhelmed. "We ran out of beds by midnight," one doctor '
     'said.', "We ran out of beds", "doctor"),
    # guards: a name given, a body named, no speech
    ('"We will appeal," said Mark Doyle, a lawyer for the family.', "We will appeal",
     "Mark Doyle"),
    ('Tesco apologised to customers.\n\n"We are sorry for the disruption," a spokesman for '
     'Tesco said.', "We are sorry for the", "Tesco"),
    ('The report called the response "slow and confused".', "slow and confused", None),
    ('Fans held banners reading "Not for sale" outside the ground.', "Not for sale", None),
]  # fmt: skip
