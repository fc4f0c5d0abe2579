"""First-version coreference for the actors stage: pronouns, definite descriptions, surnames.

There is no neural coreference offline; these are rules over the parse and the article's actors:

* surnames and short names after a full name ("Ruto" after "William Ruto") join that person;
* pronouns (he/she/it/they and their possessive and object forms) take the nearest compatible actor
  of the current or the two previous sentences, subjects first (objects of prepositions, modifiers and
  indefinite unnamed actors such as "a judge" last, an actor named before, the topic, above one named
  once): he/she a person of that gender (or of unknown gender), it an organisation, group or country,
  they a plural actor or a group; never the subject of the pronoun's own clause, nor the quantity
  that counts it ("dozens of them");
* definite descriptions ("the minister", "the group", "the militants", "his government") take the
  nearest actor with the same office, kind or sector within six sentences;
* every actor gets one canonical name: the registry name, else the longest name in the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..fuzzy import close_words
from ..parsed import ParsedDoc
from ..registry import Registry, fold
from .descriptions import describe
from .refs import Found, Ref

__all__ = ["Found", "Ref", "resolve"]

_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_NEUTER = frozenset({"it", "its", "itself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_PRONOUN_WINDOW = 2
_DESCRIPTION_WINDOW = 6
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
#: verbs of saying: their subject "it" is an actor, whatever noun comes between ("It said ...")
_SPEECH_VERBS = frozenset(
    "say tell announce warn add accuse claim deny insist urge call state argue demand vow pledge promise "
    "report confirm reject condemn threaten".split()
)
#: verbs whose subject "it" is usually pleonastic ("it was wrong", "it seems")
_PLEONASTIC_HEADS = frozenset({"be", "seem", "appear", "remain", "take", "rain", "matter"})
#: adjectives of readiness: "it is ready to talk" has a personal "it" (a government, a party)
_READY_ADJECTIVES = frozenset(
    "ready prepared willing unwilling determined eager keen poised reluctant able unable".split()
)
#: verbs whose passive subject "it" is pleonastic ("It is thought the overhaul ...")
_PLEONASTIC_PASSIVES = frozenset(
    "think believe expect understand know say report fear hope estimate rumour rumor claim feel".split()
)


def resolve(parsed: ParsedDoc, found: Sequence[Found], *, registry: Registry) -> list[Found]:
    """Link surnames, descriptions and pronouns to the actors of ``found``; set canonical names."""
    items = sorted(found, key=lambda f: (f.start, -f.end))
    items = _link_surnames(items)
    items = _link_acronyms(parsed, items)
    covered = {i for f in items for i in range(f.start, f.end)}
    history: list[Found] = []
    loose: list[Found] = []  # descriptions no actor resolves ("the junta"): antecedents of last resort
    out: list[Found] = []
    pronouns = [
        t.i for t in parsed.tokens if t.pos == "PRON" and t.i not in covered and _pronoun_kind(t.lower)
    ]
    queue = sorted(
        [(f.head, 1, f) for f in items] + [(i, 0, None) for i in pronouns], key=lambda q: (q[0], q[1])
    )
    for head, _, item in queue:
        if item is None:
            resolved = _pronoun(parsed, head, history, covered) or _pronoun(
                parsed, head, _speaking_descriptions(parsed, head, loose), covered
            )
            out.extend(resolved)
            history.extend(resolved)
            continue
        if item.rule == "description" or (item.ref.role == "counterpart" and item.pronoun_owner is not None):

            def pronoun(i: int) -> list[Found]:
                return _pronoun(parsed, i, history)

            resolved = describe(parsed, item, history, registry=registry, pronoun=pronoun)
        else:
            resolved = [item]
        out.extend(resolved)
        history.extend(r for r in resolved if not r.ref.key.startswith("description:"))
        loose.extend(r for r in resolved if r.ref.key.startswith("description:"))
    _canonical_names(out)
    return out


def _speaking_descriptions(parsed: ParsedDoc, i: int, loose: list[Found]) -> list[Found]:
    """Unresolved descriptions that are the subject of a verb of saying over the pronoun ``i`` in its
    sentence: "The junta announced that it is ready to ...": "it" is the junta."""
    out = []
    for item in loose:
        verb = parsed[item.head].head
        if (
            parsed[item.head].dep == "nsubj"
            and parsed[item.head].sent == parsed[i].sent
            and parsed[verb].lemma in _SPEECH_VERBS
            and parsed.is_ancestor(verb, i)
        ):
            out.append(item)
    return out


def _link_surnames(items: list[Found]) -> list[Found]:
    """Names the registry does not know that repeat the last word(s) of an earlier person's name, or
    misspell the surname of a person named before or after ("Odhiamob ... Peter Odhiambo")."""
    people: list[Ref] = []
    fulls = [f.ref for f in items if _unknown_person(f.ref) and len(_name(f.ref).split()) > 1]
    linked = []
    for item in items:
        ref = item.ref
        if not ref.registry and ref.key.startswith(("person:", "org:", "norp:")):
            name = _name(ref)
            earlier = next((p for p in reversed(people) if _same_person(name, p)), None)
            if earlier is None and len(name.split()) == 1:
                close = {
                    id(p): p
                    for p in fulls
                    if p is not ref and close_words(fold(name), fold(_name(p).split()[-1]))
                }
                earlier = next(iter(close.values())) if len(close) == 1 else None
            if earlier is not None:
                earlier.names.append(name)
                _adopt(earlier, ref)
                item = replace(
                    item, ref=earlier, rule="surname" if item.rule.startswith("ner") else item.rule
                )
            elif ref.person:
                people.append(ref)
        elif ref.registry and ref.person and ref not in people:
            people.append(ref)  # "Mr Hague" after "William Hague"
        linked.append(item)
    return linked


def _link_acronyms(parsed: ParsedDoc, items: list[Found]) -> list[Found]:
    """An acronym in brackets right after a name is that name's ("the Nigerian Union of Teachers
    (NUT)": not the registry's British NUT); a name nothing resolves takes its acronym's actor."""
    by_end = {f.end: f for f in items}
    linked: list[Found] = []
    for item in items:
        name = by_end.get(item.start - 1)
        if name is not None and _defines(parsed, name, item):
            if _resolved(name.ref):
                item = replace(item, ref=name.ref, rule="acronym")
            elif _resolved(item.ref):
                linked = [replace(f, ref=item.ref, rule="acronym") if f is name else f for f in linked]
        linked.append(item)
    return linked


