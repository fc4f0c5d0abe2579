"""Where a name stands in the parse, for the places stage: the candidate record, the tests of a
well-known or known name, the positions where a name is a place whatever the parser labelled it
("born in Churchill", "the town of Bakwa", "Paul Block, 49, of Waterloo", "Alexandria police"),
datelines, "<place>, <province>" and "<town>, <postal code>", place names inside other words
("U.S.-led") and inside organisations' names ("the Lindsay Police", "CTV Edmonton"), names the
parser cut short, and a city's parts named with a possessive ("Cairo's Abbasiya district")."""

from __future__ import annotations

from dataclasses import dataclass

from ..gazetteer import ALTERNATE_NAME, MAIN_NAME, GazEntry, Gazetteer, place_nouns
from ..parsed import ParsedDoc
from .placescore import COUNTRY_CODES, Options, is_container

#: prepositions whose object, whatever the parser's label, is taken for a place when the gazetteer
#: knows it well ("fighting in Aleppo" with "Aleppo" tagged NORP)
LOCATIVE_PREPS = frozenset("in at from to near into across outside inside around toward towards".split())
#: prepositions after which any populated place the gazetteer knows by its main name is taken,
#: however small and whatever the parser's label ("was born in Churchill", "fighting near Knin")
PLACE_PREPS = frozenset("in at near outside inside around across throughout within".split())
#: words before "of" that make its object a place: "north of Kabul", "outside of Waterloo"
DIRECTION_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest outside outskirts".split()
)
#: plural or collective nouns of people and services that a place name modifies as their home
#: ("an Alexandria woman", "Torrington businesses", "Brant police"); not "family" nor "campaign",
#: which a person's surname modifies as often
RESIDENT_NOUNS = frozenset(
    "man woman men women boy girl teen teenager resident residents native natives couple police "
    "firefighters officials businesses schools neighbourhood neighborhood".split()
)
#: capitalised words that follow a town's name in the name of its own institutions ("Lindsay Police",
#: "the DeKalb City Council", "Cookville Volunteer Fire Department", "Litchfield Superior Court")
CIVIC_WORDS = frozenset(
    "Police City Fire Town Township Village Municipal Sheriff Mayor Council Public Volunteer Superior "
    "Borough Chamber OPP RCMP EMS PD".split()
)
#: words that, before "Court", name a town's court ("Wood Green Crown Court", "Highbury Magistrates' Court")
COURT_WORDS = frozenset({"Crown", "Magistrates", "Magistrates'", "Coroner's", "Coroners", "County"})
#: the last word of a street name in an address ("12 Orchard St., Alexandria")
STREET_WORDS = frozenset("st st. street ave ave. avenue rd rd. road dr dr. drive blvd blvd. lane ln.".split())
#: entity labels of numbers and dates: never a place, whatever the gazetteer knows ("in August")
NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
#: "well known": a country, region or sea, or a place of at least this population; only such names
#: are taken from entities of other labels and from lone capitalised words
STRONG_POPULATION = 100_000
_DASHES = frozenset({"—", "–", "-", "--"})


@dataclass(frozen=True)
class Candidate:
    start: int  #: character offsets
    end: int
    text: str
    sentence: int
    first: int  #: token range [first, last)
    last: int
    #: where it came from: "ner", "ner-org" (inside another entity), "gazetteer", "dateline",
    #: "same-name", "demonym" or "compound" (inside a hyphenated word)
    source: str


def make_candidate(parsed: ParsedDoc, lo: int, hi: int, source: str) -> Candidate:
    start, end = parsed[lo].idx, parsed[hi - 1].end
    return Candidate(start, end, parsed.text[start:end], parsed[lo].sent, lo, hi, source)


def strong(text: str, options: Options) -> bool:
    """The text is the main name (or a curated alias) of a country, region or sizeable place; an
    upper-case name of three letters or fewer only as a country's curated alias ("US", not "AP")."""
    if text.islower():
        return False
    short = text.isupper() and len(text) <= 3
    for entry, kind in options:
        if short and (kind == MAIN_NAME or entry.feature_code not in COUNTRY_CODES):
            continue
        if kind != ALTERNATE_NAME and (
            entry.population >= STRONG_POPULATION or not entry.feature_code.startswith("PPL")
        ):
            return True
    return False


