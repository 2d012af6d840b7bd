"""Moderation rules (papote.domain.moderation): ladder, statements, appeals, seals, chain."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from papote.domain import moderation as m
from papote.domain.errors import DomainError

NOW = 1_800_000_000.0


def test_child_safety_and_threats_come_first() -> None:
    first = {c for c, s in m.SEVERITY.items() if s == 0}
    assert first == {
        m.Category.CHILD_SEXUAL_ABUSE,
        m.Category.GROOMING,
        m.Category.MINOR_ON_SITE,
        m.Category.THREAT,
        m.Category.SELF_HARM,  # a person in danger: a threat to life too
    }
    assert set(m.SEVERITY) == set(m.Category) == set(m.DSA_CATEGORY) == set(m.LEGAL_REFERENCE)


def test_a_person_in_danger_is_never_sanctioned() -> None:
    for action in m.Action:
        if m.LADDER[action].restricts:
            with pytest.raises(DomainError) as err:
                m.check_can_restrict(m.Category.SELF_HARM, action)
            assert err.value.code == "never_sanctioned"
        else:
            m.check_can_restrict(m.Category.SELF_HARM, action)
        m.check_can_restrict(m.Category.HATE, action)


def test_every_detector_label_has_a_case_category_and_verdicts_follow_the_decision() -> None:
    from papote.domain.risk import LABELS

    assert set(m.DETECTED_CATEGORY) == set(LABELS)
    assert m.verdict_of("grooming", m.Action.BAN, m.Category.GROOMING) == "confirmed"
    assert m.verdict_of("grooming", m.Action.DISMISS, m.Category.GROOMING) == "rejected"
    # Acted on, but for something else: the label itself was wrong.
    assert m.verdict_of("grooming", m.Action.WARNING, m.Category.HARASSMENT) == "rejected"
    # A person in danger is only ever dismissed: kept in its category, it was right.
    assert m.verdict_of("self_harm", m.Action.DISMISS, m.Category.SELF_HARM) == "confirmed"
    assert m.verdict_of("self_harm", m.Action.DISMISS, m.Category.OTHER) == "rejected"
    assert m.verdict_of("unknown", m.Action.BAN, m.Category.OTHER) == "rejected"


def test_report_validation() -> None:
    assert m.check_report("message", "hate", " x ", "") == (
        m.TargetType.MESSAGE,
        m.Category.HATE,
        "x",
        None,
    )
    for args, code in [
        (("post", "hate", "", None), "bad_target"),
        (("user", "rudeness", "", None), "bad_category"),
        (("user", "hate", "x" * 2001, None), "explanation_too_long"),
        (("user", "hate", "", "c" * 201), "contact_too_long"),
    ]:
        with pytest.raises(DomainError) as err:
            m.check_report(*args)
        assert err.value.code == code


def test_ladder_durations() -> None:
    assert m.sanction_end(m.Action.MUTE, NOW, None) == NOW + 3600
    assert m.sanction_end(m.Action.SUSPENSION, NOW, 86400) == NOW + 86400
    assert m.sanction_end(m.Action.BAN, NOW, None) is None
    assert m.sanction_end(m.Action.WARNING, NOW, None) is None
    with pytest.raises(DomainError) as ignored:  # never silently dropped (issue 10 §22)
        m.sanction_end(m.Action.WARNING, NOW, 50)
    assert ignored.value.code == "bad_duration"
    for bad in (0, -5, 400 * m.DAY):
        with pytest.raises(DomainError) as err:
            m.sanction_end(m.Action.SUSPENSION, NOW, bad)
        assert err.value.code == "bad_duration"


def test_timed_sanctions_expire_by_themselves_and_revocation_ends_them() -> None:
    assert m.is_active(NOW, NOW + 10, None, NOW + 5)
    assert not m.is_active(NOW, NOW + 10, None, NOW + 10)
    assert m.is_active(NOW, None, None, NOW + 10**9)
    assert not m.is_active(NOW, None, NOW + 3, NOW + 5)
    assert not m.is_active(NOW + 1, None, None, NOW)


def test_a_sanction_binds_the_person_not_the_pseudo() -> None:
    assert m.person_keys("u1", "dev", "ip") == {"u:u1", "d:dev", "i:ip"}
    assert m.person_keys("u1", None, None) == {"u:u1"}


def test_statement_of_reasons_has_the_transparency_database_fields() -> None:
    statement = m.statement_of_reasons(
        puid="p1",
        action=m.Action.SUSPENSION,
        category=m.Category.HARASSMENT,
        ground=m.Ground.ILLEGAL,
        reference="Code pénal art. 222-33-2-2",
        facts="Insultes",
        source=m.Source.ARTICLE_16,
        content_type="CONTENT_TYPE_TEXT",
        content_date=NOW,
        application_date=NOW,
        end_date=NOW + 7 * m.DAY,
    )
    for field in (
        "decision_visibility",
        "decision_account",
        "decision_ground",
        "category",
        "decision_facts",
        "content_type",
        "content_date",
        "application_date",
        "automated_detection",
        "automated_decision",
        "source_type",
        "puid",
        "illegal_content_legal_ground",
    ):
        assert field in statement
    assert statement["decision_account"] == "DECISION_ACCOUNT_SUSPENDED"
    assert statement["automated_decision"] == "AUTOMATED_DECISION_NOT_AUTOMATED"
    assert statement["category"] == "STATEMENT_CATEGORY_CYBER_VIOLENCE"
    assert statement["end_date_account_restriction"] == "2027-01-22"
    removed = m.statement_of_reasons(
        puid="p2",
        action=m.Action.DELETE_MESSAGE,
        category=m.Category.SPAM,
        ground=m.Ground.INCOMPATIBLE,
        reference="CGU §5",
        facts="Spam",
        source=m.Source.VOLUNTARY,
        content_type="CONTENT_TYPE_TEXT",
        content_date=None,
        application_date=NOW,
        end_date=None,
    )
    assert removed["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_REMOVED"]
    assert removed["incompatible_content_ground"] == "CGU §5"


def test_appeals_need_another_person_and_the_window() -> None:
    m.check_can_appeal(NOW, NOW + 182 * m.DAY, already_appealed=False)
    with pytest.raises(DomainError, match="appeal_window_closed"):
        m.check_can_appeal(NOW, NOW + 184 * m.DAY, already_appealed=False)
    with pytest.raises(DomainError, match="already_appealed"):
        m.check_can_appeal(NOW, NOW, already_appealed=True)
    with pytest.raises(DomainError, match="same_moderator"):
        m.decide_appeal(m.AppealState.PENDING, "reverse", decider="a", original_decider="a")
    assert (
        m.decide_appeal(m.AppealState.PENDING, "reverse", decider="b", original_decider="a")
        is m.AppealState.REVERSED
    )
    with pytest.raises(DomainError):
        m.decide_appeal(m.AppealState.UPHELD, "reverse", decider="b", original_decider="a")


@given(
    st.dictionaries(st.text(max_size=5), st.one_of(st.integers(), st.text(max_size=10)), max_size=6)
)
def test_seal_is_stable_and_content_bound(content: dict[str, object]) -> None:
    assert m.seal(content) == m.seal(dict(reversed(list(content.items()))))
    assert m.seal(content) != m.seal({**content, "\x00tampered": 1})


def _chain(n: int) -> list[tuple[int, str, str, dict[str, object]]]:
    rows = []
    prev = m.GENESIS
    for seq in range(1, n + 1):
        entry = {"seq": seq, "action": f"a{seq}"}
        digest = m.chain_hash(prev, entry)
        rows.append((seq, prev, digest, entry))
        prev = digest
    return rows


def test_the_audit_chain_detects_alteration_and_removal() -> None:
    rows = _chain(5)
    assert m.verify_chain(rows) == []
    altered = list(rows)
    seq, prev, digest, entry = altered[2]
    altered[2] = (seq, prev, digest, {**entry, "action": "innocent"})
    assert any("altered" in p for p in m.verify_chain(altered))
    removed = rows[:2] + rows[3:]
    assert any("missing" in p or "previous hash" in p for p in m.verify_chain(removed))
    truncated_head = rows[1:]
    assert m.verify_chain(truncated_head) != []


@given(
    st.lists(st.sampled_from(list(m.CaseEvent)), max_size=8),
)
def test_a_case_moves_only_along_its_table(events: list[m.CaseEvent]) -> None:
    status = m.CaseStatus.OPEN
    decided = False  # a decision stands (not reopened since)
    for event in events:
        if (status, event) in m.CASE_TRANSITIONS:
            status = m.next_case_status(status.value, event)
            if event in (m.CaseEvent.DECIDE, m.CaseEvent.REOPEN):
                decided = event is m.CaseEvent.DECIDE
        else:
            try:
                m.next_case_status(status.value, event)
            except DomainError as exc:
                assert exc.code == "case_closed"
            else:
                raise AssertionError((status, event))
        # open exactly while waiting for a decision: never decided twice in a row,
        # appealed only after a decision, reopened only from an appeal
        assert (status is m.CaseStatus.OPEN) == (not decided)


def test_a_case_is_decided_once_and_reviewed_only_when_appealed() -> None:
    decided = m.next_case_status("open", m.CaseEvent.DECIDE)
    assert decided is m.CaseStatus.DECIDED
    for bad in [
        ("decided", m.CaseEvent.DECIDE),
        ("decided", m.CaseEvent.REVIEW),
        ("x", m.CaseEvent.DECIDE),
    ]:
        try:
            m.next_case_status(*bad)
        except DomainError as exc:
            assert exc.code == "case_closed"
        else:
            raise AssertionError(bad)
    appealed = m.next_case_status(decided.value, m.CaseEvent.APPEAL)
    assert m.next_case_status(appealed.value, m.CaseEvent.REVIEW) is m.CaseStatus.CLOSED


def _rank(**kw: object) -> tuple[object, ...]:
    base: dict[str, object] = {"urgent": False, "severity": 2, "score": None, "created_at": 0.0}
    return m.queue_rank(**{**base, **kw})  # type: ignore[arg-type]


def test_a_case_holding_messages_ranks_first_among_its_severity() -> None:
    ordinary = _rank(created_at=1.0)  # a report: counts as certain, and older
    held = _rank(score=0.6, created_at=2.0, holds=1)
    graver = _rank(severity=1, score=0.5, created_at=3.0)
    urgent = _rank(severity=2, urgent=True, created_at=4.0)
    assert sorted([ordinary, held, graver, urgent]) == [urgent, graver, held, ordinary]


def test_a_held_case_past_its_time_limit_rises_one_band_never_into_the_first() -> None:
    overdue = _rank(score=0.6, holds=2, overdue=True, created_at=5.0)  # a scam, an hour on
    band_above = _rank(severity=1, score=0.5, created_at=0.0)  # hate, reported
    held_above = _rank(severity=1, score=0.5, holds=1, created_at=9.0)  # prostitution, held
    same_band = _rank(holds=1, created_at=0.0)  # another scam, held, not yet overdue
    first_band = _rank(severity=0, created_at=9.0)  # a grooming report
    ranked = sorted([same_band, band_above, overdue, held_above, first_band])
    assert ranked == [first_band, overdue, held_above, band_above, same_band]
    # Nothing rises into child safety and threats; a case that holds nothing never rises.
    assert _rank(severity=1, holds=1, overdue=True)[1] == 1
    assert _rank(overdue=True) == _rank()
