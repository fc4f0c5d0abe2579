"""The PLOVER 2.0 ontology: event types, their modes, contexts, and CAMEO equivalents.

Data, not logic. :data:`TABLE` gives for every (type, mode) the nearest CAMEO 1.1b3
code, its quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
4 material conflict) and an intensity on the Goldstein scale (-10 most conflictual to
+10 most cooperative).

Sources: the PLOVER manual (Open Event Data Alliance, draft 0.8 2021 and 2.0), its
CAMEO-to-PLOVER conversion table (openeventdata/PLOVER, ``CAMEO2PLOVER``), the CAMEO
1.1b3 codebook (Schrodt 2012) and the Goldstein (1992) conflict-cooperation scale as
published with CAMEO. Where PLOVER 2.0 defines no modes for a type (AGREE, SUPPORT,
CONCEDE, COOPERATE, AID) the distinctions are carried by contexts, as in the manual.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ConfigError
from .schema import EventType, Modality

T = EventType

#: the modes of each PLOVER 2.0 event type
MODES: dict[EventType, tuple[str, ...]] = {
    T.AGREE: (),
    T.CONSULT: ("visit", "third-party", "multilateral", "phone"),
    T.SUPPORT: (),
    T.CONCEDE: (),
    T.COOPERATE: (),
    T.AID: (),
    T.RETREAT: ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    T.REQUEST: ("assist", "change", "yield", "meet"),
    T.ACCUSE: ("disapprove", "investigate", "allege"),
    T.REJECT: ("assist", "change", "yield", "meet"),
    T.THREATEN: ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    T.PROTEST: ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    T.SANCTION: ("convict", "expel", "withdraw", "discontinue"),
    T.MOBILIZE: ("troops", "weapons", "police", "militia"),
    T.COERCE: (
        "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
        "withhold", "misinformation", "cyber",
    ),
    T.ASSAULT: (
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
        "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
        "unconventional",
    ),
}  # fmt: skip

#: PLOVER 2.0 contexts (the manual's list, snake_case)
CONTEXTS: frozenset[str] = frozenset(
    """political political_institutions elections legislative executive legal human_rights rights_freedoms
    pro_democracy pro_autocracy diplomatic international military peacekeeping terrorism cbrn intelligence
    cyber crime corruption economic trade resources environment disasters health humanitarian refugees
    asylum migration human_security religion_ethnicity gender labor technology territory protest
    """.split()
)


@dataclass(frozen=True)
class OntologyEntry:
    """One row of the ontology: a PLOVER (type, mode) and its CAMEO equivalent."""

    event: EventType
    mode: str | None
    cameo: str
    quad_code: int
    intensity: float
    description: str


def _e(
    event: EventType, mode: str | None, cameo: str, quad: int, intensity: float, desc: str
) -> OntologyEntry:
    return OntologyEntry(event, mode, cameo, quad, intensity, desc)


#: (type, mode) -> nearest CAMEO code, quad class, intensity; mode None is the type's base row
TABLE: tuple[OntologyEntry, ...] = (
    _e(T.AGREE, None, "030", 1, 4.0, "agree, express intent to cooperate, sign or reach an agreement"),
    _e(T.CONSULT, None, "040", 1, 1.0, "consult, meet, discuss, negotiate"),
    _e(T.CONSULT, "visit", "042", 1, 1.9, "make a visit (host a visit: 043)"),
    _e(T.CONSULT, "third-party", "044", 1, 2.5, "meet at a third location"),
    _e(T.CONSULT, "multilateral", "044", 1, 2.5, "multilateral meeting, summit"),
    _e(T.CONSULT, "phone", "041", 1, 1.0, "discuss by telephone"),
    _e(T.SUPPORT, None, "051", 1, 3.4, "praise, endorse, back, recognise"),
    _e(T.CONCEDE, None, "080", 2, 5.0, "yield, ease restrictions, apologise, compensate"),
    _e(T.COOPERATE, None, "060", 2, 6.0, "engage in material cooperation"),
    _e(T.AID, None, "070", 2, 7.0, "provide aid"),
    _e(T.RETREAT, None, "084", 2, 7.0, "retreat, return property or territory (0842)"),
    _e(T.RETREAT, "withdraw", "0872", 2, 9.0, "withdraw forces, ease a blockade"),
    _e(T.RETREAT, "release", "0841", 2, 7.0, "release persons"),
    _e(T.RETREAT, "disarm", "0873", 2, 9.0, "disarm, demobilise"),
    _e(T.RETREAT, "ceasefire", "0871", 2, 9.0, "declare a truce or ceasefire"),
    _e(T.RETREAT, "access", "086", 2, 9.0, "allow international involvement, access"),
    _e(T.RETREAT, "resign", "0831", 2, 5.0, "resign, step down"),
    _e(T.REQUEST, None, "100", 3, -5.0, "demand, request"),
    _e(T.REQUEST, "assist", "103", 1, 3.4, "appeal for aid or cooperation"),
    _e(T.REQUEST, "change", "104", 3, -5.0, "demand political or policy change"),
    _e(T.REQUEST, "yield", "105", 3, -5.0, "demand that the target yield or release"),
    _e(T.REQUEST, "meet", "106", 1, 3.0, "call for a meeting or negotiation"),
    _e(T.ACCUSE, None, "112", 3, -2.0, "accuse"),
    _e(T.ACCUSE, "disapprove", "111", 3, -2.0, "criticise, condemn, denounce"),
    _e(T.ACCUSE, "investigate", "090", 3, -2.0, "investigate"),
    _e(T.ACCUSE, "allege", "112", 3, -2.0, "allege, accuse of wrongdoing"),
    _e(T.REJECT, None, "120", 3, -4.0, "reject, refuse"),
    _e(T.REJECT, "assist", "121", 3, -4.0, "reject material cooperation or aid"),
    _e(T.REJECT, "change", "123", 3, -4.0, "reject demands for change"),
    _e(T.REJECT, "yield", "124", 3, -4.0, "decline to yield, veto"),
    _e(T.REJECT, "meet", "125", 3, -5.0, "reject a proposal to meet or negotiate"),
    _e(T.THREATEN, None, "130", 3, -4.4, "threaten, warn"),
    _e(T.THREATEN, "restrict", "1312", 3, -5.8, "threaten sanctions, embargo, blockade, bans"),
    _e(T.THREATEN, "arrest", "132", 3, -5.8, "threaten arrest or prosecution"),
    _e(T.THREATEN, "relations", "1313", 3, -5.8, "threaten to reduce relations, ultimatum"),
    _e(T.THREATEN, "expel", "136", 3, -5.8, "threaten to expel"),
    _e(T.THREATEN, "territory", "1382", 3, -7.0, "threaten occupation"),
    _e(T.THREATEN, "violence", "138", 3, -7.0, "threaten military force or violence"),
    _e(T.PROTEST, None, "140", 3, -6.5, "engage in political dissent"),
    _e(T.PROTEST, "demo", "141", 3, -6.5, "demonstrate, rally, march"),
    _e(T.PROTEST, "riot", "145", 4, -7.5, "riot, protest violently"),
    _e(T.PROTEST, "strike", "143", 3, -6.5, "strike"),
    _e(T.PROTEST, "hunger", "142", 3, -6.5, "hunger strike"),
    _e(T.PROTEST, "boycott", "143", 3, -6.5, "boycott"),
    _e(T.PROTEST, "obstruct", "144", 4, -7.5, "obstruct passage, blockade, sit-in"),
    _e(T.PROTEST, "vandalize", "145", 4, -7.5, "vandalise property in protest"),
    _e(T.SANCTION, None, "160", 4, -4.0, "reduce relations, sanction"),
    _e(T.SANCTION, "convict", "116", 3, -2.0, "convict, sentence"),
    _e(T.SANCTION, "expel", "166", 4, -7.0, "expel diplomats, observers, agencies"),
    _e(T.SANCTION, "withdraw", "161", 4, -4.0, "break or reduce relations, recall envoys"),
    _e(T.SANCTION, "discontinue", "162", 4, -5.6, "reduce or stop aid"),
    _e(T.MOBILIZE, None, "150", 4, -7.2, "demonstrate military or police power"),
    _e(T.MOBILIZE, "troops", "154", 4, -7.2, "mobilise or deploy armed forces"),
    _e(T.MOBILIZE, "weapons", "152", 4, -7.2, "move or test weapons, raise alert"),
    _e(T.MOBILIZE, "police", "153", 4, -7.2, "mobilise police"),
    _e(T.MOBILIZE, "militia", "154", 4, -7.2, "mobilise militias"),
    _e(T.COERCE, None, "170", 4, -7.0, "coerce"),
    _e(T.COERCE, "seize", "1711", 4, -9.2, "seize or confiscate property, occupy"),
    _e(T.COERCE, "restrict", "172", 4, -5.0, "impose restrictions, embargo, blockade, bans (1722)"),
    _e(T.COERCE, "censor", "1721", 4, -5.0, "censor, restrict speech"),
    _e(T.COERCE, "curfew", "1723", 4, -5.0, "impose a curfew"),
    _e(T.COERCE, "martial-law", "1724", 4, -5.0, "impose a state of emergency or martial law"),
    _e(T.COERCE, "arrest", "173", 4, -5.0, "arrest, detain, charge"),
    _e(T.COERCE, "deport", "174", 4, -5.0, "expel or deport individuals"),
    _e(T.COERCE, "withhold", "172", 4, -5.0, "withhold services, cut supplies"),
    _e(T.COERCE, "misinformation", "170", 4, -7.0, "spread disinformation"),
    _e(T.COERCE, "cyber", "176", 4, -7.0, "cyber attack, hacking"),
    _e(T.ASSAULT, None, "190", 4, -10.0, "use conventional military force"),
    _e(T.ASSAULT, "abduct", "181", 4, -9.0, "abduct, hijack, take hostage"),
    _e(T.ASSAULT, "beat", "182", 4, -9.5, "physically assault"),
    _e(T.ASSAULT, "torture", "1822", 4, -9.5, "torture"),
    _e(T.ASSAULT, "sexual", "1821", 4, -9.5, "sexually assault"),
    _e(T.ASSAULT, "targeted", "186", 4, -10.0, "assassinate, targeted killing"),
    _e(T.ASSAULT, "destroy", "1712", 4, -9.2, "destroy property, arson"),
    _e(T.ASSAULT, "primitive", "1823", 4, -10.0, "kill with knives, machetes, stones"),
    _e(T.ASSAULT, "firearms", "193", 4, -10.0, "fight with small arms"),
    _e(T.ASSAULT, "explosives", "183", 4, -10.0, "bombing, IED, car bomb"),
    _e(T.ASSAULT, "suicide-attack", "1831", 4, -10.0, "suicide bombing"),
    _e(T.ASSAULT, "aerial", "195", 4, -10.0, "air strikes, aerial weapons"),
    _e(T.ASSAULT, "drone", "195", 4, -10.0, "drone strikes"),
    _e(T.ASSAULT, "heavy-weapons", "194", 4, -10.0, "artillery, shelling, tanks, missiles"),
    _e(T.ASSAULT, "crowd-control", "175", 4, -9.0, "tear gas, rubber bullets, violent repression"),
    _e(T.ASSAULT, "unconventional", "204", 4, -10.0, "weapons of mass destruction"),
)

_INDEX: dict[tuple[EventType, str | None], OntologyEntry] = {(e.event, e.mode): e for e in TABLE}


def code(event: EventType | str, mode: str | None = None) -> OntologyEntry:
    """The ontology row for a PLOVER ``event`` type and ``mode`` (``None``: the type's base row).

    Raises :class:`~dragoman.errors.ConfigError` for an unknown type or a mode the type lacks.
    """
    try:
        etype = EventType(event)
    except ValueError as exc:
        raise ConfigError(f"unknown PLOVER event type {event!r}") from exc
    if mode is not None and mode not in MODES[etype]:
        raise ConfigError(f"PLOVER type {etype} has no mode {mode!r} (modes: {', '.join(MODES[etype])})")
    try:
        return _INDEX[(etype, mode)]
    except KeyError as exc:  # a mode declared in MODES without a TABLE row
        raise ConfigError(f"no ontology row for {etype}/{mode}") from exc


def is_context(name: str) -> bool:
    """True when ``name`` is a PLOVER 2.0 context."""
    return name in CONTEXTS


#: PLOVER's cooperative types (quad classes 1 and 2)
COOPERATIVE: frozenset[EventType] = frozenset(
    {T.AGREE, T.CONSULT, T.SUPPORT, T.CONCEDE, T.COOPERATE, T.AID, T.RETREAT}
)
#: the speech-act types: an unrealised one of these is still the act it names, and an asserted one
#: carries the acts it announces, demands, threatens or refuses
SPEECH_ACTS = frozenset({T.AGREE, T.REQUEST, T.REJECT, T.THREATEN, T.ACCUSE})
#: modality cues by which the actor declines the act itself ("refused to", "will not")
_REFUSALS = frozenset(
    {"gov:refuse", "gov:decline", "gov:reject", "gov:unwilling", "gov:reluctant", "neg:will-not"}
)
#: the modality cue of an act offered as the price of a refusal: "will withdraw unless ..." is a threat
_ULTIMATUMS = frozenset({"cond:unless"})


def stated_intent(event: EventType | str, modality: Modality | str, rule: str = "") -> EventType | None:
    """The PLOVER/CAMEO type of the *statement* behind an act that has not happened.

    dragoman codes "Norway will lend Malawi 20 million dollars" as AID with modality ``future``; PLOVER
    data without modality (CAMEO's "express intent to" codes 03x and threats 13x) codes the same
    sentence as AGREE, "farmers would block the ports" as THREATEN, and "refused to withdraw" as REJECT.
    This gives that type for exporting or scoring against such data: AGREE for a future or
    hypothetical cooperative act, THREATEN for a conflictual one or any act conditioned with
    "unless", REJECT for a cooperative act the actor refuses ("refused to", "will not"; ``rule``:
    the event's ``modality_rule``); None when the event is its own statement
    (asserted events, and requests, threats, rejections, accusations and agreements themselves).
    """
    etype, mode = EventType(event), Modality(modality)
    if mode is Modality.NEGATED and rule in _REFUSALS and etype in COOPERATIVE:
        return T.REJECT  # "will not accept", "refused to withdraw"
    if etype in SPEECH_ACTS or mode in (Modality.ASSERTED, Modality.NEGATED):
        return None
    if rule in _ULTIMATUMS:
        return T.THREATEN
    return T.AGREE if etype in COOPERATIVE else T.THREATEN


#: the CAMEO "express intent to" (03x) code of a commitment to an act, by the act's own CAMEO code,
#: longest prefix first (CAMEO 1.1b3: 03x mirrors 04x-08x; CAMEO2PLOVER maps every 03x to AGREE)
INTENT_CAMEO: dict[str, str] = {
    "04": "036", "045": "039", "05": "032", "057": "030",
    "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342",
    "0833": "0343", "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
    "0872": "0356", "0871": "0356", "0873": "0356",
}  # fmt: skip
#: the CAMEO threat (13x) code of a vow to a hostile act, by the act's CAMEO code (longest prefix first)
THREAT_CAMEO: dict[str, str] = {
    "14": "133", "15": "138", "16": "1312", "161": "1313", "162": "1311", "166": "136",
    "17": "137", "172": "132", "173": "132", "174": "132", "1711": "1382",
    "18": "138", "19": "138", "20": "1385",
}  # fmt: skip


def _by_prefix(table: dict[str, str], cameo: str) -> str | None:
    for k in range(len(cameo), 1, -1):
        if cameo[:k] in table:
            return table[cameo[:k]]
    return None


def intent_cameo(act_cameo: str | None) -> str:
    """The 03x code of an expressed intent to an act with CAMEO code ``act_cameo`` (030: none fits)."""
    return _by_prefix(INTENT_CAMEO, act_cameo or "") or "030"


def threat_cameo(act_cameo: str | None) -> str:
    """The 13x code of a vow to a hostile act with CAMEO code ``act_cameo`` (130: none fits)."""
    return _by_prefix(THREAT_CAMEO, act_cameo or "") or "130"
