"""Where an event happened, and the event's own clause (what its date and place are read from).

Location (:func:`event_place`), best tier first:

1. a place in the trigger's own clause (or the noun a "where"/"whose" clause describes); not in
   another event noun's phrase ("condemned the bombing of a school in Mosul", "demonstrated
   against the bombing in X"; an object of the trigger's own type is the same event: "detonated a
   bomb in X"), in attribution or a part ("according to a statement from X", "including six in
   X"), nor describing an actor ("Fiji's Vijay Singh won", "a driver from Abidjan was shot", "a
   Tehran-backed militia", "Karim Benali of Morocco"), nor after "with" (a partner); a country
   modifying a noun is a nationality ("US soldiers"), a city a place ("a Kabul hotel"). Within a
   tier: after a locative or goal preposition or governed directly ("met in Geneva", "flew to
   Kampala", "shelled Kharkiv", "the town of Bakwa"), then other prepositions, then origins
   ("from Paris"); a finer place before a country; the nearest in the parse. A recipient place
   is the location; a recipient country only for material conflict ("attacked Ukraine", not
   "accused Japan"); an actor never;
2. else a circumstance clause below it ("killed when militants hit X", "hills that overlook X"),
   not reached through reported speech, another time ("hours after officials agreed to ...") or
   a description of the active subject or agent ("soldiers who are stationed in X");
3. else a conjoined verb sharing the occasion ("ambushed and burned a convoy near X", "four were
   killed and nine wounded in X"; not "and died later in X"), or the clause the trigger's is a
   circumstance of ("a policeman wounded in the blast was flown to X");
4. else a place that opens the sentence ("In Bamako, traders closed ..."), outside reported speech;
5. else a place in a phrase of another time ("arrested after clashes in X");
6. else the dateline's place, when the event is in the article's locale: no place in its sentence
   lies outside the dateline's country, and its actors and recipients include that country or
   have no country at all (an event between two other countries is not placed at the dateline);
7. else none: never the actor's home country by default.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from ..gazetteer import place_nouns
from ..lexicon import Kind, Lexicon, Trigger, load_lexicon
from ..parsed import ParsedDoc
from ..schema import INTERNATIONAL_CODES, Place
from .roles import Roles

__all__ = ["CLAUSE_DEPS", "clause_tokens", "event_nouns", "event_place", "own_tokens", "trigger_tokens"]

#: dependency labels that open another clause below a verb (or below a noun: "the talks that ...")
CLAUSE_DEPS = frozenset("advcl ccomp xcomp relcl parataxis csubj csubjpass acl pcomp".split())
#: the dependency labels of a clause's subject and objects
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd"})
#: prepositions whose object event is what the clause is about ("protested against the war")
_TOPIC_PREPS = frozenset({"against", "about", "over", "for"})
#: prepositions and subordinators of another time: their phrase or clause is another event
_OTHER_TIME = frozenset({"after", "before", "following", "once"})
#: adverbs that set a conjoined or subordinate verb after the event ("and died later in X")
_LATER = frozenset({"later", "afterwards", "afterward", "subsequently", "then"})
#: words opening a phrase whose places are not the event's: attribution, a part of the whole
_ASIDE = frozenset({"according", "including", "excluding"})
#: clauses below a verb that share its place (circumstances: "killed when militants hit X", "shot
#: while filming in X", descriptions of a patient: "hills that overlook X");
#: reported speech (ccomp) and conjoined verbs are other events
_SHARING_DEPS = frozenset({"advcl", "xcomp", "pcomp", "acl", "relcl"})
#: how a place is attached to the event, best first: rank of the governing preposition
_LOCATIVE = frozenset("in at near inside outside across around throughout within on off along".split())
_GOAL = frozenset("to into toward towards onto over against".split())
_ORIGIN = frozenset({"from"})
_VERB = ("VERB", "AUX")
_LEAD = ("PUNCT", "ADV", "CCONJ")  # before a sentence's opening phrase: "Meanwhile, in X, ..."
#: PLOVER types whose recipient country is where it happened (material conflict)
_MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


# ---------------------------------------------------------------- clauses
def clause_tokens(parsed: ParsedDoc, verb: int) -> set[int]:
    """The tokens of ``verb``'s own clause: its subtree without the clauses below it (subordinate,
    complement, relative clauses, conjoined verbs)."""
    own: set[int] = set()
    stack = [verb]
    while stack:
        i = stack.pop()
        own.add(i)
        stack += [child.i for child in parsed.children(i) if not _opens_clause(parsed, child.i)]
    return own


def _opens_clause(parsed: ParsedDoc, i: int) -> bool:
    tok = parsed[i]
    return tok.dep in CLAUSE_DEPS or (tok.dep == "conj" and tok.pos in ("VERB", "AUX"))


def event_nouns(parsed: ParsedDoc, tokens: Collection[int], lexicon: Lexicon) -> list[int]:
    """The nouns among ``tokens`` that the lexicon lists as event triggers ("attack", "talks")."""
    return [i for i in sorted(tokens) if _noun_types(parsed, i, lexicon) is not None]


def _noun_types(parsed: ParsedDoc, i: int, lexicon: Lexicon) -> set[str] | None:
    """The PLOVER types a noun triggers, or None when it is no event noun."""
    tok = parsed[i]
    if tok.pos not in ("NOUN", "PROPN") or tok.ent_type in ("DATE", "TIME"):
        return None
    entries = [e for e in lexicon.candidates(tok.lemma.lower() or tok.lower) if e.kind is Kind.NOUN]
    return {str(e.event) for e in entries} if entries else None


def trigger_tokens(trig: Trigger | int) -> tuple[int, frozenset[int]]:
    """The anchor token of a trigger and all its tokens (a light verb's noun included); a bare token
    index stands for a one-word trigger."""
    if isinstance(trig, int):
        return trig, frozenset({trig})
    noun = {trig.noun} if trig.noun is not None else set()
    return trig.head, frozenset({trig.head, *trig.tokens, *noun})


def own_tokens(
    parsed: ParsedDoc,
    head: int,
    carrier: int,
    *,
    lexicon: Lexicon | None = None,
    trigger: Collection[int] = (),
    event_type: str | None = None,
) -> set[int]:
    """The tokens whose times and places are the event's: the carrier's clause, without the phrases
    of other event nouns in it (the trigger's own nouns, ``trigger``, are kept: "launched an attack
    on X", and so is an object of the event's own type, ``event_type``: "detonated a bomb in X")
    nor a bare time expression right after such a phrase ("calls from lawmakers last week")."""
    lexicon = lexicon if lexicon is not None else load_lexicon()
    own = clause_tokens(parsed, carrier)
    own |= clause_tokens(parsed, head) if head != carrier and parsed.is_ancestor(carrier, head) else set()
    for noun in event_nouns(parsed, own, lexicon):
        if noun == head or noun in trigger or parsed.is_ancestor(noun, head) or not _argument(parsed, noun):
            continue
        if parsed[noun].dep == "dobj" and event_type in (_noun_types(parsed, noun, lexicon) or ()):
            continue  # the same event: "detonated a bomb"
        phrase = noun_phrase(parsed, noun) & own
        own -= phrase
        if phrase:
            own -= bare_time_after(parsed, max(phrase)) | _place_phrase_after(parsed, max(phrase))
    return own


def _argument(parsed: ParsedDoc, noun: int) -> bool:
    """Whether an event noun is what its clause is about (its subject or object: "condemned the
    attack"; the object of a topic preposition: "protested against the offensive"), not a
    circumstance ("killed in fighting", "captured during the offensive")."""
    tok = parsed[noun]
    while tok.dep in ("conj", "appos") and tok.head != tok.i:
        tok = parsed[tok.head]
    if tok.dep == "pobj" and tok.head != tok.i:
        return parsed[tok.head].lower in _TOPIC_PREPS
    return tok.dep in _ARGUMENT_DEPS


def noun_phrase(parsed: ParsedDoc, noun: int) -> set[int]:
    lo, hi = parsed.subtree(noun)
    return {i for i in range(lo, hi) if parsed.is_ancestor(noun, i)}


def bare_time_after(parsed: ParsedDoc, last: int) -> set[int]:
    """The DATE-entity tokens that follow token ``last`` with no preposition ("... last week")."""
    out: set[int] = set()
    i = last + 1
    sent = parsed[last].sent
    while i < len(parsed) and parsed[i].sent == sent and parsed[i].ent_type == "DATE":
        out.add(i)
        i += 1
    return out


def _place_phrase_after(parsed: ParsedDoc, last: int) -> set[int]:
    """A locative phrase right after token ``last``, whatever the parser attached it to: "condemned
    the bombing of a school in Mosul" (the bombing was in Mosul)."""
    nxt = last + 1
    if nxt >= len(parsed) or parsed[nxt].dep != "prep" or parsed[nxt].lower not in ("in", "at", "near"):
        return set()
    lo, hi = parsed.subtree(nxt)
    return set(range(lo, hi))


def tokens_of(parsed: ParsedDoc, start: int, end: int) -> list[int]:
    """The tokens that cover the text ``[start, end)``."""
    first, last = parsed.token_at_char(start), parsed.token_at_char(max(end - 1, start))
    if first is None or last is None:
        return []
    return list(range(first, last + 1))


def inside(parsed: ParsedDoc, start: int, end: int, tokens: set[int]) -> bool:
    """Whether the text ``[start, end)`` lies in ``tokens`` (its head token at least)."""
    span = tokens_of(parsed, start, end)
    if not span:
        return False
    heads = [i for i in span if not span[0] <= parsed[i].head <= span[-1] or parsed[i].head == i]
    return any(i in tokens for i in (heads or span))


# ---------------------------------------------------------------- place
def _attachment(parsed: ParsedDoc, place_head: int, stop: int, *, country: bool) -> str | None:
    """The preposition that governs a place ("in", "to", "from"), "" when none does, or None when
    the place is a country named as a modifier of a noun that is not a place ("US soldiers", "a
    U.S. airstrike"): a nationality, an actor's attribute, not a location. A city or province
    modifying a noun still locates it ("a Hong Kong hotel", "the Helmand battle"), and so does a
    possessive ("Syria's conflict"). "of" after a place noun ("the town of X") is passed through to
    what governs that noun."""
    nouns = place_nouns()
    if _hyphen_modifier(parsed, place_head):
        return None
    i = place_head
    for _ in range(8):
        tok = parsed[i]
        head = parsed[tok.head]
        if tok.dep == "pobj" and head.pos == "ADP":
            above = parsed[head.head]
            if head.lower == "of" and head.head != head.i and above.lemma.lower() in nouns:
                i = above.i
                continue
            if head.lower == "of" and above.ent_type == "PERSON":
                return None  # where a person is from: "Karim Benali of Morocco"
            return head.lower
        if tok.head in (i, stop):
            return ""
        if tok.dep in ("compound", "amod", "nmod") and head.pos in ("NOUN", "PROPN"):
            if country and head.pos == "NOUN" and head.lemma.lower() not in nouns:
                return None
        elif tok.dep not in ("appos", "conj", "compound", "amod", "nmod", "poss"):
            return ""
        i = tok.head
    return ""


def _hyphen_modifier(parsed: ParsedDoc, place_head: int) -> bool:
    """Whether the place is the first part of a hyphenated modifier ("a US-led strike", "a
    Tehran-backed militia", "a US-Iraqi patrol", "Swahili-speaking"): an actor or an attribute."""
    dash, word = place_head + 1, place_head + 2
    if (
        word >= len(parsed)
        or parsed[dash].text not in ("-", "–")
        or parsed[dash].idx != parsed[place_head].end
    ):
        return False
    return parsed[word].tag in ("VBN", "VBG", "JJ") or parsed[word].pos == "ADJ"


def _rank(prep: str) -> int:
    if prep in _LOCATIVE or prep in _GOAL or prep == "":
        return 0
    if prep in _ORIGIN:
        return 2
    return 1


def _in_agent(parsed: ParsedDoc, place_head: int, verb: int) -> bool:
    """Whether the place is or lies in the verb's active subject ("Hosts Canada captured",
    "Fiji's Vijay Singh captured") or in the appositive of any subject ("X, a driver from Abidjan,
    was shot"). A passive subject is the patient and may well be the place ("Grozny's streets are
    patrolled")."""
    for child in parsed.children(verb):
        if child.dep == "nsubj" and parsed.is_ancestor(child.i, place_head):
            return True
        if child.dep == "nsubjpass" and place_head != child.i and parsed.is_ancestor(child.i, place_head):
            above = [a for a in parsed.ancestors(place_head) if parsed.is_ancestor(child.i, a.i)]
            return any(a.dep == "appos" for a in above)
    return False


def _under(parsed: ParsedDoc, i: int, verb: int, deps: Collection[str]) -> bool:
    """Whether token ``i`` lies in a dependent of ``verb`` labelled one of ``deps`` (its subject:
    "the operative in Iraq")."""
    return any(c.dep in deps and parsed.is_ancestor(c.i, i) for c in parsed.children(verb))


def _in_phrase(parsed: ParsedDoc, place_head: int, words: frozenset[str]) -> bool:
    """Whether the place lies in a phrase opened by one of ``words`` within its clause: attribution
    or a part ("according to a ministry statement from X", "including six in X"), another time
    ("after clashes in X")."""
    for anc in parsed.ancestors(place_head):
        if anc.lower in words and anc.dep in ("prep", "pcomp", "advcl", "mark"):
            return True
        if anc.pos in ("VERB", "AUX") and anc.dep not in ("prep", "pcomp"):
            return False
    return False


def _clause_verb(parsed: ParsedDoc, i: int) -> int:
    """The verb whose clause holds token ``i`` (``i`` itself when it is a verb)."""
    for tok in (parsed[i], *parsed.ancestors(i)):
        if tok.pos in ("VERB", "AUX"):
            return tok.i
    return i


def _arcs(parsed: ParsedDoc, i: int, top: int) -> int:
    n = 0
    while i != top and parsed[i].head != i and n < 50:
        i = parsed[i].head
        n += 1
    return n


def event_place(
    parsed: ParsedDoc,
    trig: Trigger | int,
    carrier: int,
    places: Sequence[Place],
    roles: Roles,
    dateline_place: Place | None,
    *,
    event_type: str | None = None,
    lexicon: Lexicon | None = None,
) -> Place | None:
    """The event's location: see the module's rules. ``trig`` is the matched trigger (or a bare token
    index); ``event_type`` the PLOVER type (it decides whether a recipient country is where the
    event happened; by default the trigger's)."""
    lexicon = lexicon if lexicon is not None else load_lexicon()
    head = trigger_tokens(trig)[0]
    if event_type is None and not isinstance(trig, int):
        event_type = str(trig.entry.event)
    tiers = _tiers(parsed, trig, carrier, event_type, lexicon)
    offset = parsed[head].idx
    # an event noun carried by another word's clause has its own place first ("rallied in Paris
    # against Israel's offensive in Gaza": the offensive is in Gaza)
    nominal = head != carrier and parsed[head].pos in ("NOUN", "PROPN")
    phrase = noun_phrase(parsed, head) if nominal else set()
    ranked: list[tuple[tuple[int, ...], Place]] = []
    for place in places:
        if place.start < 0 or not _may_be_location(place, roles, event_type):
            continue
        depth = next(
            (d for d, toks in enumerate(tiers) if inside(parsed, place.start, place.end, toks)), None
        )
        if depth is None:
            continue
        span = tokens_of(parsed, place.start, place.end)
        place_head = next((i for i in span if not span[0] <= parsed[i].head <= span[-1]), span[-1])
        prep = _attachment(parsed, place_head, carrier, country=place.resolution == 1)
        if prep is None or prep == "with" or _in_phrase(parsed, place_head, _ASIDE):  # "with": a partner
            continue
        agents = {carrier, _clause_verb(parsed, place_head)} if depth else {carrier}
        if prep not in _LOCATIVE and any(_in_agent(parsed, place_head, v) for v in agents):
            continue  # the actor's attribute: "Fiji's Vijay Singh won", "a driver from Abidjan was"
        if _in_phrase(parsed, place_head, _OTHER_TIME):
            depth = len(tiers)  # another time's place: "arrested after clashes in X", a last resort
        key = (
            depth,
            int(bool(phrase) and place_head not in phrase),
            int(_under(parsed, place_head, carrier, ("nsubj", "nsubjpass"))),
            _rank(prep),
            int(place.resolution == 1),
            _arcs(parsed, place_head, carrier),
            abs(place.start - offset),
        )
        ranked.append((key, place))
    if ranked:
        return min(ranked, key=lambda r: r[0])[1]
    if dateline_place is not None and _in_locale(parsed, head, places, roles, dateline_place):
        return dateline_place
    return None


def _tiers(
    parsed: ParsedDoc, trig: Trigger | int, carrier: int, kind: str | None, lexicon: Lexicon
) -> list[set[int]]:
    """The tokens whose places are the event's, best first: its own clause; the circumstance
    clauses right below it; conjoined verbs sharing the occasion and the clause it is a
    circumstance of; the sentence's scene."""
    head, tokens = trigger_tokens(trig)
    own = own_tokens(parsed, head, carrier, lexicon=lexicon, trigger=tokens, event_type=kind)
    own |= _antecedent(parsed, carrier)
    below = _sharing_clauses(parsed, carrier, own, lexicon)
    related = _conjunct_tokens(parsed, carrier, lexicon) | _governing_tokens(parsed, carrier, lexicon)
    return [own, below - own, related - own - below, _scene(parsed, carrier)]


def _sharing_clauses(parsed: ParsedDoc, verb: int, own: Iterable[int], lexicon: Lexicon) -> set[int]:
    """The tokens of the circumstance clauses below the clause ``own`` of ``verb``
    (:data:`_SHARING_DEPS`, at any depth), with the verbs conjoined to them that share their
    subject; not those reached through reported speech, another time or a subject's description."""
    out: set[int] = set()
    own = set(own)
    lo, hi = parsed.subtree(verb)
    for i in range(lo, hi):
        if parsed[i].dep in _SHARING_DEPS and i not in own and _shared(parsed, i, verb):
            out |= clause_tokens(parsed, i)
            for conj in _conjuncts(parsed, i):
                if not _has_subject(parsed, conj) and not _other_time(parsed, conj):
                    out |= clause_tokens(parsed, conj)
    return out


def _shared(parsed: ParsedDoc, clause: int, verb: int) -> bool:
    """Whether clause head ``clause`` below ``verb`` shares its place: every clause on the way is a
    circumstance or a description of a non-subject noun, none of another time."""
    j = clause
    while j != verb:
        tok = parsed[j]
        if tok.head == j or tok.dep == "ccomp" or (tok.dep == "conj" and tok.pos in ("VERB", "AUX")):
            return False
        if tok.dep in CLAUSE_DEPS and (_other_time(parsed, j) or _describes_subject(parsed, j)):
            return False
        j = tok.head
    return True


def _describes_subject(parsed: ParsedDoc, clause: int) -> bool:
    """Whether a relative or participle clause describes the active subject or the agent of the
    clause it sits in ("soldiers who are stationed in X", "by youths who had travelled from X")."""
    tok = parsed[clause]
    if tok.dep not in ("acl", "relcl"):
        return False
    return _under(parsed, clause, _clause_verb(parsed, tok.head), ("nsubj", "agent"))


def _other_time(parsed: ParsedDoc, clause: int) -> bool:
    """Whether a clause is set at another time ("after the army withdrew", "before leaving", "and
    died later")."""
    tok = parsed[clause]
    if tok.dep == "pcomp" and parsed[tok.head].lower in _OTHER_TIME:
        return True
    words = _OTHER_TIME | _LATER
    return any(c.dep in ("mark", "advmod") and c.lower in words for c in parsed.children(clause))


def _has_subject(parsed: ParsedDoc, verb: int) -> bool:
    return any(c.dep in ("nsubj", "nsubjpass", "csubj", "expl") for c in parsed.children(verb))


def _conjuncts(parsed: ParsedDoc, verb: int) -> list[int]:
    """The verbs conjoined with ``verb`` ("ambushed and burned"), ``verb`` left out."""
    top = verb
    while parsed[top].dep == "conj" and parsed[top].head != top and parsed[parsed[top].head].pos in _VERB:
        top = parsed[top].head
    out, stack = [], [top]
    while stack:
        i = stack.pop()
        out.append(i)
        stack += [c.i for c in parsed.children(i) if c.dep == "conj" and c.pos in _VERB]
    return [i for i in out if i != verb]


def _conjunct_tokens(parsed: ParsedDoc, carrier: int, lexicon: Lexicon) -> set[int]:
    """The clauses of the verbs conjoined with the carrier that share its occasion: the same
    subject, or coordinated passive participles ("four were killed and nine wounded")."""
    out: set[int] = set()
    if parsed[carrier].pos not in ("VERB", "AUX"):
        return out
    for conj in _conjuncts(parsed, carrier):
        if _other_time(parsed, conj) or (conj < carrier and _other_time(parsed, carrier)):
            continue
        passives = parsed[conj].tag == "VBN" and parsed[carrier].tag == "VBN"
        if passives or not _has_subject(parsed, conj) or not _has_subject(parsed, carrier):
            own = own_tokens(parsed, conj, conj, lexicon=lexicon)
            out |= own | _sharing_clauses(parsed, conj, own, lexicon)
    return out


def _antecedent(parsed: ParsedDoc, carrier: int) -> set[int]:
    """The noun a "where" or "whose" relative clause describes, when the carrier heads one: the
    place of its event ("Goma, where police fired", "Liberia, whose posts were attacked")."""
    tok = parsed[carrier]
    if tok.dep != "relcl" or tok.head == carrier:
        return set()
    where = any(c.lower == "where" for c in parsed.children(carrier))
    whose = any(
        g.lower == "whose" for c in parsed.children(carrier) if c.dep != "nsubj" for g in parsed.children(c.i)
    )
    if not (where or whose):
        return set()
    return {tok.head} | {c.i for c in parsed.children(tok.head) if c.dep == "compound"}


def _governing_tokens(parsed: ParsedDoc, carrier: int, lexicon: Lexicon) -> set[int]:
    """The clause that the carrier's clause is a circumstance of ("a policeman wounded in the
    blast was flown to X", "raided a market in X, killing two")."""
    tok = parsed[carrier]
    if tok.dep not in _SHARING_DEPS - {"relcl"} or tok.head == carrier or _other_time(parsed, carrier):
        return set()
    verb = _clause_verb(parsed, tok.head)
    return own_tokens(parsed, verb, verb, lexicon=lexicon) if verb != carrier else set()


def _scene(parsed: ParsedDoc, carrier: int) -> set[int]:
    """A locative phrase that opens the sentence, set off by a comma ("In Bamako, ..."): the scene
    of its events, except those in reported speech."""
    if any(t.dep == "ccomp" for t in (parsed[carrier], *parsed.ancestors(carrier))):
        return set()
    sent = parsed.sents[parsed[carrier].sent]
    first = next((i for i in range(sent.start, sent.end) if parsed[i].pos not in _LEAD), None)
    if first is None or parsed[first].dep != "prep" or parsed[first].lower not in _LOCATIVE:
        return set()
    lo, hi = parsed.subtree(first)
    return set(range(lo, hi)) if hi < sent.end and parsed[hi].text == "," else set()


def _may_be_location(place: Place, roles: Roles, event_type: str | None) -> bool:
    if any(m.start < place.end and place.start < m.end for m in roles.actor):
        return False
    mention = next((m for m in roles.recipient if m.start < place.end and place.start < m.end), None)
    if mention is None or mention.rule == "place" or place.resolution != 1:
        return True
    return event_type in _MATERIAL_CONFLICT


def _in_locale(parsed: ParsedDoc, head: int, places: Sequence[Place], roles: Roles, dateline: Place) -> bool:
    country = dateline.country_code
    sent = parsed[head].sent
    if any(p.sentence == sent and p.start >= 0 and p.country_code != country for p in places):
        return False
    codes = {m.entity.code for m in (*roles.actor, *roles.recipient) if m.entity.code}
    return not codes - INTERNATIONAL_CODES or country in codes
