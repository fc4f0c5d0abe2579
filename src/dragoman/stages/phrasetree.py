"""The parse as the actors stage reads noun phrases: children and edges of tokens, table look-ups of
lemma sequences, and the noun phrases whose sector a word other than their head gives (arms before a
noun of attack, a company's name after its business noun, members of a body)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache
from itertools import chain

from ..parsed import ParsedDoc
from ..registry import Office, Registry, SectorNoun, fold, pieces
from .phrases import Phrase

__all__ = [
    "Tree",
    "body_officials",
    "coordinated_noun",
    "hyphenated_end",
    "member_of_body",
    "named_by_noun",
    "office_words",
    "table_match",
    "weapon_of_attack",
]


class Tree:
    """Children, left edges and folded words of every token, computed once per document."""

    def __init__(self, parsed: ParsedDoc) -> None:
        self.kids: list[list[int]] = [[] for _ in parsed.tokens]
        for tok in parsed.tokens:
            if tok.head != tok.i:
                self.kids[tok.head].append(tok.i)
        self._edge: dict[int, int] = {}
        self._right: dict[int, int] = {}
        forms = [_token_forms(t.text, t.lemma, t.pos == "PROPN") for t in parsed.tokens]
        #: folded pieces of each token's lemma (its text for proper nouns): how tables are matched
        self.words = [f[0] for f in forms]
        #: the forms a phrase's last token may take: lemma, text, text without a plural "s" (read only)
        self.lasts: list[AbstractSet[tuple[str, ...]]] = [f[1] for f in forms]

    def left_edge(self, i: int) -> int:
        if i not in self._edge:
            self._edge[i] = min([i, *(self.left_edge(k) for k in self.kids[i] if k < i)])
        return self._edge[i]

    def right_edge(self, i: int) -> int:
        if i not in self._right:
            self._right[i] = max([i, *(self.right_edge(k) for k in self.kids[i] if k > i)])
        return self._right[i]


def _folded(text: str) -> tuple[str, ...]:
    return tuple(fold(p) for p in pieces(text))


@lru_cache(maxsize=65536)
def _token_forms(text: str, lemma: str, proper: bool) -> tuple[tuple[str, ...], AbstractSet[tuple[str, ...]]]:
    """A token's table words and the forms it may take last in a phrase; cached, as words repeat."""
    written, lemmas = _folded(text), _folded(lemma)
    words = written if proper else lemmas
    forms = {words, written, lemmas}
    if written and written[-1].endswith("s"):
        forms.add((*written[:-1], written[-1][:-1]))
    return words, forms


def table_match(
    tree: Tree, lo: int, end: int, table: dict[tuple[str, ...], Office] | dict[tuple[str, ...], SectorNoun]
) -> tuple[int, Office | SectorNoun] | None:
    """The longest table phrase ending at token ``end - 1`` and starting at or after ``lo``."""
    if lo >= end:
        return None
    lasts, folded = tree.lasts[end - 1], tree.words
    for start in range(max(lo, end - 6), end):
        if not folded[start]:
            continue
        words = tuple(chain.from_iterable(folded[start : end - 1]))
        for last in lasts:
            value = table.get(words + last)
            if value is not None:
                return start, value
    return None


#: nouns of attacks that name the arms that made them ("drone strikes", "Predator attacks")
_ATTACKS = frozenset("strike attack raid airstrike bombardment shelling fire".split())


def weapon_of_attack(
    parsed: ParsedDoc, tree: Tree, registry: Registry, lo: int, head: int
) -> tuple[int, SectorNoun] | None:
    """Arms named before a noun of attack stand for the forces that used them, with their owner:
    "Israeli drone strikes" are Israel's military's (the weapon noun needs its owner as ever)."""
    if (
        parsed[head].lemma.lower() not in _ATTACKS
        or head == lo
        or parsed[head - 1].dep != "compound"
        or parsed[head - 1].head != head
    ):
        return None
    found = table_match(tree, lo, head, registry.sector_nouns)
    if found is None or not isinstance(found[1], SectorNoun) or not found[1].needs_owner:
        return None
    return found[0], found[1]


