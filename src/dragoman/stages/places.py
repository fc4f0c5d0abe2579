"""The places stage: place names in the parse, resolved to gazetteer (GeoNames) entries.

Candidates:

- the parser's GPE, LOC and FAC entities, a leading "the" and a trailing "'s" dropped, and
  "Paris, Texas" inside one entity split in two;
- a well-known place (a country, region, sea, or a place of 100,000 people or more) that the
  parser labelled otherwise: a whole ORG/NORP/... entity ("Aleppo" tagged NORP), the place name
  leading or ending an organisation's name ("Edmonton Police Service", "University of Toronto"),
  and a PERSON entity only in a place's position ("in Cairns", "Gainesville, Ga.");
- names the parser missed: capitalised multiword names the gazetteer knows ("Gaza Strip",
  "Strait of Hormuz"), lone well-known names, and a province or country after "<place>,";
- an upper-case dateline opening a line ("TULSA —", "SPRINGFIELD, Mo. —"), and both names of
  "<place>, <province>" whatever the parser labelled them ("Rimouski, Que.");
- a country's adjective used as a place, modifying a place noun ("the Syrian town of ...", "the
  Turkish border"): the country, with rule "demonym".

Not places: demonyms elsewhere ("Chilean", "Ethiopian" naming actors, which the actors stage
handles; nor is a town named like one, "Canadian, Texas"), a word of a person's name used alone
later ("Georgia Stevens ... Georgia said"), and a capital that is the subject of a speech verb
("Beijing said": a metonym for a government, not where anything happened; kept with
``keep_metonyms=True``). Names without a gazetteer entry
are not returned: a place without coordinates is of no use downstream.

Each candidate's gazetteer entries are scored in log10-population units (the scoring lives in
:mod:`dragoman.stages.placescore`); the best one wins:

- population, plus a bonus when the text is the entry's main name or a curated alias rather than
  one of GeoNames' many alternate names, and a feature-class bonus on main names (country, region,
  sea > capital > other city and province: "Georgia" alone is the country, "Washington" the capital);
- context: the countries the caller supplies (the actors stage), the countries named or implied
  unambiguously by the article's other place names (weighted by their share of the article), and
  the US states / provinces named in it; a name never supports itself;
- the dateline: its country, and the very entry when the dateline name recurs;
- an apposition: "Paris, Texas", "London, Ontario", "Santiago, Spain" restricts to the container.

``rule`` names the strongest contextual reason when the winner needed its reasons to win
("apposition", "dateline", "context-country", "context-admin1"), else "population" (or "unique"
for a name with one entry); ``confidence`` grows with the margin over the runner-up. Resolution:
1 country (also continents and seas), 2 province or region, 3 district, 4 city, 5 below.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from ..gazetteer import ALTERNATE_NAME, MAIN_NAME, GazEntry, Gazetteer, place_nouns
from ..parsed import ParsedDoc
from ..schema import Place
from .placescore import (
    COUNTRY_CODES,
    Options,
    PlaceContext,
    build_context,
    choose_entry,
    is_container,
    make_place,
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: labels whose tokens the gazetteer scan never claims (they name people, groups, works, ...)
OTHER_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
SPEECH_LEMMAS = frozenset(
    "say tell announce warn claim deny accuse insist urge condemn reject respond vow demand threaten "
    "state add confirm report call criticize criticise protest".split()
)
_CONNECTORS = frozenset({"of", "de", "del", "al", "el", "la", "and", "upon", "on"})

#: prepositions whose object, whatever the parser's label, is taken for a place when the gazetteer
#: knows it well ("fighting in Aleppo" with "Aleppo" tagged NORP)
LOCATIVE_PREPS = frozenset("in at from to near into across outside inside around toward towards".split())
#: prepositions after which any populated place the gazetteer knows by its main name is taken,
#: however small and whatever the parser's label ("was born in Churchill", "fighting near Knin")
PLACE_PREPS = frozenset("in at near outside inside around across throughout within".split())
#: entity labels of numbers and dates: never a place, whatever the gazetteer knows ("in August")
_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
#: "well known": a country, region or sea, or a place of at least this population; only such names
#: are taken from entities of other labels and from lone capitalised words
STRONG_POPULATION = 100_000


@dataclass(frozen=True)
class _Candidate:
    start: int  #: character offsets
    end: int
    text: str
    sentence: int
    first: int  #: token range [first, last)
    last: int
    source: str  #: where it came from: "ner", "ner-org" (inside another entity) or "gazetteer"


def find_places(
    parsed: ParsedDoc,
    *,
    gazetteer: Gazetteer,
    context_countries: Collection[str] = (),
    dateline_place: str | None = None,
    keep_metonyms: bool = False,
) -> list[Place]:
    """Every place name in ``parsed`` resolved to a gazetteer entry, in text order."""
    options = _candidates(parsed, gazetteer)
    if not keep_metonyms:
        options = {c: o for c, o in options.items() if not _is_metonym(parsed, c, o)}
    candidates = sorted(options, key=lambda c: c.start)
    dateline = None
    if dateline_place:
        dateline = resolve_place_name(
            dateline_place, gazetteer=gazetteer, context_countries=context_countries
        )
    context = build_context(
        ((c.text, options[c]) for c in candidates), context_countries, dateline, gazetteer
    )
    containers = _appositions(parsed, candidates, options)
    places = []
    for cand in candidates:
        entry, rule, confidence = choose_entry(cand.text, options[cand], context, containers.get(cand))
        if cand.source == "demonym":
            rule, confidence = "demonym", min(confidence, 0.8)
        places.append(make_place(cand.start, cand.end, cand.text, cand.sentence, entry, rule, confidence))
    return places


def resolve_place_name(
    name: str,
    *,
    gazetteer: Gazetteer,
    context_countries: Collection[str] = (),
    dateline_place: str | None = None,
) -> Place | None:
    """Resolve one name outside any text (a dateline): a :class:`Place` with ``start == end == -1``."""
    options = gazetteer.matches(name)
    if not options:
        return None
    context = PlaceContext(countries={c.upper(): 1.0 for c in context_countries})
    if dateline_place:
        dateline = gazetteer.lookup(dateline_place)
        context.dateline = dateline[0] if dateline else None
    entry, rule, confidence = choose_entry(name, options, context, None)
    return make_place(-1, -1, name.strip(), 0, entry, rule, confidence)


# --- candidates ---------------------------------------------------------------------------------


def _candidates(parsed: ParsedDoc, gazetteer: Gazetteer) -> dict[_Candidate, Options]:
    """Each candidate name with its gazetteer options (names the gazetteer lacks are left out)."""
    found: dict[_Candidate, Options] = {}
    for ent in parsed.ents:
        demonym = _demonym_place(parsed, ent.start, ent.end, gazetteer)
        if demonym is not None:
            found[demonym[0]] = demonym[1]
        elif ent.label in PLACE_LABELS:
            for cand in _split_entity(parsed, ent.start, ent.end):
                found[cand] = gazetteer.matches(cand.text)
        elif ent.label in OTHER_LABELS:
            hit = _place_in_entity(parsed, ent.start, ent.end, ent.label, gazetteer)
            if hit is not None:
                found[hit[0]] = hit[1]
    # a country's adjective is an actor, not a namesake town ("Canadian" is not Canadian, Texas)
    found = {
        c: o for c, o in found.items() if o and (c.source == "demonym" or not _adjective(c, o, gazetteer))
    }
    taken = {i for c in found for i in range(c.first, c.last)}
    found.update(_gazetteer_scan(parsed, gazetteer, taken))
    found.update(_datelines(parsed, gazetteer, taken))
    found.update(_place_comma_container(parsed, gazetteer, taken))
    names = _person_names(parsed)
    found = {
        c: o
        for c, o in found.items()
        if c.last - c.first > 1 or c.text not in names or _after_locative(parsed, c.first)
    }
    found.update(_same_names(parsed, found, names))
    return found


def _same_names(
    parsed: ParsedDoc, found: dict[_Candidate, Options], person_words: set[str]
) -> dict[_Candidate, Options]:
    """One sense per article: a name taken for a place once is a place wherever else it occurs
    capitalised, whatever the parser labelled it there ("born in Churchill" ... "a Churchill
    doctor"; "Cairns" tagged PERSON in "the Cairns police force"), except as a word of a person's
    multiword name ("Georgia Stevens")."""
    by_words: dict[tuple[str, ...], Options] = {}
    for cand, options in found.items():
        words = tuple(parsed[i].text for i in range(cand.first, cand.last))
        if cand.source == "demonym":
            continue  # "the Syrian town of X" does not make every "Syrian" a place
        if words[0][:1].isupper() and any(kind != ALTERNATE_NAME for _, kind in options):
            by_words.setdefault(words, options)
    taken = {i for c in found for i in range(c.first, c.last)}
    extra: dict[_Candidate, Options] = {}
    for words, options in sorted(by_words.items(), key=lambda item: -len(item[0])):
        size = len(words)
        for i in range(len(parsed) - size + 1):
            if parsed[i].text != words[0] or any(j in taken for j in range(i, i + size)):
                continue
            if tuple(parsed[j].text for j in range(i, i + size)) != words:
                continue
            if size == 1 and words[0] in person_words or _inside_longer_name(parsed, i, i + size):
                continue
            extra[_make(parsed, i, i + size, "same-name")] = options
            taken.update(range(i, i + size))
    return extra


def _person_names(parsed: ParsedDoc) -> set[str]:
    """The words of multiword PERSON names: "Georgia" after "Georgia Stevens" is her, not a place."""
    words: set[str] = set()
    for ent in parsed.ents:
        if ent.label == "PERSON" and ent.end - ent.start > 1:
            words.update(parsed[i].text for i in range(ent.start, ent.end))
    return words


def _split_entity(parsed: ParsedDoc, first: int, last: int) -> Iterable[_Candidate]:
    """Trim "the" and "'s"; split "Paris, Texas" at its commas."""
    parts: list[tuple[int, int]] = []
    begin = first
    for i in range(first, last):
        if parsed[i].text == ",":
            parts.append((begin, i))
            begin = i + 1
    parts.append((begin, last))
    for lo, hi in parts:
        while lo < hi and parsed[lo].lower in {"the", ","}:
            lo += 1
        while hi > lo and parsed[hi - 1].text in {"'s", "’s", "'", ",", "-", "—", "–", "--"}:
            hi -= 1
        if lo < hi:
            yield _make(parsed, lo, hi, "ner")


def _place_in_entity(
    parsed: ParsedDoc, first: int, last: int, label: str, gazetteer: Gazetteer
) -> tuple[_Candidate, Options] | None:
    """A well-known place that the parser labelled otherwise: the whole entity ("Aleppo" as NORP,
    "EDMONTON" as ORG), or an organisation's leading place name ("Edmonton Police Service").
    A PERSON entity counts only in a place's position: after a locative preposition ("in Cairns")
    or before ", <province or country>" ("Gainesville, Ga.")."""
    parts = list(_split_entity(parsed, first, last))
    if len(parts) != 1:
        return None
    whole = parts[0]
    position = _place_position(parsed, whole.first, whole.last)
    contained = _before_container(parsed, whole.last, gazetteer)
    if label == "PERSON" and not (_after_locative(parsed, whole.first) or contained or position):
        return None
    options = gazetteer.matches(whole.text)
    if _strong(whole.text, options) or ((position or contained) and _known(options, alternates=True)):
        return whole, options
    if label != "ORG":
        return None
    spans = [(whole.first, hi) for hi in range(min(whole.last - 1, whole.first + 3), whole.first, -1)]
    inner = range(whole.first, whole.last - 1)
    spans += [(i + 1, whole.last) for i in inner if parsed[i].lower in ("of", "in")]
    for lo, hi in spans:  # "Edmonton Police Service", "University of Toronto"
        cand = _make(parsed, lo, hi, "ner-org")
        options = gazetteer.matches(cand.text)
        if _strong(cand.text, options):
            return cand, options
    if whole.last - whole.first > 1:  # a country closing an organisation's name: "Environment Canada"
        cand = _make(parsed, whole.last - 1, whole.last, "ner-org")
        options = gazetteer.matches(cand.text)
        if any(kind == MAIN_NAME and entry.feature_code in COUNTRY_CODES for entry, kind in options):
            return cand, options
    return None


def _demonym_place(
    parsed: ParsedDoc, first: int, last: int, gazetteer: Gazetteer
) -> tuple[_Candidate, Options] | None:
    """A country's adjectival form used as a place: modifying a place noun ("the Syrian town of
    Tabqa", "the Turkish border", "the Iraqi capital"). Elsewhere ("Syrian troops", "the Turkish
    government") it names an actor, which the actors stage resolves, and is not a place."""
    if last - first != 1:
        return None
    tok = parsed[first]
    head = parsed[tok.head]
    if tok.dep not in {"amod", "compound"} or head.i <= tok.i or head.pos != "NOUN":
        return None
    if head.lemma.lower() not in place_nouns() or any(
        parsed[j].pos not in {"ADJ", "NOUN", "PROPN", "PUNCT"} for j in range(tok.i + 1, head.i)
    ):
        return None
    country = gazetteer.adjective(tok.text)
    if country is None:
        return None
    return _make(parsed, first, last, "demonym"), [(country, MAIN_NAME)]


def _adjective(cand: _Candidate, options: Options, gazetteer: Gazetteer) -> bool:
    """The candidate is a country's adjectival form and no well-known place bears that name."""
    return not _strong(cand.text, options) and gazetteer.adjective(cand.text) is not None


def _inside_longer_name(parsed: ParsedDoc, first: int, last: int) -> bool:
    """The tokens ``[first, last)`` continue or are continued by other capitalised name words
    ("Memphis Street", "Old Alton Edwardsville Road", "St Ives Youth Theatre")."""
    before = first > 0 and parsed[first - 1].pos == "PROPN" and parsed[first - 1].text[:1].isupper()
    before = before and parsed[first - 1].sent == parsed[first].sent
    after = last < len(parsed) and parsed[last].pos == "PROPN" and parsed[last].text[:1].isupper()
    return before or after


def _place_position(parsed: ParsedDoc, first: int, last: int) -> bool:
    """The tokens ``[first, last)`` stand where a place name stands: after "in", "near", ...
    ("born in Churchill"), before a place noun ("Tabqa town", "the Nuwakot district") or after
    "<place noun> of" ("the town of Bakwa")."""
    nouns = place_nouns()
    if any(parsed[i].ent_type in _NOT_NAMES for i in range(first, last)):
        return False  # "in August", "at Christmas"
    if last < len(parsed) and parsed[last].text[:1].isupper():
        return False  # part of a longer name: "Darby Street", "Star Lake"
    if first > 0 and parsed[first - 1].lower in PLACE_PREPS:
        return True
    following = parsed[last] if last < len(parsed) else None
    if following is not None and following.pos == "NOUN" and following.lemma.lower() in nouns:
        return True  # "Tabqa town", "the Nuwakot district" (a lower-case common noun)
    return first >= 2 and parsed[first - 1].lower == "of" and parsed[first - 2].lemma.lower() in nouns


def _known(options: Options, *, alternates: bool = False) -> bool:
    """The gazetteer knows the name as the main name or an alias of a settled place or an area;
    with ``alternates``, also as an alternate name of a town of 10,000 people or more ("Palmyra"
    for Tadmur), for a name that stands where a place name stands."""
    return any(
        (kind != ALTERNATE_NAME and (entry.population >= 1000 or not entry.feature_code.startswith("PPL")))
        or (alternates and entry.population >= 10_000)
        for entry, kind in options
    )


def _after_locative(parsed: ParsedDoc, first: int) -> bool:
    return first > 0 and parsed[first - 1].lower in LOCATIVE_PREPS


def _before_container(parsed: ParsedDoc, last: int, gazetteer: Gazetteer) -> bool:
    """The tokens after ``last`` are ", <province or country>"."""
    return _container_after(parsed, last, gazetteer) is not None


def _container_after(parsed: ParsedDoc, last: int, gazetteer: Gazetteer) -> tuple[int, Options] | None:
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


def _datelines(parsed: ParsedDoc, gazetteer: Gazetteer, taken: set[int]) -> dict[_Candidate, Options]:
    """A dateline: an upper-case place name opening a line, followed by a dash or by ", <province
    or country>" ("BEIRUT —", "TULSA -", "SPRINGFIELD, Mo. —"); any place the gazetteer knows by
    its main name or an alias, however small, whatever the parser labelled it (a name of four
    letters or fewer only when well known: it may be an acronym)."""
    found: dict[_Candidate, Options] = {}
    for i in (j for j in range(len(parsed)) if _line_start(parsed, j)):
        last = i
        while last < min(i + 4, len(parsed)) and parsed[last].text.isupper() and parsed[last].text.isalpha():
            last += 1
        if last == i or last >= len(parsed) or any(j in taken for j in range(i, last)):
            continue
        if (
            parsed[last].text not in {"—", "–", "-", "--"}
            and _container_after(parsed, last, gazetteer) is None
        ):
            continue
        name = parsed.span_text(i, last)
        options = gazetteer.matches(name)
        acronym = len(name) <= 4  # "NATO —", "AP —": only a well-known place ("ROME —", "GAZA —")
        if any(kind != ALTERNATE_NAME for _, kind in options) and (
            not acronym or _strong(name.title(), options)
        ):
            found[_make(parsed, i, last, "dateline")] = options
            taken.update(range(i, last))
    return found


def _place_comma_container(
    parsed: ParsedDoc, gazetteer: Gazetteer, taken: set[int]
) -> dict[_Candidate, Options]:
    """ "<place>, <province or country>" where either name is still unclaimed ("Rimouski, Que.",
    "Red Deer, Alta." inside an ORG entity): the province, and the capitalised name before the
    comma when the gazetteer knows it by its main name or an alias (any size: the container vouches)."""
    found: dict[_Candidate, Options] = {}
    for k in (j for j in range(1, len(parsed) - 1) if parsed[j].text == ","):
        after = _container_after(parsed, k, gazetteer)
        if after is None:
            continue
        end, options = after
        if not any(j in taken for j in range(k + 1, end)):
            found[_make(parsed, k + 1, end, "gazetteer")] = options
            taken.update(range(k + 1, end))
        for lo in range(max(0, k - 3), k):
            if any(j in taken for j in range(lo, k)) or not all(
                parsed[j].text[:1].isupper() for j in range(lo, k)
            ):
                continue
            left = gazetteer.matches(parsed.span_text(lo, k))
            if any(kind != ALTERNATE_NAME and entry.population > 0 for entry, kind in left):
                found[_make(parsed, lo, k, "gazetteer")] = left
                taken.update(range(lo, k))
                break
    return found


def _strong(text: str, options: Options) -> bool:
    """The text is the main name (or a curated alias) of a country, region or sizeable place."""
    if text.isupper() and len(text) <= 3 or text.islower():
        return False
    for entry, kind in options:
        if kind != ALTERNATE_NAME and (
            entry.population >= STRONG_POPULATION or not entry.feature_code.startswith("PPL")
        ):
            return True
    return False


def _make(parsed: ParsedDoc, lo: int, hi: int, source: str) -> _Candidate:
    start, end = parsed[lo].idx, parsed[hi - 1].end
    return _Candidate(start, end, parsed.text[start:end], parsed[lo].sent, lo, hi, source)


def _gazetteer_scan(parsed: ParsedDoc, gazetteer: Gazetteer, taken: set[int]) -> dict[_Candidate, Options]:
    """Names the parser missed: capitalised multiword names ("Gaza Strip", "Strait of Hormuz"),
    single well-known names, and a province or country right after "<place>," ("Birmingham, Ala.")."""
    found: dict[_Candidate, Options] = {}
    n = len(parsed)
    i = 0
    while i < n:
        if not _name_token(parsed, i, taken):
            i += 1
            continue
        after_comma = i >= 2 and parsed[i - 1].text == "," and (i - 2) in taken
        for hi in range(min(i + 5, n), i, -1):
            if not _name_run(parsed, i, hi, taken):
                continue
            cand = _make(parsed, i, hi, "gazetteer")
            options = gazetteer.matches(cand.text)
            placed = _place_position(parsed, i, hi) and _known(options, alternates=True)
            if placed or _accept_scan(cand.text, options, after_comma, hi - i):
                found[cand] = options
                taken.update(range(i, hi))
                i = hi - 1
                break
        i += 1
    return found


def _name_run(parsed: ParsedDoc, lo: int, hi: int, taken: set[int]) -> bool:
    if not _name_token(parsed, hi - 1, taken) or parsed[lo].sent != parsed[hi - 1].sent:
        return False
    return all(_name_token(parsed, j, taken) or parsed[j].lower in _CONNECTORS for j in range(lo, hi))


def _name_token(parsed: ParsedDoc, i: int, taken: set[int]) -> bool:
    tok = parsed[i]
    if i in taken or tok.ent_type in OTHER_LABELS or not tok.text[:1].isupper():
        return False
    return tok.pos == "PROPN" or tok.tag in {"NNP", "NNPS"} or tok.text.endswith(".")


def _accept_scan(text: str, options: Options, after_comma: bool, length: int) -> bool:
    if not options:
        return False
    if after_comma and any(
        e.feature_code == "ADM1" or e.feature_code in COUNTRY_CODES for e, k in options if k != ALTERNATE_NAME
    ):
        return True
    if length == 1 or text.endswith("."):
        return _strong(text, options)
    return _known(options)


def _is_metonym(parsed: ParsedDoc, cand: _Candidate, options: Options) -> bool:
    entry, kind = options[0]
    if entry.feature_code != "PPLC" or kind == ALTERNATE_NAME:
        return False
    for i in range(cand.first, cand.last):
        tok = parsed[i]
        if tok.dep in {"nsubj", "nsubjpass"} and not cand.first <= tok.head < cand.last:
            return parsed[tok.head].lemma.lower() in SPEECH_LEMMAS
    return False


def _appositions(
    parsed: ParsedDoc, candidates: list[_Candidate], options: dict[_Candidate, Options]
) -> dict[_Candidate, list[GazEntry]]:
    """ "Paris, Texas": the containers the second name can be, for the first name."""
    out: dict[_Candidate, list[GazEntry]] = {}
    for left, right in zip(candidates, candidates[1:], strict=False):
        if right.first != left.last + 1 or parsed[left.last].text != ",":
            continue
        if any(is_container(e, kind) for e, kind in options[left]):
            continue  # a list ("Russia, Turkey and Iran"), not a place and its container
        containers = [e for e, kind in options[right] if is_container(e, kind)]
        if containers:
            out[left] = containers
    return out
