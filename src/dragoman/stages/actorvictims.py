"""Countries of bare actors from the actors around them: "doctors from two American aid groups" (the
groups' country), and a bare number a result clause kills or wounds ("jets bombed rebel bases in Iraq,
killing 30"): the country of the main clause's target, never the attackers' by context."""

from __future__ import annotations

from ..parsed import ParsedDoc

__all__ = ["from_actor", "harm_victim", "struck_code"]


def from_actor(parsed: ParsedDoc, head: int, kids: dict[int, list[int]], coded: dict[int, str]) -> str | None:
    """The country of the actor a bare noun comes "from": "doctors from two American aid groups" (USA)."""
    for prep in kids.get(head, ()):
        if parsed[prep].dep == "prep" and parsed[prep].lower == "from":
            for obj in kids.get(prep, ()):
                if parsed[obj].dep != "pobj":
                    continue
                codes = {coded[obj]} if obj in coded else _owner_codes(parsed, obj, kids, coded)
                if len(codes) == 1:  # "soldiers from a Nigerian battalion"
                    return next(iter(codes))
    return None


#: verbs of a result clause whose bare number object is the main clause's victims ("..., killing 50")
_HARM = frozenset({"kill", "wound", "injure", "hurt", "maim"})
#: prepositions that name the target of the main clause ("fire against the camps", "strikes on X")
_AT = frozenset({"against", "on", "at", "into"})


def struck_code(
    parsed: ParsedDoc, head: int, kids: dict[int, list[int]], coded: dict[int, str], places: dict[int, str]
) -> str | None:
    """The one country of the main clause's target, for a bare number a result clause kills or wounds:
    "jets bombed rebel bases in Iraq, killing 30" (IRQ); none when the target names two or none."""
    if not harm_victim(parsed, head):
        return None
    verb = parsed[head].head
    while parsed[verb].dep == "conj" and parsed[verb].head != verb:  # "killing or wounding 50"
        verb = parsed[verb].head
    main = parsed[verb].head
    # the target and the place of the attack: "struck a market in Yemen"
    todo = [k for k in kids.get(main, ()) if parsed[k].dep == "dobj" or _at_prep(parsed, k)]
    todo.extend(k for k in kids.get(main, ()) if _in_prep(parsed, k))
    codes: set[str] = set()
    while todo:
        k = todo.pop()
        if k in coded or k in places:
            codes.add(coded.get(k) or places[k])
            continue
        owners = _owner_codes(parsed, k, kids, coded)
        codes.update(owners)  # "Ukrainian trenches", "Somali militia positions"
        todo.extend(c for c in kids.get(k, ()) if parsed[c].dep in ("conj", "pobj") or _at_prep(parsed, c))
        todo.extend(c for c in kids.get(k, ()) if not owners and _in_prep(parsed, c))
    return next(iter(codes)) if len(codes) == 1 else None


def harm_victim(parsed: ParsedDoc, head: int) -> bool:
    """Whether a bare number is the object of a result clause: "..., killing or wounding 50"."""
    verb = parsed[head].head
    if parsed[head].dep != "dobj" or parsed[verb].lemma.lower() not in _HARM:
        return False
    while parsed[verb].dep == "conj" and parsed[verb].head != verb:
        verb = parsed[verb].head
    return parsed[verb].dep == "advcl" and parsed[verb].tag == "VBG"


def _owner_codes(parsed: ParsedDoc, head: int, kids: dict[int, list[int]], coded: dict[int, str]) -> set[str]:
    """The countries of the actors that qualify a noun: "Ukrainian trenches", "a Nigerian battalion"."""
    return {coded[c] for c in kids.get(head, ()) if parsed[c].dep in _OWNERS and c in coded}


def _at_prep(parsed: ParsedDoc, k: int) -> bool:
    return parsed[k].dep == "prep" and parsed[k].lower in _AT


def _in_prep(parsed: ParsedDoc, k: int) -> bool:
    return parsed[k].dep == "prep" and parsed[k].lower == "in"


#: dependents of a target noun that name its owner ("Ukrainian trenches", "the army's bases")
_OWNERS = frozenset({"amod", "compound", "nmod", "poss"})