def _defines(parsed: ParsedDoc, name: Found, item: Found) -> bool:
    """Whether ``item`` is an acronym in brackets after ``name`` that starts with the name's initial."""
    if item.end - item.start != 1 or item.end >= len(parsed.tokens) or name.ref is item.ref:
        return False
    opening, acronym, closing = parsed[item.start - 1], parsed[item.start], parsed[item.end]
    if opening.text != "(" or closing.text != ")":
        return False
    letters = acronym.text.replace(".", "").replace("-", "")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    words = parsed.tokens[name.start : name.end]
    initials = [t.text[0] for t in words if t.text[:1].isupper() and t.lower not in ("the", "a", "an")]
    return bool(initials) and initials[0] == letters[0]


def _resolved(ref: Ref) -> bool:
    return bool(ref.entity.code or ref.entity.sector)


def _name(ref: Ref) -> str:
    return ref.names[0] if ref.names else ref.entity.entity_name


def _unknown_person(ref: Ref) -> bool:
    return ref.person and not ref.registry and ref.key.startswith("person:")


def _same_person(name: str, other: Ref) -> bool:
    words, full = name.split(), (other.names[0] if other.names else other.entity.entity_name).split()
    if not words or not full or name == " ".join(full):
        return name == " ".join(full)
    return len(words) < len(full) and full[-len(words) :] == words


