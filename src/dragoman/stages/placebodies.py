"""Place names inside the names of events and bodies, and in lists, for the places stage: a town
opening an event's name ("the Cannes Film Festival"), two places joined by a hyphen in a body's name
("the Kitchener-Waterloo Transit board"), the other members of a list that holds a place ("crews
from Hornsey, Barnet and Walthamstow"), and an airport's curated short name that the parser took
for a person ("Heathrow")."""

from __future__ import annotations

from ..gazetteer import ALIAS, ALTERNATE_NAME, GazEntry, Gazetteer
from ..parsed import ParsedDoc
from .placenames import NAMED_LABELS, Candidate, known, make_candidate, strong
from .placescore import Options

#: the last words of the names of events held in a town ("the Venice Film Festival", "the Monaco
#: Grand Prix", "the Boston Marathon", "the Madrid Open", "the Davos Forum")
EVENT_WORDS = frozenset(
    "Festival Fest Prix Biennale Biennial Marathon Games Olympics Fair Expo Carnival Carnaval Summit "
    "Conference Forum Open Regatta Triennale Rodeo".split()
)
#: the least population of a town that opens an event's name
EVENT_TOWN_POPULATION = 10_000
#: feature codes of oceans, seas, straits, rivers, lakes and mountain ranges
PHYSICAL_CODES = frozenset({"OCN", "SEA", "GULF", "STRT", "STM", "LK", "MTS"})
_HYPHENS = frozenset({"-", "–"})
#: words that join the members of a list
_LIST_JOINS = frozenset({",", "and", "or"})
#: candidate sources that are not a place's own name (an adjective, a compound's head, a possessor)
_NOT_NAMES = frozenset({"demonym", "compound", "possessor"})


def physical(options: Options) -> bool:
    """The name's best entry is an ocean, sea, river, lake or mountain range: a name that companies,
    magazines and teams borrow ("Atlantic Records", "Amazon", "Alps Electric")."""
    return bool(options) and options[0][0].feature_code in PHYSICAL_CODES


def _free(taken: set[int], lo: int, hi: int) -> bool:
    return not any(j in taken for j in range(lo, hi))


def event_towns(parsed: ParsedDoc, gazetteer: Gazetteer, taken: set[int]) -> dict[Candidate, Options]:
    """A town the gazetteer knows by its main name or an alias opening the name of an event held
    there: "the Venice International Film Festival", "the Cannes Grand Prix"."""
    found: dict[Candidate, Options] = {}
    for ent in parsed.ents:
        first = ent.start + (parsed[ent.start].lower == "the")
        if ent.label not in NAMED_LABELS or ent.end - first < 2 or not _free(taken, first, ent.end):
            continue
        if parsed[ent.end - 1].text not in EVENT_WORDS:
            continue
        for hi in range(min(ent.end - 1, first + 3), first, -1):
            cand = make_candidate(parsed, first, hi, "ner-org")
            options = gazetteer.matches(cand.text)
            best = _best_known(options)
            if best is not None and not physical(options) and parsed[first].ent_type != "PERSON":
                found[cand] = [best]
                taken.update(range(first, hi))
                break
    return found


def _best_known(options: Options) -> tuple[GazEntry, int] | None:
    """The most populous entry by main name or alias, a town of 10,000 people or more (not Harvest,
    Alabama, in "the Harvest Moon Festival"): an event reported abroad bears the name of the
    best-known town so named ("the Venice Film Festival" is not in Venice, Florida)."""
    named = [(e, k) for e, k in options if k != ALTERNATE_NAME]
    best = max(named, key=lambda option: option[0].population, default=None)
    return best if best is not None and best[0].population >= EVENT_TOWN_POPULATION else None


def _neighbours(one: Options, other: Options) -> bool:
    """Some entry of ``one`` lies within about 150 km of some entry of ``other``."""
    return any(abs(a.lat - b.lat) < 1.5 and abs(a.lon - b.lon) < 2.0 for a, _ in one for b, _ in other)


def _hyphen_parts(parsed: ParsedDoc, i: int) -> tuple[int, int] | None:
    """ "<Name>" "-" "<Name>" written without spaces, starting at token ``i``: the two token indices."""
    if i + 2 >= len(parsed) or parsed[i + 1].text not in _HYPHENS:
        return None
    if parsed[i].whitespace or parsed[i + 1].whitespace:
        return None
    if (i >= 1 and parsed[i - 1].text in _HYPHENS) or (
        i + 3 < len(parsed) and parsed[i + 3].text in _HYPHENS
    ):
        return None  # a longer hyphenated name ("the Wam-Sag-Man Trail")
    if not all(parsed[j].text[:1].isupper() and parsed[j].text.isalpha() for j in (i, i + 2)):
        return None
    return i, i + 2