def known(options: Options, *, alternates: bool = False) -> bool:
    """The gazetteer knows the name as the main name or an alias of a settled place or an area;
    with ``alternates``, also as an alternate name of a town of 10,000 people or more ("Palmyra"
    for Tadmur), for a name that stands where a place name stands."""
    return any(
        (kind != ALTERNATE_NAME and (entry.population >= 1000 or not entry.feature_code.startswith("PPL")))
        or (alternates and entry.population >= 10_000)
        for entry, kind in options
    )


def previous(parsed: ParsedDoc, i: int) -> int:
    """The index of the token before ``i``, line breaks and runs of spaces skipped (-1: none)."""
    j = i - 1
    while j >= 0 and parsed[j].pos == "SPACE":
        j -= 1
    return j


def after_locative(parsed: ParsedDoc, first: int) -> bool:
    before = previous(parsed, first)
    return before >= 0 and parsed[before].lower in LOCATIVE_PREPS


def place_position(parsed: ParsedDoc, first: int, last: int) -> bool:
    """The tokens ``[first, last)`` stand where a place name stands: after "in", "near", ...
    ("born in Churchill"), before a place noun ("Tabqa town", "the Nuwakot district"), a
    resident noun ("an Alexandria woman") or a civic word ("the Lindsay Police"), after "<place
    noun> of" ("the town of Bakwa"), "<direction> of" ("north of Kabul"), "<person>, <age>, of"
    ("Paul Block, 49, of Waterloo") or an address's street ("12 Orchard St., Alexandria")."""
    if any(parsed[i].ent_type in NOT_NAMES for i in range(first, last)):
        return False  # "in August", "at Christmas"
    if civic_word(parsed, last):
        return True  # "Lindsay Police", "the DeKalb City Council"
    if last < len(parsed) and parsed[last].text[:1].isupper():
        return False  # part of a longer name: "Darby Street", "Star Lake"
    before = previous(parsed, first)
    if before >= 0 and parsed[before].lower in PLACE_PREPS:
        return True
    following = parsed[last] if last < len(parsed) else None
    if following is not None and following.pos == "NOUN" and following.text.islower():
        if following.lemma.lower() in place_nouns() or following.lower in RESIDENT_NOUNS:
            return True  # "Tabqa town", "the Nuwakot district", "Torrington businesses"
    if before >= 1 and parsed[before].text == "," and parsed[before - 1].lower in STREET_WORDS:
        return before >= 2 and parsed[before - 2].text[:1].isupper()
    return before >= 1 and parsed[before].lower == "of" and _of_a_place(parsed, before)


def civic_word(parsed: ParsedDoc, j: int) -> bool:
    """Token ``j`` opens the rest of a town's institution's name: a civic word or "Crown Court"."""
    if j >= len(parsed):
        return False
    nxt = j + 1 + (j + 1 < len(parsed) and parsed[j + 1].text in {"'", "’"})
    court = nxt < len(parsed) and parsed[nxt].text == "Court" and parsed[j].text in COURT_WORDS
    return parsed[j].text in CIVIC_WORDS or court


def _of_a_place(parsed: ParsedDoc, of: int) -> bool:
    """The "of" at ``of`` introduces a place: "the town of", "north of", "Jane Roe, 49, of"."""
    head = parsed[of - 1]
    if head.lemma.lower() in place_nouns() or head.lower in DIRECTION_WORDS:
        return True
    return of >= 3 and head.text == "," and parsed[of - 2].pos == "NUM" and parsed[of - 3].text == ","


def container_after(parsed: ParsedDoc, last: int, gazetteer: Gazetteer) -> tuple[int, Options] | None:
    """When the tokens after ``last`` are ", <province or country>" ("Barrie, Ont.", "Hugo,
    Oklahoma"), the end of that name and its options. An abbreviation's period may be a token of
    its own ("Que" "."), and the name is capitalised."""
    if last + 1 >= len(parsed) or parsed[last].text != "," or not parsed[last + 1].text[:1].isupper():
        return None
    for hi in range(min(last + 4, len(parsed)), last + 1, -1):
        ends = (
            [hi + 1, hi]
            if hi < len(parsed) and parsed[hi].text == "." and not parsed[hi - 1].whitespace
            else [hi]
        )
        for end in ends:
            options = gazetteer.matches(parsed.text[parsed[last + 1].idx : parsed[end - 1].end])
            if any(is_container(entry, kind) for entry, kind in options):
                return end, options
    return None