def _adopt(earlier: Ref, later: Ref) -> None:
    """What a later mention says about a person fills what the earlier one lacked."""
    entity = earlier.entity
    if entity.code is None and later.entity.code is not None:
        entity = replace(
            entity, code=later.entity.code, sector=later.entity.sector, office=later.entity.office
        )
    earlier.entity = entity
    earlier.gender = earlier.gender or later.gender
    earlier.role = earlier.role or later.role


def _pronoun_kind(word: str) -> str | None:
    if word in _MALE:
        return "m"
    if word in _FEMALE:
        return "f"
    if word in _NEUTER:
        return "n"
    if word in _PLURAL:
        return "p"
    return None


def _ready(parsed: ParsedDoc, verb: int) -> bool:
    """Whether ``verb`` is "be" with an adjective of readiness and its "to" clause ("is ready to talk")."""
    return any(
        c.dep == "acomp"
        and c.lower in _READY_ADJECTIVES
        and any(x.dep == "xcomp" and x.pos in ("VERB", "AUX") for x in parsed.children(c.i))
        for c in parsed.children(verb)
    )


def _pronoun(parsed: ParsedDoc, i: int, history: list[Found], covered: set[int] | None = None) -> list[Found]:
    """The actor(s) a pronoun refers to: one, or each of a coordination for "they" ("Peru and Chile").

    "it" skips an actor when a singular noun that is no actor comes between ("Peru signed a treaty.
    It ends the dispute": the treaty, not Peru)."""
    tok = parsed[i]
    kind = _pronoun_kind(tok.lower)
    if kind == "n" and (
        tok.dep == "expl"
        or (
            tok.dep in _SUBJECTS
            and parsed[tok.head].lemma in _PLEONASTIC_HEADS
            and not _ready(parsed, tok.head)
        )
        or (tok.dep == "nsubjpass" and parsed[tok.head].lemma in _PLEONASTIC_PASSIVES)
    ):
        return []
    if kind == "n" and tok.dep not in (*_SUBJECTS, "poss"):
        return []
    best: tuple[float, Found] | None = None
    speaks = parsed[tok.head].lemma in _SPEECH_VERBS
    clause = _clause_verb(parsed, i)
    bound = {id(f.ref) for f in history if clause is not None and _subject_of(parsed, f.head, clause)}
    for item in reversed(history):
        distance = tok.sent - parsed[item.head].sent
        if distance > _PRONOUN_WINDOW:
            break
        if item.head >= i or id(item.ref) in bound or _counts(parsed, item.head, i):
            continue  # "officials registered them": not the officials; "dozens of them": not the dozens
        subject = parsed[item.head].dep in _SUBJECTS
        if (
            kind == "n"
            and covered is not None
            and not speaks
            and not (subject and distance == 0)
            and _noun_between(parsed, item.end, i, covered)
        ):
            continue
        if not _agrees(kind, item) and not (kind == "p" and len(_conjuncts(parsed, item, history)) > 1):
            continue
        score = -3.0 * distance + _salience(parsed, item, history, tok.dep == "poss") + item.confidence
        if best is None or score > best[0]:
            best = (score, item)
    if best is None:
        return []
    antecedent = best[1]
    same_span = [f for f in history if (f.start, f.end) == (antecedent.start, antecedent.end)]
    group = list({id(f.ref): f for f in same_span}.values()) if kind == "p" else [antecedent]
    if kind == "p" and not _agrees(kind, antecedent):
        group = _conjuncts(parsed, antecedent, history)
    confidence = round(0.6 * antecedent.confidence + 0.1, 3)
    return [Found(i, i + 1, i, a.ref, "pronoun", confidence, plural=kind == "p") for a in group]


