"""Ordinary senses of aid and clash words in general news, told by their object or their parties.

* what a party "funds" or "finances" that is its own plan, pledge or spending ("a tax rise to
  finance a series of pledges", "will fund his spending plans") is budgeting, not aid to another;
* a clash of politicians, candidates or leaders ("the two party leaders clashed on television") is a
  quarrel in words, not an assault; armed or crowded parties clash with force;
* a blow that "hits home" or strikes a shot or a chord ("the attacks were hitting home", "struck a
  forehand") is an effect or a stroke, not an assault;
* walking out of a show, a concert or a shop ("the singer walked out of the show") is leaving a
  work or a venue, not a strike.

The word lists are dragoman's own (``data/senses.tsv``).
"""

from __future__ import annotations

from ..lexicon import Kind, Trigger, lemma_in
from ..parsed import ParsedDoc, Token
from ..schema import EventType
from .figurative import sense_lists

#: possessives of a party's own plans: "his spending plans"
_OWN = frozenset({"his", "her", "its", "their", "our", "my", "own"})
#: prepositions of a beneficiary: "fund schools in Kenya", "finance a road for Ghana"
_BENEFICIARY = frozenset({"for", "to", "in", "of"})


def _plan(parsed: ParsedDoc, tok: Token) -> bool:
    """A commitment noun ("pledges", "spending plans"), or a quantity "of" them ("a series of
    pledges"); one with a beneficiary ("plans for Kenya") is not the party's own."""
    plans = sense_lists()["commitments"]
    if tok.pos != "NOUN":
        return False
    if lemma_in(tok, plans):
        return not any(
            c.dep == "prep" and c.lower in _BENEFICIARY and c.lower != "of" for c in parsed.children(tok.i)
        )
    preps = [p for p in parsed.children(tok.i) if p.dep == "prep" and p.lower == "of"]
    return any(g.pos == "NOUN" and lemma_in(g, plans) for p in preps for g in parsed.children(p.i))


def funded_plan(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a verb of aid (AID) has a plan, a pledge or spending for object ("to finance a
    series of pledges", "fund his spending plans"): budgeting, not aid."""
    if trig.entry.kind is Kind.NOUN or trig.entry.event is not EventType.AID:
        return False
    objects = [c for c in parsed.children(trig.head) if c.dep in ("dobj", "nsubjpass")]
    return any(_plan(parsed, o) for o in objects)


def _clash_parties(parsed: ParsedDoc, verb: int) -> list[Token]:
    subjects = [c for c in parsed.children(verb) if c.dep == "nsubj"]
    withs = [p for p in parsed.children(verb) if p.dep == "prep" and p.lower == "with"]
    return subjects + [g for p in withs for g in parsed.children(p.i) if g.dep == "pobj"]


def politicians_clash(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when every party of a "clash" verb (ASSAULT) is a politician or a leader ("the two
    party leaders clashed", "the senator clashed with the minister"): a quarrel in words."""
    tok = parsed[trig.head]
    if trig.entry.kind is Kind.NOUN or trig.entry.event is not EventType.ASSAULT:
        return False
    if tok.lemma.lower() != "clash":
        return False
    parties = _clash_parties(parsed, tok.i)
    names = sense_lists()["politicians"]
    return bool(parties) and all(p.pos == "NOUN" and lemma_in(p, names) for p in parties)


def _owned(parsed: ParsedDoc, tok: Token) -> bool:
    return any(c.dep in ("poss", "det", "amod", "compound") for c in parsed.children(tok.i))


def hit_home(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a verb of assault "hits home" or has a stroke for object ("were hitting home",
    "struck a sweet forehand", "strike a chord"): an effect or a stroke."""
    if trig.entry.kind is Kind.NOUN or trig.entry.event is not EventType.ASSAULT:
        return False
    for child in parsed.children(trig.head):
        if (
            child.dep in ("advmod", "dobj", "npadvmod")
            and child.lower == "home"
            and not _owned(parsed, child)
        ):
            return True  # "hitting home", not "hit his home"
        if child.dep == "dobj" and child.pos == "NOUN" and lemma_in(child, sense_lists()["strokes"]):
            return True
    return False


def left_venue(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when "walk out" (PROTEST) is "of" a work or a venue ("walked out of the show")."""
    tok = parsed[trig.head]
    if trig.entry.event is not EventType.PROTEST or tok.lemma.lower() != "walk":
        return False
    lists = sense_lists()
    places = lists["works"] | lists["venues"]
    for out in parsed.children(tok.i):
        ofs = [out, *parsed.children(out.i)] if out.lower == "out" else [out]
        for prep in ofs:
            if prep.dep == "prep" and prep.lower == "of":
                if any(g.pos == "NOUN" and lemma_in(g, places) for g in parsed.children(prep.i)):
                    return True
    return False


_RULES = (funded_plan, politicians_clash, hit_home, left_venue)


def ordinary_sense(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True for a party's own plan funded, a clash of politicians, a blow that hits home or a stroke,
    or a walk out of a show (see the module doc)."""
    return any(rule(parsed, trig) for rule in _RULES)