def _line_start(parsed: ParsedDoc, i: int) -> bool:
    return i == 0 or "\n" in parsed[i - 1].text + parsed[i - 1].whitespace


def datelines(parsed: ParsedDoc, gazetteer: Gazetteer, taken: set[int]) -> dict[Candidate, Options]:
    """A dateline: an upper-case place name opening a line, followed by a dash or by ", <province
    or country>" ("BEIRUT —", "TULSA -", "SPRINGFIELD, Mo. —"); any place the gazetteer knows by
    its main name or an alias, however small, whatever the parser labelled it (a name of four
    letters or fewer only when well known: it may be an acronym)."""
    found: dict[Candidate, Options] = {}
    for i in (j for j in range(len(parsed)) if _line_start(parsed, j)):
        last = i
        while last < min(i + 4, len(parsed)) and parsed[last].text.isupper() and parsed[last].text.isalpha():
            last += 1
        if last == i or last >= len(parsed) or any(j in taken for j in range(i, last)):
            continue
        if parsed[last].text not in _DASHES and container_after(parsed, last, gazetteer) is None:
            continue
        name = parsed.span_text(i, last)
        options = gazetteer.matches(name)
        acronym = len(name) <= 4  # "NATO —", "AP —": only a well-known place ("ROME —", "GAZA —")
        if any(kind != ALTERNATE_NAME for _, kind in options) and (
            not acronym or strong(name.title(), options)
        ):
            found[make_candidate(parsed, i, last, "dateline")] = options
            taken.update(range(i, last))
    return found


def place_comma_container(
    parsed: ParsedDoc, gazetteer: Gazetteer, taken: set[int]
) -> dict[Candidate, Options]:
    """ "<place>, <province or country>" where either name is still unclaimed ("Rimouski, Que.",
    "Red Deer, Alta." inside an ORG entity): the province, and the capitalised name before the
    comma when the gazetteer knows it by its main name or an alias (any size: the container vouches)."""
    found: dict[Candidate, Options] = {}
    for k in (j for j in range(1, len(parsed) - 1) if parsed[j].text == ","):
        after = container_after(parsed, k, gazetteer)
        if after is None:
            continue
        end, options = after
        if not any(j in taken for j in range(k + 1, end)):
            found[make_candidate(parsed, k + 1, end, "gazetteer")] = options
            taken.update(range(k + 1, end))
        for lo in range(max(0, k - 3), k):
            if any(j in taken for j in range(lo, k)) or not all(
                parsed[j].text[:1].isupper() for j in range(lo, k)
            ):
                continue
            left = gazetteer.matches(parsed.span_text(lo, k))
            if any(kind != ALTERNATE_NAME and entry.population > 0 for entry, kind in left):
                found[make_candidate(parsed, lo, k, "gazetteer")] = left
                taken.update(range(lo, k))
                break
    return found


def hyphen_compounds(parsed: ParsedDoc, gazetteer: Gazetteer, taken: set[int]) -> dict[Candidate, Options]:
    """A well-known place name opening a hyphenated word whose second part is lower-case ("the
    U.S.-led coalition", "a Paris-based group", "Kabul-bound flights"): the name's characters only.
    A country's adjective ("Saudi-led") is an actor's, not a place (the actors stage has it)."""
    found: dict[Candidate, Options] = {}
    for i, tok in enumerate(parsed.tokens):
        head, dash, tail = tok.text.partition("-")
        if i in taken or not dash or not head[:1].isupper() or not tail[:1].islower():
            continue
        options = gazetteer.matches(head)
        if strong(head, options) and gazetteer.adjective(head) is None:
            found[Candidate(tok.idx, tok.idx + len(head), head, tok.sent, i, i + 1, "compound")] = options
    return found


