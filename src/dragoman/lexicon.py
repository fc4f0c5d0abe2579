"""The trigger lexicon: loading ``data/lexicon.tsv`` and matching its entries in a parse.

An entry says which words express which PLOVER event (``data/lexicon.tsv`` documents the
format). :func:`load_lexicon` reads and validates the file once (cached);
:func:`find_triggers` finds every entry that fires in a :class:`~dragoman.parsed.ParsedDoc`,
at most one per token, the most specific entry winning ("imposed sanctions" over
"sanctions", "air strike" over "strike").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import ConfigError
from .ontology import MODES, is_context
from .parsed import ParsedDoc, Token
from .schema import EventType
from .stages.intent import with_intent_codes
from .stages.sensewindow import clause_head as clause_head  # re-exported: events, senses
from .stages.sensewindow import negated_sense

#: dependency labels usable as role sources (anything else names a preposition, or 'self')
DEP_SOURCES = frozenset({"nsubj", "dobj", "dative", "poss", "attr", "self", "ccomp"})

#: entity types in which a word is a name or a date, not an event ("Operation Storm", "March")
_NAME_ENTS = frozenset({"DATE", "TIME", "PERSON", "WORK_OF_ART", "LAW", "ORG", "FAC", "PRODUCT"})

#: dependents through which a light verb governs its noun ("impose sanctions", "found guilty")
_LIGHT_DEPS = frozenset(
    {"dobj", "nsubjpass", "attr", "oprd", "ccomp", "acomp", "dative", "xcomp", "npadvmod", "advmod"}
)


class Kind(StrEnum):
    VERB = "verb"
    PHRASAL = "phrasal"
    NOUN = "noun"
    LIGHT = "light"


@dataclass(frozen=True)
class LexEntry:
    """One trigger: the words, the PLOVER event they express and hints for the roles."""

    id: str
    words: tuple[str, ...]
    kind: Kind
    event: EventType
    mode: str | None
    cameo: str | None
    contexts: tuple[str, ...]
    actor_sources: tuple[str, ...]
    recipient_sources: tuple[str, ...]
    need: tuple[str, ...]
    neg: frozenset[str]
    line: int = 0
    #: the words of the entry's domain lists (@sport, @entertainment): two of them anywhere in the
    #: sentence mean the other sense ("the striker fired a shot past the goalkeeper")
    domain: frozenset[str] = frozenset()

    @property
    def anchor(self) -> str:
        """The lemma of the token a match is anchored on: the verb, or a noun's head."""
        return self.words[-1] if self.kind is Kind.NOUN else self.words[0]

    @property
    def specificity(self) -> int:
        bonus = {Kind.LIGHT: 3, Kind.PHRASAL: 2, Kind.NOUN: 1, Kind.VERB: 0}[self.kind]
        return len(self.words) * 10 + bonus + (5 if self.need else 0)


@dataclass(frozen=True)
class Lexicon:
    entries: tuple[LexEntry, ...]
    index: dict[str, tuple[LexEntry, ...]]
    #: (type, mode) -> the lemmas of the participants that give an event of that type that mode
    #: ("warplanes struck": ASSAULT aerial); from the ``@mode:TYPE:MODE`` word lists
    instruments: tuple[tuple[EventType, str, frozenset[str]], ...] = ()
    #: the domain word lists by name ("sport", "entertainment"): an article full of them is not about politics
    domains: tuple[tuple[str, frozenset[str]], ...] = ()

    def __len__(self) -> int:
        return len(self.entries)

    def candidates(self, lemma: str) -> tuple[LexEntry, ...]:
        return self.index.get(lemma.lower(), ())

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[LexEntry],
        instruments: Iterable[tuple[EventType, str, frozenset[str]]] = (),
        domains: Iterable[tuple[str, frozenset[str]]] = (),
    ) -> Lexicon:
        items = tuple(entries)
        index: dict[str, list[LexEntry]] = defaultdict(list)
        for entry in items:
            index[entry.anchor].append(entry)
        return cls(items, {k: tuple(v) for k, v in index.items()}, tuple(instruments), tuple(domains))

    def instrument_mode(self, event: EventType, lemmas: Iterable[str]) -> str | None:
        """The mode the participants' lemmas give an event of type ``event`` (None: no list names them)."""
        words = set(lemmas)
        for etype, mode, listed in self.instruments:
            if etype is event and words & listed:
                return mode
        return None


