"""The country a bare actor belongs to: "Police in Kenya", "lawmakers", "the government".

A sector noun or office without an owner ("police", "protesters", "lawmakers", "the defence ministry")
takes a country from its context, first found of:

1. a place attached to it or to its conjuncts: "Police in Kenya", "Refugees from Sudan", "Teachers and
   doctors in Nigeria";
2. the one country of the state actors of its sentence (governments, officials, forces, registry
   people; not civilians, refugees, journalists, armed groups, criminals or organisations): "Myanmar's
   army bombed a village held by rebels";
3. the one country its sentence names as a place: "Gunmen attacked a convoy in northern Mali";
4. the one country the previous sentence names as a place, then the one country of its state actors:
   "Ruto arrived in Washington. He will meet lawmakers" (USA).

Two countries at one step leave the actor without one ("Kenyan and Ugandan police arrested 30
suspects"). Nouns marked ``none`` in ``sector_nouns.tsv`` (journalists, hostages, crowds, donors, allies,
aid workers) never take one, nor nouns qualified as foreign ("foreign forces"). A plural noun that is
an actor only with an owner ("opposition parties", "labour unions") is kept only when its context gives
it a country. A definite description keeps the country found as ``context``: coreference uses it when
no earlier actor fits ("the government" -> that country's government, "the minister" -> the minister
of that country).

A named person with a title but no country ("Foreign Minister Ana Ruiz said Paraguay ...") takes
the country of steps 2 to 4 the same way, at lower confidence; when none gives one, the country of the
article's dateline if the caller passes it ("President X" in a story datelined Kinshasa), and only then.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..parsed import ParsedDoc
from ..registry import Registry
from .names import is_locative
from .refs import Found, Ref

__all__ = ["localise", "with_country"]

#: sectors whose actors do not speak for a country's context
_NOT_STATE = frozenset({"CVL", "REF", "JRN", "PRM", "REB", "UAF", "CRM"})
_OWN_PREPS = frozenset({"in", "from", "at"})


def localise(
    parsed: ParsedDoc,
    found: Sequence[Found],
    *,
    registry: Registry,
    country_heads: dict[int, str],
    dateline: str | None = None,
) -> list[Found]:
    """``found`` with a country for each bare actor whose context gives one; a named title-holder
    without one takes the ``dateline`` country last."""
    kids: dict[int, list[int]] = {}
    for tok in parsed.tokens:
        if tok.head != tok.i:
            kids.setdefault(tok.head, []).append(tok.i)
    places: dict[int, list[str]] = {}
    for head, code in country_heads.items():
        if is_locative(parsed, head):
            places.setdefault(parsed[head].sent, []).append(code)
    out = list(found)
    for n, item in enumerate(out):
        if item.local:
            own = _own_place(parsed, item.head, kids, country_heads)
            if own is not None:
                out[n] = with_country(parsed, item, own, registry)
    for n, item in enumerate(out):
        if item.local and item.ref.entity.code is None:
            near = _sentence_code(parsed, item, out, places, registry)
            if near is None and dateline is not None and item.ref.person and item.ref.names:
                near = dateline if registry.country(dateline) is not None else None
            if near is not None:
                out[n] = with_country(parsed, item, near, registry)
    # a noun that is an actor only with an owner ("opposition parties") needs a country from its context
    return [f for f in out if f.rule != "owned"]


def _own_place(parsed: ParsedDoc, head: int, kids: dict[int, list[int]], heads: dict[int, str]) -> str | None:
    root = head
    while parsed[root].dep == "conj" and parsed[root].head != root:
        root = parsed[root].head
    members = [root, *(k for k in kids.get(root, ()) if parsed[k].dep == "conj")]
    for member in members:
        for prep in kids.get(member, ()):
            if parsed[prep].dep != "prep" or parsed[prep].lower not in _OWN_PREPS:
                continue
            for obj in kids.get(prep, ()):
                if parsed[obj].dep == "pobj" and obj in heads:
                    return heads[obj]
    return None


def _state_codes(parsed: ParsedDoc, sent: int, found: Sequence[Found], registry: Registry) -> set[str]:
    codes = set()
    for item in found:
        entity = item.ref.entity
        if (
            parsed[item.head].sent == sent
            and entity.code is not None
            and item.rule != "description"
            and (entity.sector == "GOV" or not item.ref.key.startswith(("group:", "organisation:")))
            and entity.sector not in _NOT_STATE
            and registry.country(entity.code) is not None
        ):
            codes.add(entity.code)
    return codes


def _sentence_code(
    parsed: ParsedDoc, item: Found, found: Sequence[Found], places: dict[int, list[str]], registry: Registry
) -> str | None:
    sent = parsed[item.head].sent
    steps = (
        _state_codes(parsed, sent, found, registry),
        set(places.get(sent, ())),
        set(places.get(sent - 1, ())),
        _state_codes(parsed, sent - 1, found, registry) if sent > 0 else set(),
    )
    for codes in steps:
        if len(codes) == 1:
            return next(iter(codes))
        if len(codes) > 1:
            return None
    return None


def with_country(parsed: ParsedDoc, item: Found, code: str, registry: Registry) -> Found:
    """The bare actor as that country's: "police" in Kenya -> "Kenyan police" (KEN COP); a description
    keeps the country as its ``context`` until coreference has looked for an antecedent."""
    if item.rule == "description" and item.context is None:
        return replace(item, context=code)
    country = registry.country(code)
    if country is None:
        return item
    entity = item.ref.entity
    rule = "sector+context" if item.rule == "owned" else f"{item.rule}+context"
    if item.ref.person and item.ref.names and not item.plural:  # "Minister Ana Ruiz said Paraguay ..."
        item.ref.entity = replace(entity, code=code)
        return replace(item, rule=rule, confidence=round(item.confidence * 0.8, 3))
    sector = entity.sector
    adjective = (country.adjectives or (country.name,))[0]
    words = parsed.span_text(item.head, item.head + 1).lower()
    name = f"{adjective} {words}"
    new = replace(entity, code=code, entity_name=name, rule=rule)
    # "the minister" in a story about Kenya is the office of Kenya ("minister of Kenya")
    if item.ref.role is not None and entity.office and (item.rule == "description" or not item.plural):
        name = f"{entity.office} of {country.name}"
        key = f"office:{country.name}:{item.ref.role}" + (":pl" if item.plural else "")
        new = replace(new, entity_name=name)
        ref = Ref(key, new, "person", item.ref.person, item.ref.gender, item.plural, role=item.ref.role)
    elif (
        sector == "GOV" and item.ref.kind in ("sector", "group") and not item.plural and item.ref.role is None
    ):
        ref = Ref(
            f"{country.key}|GOV", replace(new, entity_name=country.name), "country", False, registry=True
        )
    else:
        key = f"sector:{code}:{sector}:{item.ref.role or ''}"
        ref = Ref(key, new, item.ref.kind, item.ref.person, item.ref.gender, item.plural, role=item.ref.role)
        ref.names = [name]
    return replace(item, ref=ref, rule=rule, confidence=round(item.confidence * 0.9 + 0.1, 3))