def named_by_noun(
    parsed: ParsedDoc, tree: Tree, registry: Registry, lo: int, head: int
) -> tuple[int, SectorNoun] | None:
    """An organisation's name after a noun for bodies of a sector: "Japanese carmaker Toyota" is one
    actor, the carmaker (JPN BUS), not a nationality and a name the registry does not know."""
    ent = parsed.entity_at(head)
    if ent is None or ent.label != "ORG" or ent.end != head + 1 or ent.start <= lo:
        return None
    found = table_match(tree, lo, ent.start, registry.sector_nouns)
    if found is None or not isinstance(found[1], SectorNoun) or not found[1].is_group:
        return None
    return found[0], found[1]


#: nouns for officers of whatever body a noun before them names ("union officials", "party officials")
_OFFICERS = frozenset({"official"})


def body_officials(
    parsed: ParsedDoc, tree: Tree, registry: Registry, lo: int, found: tuple[int, SectorNoun]
) -> tuple[int, SectorNoun]:
    """Officials of a body named by the noun before them have its sector: "union officials" (LAB),
    "party officials" (PTY), "company officials" (BUS); "government officials" stay GOV."""
    start, noun = found
    if start <= lo or parsed[start].lemma.lower() not in _OFFICERS:
        return found
    mod = parsed[start - 1]
    body = next((registry.sector_nouns[f] for f in tree.lasts[start - 1] if f in registry.sector_nouns), None)
    if body is None or mod.dep != "compound" or mod.head != start or not (body.is_group or body.owned):
        return found
    if not body.sector or body.is_property or body.needs_owner or body.sector == noun.sector:
        return found
    return start - 1, replace(body, is_group=False, owned=False, local=noun.local)


#: nouns for persons that a body's name makes its members ("senior figures in the army")
_MEMBERS = frozenset({"people", "person", "member", "figure"})


def member_of_body(parsed: ParsedDoc, tree: Tree, registry: Registry, phrase: Phrase) -> bool:
    """Persons named as in or of a body take its sector: "members of the government" (GOV), "senior
    figures in the army" (MIL), "people in the ruling party" (PTY); the phrase spans the body. Whether
    it does."""
    noun = phrase.noun
    if parsed[phrase.head].lemma.lower() not in _MEMBERS or (noun is not None and noun.sector != "CVL"):
        return False
    for k in tree.kids[phrase.head]:
        if k > phrase.head and parsed[k].dep == "prep" and parsed[k].lower in ("in", "of", "within"):
            obj = next((o for o in tree.kids[k] if parsed[o].dep == "pobj"), None)
            body = table_match(tree, tree.left_edge(obj), obj + 1, registry.sector_nouns) if obj else None
            if body is not None and isinstance(body[1], SectorNoun) and body[1].is_group and body[1].sector:
                phrase.noun = replace(body[1], is_group=False, owned=False, local=True)
                phrase.noun_start = phrase.head
                phrase.hi = tree.right_edge(k) + 1
                return True
            return False
    return False


def coordinated_noun(parsed: ParsedDoc, tree: Tree, registry: Registry, phrase: Phrase) -> SectorNoun | None:
    """The sector noun a coordinated modifier makes with the head besides the phrase's own: "military"
    of "UN military and civilian personnel" (MIL, besides CVL): a second actor of the same owners."""
    noun, start, head = phrase.noun, phrase.noun_start, phrase.head
    if noun is None or phrase.office is not None or phrase.name is not None or start >= head:
        return None
    tok = parsed[start]
    first = tok.head
    if tok.dep != "conj" or not phrase.lo <= first < start or parsed[first].head != head:
        return None
    for last in tree.lasts[head]:
        other = registry.sector_nouns.get(tree.words[first] + last)
        if other is not None and other.sector and other.sector != noun.sector:
            return other
    return None


def hyphenated_end(parsed: ParsedDoc, head: int) -> int:
    """The end of a head noun with its hyphenated tail: "secretary-general" parsed as "secretary"."""
    end = head + 1
    while (
        end + 1 < len(parsed)
        and parsed[end].text == "-"
        and not parsed[end - 1].whitespace
        and not parsed[end].whitespace
        and parsed[end + 1].pos in ("NOUN", "PROPN", "ADJ")
    ):
        end += 2
    return end


def office_words(parsed: ParsedDoc, start: int, end: int) -> str:
    """An office as written, singular: "Foreign Ministers" -> "foreign minister"."""
    last = parsed[end - 1]
    text = parsed.span_text(start, end - 1) + parsed[end - 2].whitespace if end - 1 > start else ""
    singular = last.lemma if last.tag in ("NNS", "NNPS") else last.text
    return (text + singular).lower()
