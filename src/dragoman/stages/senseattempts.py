"""An attempted assault is an assault, whether or not it succeeded.

CAMEO codes an attempt on someone's life as an act of its own (185, "attempt to assassinate",
ASSAULT in CAMEO2PLOVER), and the CAMEO manual codes attempted attacks as the attack: the
attempt happened. So an assault in the complement of the noun "attempt" stays asserted when the
attempt failed or was foiled ("an attempt to kill the governor was thwarted"); a foiled plot or
plan is still not done (no attack was made), and a failed attempt at another act ("a failed
attempt to reach agreement") still did not happen (:mod:`.modalcues`).
"""

from __future__ import annotations

from ..lexicon import Trigger, lemma_of
from ..parsed import ParsedDoc
from ..schema import EventType, Modality
from .modalcues import ATTEMPT_NOUNS, ModalityCue, infinitive_noun


def _attempt_noun(parsed: ParsedDoc, verb: int) -> bool:
    """True when the verb heads the to-infinitive of an attempt noun ("an attempt to kill", "foiled an
    attempt | to kill")."""
    noun = infinitive_noun(parsed, verb)
    return noun is not None and lemma_of(noun) in ATTEMPT_NOUNS


def attempted_assault(parsed: ParsedDoc, trig: Trigger, cue: ModalityCue) -> ModalityCue:
    """The cue of an assault whose failed or foiled attempt the text reports: asserted (rule
    ``attempt:<old rule>``); any other cue unchanged."""
    if trig.entry.event is not EventType.ASSAULT or cue.modality is not Modality.NEGATED:
        return cue
    if not _attempt_noun(parsed, trig.head):  # "foiled a plot to bomb": no attack was made
        return cue
    return ModalityCue(Modality.ASSERTED, f"attempt:{cue.rule}")
