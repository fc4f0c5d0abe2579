"""The recipient a place gives an event whose own arguments name none.

"arrived in Amman" (JOR), "shelled targets in Jericho" (PSE), "blockaded Paris" (FRA): the country
of the nearest place among the trigger's objects (:func:`place_recipients`, rule ``place``). Force
used on a town or a province (COERCE, ASSAULT), or its easing ("lifted the siege of X"), is used on
its people: that recipient is the place's civilians (sector CVL, rule ``place-population``,
:func:`.placeparty.population`); a country so named ("invaded Kuwait") is the state, and a visited
place ("arrived in Amman") has no sector."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Trigger
from ..parsed import ParsedDoc
from ..schema import Mention, Place
from .placeparty import AREAS, PLACE_ENTITIES, is_country, on_people, place_mention
from .roleplaces import destination_places, measure_places
from .rolepurposes import sent_to
from .rolerules import actor_span, prep_objects
from .roles import Roles, nearest_below
from .rolespeech import addressee_tokens

#: the prepositions of the place a measure on people is imposed in ("a curfew in X")
_OBJECT_PLACE = frozenset({"in", "inside"})


def with_place_recipients(parsed: ParsedDoc, trig: Trigger, roles: Roles, places: Sequence[Place]) -> Roles:
    """``roles`` with the place recipients (:func:`place_recipients`) added when the event has an
    actor and no recipient that names a party (none, or only words with neither a code nor a
    sector: "struck Kurdish targets in Syria"). Not for entries whose recipient is their subject."""
    if not roles.actor or "nsubj" in trig.entry.recipient_sources:
        return roles
    if any(m.entity.code or m.entity.sector for m in roles.recipient):
        return roles
    return Roles(roles.actor, roles.recipient + place_recipients(parsed, trig, roles, places))


def place_recipients(
    parsed: ParsedDoc, trig: Trigger, roles: Roles, places: Sequence[Place]
) -> tuple[Mention, ...]:
    """The country of the nearest place among the trigger's objects, as a recipient: "arrived in
    Amman" (JOR), "blockaded Paris" (FRA), "sought refuge in Oslo" (NOR: the entry names "in"),
    "shelled targets in Jericho" (PSE: an object's "in" says where the object is; the event's own
    "in" is its location, not a party); places coordinated with it add theirs ("threatened blows
    to Chad and Niger"). Not the actor's own country, except for the people of a measure's place
    ("threatened a curfew in X", :func:`.roleplaces.measure_places`); a destination naming no place
    is in the place right after it, and the purpose of a sending is done where it went
    (:mod:`.roleplaces`, :mod:`.rolepurposes`). Rule ``place``."""
    sent = parsed[trig.head].sent
    every: dict[int, list[Place]] = {}
    for place in places:
        i = parsed.token_at_char(place.start)
        if i is not None and place.country_code:
            every.setdefault(i, []).append(place)
    measured = _placed(parsed, measure_places(parsed, trig), every)  # "a curfew in X": its people
    if measured:
        return tuple(_as_mention(p, sent, force=True) for p in measured)
    actor_codes = {m.entity.code for m in roles.actor}
    by_token = {i: [p for p in ps if p.country_code not in actor_codes] for i, ps in every.items()}
    by_token = {i: ps for i, ps in by_token.items() if ps}
    if not by_token:
        return ()
    located = _placed(parsed, destination_places(parsed, trig), by_token)
    if located:  # "sent inspectors to the X plant in central Iran": Iran
        return tuple(_as_mention(p, sent) for p in located)
    actor_toks = [i for i in (parsed.token_at_char(m.start) for m in roles.actor) if i is not None]
    skip = set(trig.tokens) | actor_span(parsed, actor_toks, trig.head)
    roots = [trig.head] + ([trig.noun] if trig.noun is not None else [])
    # a locative preposition the entry names as its recipient's opens its phrase ("sought refuge in X")
    opened = frozenset(trig.entry.recipient_sources)

    def found(i: int) -> list[tuple[int, Place]]:
        start = _name_start(parsed, i)  # "Burkina Faso": the place starts at "Burkina"
        return [(i, p) for p in (by_token.get(i) or by_token.get(start, []))[:1]]

    hits: list[tuple[int, Place]] = []
    if on_people(trig) and trig.noun is not None:  # a measure on a place's people: "lifted the curfew in X"
        hits = [h for r in roots for i in prep_objects(parsed, r, _OBJECT_PLACE) for h in found(i)]
    hits = hits or [h for i in addressee_tokens(parsed, trig) for h in found(i)]  # "a warning to Seoul"
    hits = hits or nearest_below(parsed, roots, found, skip=skip, open_preps=opened, object_places=True)
    hits = hits or [h for i in sent_to(parsed, trig) for h in found(i)]  # "sent a team to X to investigate"
    if not hits:
        return ()
    first, _ = hits[0]
    chosen = [hits[0]] + [h for c in _conjuncts(parsed, first) for h in found(c)]
    force = on_people(trig) and _on_the_place(parsed, first, roots)
    return tuple(_as_mention(place, sent, force=force) for _, place in chosen)


def _on_the_place(parsed: ParsedDoc, i: int, roots: Sequence[int | None]) -> bool:
    """True when the act's object holding the place at token ``i`` is the place itself or an area of
    it ("shelled Kharkiv", "shelled residential areas of Kharkiv"), not a target located there ("an
    army checkpoint in Kidal": the place's country, not its civilians)."""
    below = i
    for tok in parsed.ancestors(i):
        if tok.i in roots:
            break
        if tok.dep != "prep":
            below = tok.i
    obj = parsed[below]
    return below == i or obj.ent_type in PLACE_ENTITIES or obj.lemma.lower() in AREAS


def _placed(parsed: ParsedDoc, toks: Sequence[int], by_token: dict[int, list[Place]]) -> list[Place]:
    """The places named at tokens ``toks`` (or at the first word of the name they head), with the
    places coordinated with them ("in X and Y")."""
    out: list[Place] = []
    for i in toks:
        for j in [i, *_conjuncts(parsed, i)]:
            out += (by_token.get(j) or by_token.get(_name_start(parsed, j), []))[:1]
    return out


def _conjuncts(parsed: ParsedDoc, i: int) -> list[int]:
    """The tokens coordinated with token ``i`` or the head of its name ("X, Y and Z": Y and Z for
    X; "the United States and Israel": "Israel" for "United")."""
    while parsed[i].dep == "compound" and parsed[i].head != i:
        i = parsed[i].head
    out: list[int] = []
    todo = [i]
    while todo:
        for child in parsed.children(todo.pop()):
            if child.dep == "conj" and child.i not in out:
                out.append(child.i)
                todo.append(child.i)
    return out


def _name_start(parsed: ParsedDoc, i: int) -> int:
    """The first word of the name token ``i`` heads ("Faso" in "Burkina Faso": "Burkina")."""
    while True:
        first = [c.i for c in parsed.children(i) if c.dep == "compound" and c.i < i]
        if not first:
            return i
        i = min(first)


def _as_mention(place: Place, sent: int, *, force: bool = False) -> Mention:
    """The place as a party: its people when force is used on a place below a country's level."""
    return place_mention(place, sent, "place-population" if force and not is_country(place) else "place")
