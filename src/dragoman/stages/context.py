"""The country a bare actor belongs to: "Police in Kenya", "lawmakers", "the government".

A sector noun or office without an owner ("police", "protesters", "lawmakers", "the defence ministry")
takes a country from its context, first found of:

1. a place attached to it or to its conjuncts: "Police in Kenya", "Refugees from Sudan", "Teachers and
   doctors in Nigeria", "a newspaper based in Beirut", "troops stationed in Mali"; for refugees, the
   one country of what they flee ("refugees fleeing the war in Liberia");
2. the one country of the state actors of its sentence (governments, officials, forces, registry
   people; not civilians, refugees, journalists, armed groups, criminals or organisations): "Myanmar's
   army bombed a village held by rebels"; unnamed armed men ("gunmen", "unidentified men") leave out
   the actors of their own clause, their targets ("Israel's embassy in Cairo was attacked by gunmen");
3. the one country its sentence names as a place: "Gunmen attacked a convoy in northern Mali";
4. the one country the previous sentence names as a place, then the one country of its state actors:
   "Ruto arrived in Washington. He will meet lawmakers" (USA);
5. the article's country (:func:`article_country`): the dateline's when the text names it too or
   names no country, else the one its actors and places name most ("NAIROBI, Kenya ... Opposition
   leaders called for a strike" -> KEN OPP); rebels, gunmen and criminals only as subjects ("Tuareg
   rebels attacked", not "the army killed militants"), refugees and migrants never.

Two countries in the actor's own sentence (steps 1 and 2) leave it without one ("Kenyan and Ugandan
police arrested 30 suspects"); two at steps 3 and 4 pass on to step 5. A place of its own (step 1)
binds a definite description too ("the foreign ministry in Lima" is Peru's, whatever government came
before). Nouns marked ``none`` in ``sector_nouns.tsv`` (journalists, hostages, crowds, donors, allies,
aid workers) never take one, nor nouns qualified as foreign ("foreign forces"), nor plural nouns of
states ("many countries", "seven industrialised nations"). A plural noun that is an actor only with an
owner ("opposition parties", "labour unions") is kept only when its context gives it a country. A
definite description keeps the country found as ``context``: coreference uses it when
no earlier actor fits ("the government" -> that country's government, "the minister" -> the minister
of that country).

A named person with a title but no country ("Foreign Minister Ana Ruiz said Paraguay ...") takes
the country of steps 2 to 5 the same way, at lower confidence; when none gives one, the country of the
article's dateline if the caller passes it ("President X" in a story datelined Kinshasa), else the one
country of any actor of its sentence, armed groups and civilians included ("Fijian rebels said they will
free Prime Minister X"). A person named without a title or country takes the country of an article
that names only one ("Dr Brian Gibbons" in a story about Britain alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..parsed import ParsedDoc
from ..registry import NameMatch, Registry
from .actorvictims import from_actor, harm_victim, struck_code
from .names import is_locative, is_place_noun
from .quantities import is_quantity
from .refs import Found, Ref

__all__ = [
    "article_country",
    "bodies_of_heads",
    "choose_homonyms",
    "localise",
    "office_holders",
    "with_country",
]

#: sectors whose actors do not speak for a country's context
_NOT_STATE = frozenset({"CVL", "REF", "JRN", "PRM", "REB", "UAF", "CRM"})
_OWN_PREPS = frozenset({"in", "from", "at", "of"})  # "of": "inhabitants of the Golan Heights"


def localise(
    parsed: ParsedDoc,
    found: Sequence[Found],
    *,
    registry: Registry,
    country_heads: dict[int, str],
    dateline: str | None = None,
) -> list[Found]:
    """``found`` with a country for each bare actor whose context gives one; a named title-holder
    without one takes the ``dateline`` country last."""
    kids: dict[int, list[int]] = {}
    for tok in parsed.tokens:
        if tok.head != tok.i:
            kids.setdefault(tok.head, []).append(tok.i)
    places: dict[int, list[str]] = {}
    for head, code in country_heads.items():
        if is_locative(parsed, head):
            places.setdefault(parsed[head].sent, []).append(code)
    out = list(found)
    coded = {f.head: c for f in out if (c := f.ref.entity.code) is not None and f.rule != "description"}
    for n, item in enumerate(out):
        if item.ref.entity.code is None and is_quantity(parsed[item.head]) and harm_victim(parsed, item.head):
            struck = struck_code(parsed, item.head, kids, coded, country_heads)
            # "shelled rebel camps in X, killing 50": the 50 are X's, never the shooters' by context
            found_here = with_country(parsed, item, struck, registry) if struck else None
            out[n] = item = found_here or replace(item, local=False)
        if item.local and not _states(parsed, item):
            own = _own_place(parsed, item.head, kids, country_heads)
            if own is None:  # "doctors from two American aid groups"
                own = from_actor(parsed, item.head, kids, coded)
            if own is None and _refugees(item):
                own = _fled_place(parsed, item.head, kids, country_heads)
            if own is not None:  # "the foreign ministry in Lima": that country's, whoever came before
                bind = item.pronoun_owner is None and item.ref.entity.sector == "GOV"
                out[n] = with_country(parsed, item, own, registry, bind=bind)
    counts = _country_counts(out, country_heads, registry)
    home = _home(counts, dateline)
    only = next(iter(counts)) if len(counts) == 1 else None
    for n, item in enumerate(out):
        if only is not None and _unknown_person(item):  # "Dr Brian Gibbons" in a story about Britain alone
            out[n] = with_country(parsed, item, only, registry)
        if item.local and item.ref.entity.code is None and not _refugees(item) and not _states(parsed, item):
            near, clash = _sentence_code(parsed, item, out, places, registry)
            if clash and item.ref.person and item.ref.names:  # "a Chilean judge ordered President X"
                near = _clause_code(parsed, item, out, registry)
            if near is None and not clash and _may_take_home(parsed, item):
                near = home
            if near is None and dateline is not None and item.ref.person and item.ref.names:
                near = dateline if registry.country(dateline) is not None else None
            if near is None and not clash and item.ref.person and item.ref.names:
                near = _any_actor_code(parsed, item, out, registry)
            if near is not None:
                out[n] = with_country(parsed, item, near, registry)
    # a noun that is an actor only with an owner ("opposition parties") needs a country from its context
    return [f for f in out if f.rule != "owned"]


def choose_homonyms(
    registry: Registry, matches: Sequence[NameMatch], dateline: str | None
) -> list[NameMatch]:
    """Names that several parties or bodies of different countries share ("BNP": the British National
    Party and the Bangladesh Nationalist Party) resolved to the entry of the country the article's other
    names point to most (its countries, capitals, people, parties, bodies) and its dateline; a tie keeps
    every entry, in registry order."""
    counts: dict[str, int] = {}
    if dateline is not None:
        counts[dateline] = 1
    for match in matches:
        codes = _codes(registry, match)
        if len(codes) == 1:
            code = next(iter(codes))
            counts[code] = counts.get(code, 0) + 1
    out = []
    for match in matches:
        codes = _codes(registry, match) if all(_is_body(registry, r.key) for r in match.refs) else set()
        ranked = sorted(((counts.get(c, 0), c) for c in codes), reverse=True)
        if len(codes) > 1 and ranked[0][0] > ranked[1][0]:
            best = ranked[0][1]
            match = replace(match, refs=tuple(r for r in match.refs if registry.entries[r.key].code == best))
        out.append(match)
    return out


def office_holders(found: Sequence[Found], registry: Registry, on: date | None) -> None:
    """An office its context gave a country ("the chancellor" in a story about Britain, "office of
    United Kingdom") is the registry's one holder of it on the article's date (Gordon Brown in 2005)."""
    done: set[int] = set()
    for item in found:
        ref = item.ref
        if id(ref) in done or not ref.key.startswith("office:") or ref.key.endswith(":pl") or ref.plural:
            continue
        done.add(id(ref))
        code = ref.entity.code
        holders = registry.holder(code, ref.role, on=on) if code and ref.role else []
        if len(holders) == 1:
            person = holders[0]
            ref.entity = replace(
                ref.entity, entity_name=person.entry.name, wikidata_id=person.entry.wikidata_id
            )
            ref.canonical = person.entry.name


def _is_body(registry: Registry, key: str) -> bool:
    return registry.entries[key].kind in ("group", "organisation")


def _codes(registry: Registry, match: NameMatch) -> set[str]:
    return {code for r in match.refs if (code := registry.entries[r.key].code) is not None}


def _own_place(parsed: ParsedDoc, head: int, kids: dict[int, list[int]], heads: dict[int, str]) -> str | None:
    root = head
    while parsed[root].dep == "conj" and parsed[root].head != root:
        root = parsed[root].head
    members = [root, *(k for k in kids.get(root, ()) if parsed[k].dep == "conj")]
    for member in members:
        for prep in _place_preps(parsed, member, kids):
            if parsed[prep].dep != "prep" or parsed[prep].lower not in _OWN_PREPS:
                continue
            for obj in kids.get(prep, ()):
                if parsed[obj].dep == "pobj" and obj in heads:
                    return heads[obj]
    return None


#: participles that attach a body to where it is ("a newspaper based in Beirut", "troops stationed in Mali")
_BASED = frozenset({"base", "locate", "headquarter", "station", "deploy", "operate"})


def _place_preps(parsed: ParsedDoc, member: int, kids: dict[int, list[int]]) -> list[int]:
    """The prepositions on an actor noun, and on a participle of location after it ("based in")."""
    out = []
    for k in kids.get(member, ()):
        out.append(k)
        if parsed[k].dep == "acl" and parsed[k].lemma.lower() in _BASED:
            out.extend(kids.get(k, ()))
    return out


#: verbs of flight whose object names the country refugees come from ("refugees fleeing the war in Liberia")
_FLEE = frozenset({"flee", "escape"})


def _fled_place(
    parsed: ParsedDoc, head: int, kids: dict[int, list[int]], heads: dict[int, str]
) -> str | None:
    """The one country named in what refugees flee: "refugees fleeing the civil war in Liberia"."""
    codes: set[str] = set()
    for verb in kids.get(head, ()):
        if parsed[verb].dep != "acl" or parsed[verb].lemma.lower() not in _FLEE:
            continue
        todo = [k for k in kids.get(verb, ()) if parsed[k].dep in ("dobj", "prep")]
        while todo:
            k = todo.pop()
            if k in heads:
                codes.add(heads[k])
            todo.extend(kids.get(k, ()))
    return next(iter(codes)) if len(codes) == 1 else None


def _state_codes(
    parsed: ParsedDoc, sent: int, found: Sequence[Found], registry: Registry, after: int | None = None
) -> set[str]:
    """The codes of the state actors of sentence ``sent``; with ``after``, not those named only as the
    target of an act named by a noun after that token (see :func:`_target_of_noun`)."""
    codes = set()
    for item in found:
        entity = item.ref.entity
        if after is not None and _target_of_noun(parsed, item.head, after):
            continue
        if (
            parsed[item.head].sent == sent
            and entity.code is not None
            and item.rule != "description"
            and (entity.sector == "GOV" or not item.ref.key.startswith(("group:", "organisation:")))
            and entity.sector not in _NOT_STATE
            and registry.country(entity.code) is not None
        ):
            codes.add(entity.code)
    return codes


#: prepositions of the target or topic of an act named by a noun ("the invasion of X", "an inquiry into X")
_TARGET_PREPS = frozenset({"of", "into", "against", "on", "over", "about"})


def _target_of_noun(parsed: ParsedDoc, head: int, after: int) -> bool:
    """True when ``head`` (or the noun it is the possessor of) is the object of a target preposition of
    a direct object noun, not of a place, after token ``after``: "judges leading an inquiry into X's
    arms", "senators backed the bombing of X": the subject's topic, not its home."""
    tok = parsed[head]
    if tok.dep == "poss" and tok.head != head:
        tok = parsed[tok.head]
    if tok.dep != "pobj" or tok.head == tok.i:
        return False
    prep = parsed[tok.head]
    noun = parsed[prep.head]
    return (
        prep.lower in _TARGET_PREPS
        and noun.i > after
        and noun.pos == "NOUN"
        and noun.dep == "dobj"
        and noun.ent_type == ""
        and not is_place_noun(noun)  # "seized the coast of X", "crossed the border of X": where
    )


def _sentence_code(
    parsed: ParsedDoc, item: Found, found: Sequence[Found], places: dict[int, list[str]], registry: Registry
) -> tuple[str | None, bool]:
    """The country of steps 2 to 4, and whether the actor's own sentence names two (then it has none)."""
    sent = parsed[item.head].sent
    if item.ref.entity.sector == "UAF":  # "the embassy was attacked by gunmen": not the embassy's men
        targets = _clause_mates(parsed, item, found)
        found = [f for f in found if not any(f is t for t in targets)]
    steps = (
        _state_codes(parsed, sent, found, registry, after=item.head),
        set(places.get(sent, ())),
        set(places.get(sent - 1, ())),
        _state_codes(parsed, sent - 1, found, registry) if sent > 0 else set(),
    )
    for n, codes in enumerate(steps):
        if len(codes) == 1:
            return next(iter(codes)), False
        if len(codes) > 1:
            return None, n < 2
    return None, False


def _verb_of(parsed: ParsedDoc, head: int) -> int | None:
    """The verb a noun is an argument of, through prepositions and owners ("by" of a passive)."""
    tok = parsed[head]
    for _ in range(6):
        if tok.head == tok.i:
            return None
        tok = parsed[tok.head]
        if tok.pos in ("VERB", "AUX"):
            return tok.i
    return None


def _clause_mates(parsed: ParsedDoc, item: Found, found: Sequence[Found]) -> list[Found]:
    """The other actors that are arguments of an actor's own verb: the targets of unnamed armed men,
    whose country is not theirs ("Israel's embassy was attacked by gunmen")."""
    verb = _verb_of(parsed, item.head)
    if verb is None:
        return []
    return [f for f in found if f is not item and _verb_of(parsed, f.head) == verb]


def _clause_code(parsed: ParsedDoc, item: Found, found: Sequence[Found], registry: Registry) -> str | None:
    """The one country of the state actors that are arguments of a titled person's own verb, when
    its sentence names two: "a Chilean judge ordered former president X to appear over arms sales
    to Ecuador" (CHL)."""
    verb = parsed[item.head].head
    states = [f for f in found if parsed[f.head].head == verb and f.ref.entity.sector not in _NOT_STATE]
    return _one_code(item, states, registry)


def _any_actor_code(parsed: ParsedDoc, item: Found, found: Sequence[Found], registry: Registry) -> str | None:
    """The one country of any actor of a titled person's sentence, state or not: "Fijian rebels said
    they will free Prime Minister X" (FJI), "rebels of UNITA pressed President X" (AGO)."""
    sent = parsed[item.head].sent
    return _one_code(item, [f for f in found if parsed[f.head].sent == sent], registry)


def _one_code(item: Found, found: Sequence[Found], registry: Registry) -> str | None:
    """The country code of ``found`` (other than ``item`` and descriptions) when there is one only."""
    codes = {
        f.ref.entity.code
        for f in found
        if f is not item
        and f.ref.entity.code is not None
        and f.rule != "description"
        and registry.country(f.ref.entity.code) is not None
    }
    return next(iter(codes)) if len(codes) == 1 else None


def article_country(
    parsed: ParsedDoc,
    found: Sequence[Found],
    country_heads: dict[int, str],
    dateline: str | None,
    registry: Registry,
) -> str | None:
    """The country an article is about: its dateline's when the text names that country too
    ("NAIROBI, Kenya ... Kenyan police") or names none, else the country its state actors and places
    name most, when one does at least twice and more than any other (a story from Geneva about Sudan),
    or the only country it names."""
    return _home(_country_counts(found, country_heads, registry), dateline)


#: sectors of armed men outside the state, who take the article's country only as subjects
_ARMED = frozenset({"REB", "UAF", "CRM"})


#: nouns of states: in the plural several of them, never the one country of a context
_STATE_NOUNS = frozenset({"country", "nation", "state", "government", "power"})


def _states(parsed: ParsedDoc, item: Found) -> bool:
    """ "Many countries", "seven industrialised nations": several states, not the sentence's one."""
    return item.plural and parsed[item.head].lemma.lower() in _STATE_NOUNS


def _may_take_home(parsed: ParsedDoc, item: Found) -> bool:
    """Armed men take the article's country when they act ("Tuareg rebels accused ..."), not when the
    state acts on them ("the army killed eight militants near the border": they may have crossed it)."""
    return item.ref.entity.sector not in _ARMED or parsed[item.head].dep in ("nsubj", "nsubjpass")


def _refugees(item: Found) -> bool:
    """Refugees and migrants take a country from their own place only ("refugees from Sudan"): the
    state of their sentence is usually the one they fled to or are deported from."""
    return item.ref.entity.sector == "REF"


def _unknown_person(item: Found) -> bool:
    ref = item.ref
    return ref.person and not ref.registry and ref.entity.code is None and item.rule == "ner:person"


def _country_counts(
    found: Sequence[Found], country_heads: dict[int, str], registry: Registry
) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in found:
        code = item.ref.entity.code
        if code and item.rule != "description" and item.ref.entity.sector not in _NOT_STATE:
            counts[code] = counts.get(code, 0) + 1
    for code in country_heads.values():
        counts[code] = counts.get(code, 0) + 1
    return {c: k for c, k in counts.items() if registry.country(c) is not None}


def _home(counts: dict[str, int], dateline: str | None) -> str | None:
    if dateline is not None and (dateline in counts or not counts):
        return dateline
    ranked = sorted(counts.items(), key=lambda ck: -ck[1])
    if len(ranked) == 1 or (len(ranked) > 1 and ranked[0][1] >= 2 and ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None


def with_country(
    parsed: ParsedDoc, item: Found, code: str, registry: Registry, *, bind: bool = False
) -> Found:
    """The bare actor as that country's: "police" in Kenya -> "Kenyan police" (KEN COP); a description
    keeps the country as its ``context`` until coreference has looked for an antecedent, unless
    ``bind`` (a place of its own: "the foreign ministry in Lima")."""
    if item.rule == "description" and item.context is None and not bind:
        return replace(item, context=code)
    country = registry.country(code)
    if country is None:
        return item
    entity = item.ref.entity
    rule = "sector+context" if item.rule == "owned" else f"{item.rule}+context"
    if item.ref.person and item.ref.names and not item.plural:  # "Minister Ana Ruiz said Paraguay ..."
        item.ref.entity = replace(entity, code=code)
        return replace(item, rule=rule, confidence=round(item.confidence * 0.8, 3))
    sector = entity.sector
    adjective = (country.adjectives or (country.name,))[0]
    words = _modified_noun(parsed, item)
    name = f"{adjective} {words}"
    new = replace(entity, code=code, entity_name=name, rule=rule)
    # "the minister" in a story about Kenya is the office of Kenya ("minister of Kenya")
    if item.ref.role is not None and entity.office and (item.rule == "description" or not item.plural):
        name = f"{entity.office} of {country.name}"
        key = f"office:{country.name}:{item.ref.role}" + (":pl" if item.plural else "")
        new = replace(new, entity_name=name)
        ref = Ref(key, new, "person", item.ref.person, item.ref.gender, item.plural, role=item.ref.role)
    elif (
        sector == "GOV" and item.ref.kind in ("sector", "group") and not item.plural and item.ref.role is None
    ):
        ref = Ref(
            f"{country.key}|GOV", replace(new, entity_name=country.name), "country", False, registry=True
        )
    else:
        key = f"sector:{code}:{sector}:{item.ref.role or parsed[item.head].lemma.lower()}"
        ref = Ref(key, new, item.ref.kind, item.ref.person, item.ref.gender, item.plural, role=item.ref.role)
        ref.names = [name]
    return replace(item, ref=ref, rule=rule, confidence=round(item.confidence * 0.9 + 0.1, 3))


#: modifiers of a bare noun that name what it is ("opposition lawmakers", "security chiefs")
_NAMING_DEPS = frozenset({"compound", "amod"})
#: adjectives of number, not of kind ("many small firms" -> "small firms")
_QUANTIFIERS = frozenset("many more most few fewer several other some numerous various".split())


def _modified_noun(parsed: ParsedDoc, item: Found) -> str:
    """The noun with the nouns and adjectives that qualify it, lower-case: "security chiefs"; a crowd
    named by its number ("Hundreds marched") is "people"."""
    if is_quantity(parsed[item.head]):
        return "people"
    start = item.head
    while (
        start > item.start
        and parsed[start - 1].head == item.head
        and parsed[start - 1].dep in _NAMING_DEPS
        and parsed[start - 1].pos in ("NOUN", "ADJ", "PROPN")
        and parsed[start - 1].ent_type in ("", "NORP", "PERSON", "ORG", "GPE", "LOC")  # "Tuareg rebels"
        and parsed[start - 1].lower not in _QUANTIFIERS
    ):
        start -= 1
    return " ".join(t.text if t.pos == "PROPN" else t.lower for t in parsed.tokens[start : item.head + 1])


#: offices whose holder is the body's named after "of" ("the deputy chief of the militia")
_HEAD_OF_BODY = frozenset({"leader", "chief", "commander", "spokesperson", "head", "deputy"})


def bodies_of_heads(parsed: ParsedDoc, found: Sequence[Found]) -> list[Found]:
    """A head of a body named after "of" without a country of its own takes the body's country and
    sector: "the deputy chief of Israel's militia ally" is that ally's (LBN PRM), not the government."""
    out = list(found)
    for n, item in enumerate(out):
        entity = item.ref.entity
        if entity.code is not None or item.ref.role not in _HEAD_OF_BODY or item.end >= len(parsed):
            continue
        prep = parsed[item.end]
        if prep.lower != "of" or prep.head != item.head:
            continue
        body = next((f for f in out if f is not item and parsed[f.head].head == prep.i), None)
        if body is None or body.ref.entity.code is None:
            continue
        sector = body.ref.entity.sector or entity.sector
        ref = replace(item.ref, entity=replace(entity, code=body.ref.entity.code, sector=sector))
        out[n] = replace(item, ref=ref)
    return out
