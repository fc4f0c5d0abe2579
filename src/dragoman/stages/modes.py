"""A mode from the event's participants: "Israeli warplanes struck ..." is an aerial ASSAULT,
"deployed 400 police officers" a MOBILIZE of police, though "strike" and "deploy" say neither.

The lexicon's ``@mode:TYPE:MODE`` word lists name the participants (``Lexicon.instruments``). They
refine an entry that gives no mode or a generic one (an explosion, small arms, troops), never
another type, and never an entry's specific mode ("air strike" stays aerial).
"""

from __future__ import annotations

from ..lexicon import Kind, Lexicon, Trigger, lemma_of
from ..parsed import ParsedDoc
from .roles import subject_of

#: entry modes a participant may refine, and the modes it may refine them to
_GENERIC = frozenset({"explosives", "firearms", "troops", "heavy-weapons"})
_SPECIFIC = frozenset({"aerial", "drone", "police", "weapons", "heavy-weapons"})
#: the participants' dependents whose lemmas count ("Israeli warplanes", "police officers")
_PARTS = frozenset({"nsubj", "nsubjpass", "dobj", "compound"})


def participant_lemmas(parsed: ParsedDoc, trig: Trigger) -> set[str]:
    """Lemmas of the trigger's subject, agent, object and instrument heads and their compounds."""
    heads: list[int] = []
    verb = trig.head
    if trig.entry.kind is Kind.NOUN:
        heads += [c.i for c in parsed.children(verb) if c.dep in ("compound", "amod", "nmod")]
        tok = parsed[verb]
        if tok.dep in ("dobj", "nsubjpass") and tok.head != tok.i:
            verb = tok.head
    subj, _ = subject_of(parsed, verb)
    heads += subj
    for child in parsed.children(verb):
        if child.dep in _PARTS:
            heads.append(child.i)
        elif child.dep in ("agent", "prep") and child.lower in ("by", "with"):
            heads += [g.i for g in parsed.children(child.i) if g.dep == "pobj"]
    lemmas = {lemma_of(parsed[i]) for i in heads}
    lemmas |= {lemma_of(c) for i in heads for c in parsed.children(i) if c.dep == "compound"}
    return lemmas


def refined_mode(parsed: ParsedDoc, trig: Trigger, lexicon: Lexicon) -> str | None:
    """The entry's mode, or the one its participants give when the entry's is absent or generic."""
    mode = trig.entry.mode
    if mode is not None and mode not in _GENERIC:
        return mode
    found = lexicon.instrument_mode(trig.entry.event, participant_lemmas(parsed, trig))
    if found is None or (mode is not None and found not in _SPECIFIC) or found == mode:
        return mode
    return found
