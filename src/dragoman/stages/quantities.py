"""Bare quantities that stand for people: "Hundreds demonstrated", "Dozens were arrested", "troops
killed five", "tens of thousands rallied", "police detained dozens of them".

A number or a noun of number heading its own noun phrase is a crowd of civilians (CVL, a country only
from its context) when its clause says it is people: the subject of a verb people do (march, flee,
die), the subject or object of a verb done to people (arrest, kill, evacuate), or counted "of them".
Not "hundreds of soldiers" (the head is "soldiers"), "thousands of dollars", "in the 1990s" (no such
role) or "Thousands were spent" (a verb said of things).
"""

from __future__ import annotations

from dataclasses import replace

from ..parsed import ParsedDoc, Token
from ..registry import Registry, SectorNoun

__all__ = ["crowd_noun", "is_quantity"]

#: nouns and determiners of number that can head a phrase for people ("hundreds", "scores", "many")
_NOUNS = frozenset("hundred thousand million dozen score ten many several".split())
#: number words the parser may tag as nouns ("wounded twelve")
_NUMBERS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety""".split()
)
#: verbs whose subject is people: "Thousands marched"
_DOERS = frozenset(
    """demonstrate march rally protest gather flee riot chant die perish drown converge attend clash
    strike vote queue mourn storm throng besiege picket boycott shout camp sing escape surrender defect
    pray celebrate cheer demand sign""".split()
)
#: verbs done to people: their object ("killed five"), or their subject in the passive ("Dozens were
#: arrested", "35 wounded")
_DONE_TO = frozenset(
    """arrest kill wound injure detain evacuate displace rescue abduct kidnap deport execute jail
    imprison hurt massacre shoot torture trap strand expel evict sentence convict release free
    disperse beat hospitalise hospitalize treat bury round murder behead hang slaughter maim
    capture hold""".split()
)
#: pronouns whose "of" makes a quantity people: "dozens of them"
_PEOPLE_PRONOUNS = frozenset({"them", "us", "you"})


def is_quantity(tok: Token) -> bool:
    """A number ("20", "five") or a noun of number ("hundreds", "scores") that may head a phrase."""
    if tok.pos == "NUM":
        return tok.tag == "CD" and not _year(tok)
    if tok.pos not in ("NOUN", "ADJ"):
        return False
    return tok.lemma.lower() in _NOUNS or tok.lower in _NUMBERS


def crowd_noun(
    parsed: ParsedDoc, kids: list[list[int]], registry: Registry, head: int
) -> tuple[int, SectorNoun] | None:
    """The sector noun "people" for a quantity heading a phrase for people, with its start (the head)."""
    tok = parsed[head]
    if not is_quantity(tok) or not _people_role(parsed, kids, tok):
        return None
    people = registry.sector_nouns.get(("people",))
    if people is None:
        return None
    return head, replace(people, is_group=False)


def _people_role(parsed: ParsedDoc, kids: list[list[int]], tok: Token) -> bool:
    """Whether the quantity's clause makes it people, and no "of" object is its head ("of them" is)."""
    counted = _of_object(parsed, kids, tok.i)
    if counted is not None and is_quantity(parsed[counted]):  # "hundreds of thousands"
        counted = _of_object(parsed, kids, counted)
    if counted is not None:
        return parsed[counted].lower in _PEOPLE_PRONOUNS
    if any(parsed[k].text in ("$", "%", "£", "€") or parsed[k].lower == "percent" for k in kids[tok.i]):
        return False
    verb = parsed[tok.head]
    if verb.pos not in ("VERB", "AUX") or verb.i == tok.i:
        return False
    lemma = verb.lemma.lower()
    if tok.dep in ("nsubj", "nsubjpass"):
        return lemma in _DONE_TO or (lemma in _DOERS and tok.dep == "nsubj") or _took_to(parsed, kids, verb)
    return tok.dep == "dobj" and lemma in _DONE_TO


def _of_object(parsed: ParsedDoc, kids: list[list[int]], head: int) -> int | None:
    """The object of an "of" after the quantity ("dozens of them"), if any."""
    for k in kids[head]:
        if k > head and parsed[k].dep == "prep" and parsed[k].lower == "of":
            return next((o for o in kids[k] if parsed[o].dep == "pobj"), k)
    return None


def _took_to(parsed: ParsedDoc, kids: list[list[int]], verb: Token) -> bool:
    """ "took to the streets", "took part": said of people."""
    if verb.lemma.lower() != "take":
        return False
    return any(
        parsed[k].lower == "part" or (parsed[k].lower == "to" and parsed[k].dep == "prep")
        for k in kids[verb.i]
    )


def _year(tok: Token) -> bool:
    """A year ("1995") or a decade ("1990s"), never people."""
    text = tok.text.rstrip("s").lstrip("'")
    return text.isdigit() and (len(text) == 4 or tok.text.endswith("s"))
