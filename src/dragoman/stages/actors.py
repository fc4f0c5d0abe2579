"""The actors stage: every actor mention of an article, resolved to a registry entry or a description.

Sources of mentions, in one pass over each noun phrase of the parse (this module analyses the phrases;
:mod:`~dragoman.stages.phrases` turns them into mentions):

* registry names (longest match over tokens through a precompiled index, case-aware: "US" is not
  "us"; a name parties of several countries share is the one of the article's country: a UK story's
  "BNP", :func:`~dragoman.stages.context.choose_homonyms`; a lone surname of someone the article names
  in full is that person, not a registry namesake, :mod:`~dragoman.stages.surnames`); country names
  are governments (GOV), adjectives alone modify something an actor owns ("a Chilean proposal" -> CHL
  GOV; not "the Indian economy", "a British record"), people forms are civilians ("Chileans", "a
  Chilean", "a million Sudanese" -> CVL), capitals and seats are metonyms in a clause role ("Beijing
  said", "urged Moscow", "the Pentagon"); a country or capital used as a place is no actor ("fled to
  Pakistan", "Police in Kenya", "in Beijing", "the city of Tripoli", "Kyiv's streets", "the Kyiv
  region", "the Lebanese city of Tripoli"), nor a capital whose country the text names nowhere else in a story
  datelined in another country ("TRIPOLI, Lebanon": the Lebanese city, not Libya);
* people with office from titles and appositions ("Ethiopian Prime Minister Abiy Ahmed",
  "Chile's foreign minister", "Ali Bagheri, Iran's deputy foreign minister", "Daniel Mensah, a
  spokesman for Ghana's health ministry", "Leila Haddad, a Lebanese journalist"), resolved to the
  registry person who held the office on the article's date when the text names no one ("the
  presidents of Russia and China" -> each president);
* nationality adjectives and owners on sector nouns ("Indian police" -> IND COP, "Israeli settlers"
  -> ISR CVL, "Darfur rebels" -> SDN REB through a region of the registry, "Palestinian homes" -> PSE
  CVL through a noun of property), and bare sector nouns given the country of their context ("Police
  in Kenya" -> KEN COP, :mod:`~dragoman.stages.context`); a people named as an ethnic community is of
  the country named before it ("Bosnian Serbs" -> BIH CVL, "Iraqi Kurds" -> IRQ CVL) or of its
  context ("ethnic Albanians in Serbia", "ethnic Albanian guerrillas" -> SRB);
* quantities that stand for people ("Hundreds marched", "Dozens were arrested", "killed five" -> CVL,
  :mod:`~dragoman.stages.quantities`), and a second actor for a coordinated modifier ("UN military
  and civilian personnel" -> UNO MIL and UNO CVL);
* named entities the registry does not know (PERSON, ORG, NORP), unless used as places ("towards
  Goma"), and misspellings of registry names (:mod:`dragoman.fuzzy`: "Erdgoan", "Macorn");

then :mod:`dragoman.stages.coref` links pronouns, definite descriptions
(:mod:`~dragoman.stages.descriptions`) and surnames, and gives every actor one canonical name.

Conventions: a mention's span covers its syntactic head token; a phrase naming several actors ("the
foreign ministers of Chile and Peru") gives one mention per actor on the same span; mentions are
sorted by (start, end).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..parsed import ParsedDoc, Token
from ..registry import NameMatch, Office, Registry, RegistryHit, SectorNoun, fold
from ..schema import Mention
from . import coref
from .actoreras import era_names
from .actorseats import seat_conflicts
from .context import bodies_of_heads, choose_homonyms, localise, office_holders
from .names import (
    country_heads,
    entity_mentions,
    lone_others,
    name_mentions,
    other_given_name,
    owner_hit,
    to_mentions,
)
from .peoples import ethnic_adjective, ethnic_people, qualified_office, regional, shared_adjective, stance
from .phrases import (
    GENERIC_ROLES,
    HONORIFICS,
    Phrase,
    apposed_name_end,
    merge_appositions,
    phrase_mentions,
)
from .phrasetree import Tree as _Tree
from .phrasetree import (
    body_officials,
    coordinated_noun,
    hyphenated_end,
    member_of_body,
    named_by_noun,
    office_words,
    weapon_of_attack,
)
from .phrasetree import table_match as _table_match
from .quantities import crowd_noun, is_quantity
from .refs import Found
from .surnames import given_name_adjective

__all__ = ["resolve_actors"]

#: dependants to the left of a noun that belong to its phrase
_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "npadvmod", "case"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
#: an adjective in a noun's place is a head ("the NATO secretary-general" with "general" as head)
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr"})
#: nouns of number whose "of" object is the actor ("thousands of families")
_QUANTITIES = frozenset("thousand hundred million dozen score handful group number".split())
#: prepositions after an office or sector noun that name its owner
_OWNER_PREPS = frozenset({"of", "from", "for", "at"})


def resolve_actors(
    parsed: ParsedDoc, *, registry: Registry, article_date: date | None, dateline_country: str | None = None
) -> list[Mention]:
    """Every actor mention of ``parsed``, resolved against ``registry`` on ``article_date``.

    ``dateline_country`` (the code of the article's dateline place, when the caller knows it) is the
    country of a title-holder the text and the registry give none ("President X" in a story datelined
    Kinshasa), and only then."""
    if not parsed.tokens:
        return []
    tree = _Tree(parsed)
    matches = registry.scan(parsed)
    matches = era_names(parsed, registry, matches, article_date)  # "Congo" in 1985: Brazzaville
    matches = choose_homonyms(registry, matches, dateline_country)  # a UK story's "BNP"
    homonyms = seat_conflicts(parsed, registry, matches, dateline_country)
    matches = [
        m
        for m in matches
        if m.end - 1 not in homonyms
        and not regional(parsed, m)
        and not stance(parsed, m)
        and not lone_others(parsed, registry, m, article_date)
        and not given_name_adjective(parsed, registry, m)
    ]
    by_end = {m.end - 1: m for m in matches}
    found: list[Found] = []
    claimed: set[int] = set()
    phrases: dict[int, Phrase] = {}
    for tok in parsed.tokens:
        nominal = tok.pos in _NOMINAL or (tok.pos == "ADJ" and tok.dep in _NOMINAL_DEPS)
        if nominal or tok.i in by_end or (is_quantity(tok) and tok.dep in _NOMINAL_DEPS):
            phrases[tok.i] = _phrase(parsed, tree, registry, by_end, tok.i, article_date)
    merge_appositions(parsed, phrases)
    inside_name = {i: m for m in matches if m.end - m.start > 1 for i in range(m.start, m.end)}
    for head in sorted(phrases, key=lambda h: phrases[h].lo - phrases[h].hi):
        phrase = phrases[head]
        if head in claimed or not _is_actor(phrase) or _breaks_name(phrase, inside_name.get(head)):
            continue
        made = phrase_mentions(parsed, registry, phrase, article_date)
        other = coordinated_noun(parsed, tree, registry, phrase) if made else None
        if other is not None:  # "UN military and civilian personnel": MIL, and CVL
            made += phrase_mentions(parsed, registry, replace(phrase, noun=other), article_date)
        if made:
            found.extend(made)
            claimed.update(range(phrase.lo, phrase.hi))
    for match in matches:
        if not claimed.intersection(range(match.start, match.end)):
            made = name_mentions(parsed, registry, match, article_date)
            found.extend(made)
            claimed.update(range(match.start, match.end), *(range(f.start, f.end) for f in made))
    found.extend(entity_mentions(parsed, registry, claimed, article_date))
    heads = country_heads(parsed, registry, matches, on=article_date)
    heads |= {last: code for last, code in homonyms.items() if code}  # "in Tripoli" of Lebanon
    found = localise(parsed, found, registry=registry, country_heads=heads, dateline=dateline_country)
    found = bodies_of_heads(parsed, found)  # "the deputy chief of Israel's militia ally"
    found = coref.resolve(parsed, found, registry=registry)
    office_holders(found, registry, article_date)  # "the chancellor" of a UK story in 2005: Gordon Brown
    return to_mentions(parsed, found)


# -- the parse ---------------------------------------------------------------------------------------------


# -- noun phrases ----------------------------------------------------------------------------------------


def _phrase(
    parsed: ParsedDoc,
    tree: _Tree,
    registry: Registry,
    by_end: dict[int, NameMatch],
    head: int,
    on: date | None,
) -> Phrase:
    tok = parsed[head]
    lo = head
    for k in tree.kids[head]:
        if k < head and parsed[k].dep in _LEFT_DEPS and not _is_clause(parsed, tree, k):
            lo = min(lo, tree.left_edge(k))
    quantity = parsed[tok.head].head if tok.dep == "pobj" and parsed[tok.head].lower == "of" else head
    if quantity != head and parsed[quantity].lemma.lower() in _QUANTITIES and quantity < head:
        lo = tree.left_edge(quantity)  # "thousands of families"
    match = by_end.get(head)
    if match is not None:
        lo = min(lo, match.start)
    end = hyphenated_end(parsed, head)
    phrase = Phrase(head, lo, end, plural=tok.tag in ("NNS", "NNPS") or "Number=Plur" in tok.morph)
    phrase.definite = parsed[lo].lower in ("the", "this", "that", "these", "those")
    name_end = _person_name(parsed, registry, phrase, match, on)
    if phrase.name is None and match is None:
        name_end = _titled_name(parsed, tree, registry, phrase) or name_end
    titles = _table_match(tree, lo, name_end, registry.offices) if name_end > lo else None
    if phrase.name is None and match is None:
        of_title = _of_title(parsed, tree, registry, phrase)
        if of_title is not None and (titles is None or of_title[0] <= titles[0]):
            titles, end = of_title, phrase.hi  # "the White House chief of staff"
            name_end = end
    if titles is not None and phrase.name is None and match is None:
        nouns = _table_match(tree, lo, end, registry.sector_nouns)
        if nouns is not None and nouns[0] < titles[0]:  # "business leaders": a sector, not an office
            titles = None
    elif titles is None and phrase.name is not None and name_end > lo:  # "Activist Grace Wanjiru"
        nouns = _table_match(tree, lo, name_end, registry.sector_nouns)
        if nouns is not None and isinstance(nouns[1], SectorNoun):
            phrase.noun, phrase.noun_start = nouns[1], nouns[0]
    rest_end = name_end
    if titles is not None and isinstance(titles[1], Office):
        phrase.office, phrase.office_start = qualified_office(parsed, registry, phrase, titles[0], titles[1])
        phrase.office_text = office_words(parsed, phrase.office_start, name_end)
        rest_end = phrase.office_start
        qualifier = _table_match(tree, lo, rest_end, registry.sector_nouns) if rest_end > lo else None
        in_name = rest_end - 1 in by_end  # "Union" of "European Union finance ministers": a name's word
        if qualifier is not None and isinstance(qualifier[1], SectorNoun) and not in_name:
            phrase.noun, phrase.noun_start = qualifier[1], qualifier[0]
            rest_end = qualifier[0]
    elif phrase.name is None and match is None:
        nouns = (
            _table_match(tree, lo, end, registry.sector_nouns)
            or weapon_of_attack(parsed, tree, registry, lo, head)
            or named_by_noun(parsed, tree, registry, lo, head)
            or crowd_noun(parsed, tree.kids, registry, head)  # "Hundreds marched", "killed five"
        )
        if nouns is not None and isinstance(nouns[1], SectorNoun):
            nouns = body_officials(parsed, tree, registry, lo, (nouns[0], nouns[1]))  # "union officials"
            phrase.noun, phrase.noun_start = nouns[1], nouns[0]
            rest_end = nouns[0]
            phrase.hi = apposed_name_end(parsed, phrase)  # "carmaker Toyota" parsed as an apposition
            phrase.plural = phrase.plural or nouns[0] == head and is_quantity(parsed[head])
        if member_of_body(parsed, tree, registry, phrase):  # "senior figures in the Peruvian army"
            rest_end = phrase.hi  # the body's owners are the members'
    _owners(parsed, registry, by_end, phrase, rest_end, on)
    if phrase.noun is not None and phrase.owners:
        shared_adjective(parsed, registry, by_end, phrase, on)
    if match is not None and phrase.name is None and phrase.office is None and phrase.noun is None:
        ethnic_people(parsed, registry, phrase, match, on, tree=tree, by_end=by_end)
    if phrase.noun is not None:  # "ethnic Albanian guerrillas": of the country of their context
        phrase.owners = [o for o in phrase.owners if not ethnic_adjective(parsed, o[0], o[2])]
    if phrase.office is not None or phrase.noun is not None:
        _of_owners(parsed, tree, registry, by_end, phrase, on)
    return phrase


def _person_name(
    parsed: ParsedDoc, registry: Registry, phrase: Phrase, match: NameMatch | None, on: date | None
) -> int:
    """Set the phrase's person name (a registry person, else a PERSON entity without its titles);
    return where the words before the name end."""
    head, tok = phrase.head, parsed[phrase.head]
    person = _person_match(registry, match, on)
    if person is not None and match is not None:
        start = match.start  # "Iyad Allawi" for the registry's "Allawi": the given name is the name's
        while (
            start > phrase.lo and parsed[start - 1].ent_type == "PERSON" and parsed[start - 1].pos == "PROPN"
        ):
            start -= 1
        start = _strip_titles(parsed, registry, start, match.start + 1)
        if other_given_name(parsed, person, start, match.start):
            person = None  # "Juan Ortega" is not the registry's Daniel Ortega
        phrase.person, phrase.name = person, (start, match.end)
        return start
    if match is None and tok.ent_type == "PERSON" and tok.pos == "PROPN":
        ent = parsed.entity_at(head)
        if ent is not None and head < ent.end - 1 and parsed[ent.end - 1].pos == "PROPN":
            return phrase.hi  # "Bab" of "Bab al-Tabbaneh": the name is its last word's phrase
        start = head
        while (
            start > phrase.lo and parsed[start - 1].ent_type == "PERSON" and parsed[start - 1].ent_iob != "O"
        ):
            start -= 1
        if ent is not None and all(
            parsed[i].pos == "PROPN" or parsed[i].text == "-" for i in range(ent.start, start)
        ):
            start = ent.start  # "Bab al-Tabbaneh": the recogniser's name, whatever the parse attached
        start = _strip_titles(parsed, registry, start, head + 1)
        if start <= head:
            phrase.name = (start, head + 1)
            phrase.lo = min(phrase.lo, start)
            return start
    return phrase.hi


def _titled_name(parsed: ParsedDoc, tree: _Tree, registry: Registry, phrase: Phrase) -> int | None:
    """A name of two or three proper nouns after an office, which the recogniser took for an
    organisation or missed ("Vice-President Moody Awori"): a person; return where the name starts.
    Not a body whose name starts with an office word ("General Electric Company")."""
    head = phrase.head
    if parsed[head].pos != "PROPN" or parsed[head].ent_type == "PERSON":
        return None
    start = head
    while start > phrase.lo and head - start < 2 and _name_word(parsed, registry, start - 1):
        start -= 1
    if head - start < 1 or not _name_word(parsed, registry, head):
        return None
    if _table_match(tree, phrase.lo, start, registry.offices) is None:
        return None
    phrase.name = (start, head + 1)
    return start


def _name_word(parsed: ParsedDoc, registry: Registry, i: int) -> bool:
    """A capitalised proper noun that is no office or sector word ("Moody"; not "President", "Company")."""
    tok = parsed[i]
    word = (fold(tok.text),)
    return (
        tok.pos == "PROPN"
        and tok.text[:1].isupper()
        and word not in registry.offices
        and word not in registry.sector_nouns
    )


def _of_title(
    parsed: ParsedDoc, tree: _Tree, registry: Registry, phrase: Phrase
) -> tuple[int, Office] | None:
    """An office named with "of" after its head ("chief of staff", "minister of defence"); the phrase
    is extended over the "of" object."""
    head = phrase.head
    if head + 2 >= len(parsed) or parsed[head + 1].lower != "of" or parsed[head + 1].head != head:
        return None
    obj = head + 2 if parsed[head + 2].lower != "the" else head + 3
    if obj >= len(parsed) or parsed[obj].head != head + 1:
        return None
    tail = ("of", *(("the",) if obj == head + 3 else ()), *tree.words[obj])
    for start in range(max(phrase.lo, head - 4), head + 1):
        words = tuple(w for i in range(start, head + 1) for w in tree.words[i])
        office = registry.offices.get(words + tail)
        if office is not None:
            phrase.hi = obj + 1
            return start, office
    return None


def _is_clause(parsed: ParsedDoc, tree: _Tree, k: int) -> bool:
    """A verb with its own subject parsed as a modifier: "[The government has since deployed] troops"."""
    return parsed[k].pos in ("VERB", "AUX") and any(
        parsed[c].dep in ("nsubj", "nsubjpass") for c in tree.kids[k]
    )


def _person_match(registry: Registry, match: NameMatch | None, on: date | None) -> RegistryHit | None:
    if match is None:
        return None
    for ref in match.refs:
        if ref.key.startswith("person:"):
            return registry.resolve(ref, on=on)
    return None


def _strip_titles(parsed: ParsedDoc, registry: Registry, start: int, end: int) -> int:
    """Move a name's start past titles, honorifics and nationality adjectives the entity recogniser
    included ("Kenyan Susan Chepkemei")."""
    while start < end - 1:
        word = fold(parsed[start].text).rstrip(".")
        if word in HONORIFICS or (word,) in registry.offices or (word,) in registry.sector_nouns:
            start += 1
        elif any(r.form == "adjective" for r in registry.names.get((word,), ())):
            start += 1
        else:
            break
    return start


def _owners(
    parsed: ParsedDoc,
    registry: Registry,
    by_end: dict[int, NameMatch],
    phrase: Phrase,
    end: int,
    on: date | None,
) -> None:
    """Registry names and possessive pronouns in ``[phrase.lo, end)``: whose office or sector it is; a
    possessive the registry does not know may misspell a country ("Quatar's emir")."""
    for i in range(phrase.lo, end):
        tok = parsed[i]
        if tok.tag == "PRP$" and tok.dep == "poss":
            phrase.pronoun_owner = i
        match = by_end.get(i)
        if match is None and _may_misspell_owner(registry, tok, phrase, i):
            misspelt = registry.fuzzy(tok.text, on=on, countries=True)  # "Quatar's emir"
            if misspelt is not None and misspelt.entry.kind == "country":
                phrase.owners.append((i, i + 1, misspelt))
        if match is None or match.start < phrase.lo:
            continue
        hit = owner_hit(registry, match, on)
        if hit is not None:
            phrase.owners.append((match.start, match.end, hit))


def _may_misspell_owner(registry: Registry, tok: Token, phrase: Phrase, i: int) -> bool:
    """A possessive proper noun ("Quatar's emir"), or a capitalised modifier of a sector noun ("Chenchen
    refugees", "Isreali soldiers"), that the registry does not know: it may misspell a country."""
    if tok.dep == "poss":
        return tok.pos == "PROPN" and i == phrase.lo
    if phrase.noun is None or tok.dep not in ("amod", "compound") or not tok.text[:1].isupper():
        return False
    if (fold(tok.text),) in registry.names:
        return False  # a name the registry knows and the parse set aside ("Latin American")
    return tok.ent_type in ("NORP", "GPE", "ORG") or tok.pos in ("ADJ", "PROPN")


def _of_owners(
    parsed: ParsedDoc,
    tree: _Tree,
    registry: Registry,
    by_end: dict[int, NameMatch],
    phrase: Phrase,
    on: date | None,
) -> None:
    """Owners named after the head: "the foreign ministers of Chile and Peru", "delegations from Sudan",
    "a spokesman for Ghana's health ministry", "a judge at Peru's supreme court"."""
    if phrase.owners or phrase.name is not None or phrase.pronoun_owner is not None:
        return
    title_end = phrase.hi  # past "of defence" in "the minister of defence of Kenya"
    heads = range(phrase.head, title_end)  # "of Kenya" may hang on "defence"
    for k in sorted(k for h in heads for k in tree.kids[h]):
        if k >= title_end and parsed[k].dep == "prep" and parsed[k].lower in _OWNER_PREPS:
            objects = [o for o in tree.kids[k] if parsed[o].dep == "pobj"]
            while objects:
                obj = objects.pop(0)
                objects.extend(c for c in tree.kids[obj] if parsed[c].dep == "conj")
                if obj not in by_end and parsed[k].lower in ("for", "at"):  # the owner of the object
                    obj = next((c for c in tree.kids[obj] if parsed[c].dep == "poss" and c in by_end), obj)
                elif obj not in by_end and phrase.office is not None and phrase.office.role in GENERIC_ROLES:
                    obj = _named_body(parsed, tree, registry, by_end, obj, on)  # "the Plaid Cymru group"
                if phrase.office is not None and phrase.office.role in GENERIC_ROLES and phrase.noun is None:
                    body = _table_match(tree, tree.left_edge(obj), obj + 1, registry.sector_nouns)
                    if body is not None and isinstance(body[1], SectorNoun) and body[1].sector:
                        phrase.noun = body[1]  # "the head of the intelligence service": SPY
                match = by_end.get(obj)
                hit = owner_hit(registry, match, on) if match is not None else None
                if match is not None and hit is not None and match.start > k:
                    phrase.owners.append((match.start, match.end, hit))
            generic = phrase.office is not None and phrase.office.role in GENERIC_ROLES  # "head of the IAEA"
            of_body = generic and all(h.entry.kind in ("organisation", "group") for _, _, h in phrase.owners)
            if phrase.owners and parsed[k].lower in ("of", "from") and not of_body:
                phrase.hi = tree.right_edge(k) + 1  # the owners are in the phrase, not actors of their own
            return


def _named_body(
    parsed: ParsedDoc,
    tree: _Tree,
    registry: Registry,
    by_end: dict[int, NameMatch],
    obj: int,
    on: date | None,
) -> int:
    """The group or organisation named before a noun: "Plaid Cymru" of "the Plaid Cymru group"."""
    for c in tree.kids[obj]:
        hit = owner_hit(registry, by_end[c], on) if parsed[c].dep == "compound" and c in by_end else None
        if hit is not None and hit.entry.kind in ("group", "organisation"):
            return c
    return obj


def _breaks_name(phrase: Phrase, match: NameMatch | None) -> bool:
    """A phrase whose head sits inside a longer registry name ("Doctors" of "Doctors Without Borders")."""
    if match is None or match.end - 1 == phrase.head:
        return False
    return not (phrase.lo <= match.start and match.end <= phrase.hi)


def _is_actor(phrase: Phrase) -> bool:
    return phrase.name is not None or phrase.office is not None or phrase.noun is not None
