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
- a place in a place's position whatever its label (:mod:`dragoman.stages.placenames`): after a
  locative preposition across a line break, "<person>, <age>, of X", "north of X", "an X woman",
  "12 Elm St., X", "the X Police Department"; inside an organisation's or event's name ("CTV
  Edmonton", "University of Michigan Center", "Toronto Film Festival", but not an ocean or river
  a company borrows: "The Atlantic"); a county opening any entity ("Rapides Parish Fire
  District"); opening a hyphenated word ("U.S.-led"); "<town>, <postal code>" ("Frankfort, KY");
  a name the gazetteer has only without its generic word ("County of Brant", "Fars Province");
  and a name the parser cut short, completed ("U.S." + "Virgin Islands");
- (:mod:`dragoman.stages.placebodies`) a town opening an event's name ("the Cannes Film
  Festival"), two places hyphened in a body's name ("Kitchener-Waterloo"), the other members of a
  list holding a place ("from Hornsey, Barnet and Walthamstow"), an airport's curated short name
  tagged PERSON ("Heathrow").

Not places: a city's name opening a street's ("Dublin Road"), demonyms elsewhere ("Chilean",
"Ethiopian" naming actors, which the actors stage
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
  the US states / provinces named in it (the one named most breaks a tie between two of one
  country); a name never supports itself;
- the dateline: its country, and the very entry when the dateline name recurs;
- an apposition: "Paris, Texas", "London, Ontario", "Santiago, Spain" restricts to the container.
  The entry it chose is then preferred for the name's other mentions in the article.

``rule`` names the strongest contextual reason when the winner needed its reasons to win
("apposition", "dateline", "context-country", "context-admin1"), else "population" (or "unique"
for a name with one entry); ``confidence`` grows with the margin over the runner-up. Two rules
stand for a place the gazetteer lacks, by where it lies: "possessor" ("Cairo's Zorbaq district" ->
Cairo; confidence at most 0.6) and "container" ("Holliday, Mo." without a Holliday in Missouri ->
Missouri; at most 0.5). Resolution: 1 country (also continents, oceans and seas), 2 province or
region, 3 district, 4 city, 5 below.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from ..gazetteer import ALTERNATE_NAME, MAIN_NAME, GazEntry, Gazetteer, normalise_name, place_nouns
from ..parsed import ParsedDoc
from ..schema import Place
from .placebodies import city_alias, event_towns, hyphen_pairs, list_members, physical
from .placenames import (
    NAMED_LABELS,
    REGION_PREFIXES,
    STREET_WORDS,
    Candidate,
    after_locative,
    civic_name,
    container_after,
    county_in_name,
    datelines,
    extended,
    generic_dropped,
    hyphen_compounds,
    known,
    make_candidate,
    name_spans,
    place_comma_container,
    place_position,
    possessive_parts,
    postal_states,
    strong,
)
from .placescore import (
    COUNTRY_CODES,
    Options,
    PlaceContext,
    build_context,
    choose_entry,
    is_container,
    is_inside,
    make_place,
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: nouns that make the name before them a disease's: "West Nile virus", "Lassa fever"
DISEASE_NOUNS = frozenset({"virus", "fever", "flu", "disease", "encephalitis"})
#: labels whose tokens the gazetteer scan never claims (they name people, groups, works, ...)
OTHER_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
SPEECH_LEMMAS = frozenset(
    "say tell announce warn claim deny accuse insist urge condemn reject respond vow demand threaten "
    "state add confirm report call criticize criticise protest".split()
)
_CONNECTORS = frozenset({"of", "de", "del", "al", "el", "la", "and", "upon", "on"})


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
    _settle(containers, options, context)
    places = []
    for cand in candidates:
        entry, rule, confidence = choose_entry(cand.text, options[cand], context, containers.get(cand))
        if cand.source in {"demonym", "possessor"}:
            rule, confidence = cand.source, min(confidence, 0.8 if cand.source == "demonym" else 0.6)
        elif cand in containers and not any(is_inside(entry, c) for c in containers[cand]):
            entry, rule, confidence = _container_instead(entry, containers[cand], rule, confidence)
        places.append(make_place(cand.start, cand.end, cand.text, cand.sentence, entry, rule, confidence))
    return places


def _settle(
    containers: dict[Candidate, list[GazEntry]], options: dict[Candidate, Options], context: PlaceContext
) -> None:
    """ "Paris, Missouri": the entry inside the container is the name's for every other "Paris"."""
    for cand, inside in containers.items():
        entry = choose_entry(cand.text, options[cand], context, inside)[0]
        if any(is_inside(entry, c) for c in inside):
            context.settled.setdefault(normalise_name(cand.text), entry.geonameid)


def _container_instead(
    entry: GazEntry, containers: list[GazEntry], rule: str, confidence: float
) -> tuple[GazEntry, str, float]:
    """ "Holliday, Mo." where the gazetteer has no Holliday in Missouri: the province, which holds
    the place (rule "container"), rather than a namesake elsewhere; not a country (too coarse)."""
    provinces = [c for c in containers if c.feature_code == "ADM1"]
    if not provinces:
        return entry, rule, confidence
    return provinces[0], "container", min(confidence, 0.5)


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


def _candidates(parsed: ParsedDoc, gazetteer: Gazetteer) -> dict[Candidate, Options]:
    """Each candidate name with its gazetteer options (names the gazetteer lacks are left out)."""
    found: dict[Candidate, Options] = {}
    for ent in parsed.ents:
        demonym = _demonym_place(parsed, ent.start, ent.end, gazetteer)
        if demonym is not None:
            found[demonym[0]] = demonym[1]
        elif ent.label in PLACE_LABELS:
            for cand in _split_entity(parsed, ent.start, ent.end):
                found[cand] = gazetteer.matches(cand.text) or generic_dropped(cand.text, gazetteer)
        elif ent.label in OTHER_LABELS:
            hit = _place_in_entity(parsed, ent.start, ent.end, ent.label, gazetteer)
            if hit is not None:
                found[hit[0]] = hit[1]
    found = extended(parsed, found, gazetteer)
    # a country's adjective is an actor, not a namesake town ("Canadian" is not Canadian, Texas)
    found = {
        c: o
        for c, o in found.items()
        if o and (c.source == "demonym" or not _adjective(c, o, gazetteer)) and not _code_alike(c.text, o)
    }
    taken = {i for c in found for i in range(c.first, c.last)}
    found.update(_gazetteer_scan(parsed, gazetteer, taken))
    found.update(datelines(parsed, gazetteer, taken))
    found.update(place_comma_container(parsed, gazetteer, taken))
    found.update(hyphen_compounds(parsed, gazetteer, taken))
    found.update(event_towns(parsed, gazetteer, taken))
    found.update(hyphen_pairs(parsed, gazetteer, taken))
    found = postal_states(parsed, gazetteer, found)
    found.update(list_members(parsed, gazetteer, found))
    names = _person_names(parsed)
    found = {
        c: o
        for c, o in found.items()
        if c.last - c.first > 1
        or c.text not in names
        or after_locative(parsed, c.first)
        or place_position(parsed, c.first, c.last)
    }
    found.update(_same_names(parsed, found, names))
    found = {c: o for c, o in found.items() if not _names_a_disease(parsed, c)}
    found = {c: _compass_country(c, o, gazetteer) for c, o in found.items()}
    return possessive_parts(parsed, gazetteer, found)


#: leading words of a region of a country ("South Lebanon", "Northern Syria"); not "Metro"/"Greater"
_COMPASS = REGION_PREFIXES - {"metro", "greater"}


def _compass_country(cand: Candidate, options: Options, gazetteer: Gazetteer) -> Options:
    """A direction before a country's name names a part of that country ("South Lebanon", "Northern
    Mali"), not a namesake town abroad (South Lebanon, Ohio): the country's options, unless the name
    is a place of that country, a country itself (South Sudan, North Korea, East Timor) or a
    province or region by its own name (Northern Ireland, in the United Kingdom)."""
    first, _, rest = cand.text.partition(" ")
    if first.lower() not in _COMPASS or not rest or _named_region(options):
        return options
    countries = [(e, k) for e, k in gazetteer.matches(rest) if e.feature_code.startswith("PCL")]
    if not countries or any(e.feature_code.startswith("PCL") for e, _ in options):
        return options
    codes = {e.country_code for e, _ in countries}
    if any(e.country_code in codes for e, _ in options):
        return options
    return countries


def _named_region(options: Options) -> bool:
    """A province or region the gazetteer knows by this very name (main name or curated alias)."""
    return any(kind != ALTERNATE_NAME and e.feature_code in ("ADM1", "RGN") for e, kind in options)


def _same_names(
    parsed: ParsedDoc, found: dict[Candidate, Options], person_words: set[str]
) -> dict[Candidate, Options]:
    """One sense per article: a name taken for a place once is a place wherever else it occurs
    capitalised, whatever the parser labelled it there ("born in Churchill" ... "a Churchill
    doctor"; "Cairns" tagged PERSON in "the Cairns police force"), except as a word of a person's
    multiword name ("Georgia Stevens")."""
    by_words: dict[tuple[str, ...], Options] = {}
    for cand, options in found.items():
        words = tuple(parsed[i].text for i in range(cand.first, cand.last))
        if cand.source in {"demonym", "compound"}:
            continue  # "the Syrian town of X" does not make every "Syrian" a place
        if words[0][:1].isupper() and any(kind != ALTERNATE_NAME for _, kind in options):
            by_words.setdefault(words, options)
    taken = {i for c in found for i in range(c.first, c.last)}
    extra: dict[Candidate, Options] = {}
    at: dict[str, list[int]] = {}  # each word's tokens, in text order
    for i, tok in enumerate(parsed.tokens):
        at.setdefault(tok.text, []).append(i)
    for words, options in sorted(by_words.items(), key=lambda item: -len(item[0])):
        size = len(words)
        for i in at.get(words[0], ()):
            if i > len(parsed) - size or any(j in taken for j in range(i, i + size)):
                continue
            if tuple(parsed[j].text for j in range(i, i + size)) != words:
                continue
            if size == 1 and words[0] in person_words or _inside_longer_name(parsed, i, i + size):
                continue
            extra[make_candidate(parsed, i, i + size, "same-name")] = options
            taken.update(range(i, i + size))
    return extra


def _person_names(parsed: ParsedDoc) -> set[str]:
    """The words of multiword PERSON names: "Georgia" after "Georgia Stevens" is her, not a place.
    A PERSON entity with a word other than a proper noun is the parser's mistake, not a name
    ("Rethinking Egypt", "Trump - Wisconsin"), and an upper-case word in one is no name's word
    ("By Jane Roe US", "US" swallowed by a byline)."""
    words: set[str] = set()
    for ent in parsed.ents:
        span = range(ent.start, ent.end)
        if ent.label == "PERSON" and len(span) > 1 and all(parsed[i].pos == "PROPN" for i in span):
            words.update(parsed[i].text for i in span if not parsed[i].text.isupper())  # not "US"
    return words


def _split_entity(parsed: ParsedDoc, first: int, last: int) -> Iterable[Candidate]:
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
            yield make_candidate(parsed, lo, hi, "ner")


def _place_in_entity(
    parsed: ParsedDoc, first: int, last: int, label: str, gazetteer: Gazetteer
) -> tuple[Candidate, Options] | None:
    """A well-known place that the parser labelled otherwise: the whole entity ("Aleppo" as NORP,
    "EDMONTON" as ORG), or an organisation's leading place name ("Edmonton Police Service").
    A PERSON entity counts only in a place's position: after a locative preposition ("in Cairns")
    or before ", <province or country>" ("Gainesville, Ga.")."""
    parts = list(_split_entity(parsed, first, last))
    if len(parts) != 1:
        return None
    whole = parts[0]
    county = county_in_name(parsed, whole, gazetteer) or civic_name(parsed, whole, gazetteer)
    if county is not None:
        return county
    position = place_position(parsed, whole.first, whole.last)
    contained = container_after(parsed, whole.last, gazetteer) is not None
    options = gazetteer.matches(whole.text)
    if label == "PERSON" and not (
        after_locative(parsed, whole.first) or contained or position or city_alias(whole.text, options)
    ):
        return None
    named = label in NAMED_LABELS and not position and physical(options)  # "The Atlantic" magazine
    if not named and (
        strong(whole.text, options) or ((position or contained) and known(options, alternates=True))
    ):
        return whole, options
    if label not in NAMED_LABELS:
        return None
    for lo, hi in name_spans(parsed, whole):  # "Edmonton Police Service", "University of Toronto"
        cand = make_candidate(parsed, lo, hi, "ner-org")
        options = gazetteer.matches(cand.text)
        if strong(cand.text, options) and not physical(options):  # not "Pacific Gas and Electric"
            return cand, options
    if whole.last - whole.first > 1:  # a country closing an organisation's name: "Environment Canada"
        cand = make_candidate(parsed, whole.last - 1, whole.last, "ner-org")
        options = gazetteer.matches(cand.text)
        if any(kind == MAIN_NAME and entry.feature_code in COUNTRY_CODES for entry, kind in options):
            return cand, options
    return None


def _demonym_place(
    parsed: ParsedDoc, first: int, last: int, gazetteer: Gazetteer
) -> tuple[Candidate, Options] | None:
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
    return make_candidate(parsed, first, last, "demonym"), [(country, MAIN_NAME)]


def _names_a_disease(parsed: ParsedDoc, cand: Candidate) -> bool:
    """The name is part of a disease's ("West Nile virus", "Lassa fever", "Ebola disease")."""
    nxt = cand.last
    while nxt < len(parsed) and parsed[nxt].text[:1].isupper() and nxt < cand.last + 2:
        nxt += 1  # "Rift Valley" + "fever"
    return nxt < len(parsed) and parsed[nxt].lower in DISEASE_NOUNS


def _code_alike(text: str, options: Options) -> bool:
    """An upper-case name of three letters or fewer known only as an alternate name ("ST" for Sète):
    an abbreviation or a code, not that place."""
    return text.isupper() and len(text) <= 3 and all(kind == ALTERNATE_NAME for _, kind in options)


def _adjective(cand: Candidate, options: Options, gazetteer: Gazetteer) -> bool:
    """The candidate is a country's adjectival form and no well-known place bears that name."""
    return not strong(cand.text, options) and gazetteer.adjective(cand.text) is not None


def _inside_longer_name(parsed: ParsedDoc, first: int, last: int) -> bool:
    """The tokens ``[first, last)`` continue or are continued by other capitalised name words
    ("Memphis Street", "Old Alton Edwardsville Road", "St Ives Youth Theatre")."""
    before = first > 0 and parsed[first - 1].pos == "PROPN" and parsed[first - 1].text[:1].isupper()
    before = before and parsed[first - 1].sent == parsed[first].sent
    after = last < len(parsed) and parsed[last].pos == "PROPN" and parsed[last].text[:1].isupper()
    return before or after


def _gazetteer_scan(parsed: ParsedDoc, gazetteer: Gazetteer, taken: set[int]) -> dict[Candidate, Options]:
    """Names the parser missed: capitalised multiword names ("Gaza Strip", "Strait of Hormuz"),
    single well-known names, and a province or country right after "<place>," ("Birmingham, Ala.")."""
    found: dict[Candidate, Options] = {}
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
            if hi < n and parsed[hi].text[:1].isupper() and parsed[hi].lower in STREET_WORDS:
                continue  # a street named after a place: "Dublin Road"
            cand = make_candidate(parsed, i, hi, "gazetteer")
            options = gazetteer.matches(cand.text)
            placed = place_position(parsed, i, hi) and known(options, alternates=True)
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
        return strong(text, options)
    return known(options)


def _is_metonym(parsed: ParsedDoc, cand: Candidate, options: Options) -> bool:
    entry, kind = options[0]
    if entry.feature_code != "PPLC" or kind == ALTERNATE_NAME:
        return False
    for i in range(cand.first, cand.last):
        tok = parsed[i]
        if tok.dep in {"nsubj", "nsubjpass"} and not cand.first <= tok.head < cand.last:
            return parsed[tok.head].lemma.lower() in SPEECH_LEMMAS
    return False


def _appositions(
    parsed: ParsedDoc, candidates: list[Candidate], options: dict[Candidate, Options]
) -> dict[Candidate, list[GazEntry]]:
    """ "Paris, Texas": the containers the second name can be, for the first name."""
    out: dict[Candidate, list[GazEntry]] = {}
    for left, right in zip(candidates, candidates[1:], strict=False):
        if right.first != left.last + 1 or parsed[left.last].text != ",":
            continue
        if any(is_container(e, kind) for e, kind in options[left]):
            continue  # a list ("Russia, Turkey and Iran"), not a place and its container
        containers = [e for e, kind in options[right] if is_container(e, kind)]
        if containers:
            out[left] = containers
    return out