@dataclass(frozen=True)
class Trigger:
    """A lexicon entry matched in the parse."""

    entry: LexEntry
    head: int  #: the anchor token (verb, or the head noun)
    tokens: tuple[int, ...]  #: every token of the trigger, in text order
    noun: int | None = None  #: a light verb's noun


def _parse_roles(text: str, where: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    roles: dict[str, tuple[str, ...]] = {"act": (), "rcp": (), "need": ()}
    if text == "-":
        return (), (), ()
    for part in text.split(";"):
        key, sep, value = part.partition("=")
        if not sep or key.strip() not in roles:
            raise ConfigError(f"{where}: bad roles field {text!r} (want act=..;rcp=..;need=..)")
        roles[key.strip()] = tuple(v.strip() for v in value.split(",") if v.strip())
    return roles["act"], roles["rcp"], roles["need"]


#: word lists that name a domain (a sentence about it is not about politics), not a word sense
DOMAIN_LISTS = frozenset({"sport", "entertainment"})


def _parse_neg(
    text: str, lists: dict[str, frozenset[str]], where: str
) -> tuple[frozenset[str], frozenset[str]]:
    words: set[str] = set()
    domain: set[str] = set()
    for item in text.split():
        if item == "-":
            continue
        if item.startswith("@"):
            if item[1:] not in lists:
                raise ConfigError(f"{where}: unknown word list {item!r}")
            words |= lists[item[1:]]
            if item[1:] in DOMAIN_LISTS:
                domain |= lists[item[1:]]
        else:
            words.add(item.lower())
    return frozenset(words), frozenset(domain)


def _parse_entry(fields: list[str], lists: dict[str, frozenset[str]], where: str) -> LexEntry:
    if len(fields) != 8:
        raise ConfigError(f"{where}: expected 8 tab-separated fields, got {len(fields)}")
    trigger, kind_s, type_s, mode_s, cameo_s, contexts_s, roles_s, neg_s = (f.strip() for f in fields)
    try:
        kind = Kind(kind_s)
        event = EventType(type_s)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from exc
    mode = None if mode_s == "-" else mode_s
    if mode is not None and mode not in MODES[event]:
        raise ConfigError(f"{where}: {event} has no mode {mode!r}")
    contexts = () if contexts_s == "-" else tuple(c.strip() for c in contexts_s.split(","))
    for context in contexts:
        if not is_context(context):
            raise ConfigError(f"{where}: unknown PLOVER context {context!r}")
    words = tuple(trigger.lower().split())
    if not words or (kind in (Kind.PHRASAL, Kind.LIGHT) and len(words) < 2):
        raise ConfigError(f"{where}: a {kind} trigger needs {'two words' if words else 'words'}")
    if kind is Kind.VERB and len(words) != 1:
        raise ConfigError(f"{where}: a verb trigger is one lemma (use phrasal or light)")
    actor, recipient, need = _parse_roles(roles_s, where)
    neg, domain = _parse_neg(neg_s, lists, where)
    return LexEntry(
        id=f"{kind}:{'_'.join(words)}:{event.lower()}",
        words=words,
        kind=kind,
        event=event,
        mode=mode,
        cameo=None if cameo_s == "-" else cameo_s,
        contexts=contexts,
        actor_sources=actor,
        recipient_sources=recipient,
        need=need,
        neg=neg,
        line=int(where.rsplit(":", 1)[-1]),
        domain=domain,
    )


def parse_lexicon(text: str, *, source: str = "lexicon") -> Lexicon:
    """Parse lexicon text (the ``data/lexicon.tsv`` format); raises ConfigError naming the line."""
    lists: dict[str, frozenset[str]] = {}
    entries: list[LexEntry] = []
    instruments: list[tuple[EventType, str, frozenset[str]]] = []
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), start=1):
        where = f"{source}:{n}"
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if line.startswith("@"):
            if len(fields) != 2:
                raise ConfigError(f"{where}: a word list is @name<TAB>words")
            name = fields[0][1:].strip()
            lists[name] = frozenset(fields[1].lower().split())
            if name.startswith("mode:"):
                instruments.append(_instrument(name, lists[name], where))
            continue
        entry = _parse_entry(fields, lists, where)
        if entry.id in seen:
            raise ConfigError(f"{where}: duplicate entry {entry.id}")
        seen.add(entry.id)
        entries.append(entry)
    domains = [(name, lists[name]) for name in sorted(DOMAIN_LISTS) if name in lists]
    return Lexicon.from_entries(entries, instruments, domains)


