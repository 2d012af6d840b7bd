"""Conversation accumulator: the turns of a DM read in order, each message's hits and
signals weighed together, and the turn at which each label is first raised.

What a single message cannot show, a conversation can: "t'as quel âge ?" then "12" is a
disclosure; a stranger's age question, then compliments, then "t'as snap ?" is grooming.
The state is plain data updated turn by turn, so a service keeps one per DM.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from papote.domain.risk.detector import THRESHOLD, MessageAnalysis, RiskHit

PROBING = frozenset(
    {
        "age_question",
        "school_question",
        "parents_question",
        "child_frame",
        "majority_question",
        "minor_school_question",
    }
)
MOVES = frozenset(
    {
        "compliment",
        "photo_request",
        "meet",
        "gift",
        "secrecy",
        "isolation",
        "off_platform_move",
        "maturity",
        "alone",
        "romance",
    }
)
STRONG_MOVES = frozenset({"secrecy", "isolation", "gift", "maturity"})
# Questions that presume a child (school, parents): one move after them is enough.
CHILD_PROBES = frozenset(
    {"school_question", "parents_question", "child_frame", "minor_school_question"}
)
# Two moves that mean grooming together even without a probe (conv-4): hiding from
# everyone, with a gift, a photo or "only I understand you".
SECRET_WITH = frozenset({"gift", "photo_request", "isolation"})
# Questions whose yes or no is itself an answer about age (conv-4): "t'es majeure ?" then
# "non" or "pas encore"; "tu vas au collège ?" then "ouais".
YES_NO = {"majority_question": "negative_answer", "minor_school_question": "positive_answer"}
ANSWER_WINDOW = 3  # an age question is answered within this many turns
# A school or parents question asked after the other side said they are a minor is a move;
# asked before, it is the question their answer discloses to (conv-3).
PROBE_AFTER_MINOR = "probe_after_minor"
# conv-6 (riskgen7): an age question and one of these moves in the same message are a chain,
# grooming by the writers' policy ("t'as quel âge ? envoie une photo"); a compliment or
# romance is not one of issue 12's moves, so "t'as quel âge ? t'es mignonne" is not a chain.
AGE_PROBES = frozenset({"age_question", "majority_question"})
CHAIN_MOVES = MOVES - {"compliment", "romance"}
CHAIN = "chain"
# conv-7 (riskgen8): an age question and a school question in one message are a chain too
# ("t'as quel âge ? t'es en quelle classe ?", "votre âge et l'établissement que vous
# fréquentez"): probing both is two of issue 12's moves (16 rows of data/risk, all grooming).
SCHOOL_PROBES = frozenset({"school_question"})
# conv-6: an adult who sends a child away from an adults' site (rules-7 signal) is not
# grooming them, whatever they asked first ("tes parents sont à côté ? va les voir").
PROTECTIVE = "protective"
ACCUMULATOR_VERSION = "conv-7"  # conv-5 (fp6): no grooming toward stated adults


@dataclass(slots=True)
class SpeakerState:
    signals: dict[str, float] = field(default_factory=dict)  # kind -> best score
    minor: bool = False  # disclosed being under 18
    adult: bool = False  # stated an adult age
    protective: bool = False  # conv-6: sent a child away from an adults' site
    last_question_turn: int = -(10**9)  # last age or school question
    last_yes_no: dict[str, int] = field(default_factory=dict)  # YES_NO question -> turn


@dataclass(frozen=True, slots=True)
class TurnVerdict:
    """What the conversation carries after one turn."""

    turn: int
    speaker: str
    raised: tuple[str, ...]  # labels first raised at this turn
    labels: dict[str, float]  # every label raised so far, best score
    hits: tuple[RiskHit, ...]  # this turn's hits, including conversation-level ones
    suspects: dict[str, tuple[str, ...]]  # label -> speakers it is attributed to
    # label -> speakers it is attributed to for the first time at this turn: a second
    # person's disclosure or threat in the same DM is theirs to answer for, not lost
    # because the label was raised about someone else before (session 8)
    accused: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(slots=True)
class Conversation:
    """Accumulated state of one conversation (pure: no clock, no I/O)."""

    speakers: dict[str, SpeakerState] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)
    alert_turns: dict[str, int] = field(default_factory=dict)
    suspects: dict[str, set[str]] = field(default_factory=dict)
    turns: int = 0

    @property
    def alert_turn(self) -> int | None:
        return min(self.alert_turns.values()) if self.alert_turns else None

    def labels(self) -> dict[str, float]:
        return {k: v for k, v in self.scores.items() if k in self.alert_turns}

    def add(self, speaker: str, analysis: MessageAnalysis) -> TurnVerdict:
        """Weigh one turn; returns what it raised."""
        turn = self.turns
        self.turns += 1
        me = self.speakers.setdefault(speaker, SpeakerState())
        others = [s for name, s in self.speakers.items() if name != speaker]
        hits = list(analysis.hits)
        kinds = {s.kind for s in analysis.signals}

        # An answer to an age or school question asked just before is a disclosure.
        asked = any(turn - o.last_question_turn <= ANSWER_WINDOW for o in others)
        for sig in analysis.signals:
            if sig.kind in ("bare_age", "bare_grade") and asked:
                hits.append(
                    RiskHit(
                        "minor_disclosure", 0.9, sig.start, sig.end, f"{ACCUMULATOR_VERSION}:answer"
                    )
                )
        # A yes or a no to a question it answers about age (never beside an adult age).
        for question, answer in YES_NO.items():
            recent = any(turn - o.last_yes_no.get(question, -(10**9)) <= 2 for o in others)
            said = [x for x in analysis.signals if x.kind == answer]
            if recent and said and "adult_age" not in kinds:
                source = f"{ACCUMULATOR_VERSION}:yes_no"
                hits.append(RiskHit("minor_disclosure", 0.85, said[0].start, said[0].end, source))
        if "adult_age" in kinds:
            me.adult = True
        if PROTECTIVE in kinds:  # conv-6: "ce site est pour les adultes, va voir tes parents"
            me.protective = True
            hits = [h for h in hits if h.label != "grooming"]
        if any(h.label == "minor_disclosure" and h.score >= THRESHOLD for h in hits):
            me.minor = True
        other_minor = any(o.minor for o in others)
        # fp6: grooming is toward a presumed minor; a message's own grooming hits (a rule's
        # or the head's: "l'âge c'est qu'un chiffre", "envoie une photo de toi") are dropped
        # when everyone on the other side has stated an adult age and none a minor's.
        if others and all(o.adult and not o.minor for o in others):
            hits = [h for h in hits if h.label != "grooming"]
        for sig in analysis.signals:
            if sig.score > me.signals.get(sig.kind, 0.0):
                me.signals[sig.kind] = sig.score
            if sig.kind in CHILD_PROBES and other_minor:
                me.signals[PROBE_AFTER_MINOR] = max(
                    sig.score, me.signals.get(PROBE_AFTER_MINOR, 0.0)
                )
            if sig.kind in ("age_question", "school_question") or sig.kind in YES_NO:
                me.last_question_turn = turn
            if sig.kind in YES_NO:
                me.last_yes_no[sig.kind] = turn
        if kinds & AGE_PROBES and kinds & (CHAIN_MOVES | SCHOOL_PROBES):
            linked = AGE_PROBES | CHAIN_MOVES | SCHOOL_PROBES
            chained = max(s.score for s in analysis.signals if s.kind in linked)
            me.signals[CHAIN] = max(chained, me.signals.get(CHAIN, 0.0))

        # Every speaker's moves are weighed again: a disclosure now makes the other
        # side's earlier compliments and questions grooming at this turn.
        attributed: list[tuple[RiskHit, str]] = [(h, speaker) for h in hits]
        for name, state in self.speakers.items():
            rest = [s for other, s in self.speakers.items() if other != name]
            score = self._grooming(state, rest)
            if score is not None:
                source = f"{ACCUMULATOR_VERSION}:moves"
                attributed.append((RiskHit("grooming", score, 0, len(analysis.text), source), name))
                if name != speaker:
                    continue
                hits.append(attributed[-1][0])

        raised: list[str] = []
        accused: dict[str, list[str]] = {}
        for h, who in attributed:
            if h.score < THRESHOLD:
                continue
            if h.score > self.scores.get(h.label, 0.0):
                self.scores[h.label] = h.score
            known = self.suspects.setdefault(h.label, set())
            if who not in known:
                known.add(who)
                accused.setdefault(h.label, []).append(who)
            if h.label not in self.alert_turns:
                self.alert_turns[h.label] = turn
                raised.append(h.label)
        return TurnVerdict(
            turn=turn,
            speaker=speaker,
            raised=tuple(raised),
            labels=self.labels(),
            hits=tuple(hits),
            suspects={k: tuple(sorted(v)) for k, v in self.suspects.items()},
            accused={k: tuple(sorted(v)) for k, v in accused.items()},
        )

    @staticmethod
    def _grooming(me: SpeakerState, others: list[SpeakerState]) -> float | None:
        """Grooming score of ``me``'s moves so far, or None below the threshold.

        Raised when a presumed minor is on the other side and ``me`` makes any move toward
        them (probing their school or parents included), or when ``me`` probes age and
        makes two moves (or one of secrecy, isolation, gifts), or probes school or parents
        and makes one move, or (conv-6) chained an age question and a move in one message,
        unless the other side has said they are adults.
        """
        probing = PROBING & me.signals.keys()
        moves = MOVES & me.signals.keys()
        other_minor = any(o.minor for o in others)
        if other_minor and not me.minor:
            # probing the school or parents of someone who has said they are a minor
            moves = moves | ({PROBE_AFTER_MINOR} & me.signals.keys())
        if (not moves and CHAIN not in me.signals) or me.minor or me.protective:
            # a minor's moves are not grooming
            return None
        other_adult = others and all(o.adult and not o.minor for o in others)
        noisy_or = 1.0
        for kind in probing | moves:
            noisy_or *= 1.0 - me.signals[kind]
        combined = 1.0 - noisy_or
        if other_minor:
            return min(0.99, max(0.7, combined + 0.2))
        if other_adult or me.minor:
            return None
        if probing and (len(moves) >= 2 or moves & STRONG_MOVES or probing & CHILD_PROBES):
            return min(0.95, max(0.6, combined))
        if "secrecy" in moves and moves & SECRET_WITH:
            return min(0.9, max(0.6, combined))
        if CHAIN in me.signals:
            return min(0.9, max(0.6, combined))
        return None


def read_turns(analyses: list[tuple[str, MessageAnalysis]]) -> Conversation:
    """Accumulate a whole conversation of (speaker, analysis) turns."""
    conv = Conversation()
    for speaker, analysis in analyses:
        conv.add(speaker, analysis)
    return conv
