"""Parties of force and deployment that the sentence leaves unnamed, inferred from its place.

Applied to an event after its location and the place parties (:mod:`.placeparty`) are known
(:func:`with_force_parties`). Each added party carries its rule, so that an analyst can keep or drop
the inferred ones:

* ``place-attacker``: an attack whose perpetrators the sentence does not name ("a roadside bomb near
  Samarra killed two soldiers", "a journalist was killed by a car bomb in Beirut") is done by armed
  men of the place where it happened, as ICEWS, Phoenix and the PLOVER gold code it: the actor is the
  place's words, its country, sector UAF (CAMEO's unaligned armed forces, its code for unidentified
  gunmen and bombers) and the name "unidentified attackers (<country>)". Only for an ASSAULT with a
  victim, located by a place named in its own sentence; not for shelling, air strikes, missiles or
  drones, which armies fire, often across a border, nor when the sentence names an armed party
  that could be the attacker, nor on one side of a border ("near the Somali border"), nor when the
  place is itself the victim ("the invasion of Iraq"). Unnamed men
  the text does name ("gunmen", "masked men") whose country was only guessed from the article's
  other actors become the place's attackers too, keeping their words. Off with the setting
  ``unidentified_attackers = false``.
* ``place-police``: an arrest or detention by no named party ("a missionary was arrested in Beirut")
  is made by the police of the place, as ICEWS codes it: the actor is the place's words, its
  country, sector COP, named "police (<country>)" (a charge or an indictment: sector JUD, named
  "prosecutors (<country>)"); not when the sentence names rebels, militias,
  gangs or unidentified armed men who could hold the captives, nor on one side of a border. Off
  with ``unidentified_attackers = false``, like ``place-attacker``.
* ``place-authorities`` / ``place-courts``: an investigation or questioning (ACCUSE, investigate)
  or a sentence (SANCTION, convict) that a verb names, by no named party, located by a place in
  its sentence ("was put under investigation in Spain", "were sentenced in Morocco"), is the act
  of that country's authorities (sector GOV, "authorities (<country>)") or courts (JUD, "courts
  (<country>)"). Off with ``unidentified_attackers = false``, like ``place-police``.
* ``custody``: abuse of a person held by someone ("was beaten in police custody", "died of torture
  while in Israeli police custody") is done by the holder: the party that owns or modifies the
  custody, detention or captivity the victim was in; bare "police" custody is the police of the
  event's place.
* ``place`` (deployment): troops mobilised or put on alert in a foreign place ("Turkish troops were
  on alert in northern Iraq") are deployed against that country, as a deployment "to" it is: the
  place's country is the recipient when the actors are of another country and no recipient is named.
"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon import Kind, Trigger
from ..parsed import ParsedDoc
from ..schema import Entity, EventType, Mention, Place
from .placeparty import country, place_mention
from .roles import MentionIndex, Roles

#: the sector of unidentified armed men (CAMEO's UAF: "gunmen", "bombers")
ATTACKERS = "UAF"
#: modes of the weapons of armies, often fired from across a border: no local attacker is inferred
_ARMY_MODES = frozenset({"aerial", "heavy-weapons", "CBRN", "drone"})
#: words of such weapons anywhere in the sentence ("killed by shelling in Kharkiv")
_ARMY_WEAPONS = frozenset(
    "shell shelling artillery airstrike strike missile rocket drone warplane jet bombardment helicopter "
    "mortar aircraft plane airstrikes".split()
)
#: sectors of armed parties that may be the unnamed attacker ("rebels ... a bomb killed two")
_ARMED = frozenset({"MIL", "REB", "UAF", "PRM", "COP", "SPY", "CRM"})


def with_force_parties(
    parsed: ParsedDoc,
    trig: Trigger,
    roles: Roles,
    event_loc: Place | None,
    index: MentionIndex,
    *,
    attackers: bool = False,
) -> Roles:
    """``roles`` with the foreign place of a deployment (``place``) and, with ``attackers``, the
    unnamed attacker of a located attack (``place-attacker``) added where the sentence names none."""
    if trig.entry.event is EventType.ASSAULT and not roles.actor:
        keepers = _custodians(parsed, trig, index, event_loc)
        if keepers:
            return Roles(tuple(keepers), roles.recipient)
    if event_loc is None or not event_loc.country_code or not _in_sentence(parsed, trig, event_loc):
        return roles
    if attackers and trig.entry.event is EventType.ASSAULT and all(_unnamed(m) for m in roles.actor):
        attacker = _attacker(parsed, trig, roles, event_loc, index)
        if attacker is None:
            return roles
        return Roles(tuple(_as_attacker(m, attacker) for m in roles.actor) or (attacker,), roles.recipient)
    if attackers and _arrest(trig) and not roles.actor and roles.recipient:
        jailer = _jailer(parsed, trig, roles, event_loc, index)
        return roles if jailer is None else Roles((jailer,), roles.recipient)
    if attackers and (trig.entry.event, trig.entry.mode) in _JUSTICE and not roles.actor and roles.recipient:
        officials = _officials(parsed, trig, roles, event_loc)
        return roles if officials is None else Roles((officials,), roles.recipient)
    if trig.entry.event is EventType.MOBILIZE:
        return _deployed_in(parsed, trig, roles, event_loc)
    return roles


#: the armed parties other than a state's that also seize people ("rebels detained two soldiers")
_CAPTORS = frozenset({"REB", "UAF", "CRM", "PRM"})


def _arrest(trig: Trigger) -> bool:
    return trig.entry.event is EventType.COERCE and trig.entry.mode == "arrest"


def _jailer(
    parsed: ParsedDoc, trig: Trigger, roles: Roles, event_loc: Place, index: MentionIndex
) -> Mention | None:
    """The police of the place where someone was arrested by no named party (``place-police``),
    unless the sentence names a non-state armed party that could hold them or the place is one side
    of a border."""
    known = country(event_loc.country_code or "")
    if known is None or _on_a_border(parsed, event_loc):
        return None
    span = parsed.sents[parsed[trig.head].sent]
    held = {(m.start, m.end) for m in roles.recipient}
    for m in {m for i in range(span.start, span.end) for m in index.at(i)}:
        if m.entity.sector in _CAPTORS and (m.start, m.end) not in held:
            return None
    charging = set(trig.entry.words) & _CHARGING  # "was charged in X": its prosecutors, not its police
    word, sector = ("prosecutors", "JUD") if charging else ("police", "COP")
    entity = Entity(
        event_loc.extracted_place, f"{word} ({known.name})", known.code, sector, rule="place-police"
    )
    return Mention(
        event_loc.start,
        event_loc.end,
        event_loc.extracted_place,
        entity,
        parsed[trig.head].sent,
        "place-police",
    )


#: words of a legal charge, brought by a state's prosecutors
_CHARGING = frozenset("charge charges indict prosecute".split())


#: legal acts done by a state's officials, with the sector and the name of who does them where no
#: party is named: an investigation by its authorities, a conviction by its courts
_JUSTICE: dict[tuple[EventType, str | None], tuple[str, str, str]] = {
    (EventType.ACCUSE, "investigate"): ("GOV", "authorities", "place-authorities"),
    (EventType.SANCTION, "convict"): ("JUD", "courts", "place-courts"),
}


def _officials(parsed: ParsedDoc, trig: Trigger, roles: Roles, event_loc: Place) -> Mention | None:
    """The authorities (``place-authorities``) or courts (``place-courts``) of the place where
    someone was investigated or sentenced by no named party ("was put under investigation in
    Spain"); not when the place is one side of a border or is the one investigated."""
    known = country(event_loc.country_code or "")
    found = _JUSTICE.get((trig.entry.event, trig.entry.mode))
    if known is None or found is None or trig.entry.kind is Kind.NOUN or _on_a_border(parsed, event_loc):
        return None  # a clause's act, not a noun's ("an inquiry in Syria found ..." may be anyone's)
    if any(m.start < event_loc.end and event_loc.start < m.end for m in roles.recipient):
        return None  # "Iran was investigated": the place is the one investigated
    sector, word, rule = found
    entity = Entity(event_loc.extracted_place, f"{word} ({known.name})", known.code, sector, rule=rule)
    sent = parsed[trig.head].sent
    return Mention(event_loc.start, event_loc.end, event_loc.extracted_place, entity, sent, rule)


def _unnamed(mention: Mention) -> bool:
    """True for unnamed men ("gunmen", "unidentified men", "masked men") whose country was only
    guessed from the article's other actors: the attack's place says more about who they are."""
    entity = mention.entity
    return "+context" in entity.rule and entity.sector in (ATTACKERS, "CVL", None)


def _as_attacker(mention: Mention, attacker: Mention) -> Mention:
    """The unnamed men of the text as the place's unidentified attackers (``place-attacker``)."""
    entity = replace(attacker.entity, entity_text=mention.text, rule=f"{mention.entity.rule}+place-attacker")
    return replace(mention, entity=entity)


def _in_sentence(parsed: ParsedDoc, trig: Trigger, place: Place) -> bool:
    """True when the place is a name in the trigger's own sentence (not a dateline, not before)."""
    return place.start >= 0 and parsed.sentence_of_char(place.start) == parsed[trig.head].sent


def _attacker(
    parsed: ParsedDoc, trig: Trigger, roles: Roles, event_loc: Place, index: MentionIndex
) -> Mention | None:
    """The unidentified attackers of the place, when the attack has a victim that names a party,
    is not one of an army's weapons and its sentence names no armed party that could have done it."""
    if not any(m.entity.code or m.entity.sector for m in roles.recipient):
        return None
    if trig.entry.mode in _ARMY_MODES or _on_a_border(parsed, event_loc):
        return None
    if any(m.start < event_loc.end and event_loc.start < m.end for m in roles.recipient):
        return None  # the place is the victim itself ("the invasion of Iraq"): a state's act
    sent = parsed[trig.head].sent
    span = parsed.sents[sent]
    if any(parsed[i].lemma.lower() in _ARMY_WEAPONS for i in range(span.start, span.end)):
        return None
    victims = {(m.start, m.end) for m in (*roles.recipient, *roles.actor)}
    for m in {m for i in range(span.start, span.end) for m in index.at(i)}:
        if m.entity.sector in _ARMED and (m.start, m.end) not in victims and not _reporter(parsed, m):
            return None  # "two were killed near Goma as rebels advanced": perhaps theirs; no guess
    code = event_loc.country_code or ""
    known = country(code)
    where = known.name if known else (event_loc.resolved_place or event_loc.extracted_place)
    entity = Entity(
        entity_text=event_loc.extracted_place,
        entity_name=f"unidentified attackers ({where})",
        code=code,
        sector=ATTACKERS,
        rule="place-attacker",
    )
    return Mention(event_loc.start, event_loc.end, event_loc.extracted_place, entity, sent, "place-attacker")


def _on_a_border(parsed: ParsedDoc, place: Place) -> bool:
    """True for a place named as one side of a border ("near the Somali border"): the attack may have
    been on either side, so the country is not known."""
    i = parsed.token_at_char(place.start)
    if i is None:
        return False
    tok = parsed[i]
    return any(t.lemma.lower() in _BORDERS for t in (tok, parsed[tok.head]))


#: nouns of a boundary between two countries
_BORDERS = frozenset({"border", "frontier", "boundary"})


def _reporter(parsed: ParsedDoc, mention: Mention) -> bool:
    """True when the mention is the subject of a reporting verb ("the military said"), not a party
    to the act."""
    i = parsed.token_at_char(mention.start)
    if i is None:
        return False
    tok = parsed[i]
    while tok.dep not in ("nsubj", "nsubjpass") and tok.head != tok.i and tok.pos not in ("VERB", "AUX"):
        tok = parsed[tok.head]
    head = parsed[tok.head]
    return tok.dep == "nsubj" and head.lemma.lower() in _REPORTING


#: verbs by which a party reports, not does, an attack
_REPORTING = frozenset("say report tell announce confirm state add".split())


def _deployed_in(parsed: ParsedDoc, trig: Trigger, roles: Roles, event_loc: Place) -> Roles:
    """A deployment or alert in a foreign place with no recipient: the place's country (``place``)."""
    if any(m.entity.code for m in roles.recipient) or not roles.actor:
        return roles
    codes = {m.entity.code for m in roles.actor}
    if None in codes or event_loc.country_code in codes:
        return roles  # an actor of no known country, or troops at home
    if any(m.start <= event_loc.start < m.end for m in roles.actor):
        return roles
    place = place_mention(event_loc, parsed[trig.head].sent, "place")
    return Roles(roles.actor, (*roles.recipient, place))


#: nouns of being held: whoever holds the victim did what was done to them there
_CUSTODY = frozenset({"custody", "detention", "captivity"})
#: the sectors a bare holder word names ("police custody", "army detention")
_HOLDERS = {"police": "COP", "army": "MIL", "military": "MIL"}


def _custodians(
    parsed: ParsedDoc, trig: Trigger, index: MentionIndex, event_loc: Place | None
) -> list[Mention]:
    """The holders of the custody in which the act was done (``custody``): the coded parties that own
    or modify the custody noun under the trigger or the verbs above it in its sentence ("died of
    torture while in Israeli police custody"), else a bare holder word of the place's country."""
    sent = parsed[trig.head].sent
    verbs = [trig.head] + [t.i for t in parsed.ancestors(trig.head) if t.sent == sent]
    for verb in verbs:
        for prep in parsed.children(verb):
            if prep.dep != "prep" or prep.lower not in ("in", "under"):
                continue
            for noun in parsed.children(prep.i):
                if noun.dep == "pobj" and noun.lemma.lower() in _CUSTODY:
                    found = _holders(parsed, noun.i, index, event_loc, sent)
                    if found:
                        return found
    return []


def _holders(
    parsed: ParsedDoc, noun: int, index: MentionIndex, event_loc: Place | None, sent: int
) -> list[Mention]:
    """The coded owners or modifiers of the custody noun, else its bare holder word (``custody``)."""
    owners = [c.i for c in parsed.children(noun) if c.dep in ("poss", "amod", "compound")]
    owners += [o.i for p in parsed.children(noun) if p.lower == "of" for o in parsed.children(p.i)]
    found = {m for i in owners for m in index.at(i) if m.entity.code}
    if found:
        return sorted(found, key=lambda m: m.start)
    for i in owners:
        sector = _HOLDERS.get(parsed[i].lower)
        known = country(event_loc.country_code or "") if event_loc is not None else None
        if sector and known is not None:
            tok = parsed[i]
            entity = Entity(tok.text, f"{known.adjective} {tok.lower}", known.code, sector, rule="custody")
            return [Mention(tok.idx, tok.end, tok.text, entity, sent, "custody")]
    return []
