"""Where roles.py looks for a party the trigger's own arguments do not name.

:func:`nearest_below` walks the trigger's objects breadth first to the nearest coded mention;
:func:`purpose_clauses` and :func:`condition_subjects` give further places to start from ("marched
to demand X's resignation", "threatened to strike unless Iraq accepted"); :func:`subject_left_of`
repairs a parse that left a finite verb without its subject, :func:`misread_main_verb` one that
read a main verb as a participle ("Doctors from X delivered ..."); :func:`is_reporter` tells the
speaker of a parenthetical report ("..., the minister said") from an apposition.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from ..lexicon import Kind, Trigger, lemma_in
from ..parsed import ParsedDoc
from ..schema import EventType, Mention

T = TypeVar("T")


def children_of(parsed: ParsedDoc, i: int, deps: Iterable[str]) -> list[int]:
    wanted = set(deps)
    return [c.i for c in parsed.children(i) if c.dep in wanted]


def prep_objects(parsed: ParsedDoc, i: int, preps: Iterable[str]) -> list[int]:
    """The objects of ``i``'s prepositions named in ``preps``; when the parser made the object the
    subject of a participle after it ("a treaty with Uzbekistan demarcating the border"), that
    subject."""
    wanted = set(preps)
    out: list[int] = []
    for child in parsed.children(i):
        if child.dep in ("prep", "agent", "dative") and child.lower in wanted:
            out.extend(children_of(parsed, child.i, ("pobj",)))
            for clause in children_of(parsed, child.i, ("pcomp",)):
                if parsed[clause].tag == "VBG":
                    out.extend(children_of(parsed, clause, ("nsubj",)))
            out.extend(_stranded_object(parsed, child.i))
    return out


def _stranded_object(parsed: ParsedDoc, prep: int) -> list[int]:
    """The object of a preposition left without one, that the parser made the subject of a
    clause right after it ("granted asylum to five officers holed up in ...": "officers" the
    subject of "holed")."""
    if any(True for _ in parsed.children(prep)) or prep + 1 >= len(parsed):
        return []
    head = parsed[prep].head
    return [
        subj
        for clause in parsed.children(head)
        if clause.i > prep and clause.dep in ("advcl", "ccomp", "conj", "relcl") and clause.pos == "VERB"
        for subj in children_of(parsed, clause.i, ("nsubj", "nsubjpass"))
        if parsed.subtree(subj)[0] == prep + 1
    ]


#: dependents searched for a recipient the entry's own sources did not give: objects and their
#: modifiers, prepositional phrases, and the complements of control verbs ("agreed to send aid to X")
_OBJECT_DEPS = frozenset(
    {"dobj", "dative", "pobj", "prep", "xcomp", "poss", "compound", "nmod", "amod", "appos", "attr",
     "oprd", "pcomp", "acomp", "conj", "npadvmod", "nsubjpass", "acl", "agent"}
)  # fmt: skip
#: prepositions whose phrase is not a party to the event (time, manner, cause, the source of a report)
_NOT_PARTY = frozenset(
    {"despite", "after", "before", "during", "since", "until", "because", "like", "as", "in", "at", "near",
     "across", "along", "inside", "within", "over", "throughout", "around", "outside", "amid", "via",
     "according", "following"}
)  # fmt: skip


def nearest_below(
    parsed: ParsedDoc,
    roots: Sequence[int],
    hit: Callable[[int], Sequence[T]],
    *,
    skip: set[int],
    depth: int = 4,
    open_preps: frozenset[str] = frozenset(),
    object_places: bool = False,
    prefer: Callable[[T], bool] | None = None,
) -> list[T]:
    """What ``hit`` finds on the nearest tokens below ``roots`` through object-like dependents
    (breadth first, at most ``depth`` arcs, not into locative or temporal phrases unless their
    preposition is one of ``open_preps``): "demanded the removal of X", "denounced X's
    crackdown", "agreed to send aid to X". A participle's "by" costs no arc (its object is the
    participle's subject: "the property seized by X"); a verb conjoined to a verb is a clause of
    its own, not entered ("refused to X and urged Y"). Tokens in ``skip`` (the trigger, the
    actors) are not entered. With ``object_places``, "in" is open after an object noun: it says
    where the object is ("fired at targets in X"), not where the event happens. With ``prefer``,
    a level whose finds are none of the preferred kind gives way to preferred finds one arc
    further ("refused entry to the group, to Ghanaians", "the release of activists held by X")."""
    frontier = list(roots)
    seen = set(skip) | set(roots)
    preps = [i for i in skip if parsed[i].dep in ("prep", "agent", "dative")]
    frontier += [i for i in preps if i not in frontier]  # a trigger's own preposition: "arrived in"
    fallback: list[T] = []
    later: list[int] = []
    for _ in range(depth):
        found, frontier, later = _level(parsed, frontier, later, hit, seen, skip, open_preps, object_places)
        if fallback:
            preferred = [h for h in found if prefer is not None and prefer(h)]
            return preferred or fallback
        if found and (prefer is None or any(prefer(h) for h in found)):
            return found
        fallback = found
    return fallback


def _level(
    parsed: ParsedDoc,
    frontier: Sequence[int],
    deferred: Sequence[int],
    hit: Callable[[int], Sequence[T]],
    seen: set[int],
    skip: set[int],
    open_preps: frozenset[str],
    object_places: bool,
) -> tuple[list[T], list[int], list[int]]:
    """One level of :func:`nearest_below`: the finds, the tokens of the next level, and the
    conjuncts deferred to it (:func:`_shares_of_phrase`); ``deferred`` are looked at first."""
    found: list[T] = [h for i in deferred for h in hit(i)]
    nxt: list[int] = list(deferred)
    later: list[int] = []
    queue = list(frontier)
    while queue:
        i = queue.pop(0)
        opened = open_preps | _OBJECT_PLACE if object_places and _is_object(parsed, i, skip) else open_preps
        for child in _entered(parsed, i, seen, skip, opened):
            seen.add(child)
            if _shares_of_phrase(parsed, child):
                later.append(child)
                continue
            hits = hit(child)
            found.extend(hits)
            if not hits and parsed[child].dep == "agent":
                queue.append(child)
            else:
                nxt.append(child)
    return found, nxt, later


def _shares_of_phrase(parsed: ParsedDoc, i: int) -> bool:
    """True for a noun conjoined to an action noun with an "of" phrase: the parser's reading of
    "the removal of the president and his party", where the party is removed too; it is as far
    from the trigger as the "of" object."""
    tok = parsed[i]
    if tok.dep != "conj" or tok.pos not in ("NOUN", "PROPN", "PRON"):
        return False
    head = parsed[tok.head]
    return head.pos == "NOUN" and bool(prep_objects(parsed, head.i, ("of",))) and head.i < tok.i


_PREP_DEPS = frozenset({"prep", "agent", "dative"})
_OBJECT_PLACE = frozenset({"in", "inside"})


#: prepositions whose object is the target of an act ("fired at", "a strike on", "marched towards")
_TARGET_PREPS = frozenset({"at", "on", "against", "into", "toward", "towards", "to"})


def _is_object(parsed: ParsedDoc, i: int, skip: set[int]) -> bool:
    """True for a noun that is the target of the act (not the trigger's own word): "struck
    targets", "fired at targets"; not the object of "with" or "of" ("agreed, with the signing
    of a truce in X": where the signing took place)."""
    tok = parsed[i]
    if i in skip or tok.pos not in ("NOUN", "PROPN"):
        return False
    return tok.dep == "dobj" or (tok.dep == "pobj" and parsed[tok.head].lower in _TARGET_PREPS)


_VERBAL = frozenset({"VERB", "AUX"})


def _entered(
    parsed: ParsedDoc, i: int, seen: set[int], skip: set[int], open_preps: frozenset[str]
) -> list[int]:
    """The children of ``i`` that :func:`nearest_below` walks into."""
    out: list[int] = []
    own_prep = parsed[i].dep in _PREP_DEPS and i in skip
    for child in parsed.children(i):
        if child.i not in seen and _let_clause(parsed, i, child.i):
            out.append(child.i)  # "allow Iranian tankers to dock": the tankers are let, as an object
            continue
        if (
            child.i in seen
            or child.dep not in _OBJECT_DEPS
            or (child.lower in _NOT_PARTY and child.lower not in open_preps and not own_prep)
        ):
            continue
        if child.dep == "xcomp" and lemma_in(parsed[i], _REPORTING_HEADS):
            continue
        if child.lower in _TOPIC_PREPS and _informs(parsed, i):
            continue  # "to share information on missing people": what it is about, not a party
        if child.dep == "acl" and child.tag != "VBN":
            continue  # only a passive participle's agent: "abuses committed by X"
        if parsed[i].dep == "acl" and parsed[i].tag == "VBN" and child.dep == "prep":
            continue  # "techniques used against detainees": a participle's own phrase, not its agent
        if child.dep == "appos" and is_reporter(parsed, child.i):
            continue  # "troops to Mali, the army chief said": the speaker, not the place's apposition
        if (
            child.dep == "conj"
            and child.pos in _VERBAL
            and parsed[i].pos in _VERBAL
            and not _stranded(parsed, i)
        ):
            continue  # "has refused to deploy troops and has urged its citizens to ...": another clause
        out.append(child.i)
    return out


#: nouns of information, whose "on"/"about" phrase is its topic, not a party to the act
_INFORMATION = frozenset("information data datum intelligence detail evidence statistic".split())
_TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning"})


def _informs(parsed: ParsedDoc, i: int) -> bool:
    """True for a noun of information or a verb whose object is one ("shared data ... on X")."""
    objects = [i] + children_of(parsed, i, ("dobj",)) if parsed[i].pos in _VERBAL else [i]
    return any(lemma_in(parsed[o], _INFORMATION) for o in objects)


#: verbs whose clause complement's subject is what they act on ("allowed X to dock", "let X enter")
_LETTING = frozenset("allow let permit enable help make".split())


def _let_clause(parsed: ParsedDoc, i: int, child: int) -> bool:
    """True for the clause complement of a verb of letting, and for that clause's subject (the
    parser's reading of "refused to allow Iranian tankers to dock": "tankers" the subject of
    "dock"); not when the letting states a purpose ("resigned to allow elections to take place")."""
    tok, sub = parsed[i], parsed[child]
    if sub.dep == "ccomp":
        return lemma_in(tok, _LETTING) and tok.dep != "advcl"
    return sub.dep == "nsubj" and tok.dep == "ccomp" and tok.head != i and _let_clause(parsed, tok.head, i)


#: verbs whose complement is a report, not the event's object
_REPORTING_HEADS = frozenset("say tell report claim state announce add".split())
#: verbs that close a parenthetical report ("..., the minister said")
REPORTING = _REPORTING_HEADS | frozenset("confirm insist note write tweet allege".split())


def purpose_clauses(parsed: ParsedDoc, trig: Trigger, *, filled: bool = False) -> list[int]:
    """The clauses that state what an act is for: an infinitive or participle attached to the
    trigger, its noun or the verb governing its noun ("staged a rally to demand ...", "marched
    calling for ...", "reopened the border to let aid reach ..."). Their objects name whom the act
    addresses when the trigger's own objects name no one. With ``filled`` (the entry's own
    recipient phrase names a place or thing) only infinitives count: a participle then tells how
    the act went on ("its invasion of X, ploughing through the UN lines")."""
    holders = [trig.head] + ([trig.noun] if trig.noun is not None else [])
    tok = parsed[trig.head]
    if trig.entry.kind is Kind.NOUN and tok.dep in ("dobj", "nsubj") and tok.head != tok.i:
        holders.append(tok.head)  # "began a hunger strike to demand": the clause hangs on "began"
    # an infinitive complement of the trigger verb is its content ("agreed to impose sanctions on X":
    # X is the sanction's recipient, not the agreement's); elsewhere the parser labels a purpose so
    open_xcomp = trig.entry.event is EventType.PROTEST
    out: list[int] = []
    for holder in holders:
        purpose = ("advcl", "acl", "xcomp") if open_xcomp or holder != trig.head else ("advcl", "acl")
        for clause in parsed.children(holder):
            if clause.dep not in purpose or clause.pos not in ("VERB", "AUX"):
                continue
            infinitive = any(c.tag == "TO" for c in parsed.children(clause.i))
            participle = clause.tag == "VBG" and not filled
            if (infinitive or participle) and not children_of(parsed, clause.i, ("nsubj", "mark")):
                out.append(clause.i)
    return out


def condition_subjects(parsed: ParsedDoc, head: int) -> list[int]:
    """Subjects of the conditions a threat sets ("threatened to strike unless Iraq accepted"): the
    target of the threat. Searched on the trigger and the verbs of its complement chain."""
    out: list[int] = []
    chain = [head]
    while True:
        nxt = [c.i for c in parsed.children(chain[-1]) if c.dep in ("xcomp", "ccomp")]
        if not nxt or len(chain) > 3:
            break
        chain.append(nxt[0])
    for verb in chain:
        for clause in parsed.children(verb):
            if clause.dep == "advcl" and any(
                c.dep == "mark" and c.lower in ("if", "unless") for c in parsed.children(clause.i)
            ):
                out.extend(children_of(parsed, clause.i, ("nsubj", "nsubjpass")))
    return out


def actor_span(parsed: ParsedDoc, actor_toks: Sequence[int], head: int | None = None) -> set[int]:
    """The tokens of the actors' phrases; a phrase that holds the trigger ``head`` through a
    participle (a main verb the parser hung on its subject: "Doctors from X delivered ...") ends
    before the verb's clause."""
    out: set[int] = set()
    for i in actor_toks:
        lo, hi = parsed.subtree(i)
        if head is not None and lo <= head < hi and _through_participle(parsed, head, i):
            hi = min(hi, parsed.subtree(head)[0])
        out.update(range(lo, hi))
    return out


def _through_participle(parsed: ParsedDoc, i: int, top: int) -> bool:
    """True when the path from token ``i`` up to its ancestor ``top`` goes through a main verb the
    parser read as a participle (:func:`misread_main_verb`)."""
    while i != top and parsed[i].head != i:
        if parsed[i].dep == "acl" and misread_main_verb(parsed, i) is not None:
            return True
        i = parsed[i].head
    return False


#: units of an amount: "by one hour", "by two weeks", "by 5 percent" measure a change, no agent
_MEASURE_UNITS = frozenset(
    "second minute hour day night week fortnight month year decade percent % point kilometre kilometer "
    "mile metre meter half third quarter".split()
)


def is_measure(parsed: ParsedDoc, i: int) -> bool:
    """Whether token ``i`` heads an amount ("one hour", "two weeks", "a day", "10 percent")."""
    tok = parsed[i]
    if tok.lemma.lower() not in _MEASURE_UNITS and tok.lower not in _MEASURE_UNITS:
        return False
    return any(c.dep in ("nummod", "det", "quantmod") for c in parsed.children(i)) or tok.lower == "%"


def by_agents(parsed: ParsedDoc, verb: int) -> list[int]:
    """The objects of a verb's "by" phrases that can be a passive agent: not an amount."""
    return [i for i in prep_objects(parsed, verb, ("by",)) if not is_measure(parsed, i)]


def measured_change(parsed: ParsedDoc, verb: int) -> bool:
    """A verb with an object whose only "by" phrase is an amount: an active change by that much
    ("shortened by an hour the curfew"), however the parser hung it."""
    return bool(
        children_of(parsed, verb, ("dobj",))
        and prep_objects(parsed, verb, ("by",))
        and not by_agents(parsed, verb)
    )


#: finite verb tags: a participle read as a clause's main verb ("officials resorted to ...")
_PAST = frozenset({"VBN", "VBD"})


def misread_main_verb(parsed: ParsedDoc, verb: int) -> int | None:
    """The subject of a main verb the parser read as a participle on the noun before it, or None:
    "Doctors from two aid groups donated ..." (the noun phrase is the sentence's root, with no
    verb), "Youths resorted to ..., officials said" (the noun is a second subject of the
    reporting verb). The subject is the top of that noun phrase ("Doctors")."""
    tok = parsed[verb]
    if tok.dep != "acl" or tok.tag not in _PAST or tok.head == verb:
        return None
    top = tok.head
    while parsed[top].dep in ("pobj", "prep") and parsed[top].head != top:
        top = parsed[top].head
    noun = parsed[top]
    if noun.pos not in ("NOUN", "PROPN") or top > verb:
        return None
    if noun.dep == "ROOT":
        return top
    if noun.dep == "nsubj" and noun.head != top:
        others = [c for c in children_of(parsed, noun.head, ("nsubj",)) if c != top]
        if others and all(o > verb for o in others):
            return top
    return None


def with_conjuncts(parsed: ParsedDoc, i: int) -> list[int]:
    """Token ``i`` and the tokens coordinated with it ("X and Y"; "X, Y Z and W", where the parser
    hangs W on Y Z)."""
    out = [i]
    for k in out:
        out.extend(c.i for c in parsed.children(k) if c.dep == "conj" and c.i not in out)
    return out


def unique(mentions: Iterable[Mention]) -> list[Mention]:
    out: list[Mention] = []
    seen: set[tuple[int, int, str]] = set()
    for mention in mentions:
        key = (mention.start, mention.end, mention.entity.entity_name)
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out


#: dependents between a finite verb and the subject the parser failed to attach ("X and Y have agreed")
_VERB_PREFIX = frozenset({"aux", "auxpass", "neg", "advmod"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _stranded(parsed: ParsedDoc, verb: int) -> bool:
    """True when the verb or its object ends in a preposition without an object, which shares the
    object of the conjoined verb after it ("cut ties with and expelled the envoy of X")."""
    holders = [verb] + children_of(parsed, verb, ("dobj",))
    return any(
        c.dep == "prep" and not any(True for _ in parsed.children(c.i))
        for h in holders
        for c in parsed.children(h)
    )


def subject_left_of(parsed: ParsedDoc, verb: int) -> list[int]:
    """The subject of a finite verb the parser left without one: the noun phrase just left of the
    verb and its auxiliaries, taken with the phrases coordinated to it by "and"/"or" ("With the
    signing of the deal, the government and the rebels have agreed to ...", where the parser hangs
    "the government and the rebels" on "the deal"). Empty when the verb is not finite or the word
    before it is not a noun."""
    tok = parsed[verb]
    prefix = [c for c in parsed.children(verb) if c.dep in _VERB_PREFIX and c.i < verb]
    finite = tok.tag in _FINITE or any(c.tag in _FINITE for c in prefix if c.dep in ("aux", "auxpass"))
    first = min([verb] + [c.i for c in prefix])
    if (
        not finite
        or first == 0
        or any(c.dep in ("nsubj", "nsubjpass", "csubj", "expl") for c in parsed.children(verb))
    ):
        return []
    left = parsed[first - 1]
    if left.pos not in ("NOUN", "PROPN") or left.sent != tok.sent:
        return []
    while left.dep == "conj" and any(
        c.dep == "cc" and c.i < left.i for c in parsed.children(left.head)
    ):  # climb "X and Y" to X
        left = parsed[left.head]
    return [left.i]


def is_reporter(parsed: ParsedDoc, i: int) -> bool:
    """True when the phrase headed by token ``i`` is directly followed by a reporting verb without
    a subject of its own: the parser took the speaker of "..., the minister said" for an
    apposition of the phrase before it."""
    _, hi = parsed.subtree(i)
    if hi >= len(parsed):
        return False
    verb = parsed[hi]
    return (
        verb.pos in ("VERB", "AUX")
        and lemma_in(verb, REPORTING)
        and not any(c.dep in ("nsubj", "nsubjpass") for c in parsed.children(verb.i))
    )
