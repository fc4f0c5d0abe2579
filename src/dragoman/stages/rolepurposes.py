"""What an act is for, when the parse puts the aim outside the trigger's own clauses.

* an act done "in a bid to", "as part of a drive to" do something has that aim: the parties of the
  aim are whom the act addresses ("collected signatures as part of a campaign to persuade the
  parliament": the parliament) (:func:`campaign_aims`);
* an act that is the purpose of sending someone somewhere is done there: "sent a team to Iraq to
  investigate" investigates in Iraq, whose country is the recipient when the act names none
  (:func:`sent_to`).
"""

from __future__ import annotations

from ..lexicon import Trigger, lemma_in
from ..parsed import ParsedDoc
from .rolerules import children_of, prep_objects

#: nouns of a concerted effort toward an aim ("a drive to", "a bid to", "a campaign to")
_CAMPAIGNS = frozenset("drive campaign effort bid push attempt move".split())
#: verbs of sending people, whose "to" phrase is where the purpose of the sending is carried out
_SENDING = frozenset("send dispatch despatch deploy fly".split())


def campaign_aims(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The infinitive clauses of a campaign noun that the trigger (or the verb whose object it is)
    is done in or as part of ("in a bid to force X", "as part of a drive to convince X")."""
    holders = [trig.head] + ([trig.noun] if trig.noun is not None else [])
    tok = parsed[trig.head]
    if tok.dep in ("dobj", "xcomp") and tok.head != tok.i:
        holders.append(tok.head)
    out: list[int] = []
    for holder in holders:
        for noun in prep_objects(parsed, holder, ("in", "as")):
            nouns = [noun, *prep_objects(parsed, noun, ("of",))] if parsed[noun].lower == "part" else [noun]
            for campaign in nouns:
                if lemma_in(parsed[campaign], _CAMPAIGNS):
                    aims = children_of(parsed, campaign, ("acl", "relcl"))
                    out += [c for c in aims if _infinitive(parsed, c)]
    return out


def sent_to(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The destination of the sending whose purpose the trigger states ("sent 20 experts to Bosnia
    to investigate": "Bosnia"); empty when the trigger is no such purpose."""
    tok = parsed[trig.head]
    if tok.dep not in ("advcl", "xcomp") or tok.head == tok.i or not _infinitive(parsed, tok.i):
        return []
    if not lemma_in(parsed[tok.head], _SENDING):
        return []
    sent = children_of(parsed, tok.head, ("dobj",))  # "a team of experts to X": the parse's "to" is on theirs
    holders = [tok.head, *sent, *(o for s in sent for o in prep_objects(parsed, s, ("of",)))]
    return [i for h in holders for i in prep_objects(parsed, h, ("to", "into"))]


def _infinitive(parsed: ParsedDoc, verb: int) -> bool:
    return parsed[verb].pos in ("VERB", "AUX") and any(c.tag == "TO" for c in parsed.children(verb))
