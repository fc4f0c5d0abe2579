"""Who makes an event political, and what an article is about.

An event needs a party that is a political actor. In a news article a coded person ("Britain's
Kelly Holmes") may be a politician; in an article about sport or entertainment such a person is an
athlete or an artist, and what they urge or back is not a political event. The article's domain is
read from the lexicon's domain word lists (``@sport``, ``@entertainment``): when they make up a
large share of its nouns, only parties of a political sector (government, military, police,
courts, parties, rebels, unions ...) make an event political. Firms (sector BUS) never do: a deal or
a lawsuit between companies is business, not politics ("the two firms signed a memorandum").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Kind, Lexicon, Trigger
from ..parsed import ParsedDoc
from ..schema import Entity, EventType, Mention

#: sectors that make an uncoded actor a political one ("police", "the rebels", "the union")
POLITICAL_SECTORS = frozenset("GOV MIL REB PTY LEG JUD COP SPY UAF PRM OPP LAB ELI".split())

#: sectors of private parties: their dealings among themselves are not political events ...
PRIVATE_SECTORS = frozenset({"BUS"})
#: private people ("children", "parents"): coded only from the article's country (rule "...context"),
#: they make no event political but a public act (a protest, force) ...
PEOPLE_SECTORS = frozenset({"CVL", "EDU"})
#: ... but their protests and the force used by or on them are ("shopkeepers went on strike")
PUBLIC_ACTS = frozenset({EventType.PROTEST, EventType.ASSAULT, EventType.COERCE})

#: the rule of an organisation named in the actor registry (the EU, the UN agencies, NATO ...)
REGISTERED_ORGANISATION = "registry:organisation"

#: the rules that resolve a bare country name, adjective or people ("France", "Australian
#: players", "the Irish"): in a sports or entertainment article a team or a cast, not a state
TEAM_RULES = frozenset({"registry:country", "registry:country-adjective", "registry:country-people"})

#: an article is about a domain when that domain's words are this share of its nouns ...
DOMAIN_SHARE = 0.05
#: ... in at least this many occurrences of this many different words (a short article naming
#: "a film" twice, or "football", "fan" and "game" once each, is not about sport)
DOMAIN_HITS = 4
DOMAIN_WORDS = 3


def article_domain(parsed: ParsedDoc, lexicon: Lexicon) -> str | None:
    """The non-political domain the article is about ("sport", "entertainment"), or None."""
    nouns = [tok.lemma.lower() for tok in parsed.tokens if tok.pos == "NOUN"]
    if not nouns:
        return None
    best: tuple[float, str] | None = None
    for name, words in lexicon.domains:
        hits = [n for n in nouns if n in words]
        share = len(hits) / len(nouns)
        if share < DOMAIN_SHARE or len(hits) < DOMAIN_HITS or len(set(hits)) < DOMAIN_WORDS:
            continue
        if best is None or share > best[0]:
            best = (share, name)
    return best[1] if best else None


def _private_person(entity: Entity) -> bool:
    """Private people whose country is only the article's ("children", "parents")."""
    return entity.sector in PEOPLE_SECTORS and "context" in entity.rule


def political_party(
    entity: Entity, *, domain: str | None = None, public: bool = False, threat: bool = False
) -> bool:
    """True for a party of a political sector (within a non-political domain, not one named by a bare
    country name or adjective: :data:`TEAM_RULES`); for one with a country or international code but no
    political sector only outside a non-political domain (within it, only an organisation of the
    registry), and if a firm only in a ``public`` act (a protest, an assault, coercion); private people
    coded only from the article's country (children, parents) only in a public act or a ``threat``."""
    if domain is not None and entity.rule in TEAM_RULES:
        return False  # in a sports article "France" and "the Irish" are teams
    if entity.sector in POLITICAL_SECTORS:
        return True
    if entity.sector in PRIVATE_SECTORS and not public:
        return False
    if _private_person(entity) and not (public or threat):
        return False  # "the robot asked children": people whose country is only the article's
    if domain is not None:  # a known organisation is one still ("the European Union funded ...")
        return bool(entity.code) and entity.rule == REGISTERED_ORGANISATION
    return bool(entity.code)


def _held(trig: Trigger, actor: Sequence[Mention], recipient: Sequence[Mention]) -> bool:
    """An arrest or detention with no agent named ("the singer was arrested"): the state holds a
    coded person, whoever they are."""
    entry = trig.entry
    return (
        entry.event is EventType.COERCE
        and entry.mode == "arrest"
        and not actor
        and any(m.entity.code for m in recipient)
    )


#: the sectors that give aid as a political act: states and their organs, international bodies
_DONORS = frozenset({"GOV", "MIL", "IGO", "NGO", "LEG"})


def party_funding(trig: Trigger, actor: Sequence[Mention], recipient: Sequence[Mention]) -> bool:
    """True for aid (AID) given to political parties only, by no state or aid body: a donation to
    a party ("a businessman gave 2m pounds to the Labour Party") is party funding, not aid."""
    if trig.entry.event is not EventType.AID or not recipient:
        return False
    if not all(m.entity.sector == "PTY" for m in recipient):
        return False
    return not any(m.entity.sector in _DONORS for m in actor)