def _instrument(name: str, words: frozenset[str], where: str) -> tuple[EventType, str, frozenset[str]]:
    """``@mode:ASSAULT:aerial`` -> (ASSAULT, "aerial", words), the mode checked against the ontology."""
    _, _, rest = name.partition(":")
    type_s, _, mode = rest.partition(":")
    try:
        event = EventType(type_s)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from exc
    if mode not in MODES[event]:
        raise ConfigError(f"{where}: {event} has no mode {mode!r}")
    return event, mode, words


@lru_cache(maxsize=8)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The lexicon at ``path``, or the one shipped in ``dragoman/data``; cached per process."""
    try:
        if path is None:
            text = resources.files("dragoman").joinpath("data/lexicon.tsv").read_text(encoding="utf-8")
            return parse_lexicon(text, source="lexicon.tsv")
        return parse_lexicon(Path(path).read_text(encoding="utf-8"), source=path)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read lexicon {path or 'lexicon.tsv'}: {exc}") from exc


# ---- matching -------------------------------------------------------------------------------


def lemma_of(tok: Token) -> str:
    """The token's lemma, lower case."""
    return tok.lemma.lower()


def lemma_in(tok: Token, words: frozenset[str] | set[str]) -> bool:
    """True when the token's lemma is one of ``words``, allowing for the small English model's
    habit of dropping a verb's final "e" ("staged" -> "stag"): then the lemma plus "e" counts."""
    lemma = tok.lemma.lower()
    if lemma in words:
        return True
    return tok.pos in ("VERB", "AUX") and tok.lower.startswith(lemma + "e") and lemma + "e" in words


_lemma = lemma_of


def _compound_match(parsed: ParsedDoc, head: int, words: tuple[str, ...]) -> tuple[int, ...] | None:
    """Token indices when ``words`` end at ``head`` ("air strike"), the modifiers just before it."""
    if _lemma(parsed[head]) != words[-1] and parsed[head].lower != words[-1]:
        return None
    start = head - (len(words) - 1)
    sent = parsed.sents[parsed[head].sent]
    if start < sent.start:
        return None
    for k, word in enumerate(words[:-1]):
        tok = parsed[start + k]
        if word not in (_lemma(tok), tok.lower) or not parsed.is_ancestor(head, tok.i):
            return None
    return tuple(range(start, head + 1))


def _infinitive(parsed: ParsedDoc, i: int) -> bool:
    """True when token ``i`` heads a to-infinitive ("to fight")."""
    return parsed[i].tag == "VB" and any(c.dep == "aux" and c.lower == "to" for c in parsed.children(i))


def _amount(parsed: ParsedDoc, tok: Token) -> bool:
    """A sum or a quantity ("50 million euros", "$3m"): its "in" phrase names what it is of."""
    return tok.ent_type in ("MONEY", "QUANTITY") or any(c.dep == "nummod" for c in parsed.children(tok.i))


