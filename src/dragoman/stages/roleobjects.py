"""Objects that stand for another party than their own words say.

* a relative pronoun object stands for the noun its clause modifies: "the engineers, whom they had
  taken hostage" takes the engineers (:func:`antecedents`);
* the movement, travel or entry of a party is that party's: "lifted curbs on the travel of
  Afghan students" lifts them for the students (:func:`movers`);
* the object of a verb of joining is a fellow actor, not the one addressed: "marched, joining
  striking nurses in calling for X" (:func:`joined`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..parsed import ParsedDoc
from .rolerules import children_of, prep_objects

#: relative pronouns that can be a clause's object
_RELATIVE_OBJECTS = frozenset({"whom", "who", "which", "that"})
#: nouns of a party's going somewhere, whose "of" phrase names the party
_MOVES = frozenset("movement travel entry passage transit".split())
#: verbs whose object acts with their subject
_JOINING = frozenset("join accompany".split())


def antecedents(parsed: ParsedDoc, verb: int, loose: set[int]) -> list[int]:
    """The direct objects of ``verb`` not in ``loose``, a relative pronoun replaced by the noun its
    relative clause modifies ("the two men, whom police had arrested": "men")."""
    tok = parsed[verb]
    relative = tok.dep == "relcl" and tok.head != verb
    return [
        tok.head if relative and parsed[o].lower in _RELATIVE_OBJECTS else o
        for o in children_of(parsed, verb, ("dobj",))
        if o not in loose
    ]


def movers(parsed: ParsedDoc, toks: Sequence[int]) -> list[int]:
    """``toks`` with a noun of movement that has an "of" phrase replaced by its object ("the travel of
    Afghan students": "students")."""
    out: list[int] = []
    for i in toks:
        owners = prep_objects(parsed, i, ("of",)) if parsed[i].lemma.lower() in _MOVES else []
        out.extend(owners or [i])
    return out


def joined(parsed: ParsedDoc, clauses: Sequence[int]) -> tuple[set[int], list[int]]:
    """The objects of the verbs of joining among ``clauses`` ("joining striking nurses"):
    fellow actors, which a recipient search does not enter; and the acts they were joined in ("in
    demanding X"), which it searches."""
    joins = [c for c in clauses if parsed[c].lemma.lower() in _JOINING]
    fellows = {o for c in joins for o in children_of(parsed, c, ("dobj",))}
    acts = [
        a
        for c in joins
        for p in children_of(parsed, c, ("prep",))
        if parsed[p].lower == "in"
        for a in children_of(parsed, p, ("pcomp",))
    ]
    return fellows, acts
