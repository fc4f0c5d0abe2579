"""When and where an event happened: the choice of an event's date and location.

The events stage calls these for each event it builds; they read only the parse and the records of
the earlier stages (times, places, the event's roles, the events already built).

Date (:func:`event_time`), in order:

1. a time expression in the trigger's own clause: the carrier verb's subtree without the clauses
   below it ("Zelensky thanked India and asked it to back a summit later this year": the thanking
   is not dated "later this year"; "after the city was retaken in 2017" dates the retaking only).
   A time that belongs to another event noun in the clause is that noun's ("rejected calls from
   lawmakers last week": the calls were last week, not the rejection); a noun trigger takes the
   times of its own phrase first;
2. else the sentence's single time expression attached to its main clause, when it has one;
3. else the article's date when the carrier is in the present or present perfect tense;
4. else none.

Anchored expressions ("a day earlier", "the following week", "two days after the attack") are
resolved against the event they refer back to: the latest earlier event of the same kind when the
expression names one ("after the attack"), else the latest earlier dated event. With no such
event, "two days after the attack" stays without a date (its text kept) rather than guessed;
"a day earlier" keeps what the times stage resolved it to (the previous time expression).

Location (:func:`event_place`), in order:

1. a place in the trigger's own clause, else in a clause below it that shares its place ("killed
   when militants hit X", not reported speech nor a conjoined verb); not inside another event
   noun's phrase ("condemned the bombing of a school in Mosul"), nor describing the actor ("Fiji's
   Vijay Singh won", "a driver from Abidjan was shot"); a country modifying a noun is a
   nationality ("US soldiers"), a city doing so a place ("a Kabul hotel"). Best first: places
   after a locative or goal preposition or governed directly ("met in Geneva", "flew to
   Kampala", "shelled Kharkiv", "the town of Bakwa"), then other prepositions, then origins
   ("from Paris"); a finer place before a country ("in the Belarus capital Minsk"); the nearest
   in the parse. A recipient place is the location ("an attack on the Kyiv region"); a recipient
   country only for material conflict (attacked Ukraine), not for verbal events ("accused Japan");
   an actor never ("Russia attacked ...");
2. else the dateline's place, when the event is in the article's locale: no place in its sentence
   lies outside the dateline's country, and its actors and recipients include that country or
   have no country at all (an event between two other countries is not placed at the dateline);
3. else none: never the actor's home country by default.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date

from ..gazetteer import place_nouns
from ..lexicon import Kind, Lexicon, Trigger, load_lexicon
from ..parsed import ParsedDoc
from ..schema import INTERNATIONAL_CODES, Event, Mention, Place, TimeExpr
from .roles import Roles
from .times import resolve_time_text

__all__ = [
    "clause_tokens",
    "event_nouns",
    "event_place",
    "event_time",
    "is_present",
    "own_tokens",
]

#: dependency labels that open another clause below a verb (or below a noun: "the talks that ...")
CLAUSE_DEPS = frozenset("advcl ccomp xcomp relcl parataxis csubj csubjpass acl pcomp".split())
#: the dependency labels of a clause's subject and objects
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd"})
#: clauses below a verb that share its place (circumstances: "killed when militants hit X", "shot
#: while filming in X"); reported speech (ccomp) and conjoined verbs are other events
_SHARING_DEPS = frozenset({"advcl", "xcomp", "pcomp", "acl", "relcl"})
#: tags of a verb in the present or present perfect (the article's date applies)
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: how a place is attached to the event, best first: rank of the governing preposition
_LOCATIVE = frozenset("in at near inside outside across around throughout within on off along".split())
_GOAL = frozenset("to into toward towards onto over against".split())
_ORIGIN = frozenset({"from"})
#: PLOVER types whose recipient country is where it happened (material conflict)
_MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_ANCHORED_NOUN = re.compile(r"\b(?i:before|after)\s*$")

When = tuple[date | None, date | None, str | None]


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
    out = []
    for i in sorted(tokens):
        tok = parsed[i]
        if tok.pos not in ("NOUN", "PROPN") or tok.ent_type in ("DATE", "TIME"):
            continue
        if any(e.kind is Kind.NOUN for e in lexicon.candidates(tok.lemma.lower() or tok.lower)):
            out.append(i)
    return out


def own_tokens(
    parsed: ParsedDoc,
    head: int,
    carrier: int,
    *,
    lexicon: Lexicon | None = None,
    trigger: Collection[int] = (),
) -> set[int]:
    """The tokens whose times and places are the event's: the carrier's clause, without the phrases
    of other event nouns in it (the trigger's own nouns, ``trigger``, are kept: "launched an attack
    on X") nor a bare time expression right after such a phrase ("calls from lawmakers last week")."""
    lexicon = lexicon if lexicon is not None else load_lexicon()
    own = clause_tokens(parsed, carrier)
    own |= clause_tokens(parsed, head) if head != carrier and parsed.is_ancestor(carrier, head) else set()
    for noun in event_nouns(parsed, own, lexicon):
        if noun == head or noun in trigger or parsed.is_ancestor(noun, head) or not _argument(parsed, noun):
            continue
        phrase = _phrase(parsed, noun) & own
        own -= phrase
        if phrase:
            own -= _bare_time_after(parsed, max(phrase)) | _place_phrase_after(parsed, max(phrase))
    return own


def _argument(parsed: ParsedDoc, noun: int) -> bool:
    """Whether an event noun is what its clause is about (its subject or object: "condemned the
    attack"), not a circumstance of it ("killed in fighting", "captured during the offensive")."""
    tok = parsed[noun]
    while tok.dep in ("conj", "appos") and tok.head != tok.i:
        tok = parsed[tok.head]
    return tok.dep in _ARGUMENT_DEPS


def _phrase(parsed: ParsedDoc, noun: int) -> set[int]:
    lo, hi = parsed.subtree(noun)
    return {i for i in range(lo, hi) if parsed.is_ancestor(noun, i)}


def _bare_time_after(parsed: ParsedDoc, last: int) -> set[int]:
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


def _tokens_of(parsed: ParsedDoc, start: int, end: int) -> list[int]:
    first, last = parsed.token_at_char(start), parsed.token_at_char(max(end - 1, start))
    if first is None or last is None:
        return []
    return list(range(first, last + 1))


def _inside(parsed: ParsedDoc, start: int, end: int, tokens: set[int]) -> bool:
    """Whether the text ``[start, end)`` lies in ``tokens`` (its head token at least)."""
    span = _tokens_of(parsed, start, end)
    if not span:
        return False
    heads = [i for i in span if not span[0] <= parsed[i].head <= span[-1] or parsed[i].head == i]
    return any(i in tokens for i in (heads or span))


# ---------------------------------------------------------------- date
def is_present(parsed: ParsedDoc, verb: int) -> bool:
    """Whether ``verb`` is in the present or present perfect ("says", "has arrested")."""
    tok = parsed[verb]
    aux = [c for c in parsed.children(verb) if c.dep in ("aux", "auxpass")]
    if any(a.lemma.lower() == "have" and a.tag in _PRESENT_TAGS for a in aux):
        return True
    if any(a.tag == "MD" or a.tag == "VBD" for a in aux):
        return False
    return tok.tag in _PRESENT_TAGS or any(a.tag in _PRESENT_TAGS for a in aux)


def _is_future(parsed: ParsedDoc, verb: int) -> bool:
    return any(c.lower in _FUTURE_AUX for c in parsed.children(verb) if c.dep == "aux")


def _nearest(items: Sequence[TimeExpr], offset: int) -> TimeExpr:
    return min(items, key=lambda t: abs(t.start - offset))


def _usable(expr: TimeExpr) -> bool:
    return expr.date is not None or expr.rule.startswith("anchored")


def _choose_time(
    parsed: ParsedDoc, trig: Trigger | int, carrier: int, times: Sequence[TimeExpr], lexicon: Lexicon
) -> TimeExpr | None:
    head, tokens = _trigger_tokens(trig)
    sent_no = parsed[head].sent
    in_sentence = [t for t in times if t.sentence == sent_no and _usable(t)]
    if not in_sentence:
        return None
    own = own_tokens(parsed, head, carrier, lexicon=lexicon, trigger=tokens)
    offset = parsed[head].idx
    if parsed[head].pos in ("NOUN", "PROPN") and head != carrier:
        phrase = _phrase(parsed, head) | _bare_time_after(parsed, max(_phrase(parsed, head)))
        mine = [t for t in in_sentence if _inside(parsed, t.start, t.end, phrase)]
        if mine:
            return _nearest(mine, offset)
    inside = [t for t in in_sentence if _inside(parsed, t.start, t.end, own)]
    if inside:
        return _nearest(inside, offset)
    sent = parsed.sents[sent_no]
    root = next((i for i in range(sent.start, sent.end) if parsed[i].head == i), None)
    if root is None or _is_future(parsed, carrier):
        return None
    main = own_tokens(parsed, root, root, lexicon=lexicon)
    free = [t for t in in_sentence if _inside(parsed, t.start, t.end, main) and t.date is not None]
    return free[0] if len(free) == 1 and len(in_sentence) == 1 else None


def _trigger_tokens(trig: Trigger | int) -> tuple[int, frozenset[int]]:
    """The anchor token of a trigger and all its tokens (a light verb's noun included); a bare token
    index stands for a one-word trigger."""
    if isinstance(trig, int):
        return trig, frozenset({trig})
    noun = {trig.noun} if trig.noun is not None else set()
    return trig.head, frozenset({trig.head, *trig.tokens, *noun})


def event_time(
    parsed: ParsedDoc,
    trig: Trigger | int,
    carrier: int,
    times: Sequence[TimeExpr],
    article_date: date | None,
    *,
    previous: Sequence[Event] = (),
    lexicon: Lexicon | None = None,
) -> When:
    """The event's ``(date, enddate, date_text)``: see the module's rules. ``trig`` is the matched
    trigger (or a bare token index), ``carrier`` the verb whose clause carries it (the trigger verb
    itself, or the verb governing a trigger noun); ``previous`` the events before this one, in text
    order (what anchored expressions refer back to)."""
    lexicon = lexicon if lexicon is not None else load_lexicon()
    expr = _choose_time(parsed, trig, carrier, times, lexicon)
    if expr is not None and expr.rule.startswith("anchored"):
        return _anchored(parsed, expr, previous, article_date, lexicon)
    if expr is not None:
        return expr.date, expr.enddate, expr.text
    if article_date is not None and is_present(parsed, carrier):
        return article_date, article_date, None
    return None, None, None


def _anchored(
    parsed: ParsedDoc, expr: TimeExpr, previous: Sequence[Event], article_date: date | None, lexicon: Lexicon
) -> When:
    """An anchored expression resolved against the earlier event it refers back to."""
    named = _ANCHORED_NOUN.search(expr.text) is not None and _names_something(parsed, expr.end)
    anchor = _anchor_event(parsed, expr, previous, lexicon) if named else _latest_dated(previous, expr)
    if anchor is None or anchor.date is None:
        return (None, None, expr.text) if named or expr.date is None else (expr.date, expr.enddate, expr.text)
    resolved = resolve_time_text(
        expr.text, article_date=article_date, anchor=(anchor.date, anchor.enddate or anchor.date)
    )
    if resolved is None or resolved[0] is None:
        return expr.date, expr.enddate, expr.text
    return resolved[0], resolved[1], expr.text


def _names_something(parsed: ParsedDoc, end: int) -> bool:
    """Whether a noun phrase follows offset ``end`` ("two days after the attack", not "the day
    before.")."""
    i = parsed.token_at_char(end)
    while i is not None and i < len(parsed) and parsed[i].idx < end:
        i += 1
    return i is not None and i < len(parsed) and parsed[i].pos in ("DET", "NOUN", "PROPN", "ADJ", "NUM")


def _latest_dated(previous: Sequence[Event], expr: TimeExpr) -> Event | None:
    """The latest earlier event with a date of its own words, in this or the previous two sentences."""
    for event in reversed(previous):
        if event.trigger_start >= expr.start:
            continue
        if event.text_info.sentence < expr.sentence - 2:
            return None
        if event.date is not None and event.date_text and event.date_text != expr.text:
            return event
    return None


def _anchor_event(
    parsed: ParsedDoc, expr: TimeExpr, previous: Sequence[Event], lexicon: Lexicon
) -> Event | None:
    """The earlier event that "two days after the <noun>" names: one whose trigger is that word,
    else one of the type the word triggers."""
    after = parsed.token_at_char(expr.end - 1)
    if after is None:
        return None
    noun = next(
        (j for j in range(after + 1, min(after + 5, len(parsed))) if parsed[j].pos in ("NOUN", "PROPN")), None
    )
    if noun is None:
        return None
    lemma = parsed[noun].lemma.lower()
    types = {str(e.event) for e in lexicon.candidates(lemma)}
    earlier = [e for e in previous if e.trigger_end <= expr.start and e.date is not None]
    for event in reversed(earlier):
        words = {parsed[i].lemma.lower() for i in _tokens_of(parsed, event.trigger_start, event.trigger_end)}
        if lemma in words:
            return event
    return next((e for e in reversed(earlier) if str(e.event) in types), None)


# ---------------------------------------------------------------- place
def _attachment(parsed: ParsedDoc, place_head: int, stop: int, *, country: bool) -> str | None:
    """The preposition that governs a place ("in", "to", "from"), "" when none does, or None when
    the place is a country named as a modifier of a noun that is not a place ("US soldiers", "a
    U.S. airstrike"): a nationality, an actor's attribute, not a location. A city or province
    modifying a noun still locates it ("a Hong Kong hotel", "the Helmand battle"), and so does a
    possessive ("Syria's conflict"). "of" after a place noun ("the town of X") is passed through to
    what governs that noun."""
    nouns = place_nouns()
    i = place_head
    for _ in range(8):
        tok = parsed[i]
        head = parsed[tok.head]
        if tok.dep == "pobj" and head.pos == "ADP":
            above = parsed[head.head]
            if head.lower == "of" and head.head != head.i and above.lemma.lower() in nouns:
                i = above.i
                continue
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


def _rank(prep: str) -> int:
    if prep in _LOCATIVE or prep in _GOAL or prep == "":
        return 0
    if prep in _ORIGIN:
        return 2
    return 1


def _in_agent(parsed: ParsedDoc, place_head: int, carrier: int) -> bool:
    """Whether the place is or lies in the carrier's active subject ("Hosts Canada captured",
    "Fiji's Vijay Singh captured") or in the appositive of any subject ("X, a driver from Abidjan,
    was shot"). A passive subject is the patient and may well be the place ("Grozny's streets are
    patrolled")."""
    for child in parsed.children(carrier):
        if child.dep == "nsubj" and parsed.is_ancestor(child.i, place_head):
            return True
        if child.dep == "nsubjpass" and place_head != child.i and parsed.is_ancestor(child.i, place_head):
            above = [a for a in parsed.ancestors(place_head) if parsed.is_ancestor(child.i, a.i)]
            return any(a.dep == "appos" for a in above)
    return False


def _in_subject(parsed: ParsedDoc, place_head: int, carrier: int) -> bool:
    """Whether the place lies in the phrase of the carrier's subject ("the operative in Iraq")."""
    for child in parsed.children(carrier):
        if child.dep in ("nsubj", "nsubjpass") and parsed.is_ancestor(child.i, place_head):
            return True
    return False


def _arcs(parsed: ParsedDoc, i: int, top: int) -> int:
    n = 0
    while i != top and parsed[i].head != i and n < 50:
        i = parsed[i].head
        n += 1
    return n


def _overlaps(place: Place, mentions: Sequence[Mention]) -> Mention | None:
    return next((m for m in mentions if m.start < place.end and place.start < m.end), None)


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
    head, tokens = _trigger_tokens(trig)
    if event_type is None and not isinstance(trig, int):
        event_type = str(trig.entry.event)
    own = own_tokens(parsed, head, carrier, lexicon=lexicon, trigger=tokens)
    below = _sharing_clauses(parsed, carrier) - own
    offset = parsed[head].idx
    ranked: list[tuple[tuple[int, ...], Place]] = []
    for place in places:
        if place.start < 0 or not _may_be_location(place, roles, event_type):
            continue
        depth = 0 if _inside(parsed, place.start, place.end, own) else 1
        if depth and not _inside(parsed, place.start, place.end, below):
            continue
        span = _tokens_of(parsed, place.start, place.end)
        place_head = next((i for i in span if not span[0] <= parsed[i].head <= span[-1]), span[-1])
        prep = _attachment(parsed, place_head, carrier, country=place.resolution == 1)
        if prep is None or (_in_agent(parsed, place_head, carrier) and prep not in _LOCATIVE):
            continue  # the actor's attribute: "Fiji's Vijay Singh won", "a driver from Abidjan was"
        key = (
            depth,
            int(_in_subject(parsed, place_head, carrier)),
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


def _sharing_clauses(parsed: ParsedDoc, verb: int) -> set[int]:
    """The tokens of the clauses below ``verb`` that share its place (:data:`_SHARING_DEPS`)."""
    out: set[int] = set()
    lo, hi = parsed.subtree(verb)
    for i in range(lo, hi):
        tok = parsed[i]
        if tok.dep in _SHARING_DEPS and parsed.is_ancestor(verb, i) and _nearest_clause(parsed, i, verb):
            out |= clause_tokens(parsed, i)
    return out


def _nearest_clause(parsed: ParsedDoc, i: int, verb: int) -> bool:
    """No reported-speech or conjoined clause lies between ``verb`` and clause head ``i``."""
    j = i
    while j != verb:
        tok = parsed[j]
        if tok.dep == "ccomp" or (tok.dep == "conj" and tok.pos in ("VERB", "AUX")):
            return False
        if tok.head == j:
            return False
        j = tok.head
    return True


def _may_be_location(place: Place, roles: Roles, event_type: str | None) -> bool:
    if _overlaps(place, roles.actor) is not None:
        return False
    mention = _overlaps(place, roles.recipient)
    if mention is None or mention.rule == "place" or place.resolution != 1:
        return True
    return event_type in _MATERIAL_CONFLICT


def _in_locale(parsed: ParsedDoc, head: int, places: Sequence[Place], roles: Roles, dateline: Place) -> bool:
    country = dateline.country_code
    sent = parsed[head].sent
    if any(p.sentence == sent and p.start >= 0 and p.country_code != country for p in places):
        return False
    codes = {
        m.entity.code
        for m in (*roles.actor, *roles.recipient)
        if m.entity.code and m.entity.code not in INTERNATIONAL_CODES
    }
    return not codes or country in codes