#: generic words that a place's name may carry in text but not in the gazetteer ("Fars Province",
#: "the County of Brant", "Enfield Borough")
GENERIC_WORDS = frozenset(
    "province county city town district borough region municipality governorate prefecture "
    "oblast state village".split()
)


def without_generic(text: str) -> str | None:
    """The name without a leading "<generic> of" or a trailing generic word, when it has one."""
    words = text.split()
    if len(words) >= 3 and words[0].lower() in GENERIC_WORDS and words[1] == "of":
        base = " ".join(words[2:])
    elif len(words) >= 2 and words[-1].lower() in GENERIC_WORDS:
        base = " ".join(words[:-1])
    else:
        return None
    return base if base[:1].isupper() else None


def postal_states(
    parsed: ParsedDoc, gazetteer: Gazetteer, found: dict[Candidate, Options]
) -> dict[Candidate, Options]:
    """ "<town>, <US state's postal code>" ("Springfield, MO", "Louisville, KY"): the code is the
    state, and the town a place, when the gazetteer has a town of that name in that state (so
    "Jane Roe, MD" stays a physician). Candidates already found on either name are replaced."""
    out = dict(found)
    for k in (j for j in range(1, len(parsed) - 1) if parsed[j].text == ","):
        code = parsed[k + 1].text
        if len(code) != 2 or not code.isalpha() or not code.isupper():
            continue
        state = gazetteer.admin1("USA", code)
        town = _town_before(parsed, k, code, gazetteer)
        if state is None or town is None:
            continue
        out = {c: o for c, o in out.items() if c.last <= town.first or c.first > k + 1}
        out[town] = gazetteer.matches(town.text)
        out[make_candidate(parsed, k + 1, k + 2, "gazetteer")] = [(state, MAIN_NAME)]
    return out


def _town_before(parsed: ParsedDoc, comma: int, code: str, gazetteer: Gazetteer) -> Candidate | None:
    for lo in range(max(0, comma - 3), comma):
        if not all(parsed[j].text[:1].isupper() for j in range(lo, comma)):
            continue
        cand = make_candidate(parsed, lo, comma, "gazetteer")
        if any(e.country_code == "USA" and e.admin1 == code for e, _ in gazetteer.matches(cand.text)):
            return cand
    return None


def extended(
    parsed: ParsedDoc, found: dict[Candidate, Options], gazetteer: Gazetteer
) -> dict[Candidate, Options]:
    """A name the parser cut short, continued by capitalised words into a longer name the
    gazetteer has, an area or a town of 10,000 people or more ("U.S." + "Virgin Islands", "Fort
    St." + "John", "Southern" + "California"): the longer name, and no other candidate inside it."""
    out: dict[Candidate, Options] = {}
    for cand, options in found.items():
        longer = longer_name(parsed, cand, gazetteer)
        cand, options = longer if longer is not None else (cand, options)
        out[cand] = options
    claimed = sorted(out, key=lambda c: c.first - c.last)  # the longest first
    kept: dict[Candidate, Options] = {}
    taken: set[int] = set()
    for cand in claimed:
        if not any(i in taken for i in range(cand.first, cand.last)):
            kept[cand] = out[cand]
            taken.update(range(cand.first, cand.last))
    return kept


def longer_name(parsed: ParsedDoc, cand: Candidate, gazetteer: Gazetteer) -> tuple[Candidate, Options] | None:
    if cand.source == "demonym":
        return None
    spans = [
        (lo, hi)
        for lo in range(max(0, cand.first - 2), cand.first + 1)
        for hi in range(cand.last, min(cand.last + 3, len(parsed)) + 1)
        if (lo, hi) != (cand.first, cand.last)
    ]
    for lo, hi in sorted(spans, key=lambda span: span[0] - span[1]):
        words = [j for j in range(lo, hi) if not cand.first <= j < cand.last]
        if (
            any(not _continues(parsed, j, cand.sentence) for j in words)
            or not parsed[lo].text[:1].isupper()
            or not parsed[hi - 1].text[:1].isupper()
        ):
            continue
        longer = make_candidate(parsed, lo, hi, cand.source)
        options = gazetteer.matches(longer.text)
        if any(_sizeable(e, kind, "." in longer.text) for e, kind in options):
            return longer, options
    return None