def hyphen_pairs(parsed: ParsedDoc, gazetteer: Gazetteer, taken: set[int]) -> dict[Candidate, Options]:
    """Two place names joined by a hyphen, as in the name of a body serving both ("Middlesex-London
    Health Unit", "the Kitchener-Waterloo Record"), when the gazetteer knows both by their main
    names or aliases and one of them is well known (so "Hewlett-Packard" or a double-barrelled
    surname stays whole): the well-known one, and the other too when the two have namesakes near
    each other (a body serves neighbours; the gazetteer may lack the other's right namesake). Not
    inside a person's name."""
    found: dict[Candidate, Options] = {}
    for i in range(len(parsed) - 2):
        parts = _hyphen_parts(parsed, i)
        if parts is None or not _free(taken, i, i + 3) or parsed[i].ent_type == "PERSON":
            continue
        names = [make_candidate(parsed, j, j + 1, "compound") for j in parts]
        options = [gazetteer.matches(c.text) for c in names]
        if not all(known(o) and not physical(o) for o in options):
            continue
        pairs = [(c, o) for c, o in zip(names, options, strict=True) if strong(c.text, o)]
        if pairs and _neighbours(*options):
            pairs = list(zip(names, options, strict=True))
        found.update(pairs)
        taken.update(c.first for c, _ in pairs)
    return found


def _name_word(parsed: ParsedDoc, j: int) -> bool:
    return parsed[j].text[:1].isupper() and parsed[j].pos == "PROPN"


def _member_before(parsed: ParsedDoc, lo: int) -> tuple[int, int] | None:
    """The capitalised run of one to three tokens ending before the list joint at ``lo - 1``."""
    join = lo - 1
    if join < 1 or parsed[join].lower not in _LIST_JOINS:
        return None
    if parsed[join].lower != "," and parsed[join - 1].text == ",":
        join -= 1  # the serial comma: "X, Y, and Z"
    hi = join
    start = hi
    while start > max(0, hi - 3) and _name_word(parsed, start - 1):
        start -= 1
    return (start, hi) if start < hi else None


def _member_after(parsed: ParsedDoc, hi: int) -> tuple[int, int] | None:
    """The capitalised run of one to three tokens after the list joint at ``hi``."""
    lo = hi
    while lo < len(parsed) and parsed[lo].lower in _LIST_JOINS and lo < hi + 2:
        lo += 1
    if lo == hi:
        return None
    end = lo
    while end < min(lo + 3, len(parsed)) and _name_word(parsed, end):
        end += 1
    return (lo, end) if lo < end else None


def list_members(
    parsed: ParsedDoc, gazetteer: Gazetteer, found: dict[Candidate, Options]
) -> dict[Candidate, Options]:
    """The other members of a list that holds a place ("fire crews from Hornsey, Barnet and
    Walthamstow"): each capitalised member that the gazetteer knows by its main name or an alias
    (any size) in a country where the place has an entry, whatever the parser labelled it; not an
    acronym ("TASS") unless well known; before "counties", the county ("Navarro and Ellis counties").
    A member the gazetteer lacks is passed over, a person ends the list, and the list is followed
    on both sides."""
    taken = {i for c in found for i in range(c.first, c.last)}
    extra: dict[Candidate, Options] = {}
    for cand in sorted(found, key=lambda c: c.first):
        if cand.source in _NOT_NAMES:
            continue
        for step in (_member_before, _member_after):
            edge = cand.first if step is _member_before else cand.last
            for _ in range(6):
                span = step(parsed, edge)
                if span is None or parsed[span[0]].sent != cand.sentence:
                    break
                lo, hi = span
                edge = lo if step is _member_before else hi
                if any(parsed[j].ent_type == "PERSON" for j in range(lo, hi)):
                    break  # a list of people, or the place's list ended
                if not _free(taken, lo, hi):
                    continue
                member = make_candidate(parsed, lo, hi, "list")
                name = member.text + " County" if _county_list(parsed, hi) else member.text
                options = _same_country(gazetteer.matches(name), found[cand])
                acronym = member.text.isupper() and not strong(member.text, options)  # "TASS", "EU"
                if known(options) and not physical(options) and not acronym:
                    extra[member] = options
                    taken.update(range(lo, hi))
    return extra


def _county_list(parsed: ParsedDoc, j: int) -> bool:
    """The list going on at token ``j`` ends before "counties" or "parishes" ("in Navarro, Henderson
    and Ellis counties"): its members are counties, named without "County"."""
    while j < len(parsed) and (parsed[j].lower in _LIST_JOINS or parsed[j].text[:1].isupper()):
        j += 1
    return j < len(parsed) and parsed[j].lower in {"counties", "parishes"}


def _same_country(options: Options, anchor: Options) -> Options:
    """The member's entries that are areas or lie in a country where the anchor has an entry (the
    places of one list mostly share a country: "Hornsey, Barnet and Walthamstow")."""
    countries = {entry.country_code for entry, _ in anchor}
    return [(e, k) for e, k in options if e.country_code in countries or not e.feature_code.startswith("PPL")]


def city_alias(text: str, options: Options) -> bool:
    """The single word is one of dragoman's curated aliases of a city (an airport's short name:
    "Heathrow", "Schiphol"), a place even where the parser took it for a person."""
    return len(text.split()) == 1 and any(
        kind == ALIAS and entry.feature_code.startswith("PPL") for entry, kind in options
    )
