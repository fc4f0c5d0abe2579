"""The actor of an act inside a plot, plan or attempt ("a plot to bomb X", "an attempt to kill Y").

The one who plots is the actor, not whoever stops the plot: the plot's owner when the text names
one ("the rebels' plot to", "an attempt by X to", "an al-Shabaab plot to"); the subject of a verb
of doing over the noun ("made an attempt to kill", "launched a bid to"); nobody when the noun is
the object of a verb of stopping or finding out ("police foiled a plot to bomb": not the police).
Any other case is left to the general rules (None).
"""

from __future__ import annotations

from ..lexicon import lemma_in, lemma_of
from ..parsed import ParsedDoc, Token
from .modalcues import infinitive_noun
from .rolerules import children_of, prep_objects

__all__ = ["plot_actor", "plot_noun"]

#: nouns of a scheme to act: their infinitive's actor is their owner
_SCHEMES = frozenset("plot plan attempt bid scheme conspiracy effort".split())
#: verbs whose subject carries out the scheme it governs ("made an attempt to")
_DOING = frozenset("make launch mount stage carry lead hatch undertake organise organize".split())
#: verbs whose subject stops or uncovers the scheme: never its actor
_STOPPING = frozenset(
    "foil thwart prevent stop uncover detect block disrupt smash bust crush frustrate avert halt expose "
    "discover defeat repel repulse".split()
)


def plot_noun(parsed: ParsedDoc, verb: int) -> Token | None:
    """The scheme noun whose "to" infinitive ``verb`` heads ("a plot | to bomb", "foiled a plot | to
    bomb")."""
    noun = infinitive_noun(parsed, verb)
    return noun if noun is not None and lemma_of(noun) in _SCHEMES else None


def plot_actor(parsed: ParsedDoc, verb: int) -> list[int] | None:
    """The actor tokens of an act a scheme noun aims at: its owner, the subject of a verb of doing
    over it, none ([]) under a verb of stopping; None when no rule applies."""
    noun = plot_noun(parsed, verb)
    if noun is None:
        return None
    owner = children_of(parsed, noun.i, ("poss",)) or prep_objects(parsed, noun.i, ("by",))
    owner = owner or [c.i for c in parsed.children(noun.i) if c.dep == "compound" and c.pos == "PROPN"]
    if owner:
        return owner
    if noun.head == noun.i:
        return None
    gov = parsed[noun.head]
    if noun.dep in ("dobj", "nsubjpass") and lemma_in(gov, _STOPPING):
        return []
    if noun.dep == "dobj" and lemma_in(gov, _DOING):
        subj = children_of(parsed, gov.i, ("nsubj",))
        return subj or None
    return None