def _continues(parsed: ParsedDoc, j: int, sentence: int) -> bool:
    """Token ``j`` may continue a name: a capitalised word (not "The") or an abbreviation's period
    ("ST" "." "PAUL")."""
    tok = parsed[j]
    return tok.sent == sentence and (tok.text == "." or tok.text[:1].isupper() and tok.lower != "the")


def _sizeable(entry: GazEntry, kind: int, abbreviated: bool) -> bool:
    """By its main name or an alias, an area or a town of 10,000 people (not "Michigan" + "Center",
    a village, in an institute's name); by an abbreviated alternate name, a city of 100,000 ("ST.
    PAUL" for Saint Paul; not "Dublin City" in "Dublin City Council", Ohio)."""
    if kind == ALTERNATE_NAME:
        return abbreviated and entry.population >= 100_000
    return entry.population >= 10_000 or not entry.feature_code.startswith("PPL")


def generic_dropped(text: str, gazetteer: Gazetteer) -> Options:
    """The options of a name that the gazetteer has only without its generic word: "County of
    Brant", "Enfield Borough", "Fars Province" (the name the text gives is kept)."""
    base = without_generic(text)
    return gazetteer.matches(base) if base else []


#: the last words of the names of a city's parts and facilities ("Toronto's Pearson International
#: Airport", "Whittier's Penn Park", "Cairo's Tahrir Square")
FACILITY_WORDS = frozenset(
    "Airport Park Square Street Avenue Boulevard Road Bridge Station Stadium Market Beach Harbour "
    "Harbor Port Camp Quarter District".split()
)
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def possessive_parts(
    parsed: ParsedDoc, gazetteer: Gazetteer, found: dict[Candidate, Options]
) -> dict[Candidate, Options]:
    """ "<place>'s <name> <place noun>" and "<place>'s <name ending in Airport, Park, ...>": a part
    of the place ("Cairo's Abbasiya district", "Istanbul's Kadikoy district", "Toronto's Pearson
    International Airport"). The name's entries are restricted to those inside the place; when it
    has none there and the place is a city or province, it is resolved to the place itself (source
    "possessor": where the part lies, to the place's precision)."""
    out = dict(found)
    starts = {c.first: c for c in found}
    for owner in sorted(found, key=lambda c: c.first):
        span = _part_after(parsed, owner.last)
        if span is None or owner.source in {"demonym", "compound"}:
            continue
        lo, hi = span
        if any(c.first < hi and lo < c.last and c.first != lo for c in out):
            continue  # another name overlaps the part's
        old = starts.get(lo)
        if old is not None and old.last != hi:
            continue
        cand = old or make_candidate(parsed, lo, hi, "gazetteer")
        inside = [(e, k) for e, k in gazetteer.matches(cand.text) if _within(e, found[owner])]
        out.pop(cand, None)
        if inside:
            out[cand] = inside
        elif found[owner] and found[owner][0][0].feature_code not in COUNTRY_CODES:
            out[Candidate(cand.start, cand.end, cand.text, cand.sentence, lo, hi, "possessor")] = found[owner]
    return out


def _part_after(parsed: ParsedDoc, j: int) -> tuple[int, int] | None:
    """The token span of "'s <name> <place noun>" or "'s <name ending in a facility word>"."""
    if j >= len(parsed) or parsed[j].text not in _POSSESSIVES:
        return None
    lo = j + 1
    while lo < min(j + 3, len(parsed)) and parsed[lo].pos == "ADJ" and parsed[lo].text.islower():
        lo += 1  # "Paris' iconic Champs-Elysees boulevard"
    hi = lo
    while hi < min(lo + 5, len(parsed)) and (
        (parsed[hi].text[:1].isupper() and parsed[hi].ent_type != "PERSON")
        or (parsed[hi].text == "-" and hi > lo and not parsed[hi - 1].whitespace)
    ):
        hi += 1
    if hi == lo or parsed[hi - 1].text == "-":
        return None
    following = parsed[hi] if hi < len(parsed) else None
    noun = following is not None and following.text.islower() and following.lemma.lower() in place_nouns()
    return (lo, hi) if noun or parsed[hi - 1].text in FACILITY_WORDS else None


