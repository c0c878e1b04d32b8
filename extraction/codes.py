"""CAMEO code groups and actor codes that the extraction rules test, each named once."""

from __future__ import annotations

__all__ = [
    "ACCUSE_CODE",
    "ARMED_GROUP_CODE",
    "ARMED_GROUP_SECTORS",
    "CLOSING_SPEECH_ROOTS",
    "COERCIVE_ROOTS",
    "CONTENT_TARGET_ROOTS",
    "COUNTRY_BOUND_SECTORS",
    "DISAPPROVAL_ROOT",
    "EXCHANGE_ROOTS",
    "FORCE_ROOTS",
    "HOSTILE_ROOTS_FROM",
    "INTENT_ROOT",
    "LEGISLATURE_MEMBER_SECTORS",
    "MATERIAL_ROOTS_FROM",
    "MEETING_ROOT",
    "NATIONAL_SECTORS",
    "NON_STATE_CODES",
    "OCCUPATION_CODE",
    "PARTY_ROOTS",
    "PLACED_ACT_CODES",
    "PRIVATE_SECTORS",
    "PROCEDURE_ROOTS",
    "PROTEST_ROOT",
    "PUBLIC_CLASH_ROOTS",
    "PUBLIC_PROTEST_CODES",
    "RECIPROCAL_ROOTS",
    "SIZED_ROOTS",
    "STATE_SECTORS",
    "TOPIC_ROOTS",
    "VENUE_ROOTS",
    "VERDICT_CODE",
    "VIOLENT_ROOTS",
    "VISIT_CODE",
    "VISIT_CODES",
    "root",
]