#: dependencies of a noun that only modifies another ("Windows PC customers", "the US-led invasion")
_MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def _salience(parsed: ParsedDoc, item: Found, history: list[Found], possessive: bool) -> float:
    """How prominent an antecedent is: subjects over objects of prepositions and modifiers, an actor
    named before (the topic) over one named once, a named actor over an indefinite one ("a judge");
    a possessive ("its") leans to subjects further."""
    dep = parsed[item.head].dep
    score = (3.0 if possessive else 2.0) if dep in _SUBJECTS else 0.0
    if dep == "pobj":
        score -= 0.5
    elif dep in _MODIFIERS:
        score -= 1.5
    if parsed[item.start].lower in ("a", "an") and not (item.ref.registry or item.ref.names):
        score -= 1.5  # "a judge": a new, unnamed person; "he" after it is more often someone named
    earlier = sum(1 for f in history if f.ref is item.ref and f.head < item.head)
    return score + 0.5 * min(earlier, 3)


def _clause_verb(parsed: ParsedDoc, i: int) -> int | None:
    """The verb an object pronoun belongs to ("registered them", "fed to them"), else None."""
    tok = parsed[i]
    if tok.dep in ("dobj", "dative"):
        return tok.head
    if tok.dep == "pobj" and parsed[tok.head].dep == "prep":
        verb = parsed[tok.head].head
        while parsed[verb].dep in ("dobj", "pobj", "prep") and parsed[verb].pos != "VERB":
            verb = parsed[verb].head  # "arrested dozens of them": the verb of the counted object
        return verb
    return None


def _counts(parsed: ParsedDoc, head: int, i: int) -> bool:
    """Whether the pronoun ``i`` is the "of" object of the noun ``head`` ("dozens of them")."""
    tok = parsed[i]
    return tok.dep == "pobj" and parsed[tok.head].lower == "of" and parsed[tok.head].head == head


def _subject_of(parsed: ParsedDoc, head: int, verb: int) -> bool:
    tok = parsed[head]
    while tok.dep == "conj" and tok.head != tok.i:
        tok = parsed[tok.head]
    return tok.dep in _SUBJECTS and tok.head == verb


def _noun_between(parsed: ParsedDoc, start: int, end: int, covered: set[int]) -> bool:
    return any(
        parsed[j].tag == "NN" and parsed[j].dep in _ARGUMENTS and j not in covered for j in range(start, end)
    )


def _conjuncts(parsed: ParsedDoc, item: Found, history: list[Found]) -> list[Found]:
    """The actors coordinated with ``item`` in its sentence ("Peru and Chile"), itself included."""

    def first(i: int) -> int:
        while parsed[i].dep == "conj" and parsed[i].head != i:
            i = parsed[i].head
        return i

    root, sent = first(item.head), parsed[item.head].sent
    members: dict[int, Found] = {}
    for other in history:
        if (
            parsed[other.head].sent == sent
            and other.ref.person == item.ref.person
            and first(other.head) == root
        ):
            members.setdefault(id(other.ref), other)
    return list(members.values())


def _agrees(kind: str | None, item: Found) -> bool:
    ref = item.ref
    if kind in ("m", "f"):
        return ref.person and not item.plural and ref.gender in (None, kind)
    if kind == "n":
        return (
            not ref.person and not item.plural and ref.kind in ("country", "organisation", "group", "sector")
        )
    if kind == "p":
        return item.plural or ref.kind == "group"
    return False


def _canonical_names(items: Sequence[Found]) -> None:
    """One name per actor: the registry's, else the longest person name, else the first name seen."""
    names: dict[str, str] = {}
    for item in items:
        ref = item.ref
        current = names.get(ref.key)
        if ref.registry:
            names[ref.key] = ref.entity.entity_name
        elif current is None:
            names[ref.key] = max(ref.names or [ref.entity.entity_name], key=len)
        elif ref.person:
            names[ref.key] = max([current, *ref.names], key=len)
    for item in items:
        item.ref.canonical = names.get(item.ref.key, item.ref.entity.entity_name)