def _governed(parsed: ParsedDoc, verb: int) -> list[tuple[int, int | None]]:
    """Nouns a verb governs, directly or through one of its prepositions ("go on strike"),
    each with that preposition."""
    out: list[tuple[int, int | None]] = []
    for child in parsed.children(verb):
        if child.dep in _LIGHT_DEPS:
            out.append((child.i, None))
            if child.dep in ("dobj", "nsubjpass"):  # "provided 25,000 tons of aid", "pledged $50m in
                # aid"; passive: "a state of emergency was declared"
                preps = ("of", "in") if _amount(parsed, child) else ("of",)
                out.extend(
                    (g.i, None)
                    for p in parsed.children(child.i)
                    if p.dep == "prep" and p.lower in preps
                    for g in parsed.children(p.i)
                    if g.dep == "pobj"
                )
                # "provided photographs and other intelligence": each conjoined object
                out.extend((g.i, None) for g in parsed.children(child.i) if g.dep == "conj")
        elif child.dep in ("prep", "agent"):
            out.extend((g.i, child.i) for g in parsed.children(child.i) if g.dep in ("pobj", "pcomp"))
        if child.dep == "ccomp":  # "said Iran must withdraw": the modal of the reported clause
            out.extend((g.i, None) for g in parsed.children(child.i) if g.dep == "aux" and g.tag == "MD")
    if not any(c.dep == "dobj" for c in parsed.children(verb)):  # "sworn to fight" parsed as advcl
        out.extend(
            (c.i, None) for c in parsed.children(verb) if c.dep == "advcl" and _infinitive(parsed, c.i)
        )
    tok = parsed[verb]
    if tok.dep in ("acl", "relcl") and tok.head != verb:  # "the sanctions imposed on Iran"
        out.append((tok.head, None))
    return out


def _match_light(parsed: ParsedDoc, verb: int, entry: LexEntry) -> Trigger | None:
    """verb + noun ("impose sanction"), the noun maybe a compound ("go hunger strike") or
    after a particle of the verb ("call off strike")."""
    particle: tuple[int, ...] = ()
    noun_words = entry.words[1:]
    if len(noun_words) > 1:
        prt = [c.i for c in parsed.children(verb) if c.dep in ("prt", "advmod") and c.lower == noun_words[0]]
        if prt:
            particle, noun_words = (prt[0],), noun_words[1:]
    for noun, prep in _governed(parsed, verb):
        span = _compound_match(parsed, noun, noun_words)
        if span is not None:
            via = (prep,) if prep is not None else ()
            return Trigger(entry, verb, tuple(sorted({verb, *particle, *via, *span})), noun)
    return None


def _clause_mark(parsed: ParsedDoc, verb: int, word: str) -> int | None:
    """The "for" opening a verb's infinitive clause with its own subject, read as the verb's
    particle: "called for Russia to withdraw", "pushed for France to back the plan" (the parser
    makes "for" the clause's marker). Not when the verb has an object ("booked a hall for members
    to meet": a purpose)."""
    if word != "for" or any(c.dep == "dobj" for c in parsed.children(verb)):
        return None
    for clause in parsed.children(verb):
        if clause.dep not in ("advcl", "xcomp", "ccomp") or not _infinitive(parsed, clause.i):
            continue
        marks = [c.i for c in parsed.children(clause.i) if c.dep == "mark" and c.lower == word]
        if marks and any(c.dep in ("nsubj", "nsubjpass") for c in parsed.children(clause.i)):
            return marks[0]
    return None


def _match_phrasal(parsed: ParsedDoc, verb: int, entry: LexEntry) -> Trigger | None:
    particles = entry.words[1:]
    found: list[int] = []
    for word in particles:
        hit = next(
            (
                c.i
                for c in parsed.children(verb)
                if c.dep in ("prt", "prep", "advmod", "acomp", "dative", "agent") and c.lower == word
            ),
            None,
        )
        if hit is None:
            hit = _clause_mark(parsed, verb, word)
        if hit is None:
            return None
        found.append(hit)
    has_object = any(c.dep == "dobj" for c in parsed.children(verb))
    for i in found:  # "gave their answers in an interview": a preposition with its own object
        if has_object and parsed[i].dep == "prep" and any(c.dep == "pobj" for c in parsed.children(i)):
            return None
    return Trigger(entry, verb, tuple(sorted({verb, *found})))