# Actor codes that stand in an actor's country slot for an organisation, not a state.
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "MNC"})
# Sectors of a state's own institutions (government, military, intelligence, police, courts,
# parliament): their names in a dictionary are often the generic noun ("Gesundheitsministerium").
STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "COP", "JUD", "LEG"})
# Sectors of armed groups that fight in their own country: rebels, insurgents, militias.
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "UAF"})
# CAMEO's code of an international militarised group (Islamic State, al-Qaeda)
ARMED_GROUP_CODE = "IMG"
# Groups that belong to one country: state bodies and armed groups ...
COUNTRY_BOUND_SECTORS = STATE_SECTORS | ARMED_GROUP_SECTORS
# ... and with parties too, the bodies a name after their noun may name (extraction.bodies)
NATIONAL_SECTORS = COUNTRY_BOUND_SECTORS | frozenset({"PTY", "OPP"})
# Threaten, protest, posture, reduce relations, coerce, assault, fight, mass violence: the acts
# one is blamed for ("für die Angriffe verantwortlich").
HOSTILE_ROOTS_FROM = "13"
# Businesses, civilians, media, schools, unions, refugees, health, farming, environment,
# science: private parties, between whom words and deals are no geopolitical event.
PRIVATE_SECTORS = frozenset(
    {"BUS", "CVL", "MED", "EDU", "LAB", "REF", "PPL", "HLH", "AGR", "ENV", "SCI"}
)
# A parliament and its own chambers, members and factions: the sides of its procedure.
LEGISLATURE_MEMBER_SECTORS = frozenset({"LEG", "PTY", "OPP"})
# Intent to cooperate, consult, diplomatic cooperation: what a parliament's procedure looks
# like between its own sides (a debate, a sitting, a chamber's assent). Not rejection: PLOVER
# codes "formally reject legislative proposal" as REJECT.
PROCEDURE_ROOTS = frozenset({"03", "04", "05"})
# Assault, fight, mass violence: "2.000 getötete Soldaten" reports the killing itself.
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# CAMEO's occupation of territory: the one violent act that leaves a lasting state, whose
# attributive participle tells that state ("in den besetzten Gebieten"), not the news
OCCUPATION_CODE = "192"
# Seize or damage property, arrest, repress: coercive acts done to people or goods where they
# are, so a state across a border that says where is not whom they are aimed at ("nahe der
# Grenze zu Niger festgenommen"), unlike restrictions imposed on a border or a state
# ("die Kontrollen an der Grenze zu Uganda verschärft", 172).
PLACED_ACT_CODES = frozenset({"171", "173", "175"})
# Coercion and violence: words of force, whose participle may tell a feeling ("fühlt sich
# unterdrückt") and whose aim may be a thing (extraction.figurative).
COERCIVE_ROOTS = VIOLENT_ROOTS | {"17"}
# Protest, coercion, assault, fight, mass violence: events even between private parties (a
# strike at a firm, an attacker and a passer-by).
PROTEST_ROOT = "14"
PUBLIC_CLASH_ROOTS = COERCIVE_ROOTS | {PROTEST_ROOT}
# Demonstrate or rally, protest violently (CAMEO 140, 141, 145 and their children): the
# protests of a people in public, aimed at a policy or act (PLOVER 0.8 PROTEST), at home
# its government's. Not hunger strikes, strikes, boycotts, blockades (142-144), as often
# aimed at an employer, a firm or a jailer.
PUBLIC_PROTEST_CODES = frozenset({"140", "141", "145"})
# Express intent to cooperate: aimed at whom the intended act is ("ready to lift the ban on X").
INTENT_ROOT = "03"
# Disapprove (criticise, condemn): aimed at whom the disapproved act is, not where it happened.
DISAPPROVAL_ROOT = "11"
# Force posture: the object is the force the source moves, not the side it is aimed at.
FORCE_ROOTS = frozenset({"15"})
# Reduce diplomatic relations: the object may be the source's own envoy, not the side it is
# aimed at ("recalled its ambassador from Uganda", "... its ambassador to Israel").
ENVOY_CODES = frozenset({"161"})
# Aid, protest, force posture: a number near them is the size of what was sent or gathered.
SIZED_ROOTS = frozenset({"07", "14", "15"})
# Intent to cooperate, consult, diplomatic cooperation: talks and their offers and outcomes,
# whose "über"/"about"/"over" phrase is what is talked about, never a side ("berieten über
# Syrien", "held talks over Kashmir"); the same words name whom a measure covers in other acts
# ("verhängte den Ausnahmezustand über das Land").
TOPIC_ROOTS = frozenset({"03", "04", "05"})
# Consult, engage, cooperate, fight: "X and Y met", "X und Y lieferten sich Gefechte" tell an
# act between both sides.
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "19"})
# Disapprove, reject: the target is what the act is about.
CONTENT_TARGET_ROOTS = frozenset({"11", "12"})
# Appeal, demand, disapprove, reject, threaten: speech acts that may follow the content they
# voice ("Uganda müsse die Grenze öffnen, forderte Kenias Präsident").
CLOSING_SPEECH_ROOTS = frozenset({"02", "10", "11", "12", "13"})
# Demand, disapprove, reject, threaten: told as a noun ("die Kritik der Opposition an der
# Regierung"), the noun's genitive or von-phrase is who voices it.
SPEECH_CONFLICT_ROOTS = frozenset({"10", "11", "12", "13"})
# Accuse: what a speaker codes who tells another's intended violent act or call for violence.
ACCUSE_CODE = "112"
# Appeal, demand: calls, which to violence or hatred are an incitement ("zum Hass aufrufen").
CALL_ROOTS = frozenset({"02", "10"})
# Find guilty or liable (legally): what a court's condemnation is.
VERDICT_CODE = "116"
# From material cooperation (06) on, roots are material acts.
MATERIAL_ROOTS_FROM = "06"
# Consult, engage, cooperate, aid: acts exchanged between two parties, which a guessed
# recipient of the source's own country is mostly not (unlike easing one's own curfew).
EXCHANGE_ROOTS = frozenset({"04", "05", "06", "07"})
# Consult: a meeting in a town is held there, not with its hosts ...
MEETING_ROOT = "04"
# ... except a visit, which is to the place's hosts ("Besuch in Hanoi").
VISIT_CODE = "042"
VISIT_CODES = frozenset({VISIT_CODE, "043"})  # making a visit, hosting one
# Statements, appeals, intents, meetings, diplomatic cooperation, demands, disapproval,
# rejection, threats, protest, reduced relations: acts aimed at a party, which a town or region
# is not; material acts (aid, arrests, violence) and visits reach a place.
PARTY_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13", "14", "16"})
# Statements, appeals, diplomatic cooperation (signing), demands, disapproval, rejection,
# threats: a town they are told in is only where they were voiced or signed, even a capital
# ("forderte am Rande des Gipfels in Paris", "signed the treaty in Rome"); an intent to meet
# there ("will hold talks in Beijing") and a protest there ("marched through Lima") are
# aimed at it.
VENUE_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})


def root(cameo: str) -> str:
    """The two-digit CAMEO root of a code ("0874" -> "08")."""
    return cameo[:2]