def _within(entry: GazEntry, owner: Options) -> bool:
    """The entry lies in one of the owner's entries: near a city (half a degree), in a province, in a
    country."""
    for o, _ in owner:
        if entry.geonameid == o.geonameid or entry.country_code != o.country_code:
            continue
        if o.feature_code.startswith("PPL"):
            if abs(entry.lat - o.lat) < 0.5 and abs(entry.lon - o.lon) < 0.5:
                return True
        elif o.feature_code != "ADM1" or entry.admin1 == o.admin1:
            return True
    return False


#: words that open an organisation's name before a place's: "Western Pennsylvania ...", "Metro
#: Vancouver", "Greater Manchester ..."
REGION_PREFIXES = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern metro greater".split()
)
#: labels of organisations and events, whose names may hold a place ("Edmonton Police Service")
NAMED_LABELS = frozenset({"ORG", "EVENT"})
#: the last words of a US county's name ("Licking County", "Rapides Parish")
COUNTY_WORDS = frozenset({"County", "Parish", "Borough"})


def civic_name(parsed: ParsedDoc, whole: Candidate, gazetteer: Gazetteer) -> tuple[Candidate, Options] | None:
    """A town's name opening the name of one of its institutions, whatever the entity's label:
    "New London Police Department", "Litchfield Superior Court", "Cookville Volunteer Fire"."""
    for hi in range(whole.first + 1, min(whole.last - 1, whole.first + 3) + 1):
        if not civic_word(parsed, hi):
            continue
        cand = make_candidate(parsed, whole.first, hi, "ner-org")
        options = gazetteer.matches(cand.text)
        if known(options, alternates=True) and place_position(parsed, whole.first, hi):
            return cand, options
    return None


def county_in_name(
    parsed: ParsedDoc, whole: Candidate, gazetteer: Gazetteer
) -> tuple[Candidate, Options] | None:
    """A county's full name opening another entity, whatever its label: "Rapides Parish Fire
    District" (tagged PERSON), "the Licking County Sheriff's Office"."""
    for hi in range(min(whole.last, whole.first + 4), whole.first + 1, -1):
        if parsed[hi - 1].text not in COUNTY_WORDS:
            continue
        cand = make_candidate(parsed, whole.first, hi, "ner-org")
        options = gazetteer.matches(cand.text)
        if any(kind != ALTERNATE_NAME and entry.feature_code == "ADM2" for entry, kind in options):
            return cand, options
    return None


def name_spans(parsed: ParsedDoc, whole: Candidate) -> list[tuple[int, int]]:
    """The spans of an organisation's or event's name that may be a place: its first one to three
    words ("Venice Film Festival"), those after a leading direction or "Metro" ("Western
    Pennsylvania Kennel Association", "Metro Vancouver"), the words after "of" or "in" ("University
    of Michigan Center"), and all but a leading call sign ("CTV Edmonton")."""
    first, last = whole.first, whole.last
    spans = [(first, hi) for hi in range(min(last - 1, first + 3), first, -1)]
    if parsed[first].lower in REGION_PREFIXES:
        spans += [(first + 1, hi) for hi in range(min(last, first + 4), first + 1, -1)]
    for i in range(first, last - 1):
        if parsed[i].lower in ("of", "in"):
            spans += [(i + 1, hi) for hi in range(min(last, i + 4), i + 1, -1)]
    sign = parsed[first].text
    if last - first > 1 and sign.isupper() and sign.isalpha() and 2 <= len(sign) <= 5:
        spans.append((first + 1, last))
    return [(lo, hi) for lo, hi in spans if not _hyphened(parsed, hi)]


def _hyphened(parsed: ParsedDoc, hi: int) -> bool:
    """The span ends in a hyphen or goes on with one ("Kitchener-Waterloo", :mod:`.placebodies`)."""
    glued = hi < len(parsed) and parsed[hi].text in _DASHES and not parsed[hi - 1].whitespace
    return parsed[hi - 1].text in _DASHES or glued
