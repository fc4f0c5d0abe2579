"""Country names and nationality adjectives that name no state: words of a place's name ("the Syrian
Golan Heights", "Israeli-held territory"), lists the recogniser took for one name ("Mali, Burkina
Faso"), adjectives of persons the sector table lacks ("two Chinese engineers": civilians, not China's
government), of military acts ("Israeli air strikes": MIL) and of a country's economy or culture ("the
Indian economy"). Used by :mod:`dragoman.stages.names`."""

from __future__ import annotations

from ..parsed import ParsedDoc, Token

__all__ = [
    "controlled_place",
    "in_place_name",
    "landform_of",
    "listed_names",
    "military_act",
    "not_an_act",
    "of_person",
    "person_noun",
]

#: last words of the names of landforms and waters ("the Syrian Golan Heights", "the Libyan Desert")
_LANDFORMS = frozenset(
    "heights hills hill mountains mountain mount plateau desert valley strait straits sea gulf bay "
    "river lake peninsula coast island islands plain plains highlands basin delta corridor".split()
)
#: participles of control after a hyphen: the territory is held, not the actor ("Israeli-held",
#: "rebel-controlled"); "US-led forces" stays an actor
_CONTROL = frozenset("held occupied controlled annexed administered ruled governed".split())
#: acts of armed forces a state's adjective owns: its military's ("Israeli air strikes", "a Turkish
#: raid", "the Russian offensive"); not bombings, which militants carry out too
_MILITARY_ACTS = frozenset("strike airstrike raid shelling bombardment offensive incursion".split())
#: person endings of nouns ("journalist", "auctioneer", "evacuee", "chairman", "historian")
_PERSON_ENDINGS = ("ist", "eer", "man", "men", "woman", "person", "ian", "nee", "loyee", "cuee", "iree")
#: words with those endings that name things ("checklist", "heist", "committee")
_NOT_PERSONS = frozenset(
    "list checklist shortlist blacklist watchlist playlist wishlist heist twist wrist fist mist gist "
    "career veneer median amen omen acumen specimen regimen abdomen".split()
)


def listed_names(parsed: ParsedDoc, start: int, end: int) -> bool:
    """An entity span that is a list of names ("Mali, Burkina Faso"): a comma inside it."""
    return any(parsed[i].text == "," for i in range(start + 1, end - 1))


def in_place_name(parsed: ParsedDoc, head: int) -> bool:
    """A country word in a place's name or a place's description: "the Syrian Golan Heights",
    "Israeli-held territory", "the Israeli-occupied West Bank"."""
    return controlled_place(parsed, head) or landform_of(parsed, head) is not None


def controlled_place(parsed: ParsedDoc, head: int) -> bool:
    """A name before a hyphen and a participle of control: "Israeli-held", "Hamas-ruled Gaza"."""
    after = head + 1
    if parsed[head].head == head or after + 1 >= len(parsed.tokens) or parsed[after].text != "-":
        return False
    part = parsed[after + 1]
    return part.tag == "VBN" and part.lower in _CONTROL


def landform_of(parsed: ParsedDoc, head: int) -> int | None:
    """The head of the landform's name a country word starts: "Heights" of "the Syrian Golan Heights"
    (a place of that country for the context of bare actors)."""
    tok = parsed[head]
    governor = parsed[tok.head]
    if tok.dep not in ("amod", "compound") or governor.pos != "PROPN" or governor.i <= head:
        return None
    if governor.lower in _LANDFORMS and all(parsed[k].pos == "PROPN" for k in range(head + 1, governor.i)):
        return governor.i
    return None


def person_noun(tok: Token) -> bool:
    """A common noun naming persons by its ending, for nouns the sector table lacks ("a Chinese
    auctioneer", "Russian chairmen", "a Kenyan geologist")."""
    if tok.pos != "NOUN":
        return False
    lemma = tok.lemma.lower()
    if lemma in _NOT_PERSONS or tok.lower in _NOT_PERSONS or len(lemma) < 5:
        return False
    return lemma.endswith(_PERSON_ENDINGS)


def of_person(parsed: ParsedDoc, head: int) -> bool:
    """A nationality adjective on a noun of persons the sector table lacks ("Kenyan geologists")."""
    return parsed[head].dep in ("amod", "compound") and person_noun(parsed[parsed[head].head])


def military_act(parsed: ParsedDoc, head: int) -> bool:
    """A country adjective on an act of armed forces: "Israeli air strikes", "a Turkish raid" (MIL)."""
    tok = parsed[head]
    return tok.dep in ("amod", "compound") and parsed[tok.head].lemma.lower() in _MILITARY_ACTS


#: nouns a nationality adjective qualifies without naming its state as an actor: the country's economy,
#: markets, culture and sport ("the Indian economy grew", "the British record"); not its goods, which
#: trade measures target ("tariffs on Australian coal exports": Australia)
_NATIONAL_THINGS = frozenset(
    "economy market shares share stock stocks currency unemployment inflation growth price prices "
    "deficit surplus output gdp soil record records cinema theatre theater culture language television "
    "athletics football rugby cricket sport league championship championships title team squad side "
    "charts box-office".split()
)


def not_an_act(parsed: ParsedDoc, head: int) -> bool:
    """A nationality adjective that is a predicate ("wanted to remain British"), or a country's name or
    adjective qualifying one of :data:`_NATIONAL_THINGS` ("the Indian economy", "Japan's economy")."""
    tok = parsed[head]
    if tok.dep in ("acomp", "oprd") and tok.pos == "ADJ":
        return True
    if tok.dep not in ("amod", "compound", "nmod", "poss") or tok.head == head:
        return False
    noun = parsed[tok.head]
    return noun.pos == "NOUN" and (noun.lemma.lower() in _NATIONAL_THINGS or noun.lower in _NATIONAL_THINGS)