def private_trade(trig: Trigger, actor: Sequence[Mention], recipient: Sequence[Mention]) -> bool:
    """True for aid (AID) given by firms only ("the company will supply Serbia with gas", "a bank is
    financing the bid"): a sale or a loan, trade, not aid; an international lender (the World Bank,
    an organisation of the registry) gives aid."""
    if trig.entry.event is not EventType.AID or not actor:
        return False
    return all(
        m.entity.sector in PRIVATE_SECTORS
        and m.entity.rule != REGISTERED_ORGANISATION
        and m.entity.code != "IGO"
        for m in actor
    )


#: the rule of a recipient that is the place an event happens in ("visited the UK")
PLACE_RULE = "place"


def sightseeing(trig: Trigger, actor: Sequence[Mention], recipient: Sequence[Mention]) -> bool:
    """True for an act other than a public one (:data:`PUBLIC_ACTS`) by uncoded parties only whose
    recipients are only the places it happens in ("the robot has visited the UK and France", "it
    will offer faster downloads on the Isle of Man"): a tour or a trade, not a dealing with a host."""
    if trig.entry.event in PUBLIC_ACTS or not actor or not recipient:
        return False
    if any(m.entity.code or m.entity.sector in POLITICAL_SECTORS for m in actor):
        return False  # a coded party ("APEC agreed in Tokyo") deals with its hosts
    return all(m.entity.rule == PLACE_RULE for m in recipient)


#: acts of force by or on someone: a firm's with no one named as their object is its own business
_FORCE = frozenset({EventType.ASSAULT, EventType.COERCE})


def private_force(trig: Trigger, actor: Sequence[Mention], recipient: Sequence[Mention]) -> bool:
    """True for force or coercion by firms only on no one named but a place ("the company is cracking
    down on pirated software"); "the firm's guards detained strikers" has a party for recipient."""
    if trig.entry.event not in _FORCE or trig.entry.kind is Kind.NOUN or not actor:
        return False  # a noun's owner may be its patient: "his arrest" (a businessman's)
    if any(m.entity.rule != PLACE_RULE for m in recipient):
        return False
    return all(m.entity.sector in PRIVATE_SECTORS for m in actor)


def _company(entity: Entity) -> bool:
    """A party described as a firm (sector BUS: "the carmaker", "two banks")."""
    return entity.sector in PRIVATE_SECTORS


def _unnamed_org(entity: Entity) -> bool:
    """An organisation that no registry or sector names ("Apple", "Chelsea"): likely a firm or a club."""
    return entity.code is None and entity.sector is None and entity.rule.startswith("ner:org")


#: the rules of a person resolved through another mention: a pronoun or a surname
_PERSON_RULES = frozenset({"pronoun", "surname"})


def _named_person(entity: Entity) -> bool:
    """A coded person of no sector the registry does not know: perhaps a politician ("Mr Bell")."""
    if entity.sector is not None or not entity.code:
        return False
    return entity.rule in _PERSON_RULES or "person" in entity.rule


def _state_party(entity: Entity) -> bool:
    return (
        entity.sector in POLITICAL_SECTORS
        or entity.rule == REGISTERED_ORGANISATION
        or entity.code in ("IGO", "NGO")
    )


def firm_dealing(trig: Trigger, actor: Sequence[Mention], recipient: Sequence[Mention]) -> bool:
    """True for an act other than a public one (:data:`PUBLIC_ACTS`) with a firm among its parties
    and no party of a political sector or a registered organisation ("the administrator sued 49
    banks"); with only an organisation no registry names ("Apple asked the journalists' providers
    ..."), also no person who may be a politician ("Mr Bell"): business, not politics."""
    parties = [m.entity for m in (*actor, *recipient)]
    if trig.entry.event in PUBLIC_ACTS or any(_state_party(e) for e in parties):
        return False
    if any(_company(e) for e in parties):
        return True
    return any(_unnamed_org(e) for e in parties) and not any(_named_person(e) for e in parties)


def political_event(
    trig: Trigger, actor: Sequence[Mention], recipient: Sequence[Mention], *, domain: str | None = None
) -> bool:
    """True when the event has a political party (:func:`political_party`) or is an arrest; not
    party funding (:func:`party_funding`), a tour or a trade in places (:func:`sightseeing`), a
    firm's own crackdown (:func:`private_force`), a firm's supply (:func:`private_trade`) or a
    firm's dealing with no political party (:func:`firm_dealing`)."""
    if party_funding(trig, actor, recipient) or sightseeing(trig, actor, recipient):
        return False
    if private_force(trig, actor, recipient) or private_trade(trig, actor, recipient):
        return False
    if firm_dealing(trig, actor, recipient):
        return False
    public = trig.entry.event in PUBLIC_ACTS
    threat = trig.entry.event is EventType.THREATEN
    if any(
        political_party(m.entity, domain=domain, public=public, threat=threat) for m in (*actor, *recipient)
    ):
        return True
    if trig.entry.event is EventType.PROTEST and domain is None and any(m.entity.sector for m in actor):
        return True  # a demonstration or hunger strike is political whoever holds it ("refugees")
    return _held(trig, actor, recipient)