#: ``need`` values that are role requirements (checked by the events stage), not prepositions
ROLE_NEEDS = frozenset({"rcp", "act", "threat", "caused"})


def _has_prep(parsed: ParsedDoc, i: int, words: tuple[str, ...]) -> bool:
    return all(any(c.lower == w for c in parsed.children(i)) for w in words if w not in ROLE_NEEDS)


def _match(
    parsed: ParsedDoc, tok: Token, entry: LexEntry, protected: frozenset[int] = frozenset()
) -> Trigger | None:
    if entry.kind is Kind.NOUN:  # head nouns only, never a modal (the light verb "say must")
        if tok.pos != "NOUN":
            return None
        span = _compound_match(parsed, tok.i, entry.words)
        trig = Trigger(entry, tok.i, span) if span is not None else None
    elif tok.pos != "VERB" and not (entry.kind is Kind.VERB and _predicate_adjective(parsed, tok)):
        return None
    elif entry.kind is Kind.VERB:
        trig = Trigger(entry, tok.i, (tok.i,))
    elif entry.kind is Kind.PHRASAL:
        trig = _match_phrasal(parsed, tok.i, entry)
    else:
        trig = _match_light(parsed, tok.i, entry)
    if trig is None or (entry.need and not _has_prep(parsed, tok.i, entry.need)):
        return None
    return None if negated_sense(parsed, trig, protected) else trig


def _predicate_adjective(parsed: ParsedDoc, tok: Token) -> bool:
    """An adjective with a to-infinitive after a copula ("is willing to withdraw"): a verb entry's
    lemma may name it ("willing", "ready")."""
    return (
        tok.pos == "ADJ"
        and tok.dep in ("acomp", "conj")
        and any(c.dep == "xcomp" and _infinitive(parsed, c.i) for c in parsed.children(tok.i))
    )


def _to_participle(parsed: ParsedDoc, tok: Token) -> bool:
    """A past participle parsed as an infinitive ("to jailed activists"): an adjective misread."""
    return tok.tag in ("VBN", "VBD") and any(
        c.dep == "aux" and c.lower == "to" for c in parsed.children(tok.i)
    )


def find_triggers(
    parsed: ParsedDoc, lexicon: Lexicon, *, protected: frozenset[int] = frozenset()
) -> list[Trigger]:
    """Every lexicon entry that fires in ``parsed``: one per token, the most specific first, in text order.

    ``protected`` tokens (those of resolved actor names: "the Arab League", "the prime minister") are
    not read as clues to another sense of a word."""
    found: list[Trigger] = []
    for tok in parsed.tokens:
        if tok.ent_type in _NAME_ENTS or tok.pos not in ("VERB", "NOUN", "ADJ"):
            continue
        if tok.pos == "VERB" and (tok.dep == "amod" or _to_participle(parsed, tok)):
            continue  # a state, not an event: "a jailed politician", "an amnesty to jailed activists"
        lemma = _lemma(tok)
        entries = lexicon.candidates(lemma)
        if not entries and tok.pos == "VERB" and tok.lower.startswith(lemma + "e"):
            entries = lexicon.candidates(lemma + "e")  # "staged" lemmatised "stag"
        for entry in entries:
            trig = _match(parsed, tok, entry, protected)
            if trig is not None:
                found.append(trig)
    found.sort(key=lambda t: (-t.entry.specificity, t.head))
    claimed: set[int] = set()
    chosen: list[Trigger] = []
    for trig in found:
        if claimed.intersection(trig.tokens):
            continue
        claimed.update(trig.tokens)
        chosen.append(trig)
    return with_intent_codes(parsed, sorted(chosen, key=lambda t: t.tokens[0]), lexicon)
