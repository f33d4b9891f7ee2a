"""domain/programme_figures.py: a pair's month counted on the participant's device (§9's table),
randomised pulse answers memoised per programme, item and true answer, and the unsigned
summary — Ben's summary of the protocol's vector rebuilt from his records."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest

from ementor_desktop.domain.programme_figures import (
    CadenceFact,
    GoalFact,
    SessionFact,
    build_summary,
    figures_for,
    memo_key,
    period_bounds,
    previous_period,
    pulse_answers,
    respond,
)
from ementor_desktop.protocol import programme_schema as ps

_DOC = (Path(__file__).resolve().parents[2] / "docs" / "protocol.md").read_text(encoding="utf-8")
_PART_4 = _DOC[_DOC.index("# Part 4"):]


def _block(name: str) -> dict[str, str]:
    for block in re.findall(r"<!-- vector -->\n```\n(.*?)```", _PART_4, re.DOTALL):
        fields = dict(line.partition(": ")[::2] for line in block.splitlines())
        if fields.get("vector") == name:
            return fields
    raise KeyError(name)


TERMS = msgspec.convert(json.loads(_block("programme-terms")["terms_json"]), ps.Terms,
                        strict=True)
SUMMARY = _block("programme-summary")
RR = _block("randomised-response")


def _ms(text: str) -> int:
    return int(dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC).timestamp() * 1000)


def _draws(*values: int) -> Callable[[int], int]:
    """A draw that returns these values in turn, and fails the test if asked for more."""
    queue = list(values)

    def draw(n: int) -> int:
        assert queue, "an unexpected draw"
        value = queue.pop(0)
        assert 0 <= value < n
        return value

    return draw


def _no_draw(n: int) -> int:
    raise AssertionError("no draw was expected")


# -- periods -----------------------------------------------------------------------------------

def test_periods_are_utc_calendar_months() -> None:
    assert period_bounds("2026-02") == (_ms("2026-02-01T00:00"), _ms("2026-03-01T00:00"))
    assert period_bounds("2025-12") == (_ms("2025-12-01T00:00"), _ms("2026-01-01T00:00"))
    assert previous_period(_ms("2026-01-15T12:00")) == "2025-12"
    assert previous_period(_ms("2026-03-01T00:00")) == "2026-02"
    assert previous_period(_ms("2026-02-28T23:59")) == "2026-01"


# -- pair figures ------------------------------------------------------------------------------

FEB = "2026-02"
SESSIONS = [
    SessionFact(_ms("2026-01-31T23:59"), 45, "held"),  # January
    SessionFact(_ms("2026-02-01T00:00"), 60, "held"),  # the month's first moment
    SessionFact(_ms("2026-02-14T10:00"), 30, "held"),
    SessionFact(_ms("2026-02-20T10:00"), 60, "cancelled"),
    SessionFact(_ms("2026-02-25T10:00"), 60, "planned"),
    SessionFact(_ms("2026-03-01T00:00"), 60, "held"),  # March
]


def test_sessions_held_cancelled_and_minutes_count_starts_in_the_month() -> None:
    figures = figures_for(FEB, SESSIONS, [], None, ["sessions"])
    assert msgspec.to_builtins(figures) == {"sessions_held": 2, "sessions_cancelled": 1,
                                            "minutes_held": 90}


def test_cadence_kept_is_the_share_of_intervals_ending_in_the_month_with_a_held_session() -> None:
    weekly = CadenceFact("weekly", _ms("2026-02-01T00:00"))
    # Intervals end on Feb 8, 15, 22 and Mar 1 (the month's end: its last moment is in Feb).
    figures = figures_for(FEB, SESSIONS, [], weekly, ["sessions"])
    assert figures.cadence_kept_pct == 50  # Feb 1 and Feb 14: the first two of four
    # The March 1 session starts the next interval, not the last one of February.
    assert figures_for(FEB, [SESSIONS[-1]], [], weekly, ["sessions"]).cadence_kept_pct == 0
    # A cancelled or planned session keeps nothing.
    assert figures_for(FEB, SESSIONS[3:5], [], weekly, ["sessions"]).cadence_kept_pct == 0
    # An interval that began in January counts in February, where it ends.
    fortnightly = CadenceFact("fortnightly", _ms("2026-01-19T00:00"))  # ends Feb 2, 16, Mar 2
    one = figures_for(FEB, [SessionFact(_ms("2026-01-20T09:00"), 60, "held")], [],
                      fortnightly, ["sessions"])
    assert one.cadence_kept_pct == 50  # Feb 2 and Feb 16 end in February; Mar 2 does not
    # One that ends as February begins is January's.
    weekly = CadenceFact("weekly", _ms("2026-01-25T00:00"))  # ends Feb 1 (January's), 8, …
    jan = figures_for(FEB, [SessionFact(_ms("2026-01-26T09:00"), 60, "held")], [], weekly,
                      ["sessions"])
    assert jan.cadence_kept_pct == 0


def test_no_cadence_or_no_interval_ending_leaves_the_figure_out() -> None:
    assert figures_for(FEB, SESSIONS, [], None, ["sessions"]).cadence_kept_pct \
        is msgspec.UNSET
    assert figures_for(FEB, SESSIONS, [], CadenceFact(None, 0), ["sessions"]) \
        .cadence_kept_pct is msgspec.UNSET
    late = CadenceFact("monthly", _ms("2026-02-10T00:00"))  # the first interval ends in March
    assert figures_for(FEB, SESSIONS, [], late, ["sessions"]).cadence_kept_pct is msgspec.UNSET


def test_a_third_rounds_down_and_two_thirds_up() -> None:
    weekly = CadenceFact("weekly", _ms("2026-02-02T00:00"))  # ends Feb 9, 16, 23
    held = [SessionFact(_ms("2026-02-03T09:00"), 60, "held")]
    assert figures_for(FEB, held, [], weekly, ["sessions"]).cadence_kept_pct == 33
    held.append(SessionFact(_ms("2026-02-10T09:00"), 60, "held"))
    assert figures_for(FEB, held, [], weekly, ["sessions"]).cadence_kept_pct == 67


GOALS = [
    GoalFact(_ms("2026-01-05T00:00"), "achieved", 100),
    GoalFact(_ms("2026-02-10T00:00"), "active", 25),
    GoalFact(_ms("2026-02-11T00:00"), "dropped", 0),
    GoalFact(_ms("2026-02-12T00:00"), "paused", 0, deleted_ms=_ms("2026-03-05T00:00")),
    GoalFact(_ms("2026-02-13T00:00"), "achieved", 100, deleted_ms=_ms("2026-02-20T00:00")),
    GoalFact(_ms("2026-03-02T00:00"), "achieved", 100),  # made after the month
]


def test_goals_and_progress_count_live_shared_goals_at_the_month_s_end() -> None:
    figures = figures_for(FEB, [], GOALS, None, ["goals", "progress"])
    assert msgspec.to_builtins(figures) == {
        "goals_set": 4, "goals_achieved": 1,
        # not dropped: 100, 25, 0 -> 41.67
        "progress_mean_pct": 42}


def test_progress_rounds_half_up_and_is_left_out_without_goals() -> None:
    half = [GoalFact(0, "active", 10), GoalFact(0, "active", 15)]
    assert figures_for(FEB, [], half, None, ["progress"]).progress_mean_pct == 13
    assert msgspec.to_builtins(figures_for(FEB, [], [], None, ["progress"])) == {}
    dropped = [GoalFact(0, "dropped", 50)]
    assert msgspec.to_builtins(figures_for(FEB, [], dropped, None, ["progress"])) == {}


def test_only_the_scopes_given_are_counted() -> None:
    assert msgspec.to_builtins(figures_for(FEB, SESSIONS, GOALS, None, [])) == {}
    assert msgspec.to_builtins(figures_for(FEB, SESSIONS, GOALS, None, ["pulse"])) == {}
    only_goals = figures_for(FEB, SESSIONS, GOALS, None, ["goals"])
    assert only_goals.scopes() == {"goals"}
    signed = figures_for(FEB, [], [], None, ["agreement"], agreement_signed=True)
    assert msgspec.to_builtins(signed) == {"agreement_signed": True}
    unknown = figures_for(FEB, [], [], None, ["agreement"])
    assert msgspec.to_builtins(unknown) == {}
    assert msgspec.to_builtins(figures_for(FEB, [], [], None, ["sessions"],
                                           agreement_signed=True)) == {
        "sessions_held": 0, "sessions_cancelled": 0, "minutes_held": 0}


def test_counts_beyond_the_summary_s_limits_are_sent_as_the_limit() -> None:
    many = [SessionFact(_ms("2026-02-02T00:00"), 1440, "held")] * 1001
    figures = figures_for(FEB, many, [GoalFact(0, "achieved", 100)] * 250, None,
                          ["sessions", "goals"])
    assert (figures.sessions_held, figures.minutes_held) == (1000, 100_000)
    assert (figures.goals_set, figures.goals_achieved) == (200, 200)


# -- randomised response -----------------------------------------------------------------------

def test_the_randomised_response_vector() -> None:
    p_milli = int(RR["p_milli"])
    assert respond(int(RR["value_a"]), "safe", p_milli, {},
                   _draws(*map(int, RR["draws_a"].split()))) == int(RR["sent_a"])
    assert respond(int(RR["value_b"]), "safe", p_milli, {},
                   _draws(*map(int, RR["draws_b"].split()))) == int(RR["sent_b"])
    assert respond(int(RR["value_c"]), "useful", int(RR["p_milli_c"]), {},
                   _no_draw) == int(RR["sent_c"])


def test_an_unchanged_answer_is_sent_again_without_a_new_draw() -> None:
    memo: dict[str, int] = {}
    first = respond(2, "safe", 500, memo, _draws(731, 3))
    assert first == 4 and memo == {memo_key("safe", 2): 4}
    for _month in range(5):
        assert respond(2, "safe", 500, memo, _no_draw) == 4
    # A new true answer draws anew; returning to the old one sends the old value again.
    assert respond(5, "safe", 500, memo, _draws(120)) == 5
    assert respond(2, "safe", 500, memo, _no_draw) == 4
    assert respond(5, "safe", 500, memo, _no_draw) == 5
    # Each item has its own memo entries.
    assert respond(2, "other", 500, memo, _draws(999, 0)) == 1
    assert memo == {memo_key("safe", 2): 4, memo_key("safe", 5): 5, memo_key("other", 2): 1}


def test_an_ordinary_item_is_sent_as_it_is_and_never_remembered() -> None:
    memo: dict[str, int] = {}
    assert respond(3, "useful", 1000, memo, _no_draw) == 3
    assert respond(4, "useful", 1000, memo, _no_draw) == 4
    assert memo == {}


def test_a_memo_value_off_the_scale_is_drawn_again() -> None:
    memo: dict[str, Any] = {memo_key("safe", 2): 9}
    assert respond(2, "safe", 500, memo, _draws(10)) == 2
    assert memo[memo_key("safe", 2)] == 2


@pytest.mark.parametrize("value", [0, 6, -1])
def test_an_answer_off_the_scale_is_refused(value: int) -> None:
    with pytest.raises(ValueError, match="1 … 5"):
        respond(value, "safe", 500, {}, _no_draw)


def test_pulse_answers_follow_the_terms() -> None:
    memo: dict[str, int] = {}
    answers = pulse_answers({"safe": 4, "useful": 5, "unknown": 3}, TERMS, memo, _draws(120))
    assert [msgspec.to_builtins(a) for a in answers] == [
        {"item": "useful", "value": 5, "p_milli": 1000},
        {"item": "safe", "value": 4, "p_milli": 500}]
    assert memo == {memo_key("safe", 4): 4}


# -- the summary -------------------------------------------------------------------------------

def test_ben_s_summary_of_the_vector_is_rebuilt_from_his_records() -> None:
    expected: dict[str, Any] = json.loads(SUMMARY["summary_json"])
    sessions = [SessionFact(_ms("2026-02-03T10:00"), 60, "held"),
                SessionFact(_ms("2026-02-17T10:00"), 60, "held"),
                SessionFact(_ms("2026-01-20T10:00"), 60, "cancelled")]
    fortnightly = CadenceFact("fortnightly", _ms("2026-01-12T00:00"))
    figures = figures_for("2026-02", sessions, [], fortnightly, ["sessions", "pulse"])
    pulse = pulse_answers({"useful": 5, "safe": 4}, TERMS, {}, _draws(120))
    summary = build_summary(programme=expected["programme"],
                            coordinator=expected["coordinator"],
                            participant=expected["participant"], conv=expected["conv"],
                            period="2026-02", at=expected["at"], figures=figures, pulse=pulse)
    assert summary is not None
    assert msgspec.to_builtins(summary) == expected
    assert ps.summary_signed_bytes(summary) == bytes.fromhex(SUMMARY["signed_hex"])


def test_a_summary_s_scopes_are_those_of_what_is_sent() -> None:
    common = {"programme": TERMS.programme, "coordinator": TERMS.coordinator,
              "participant": "ab" * 32, "conv": "cd" * 16, "period": FEB, "at": 1}
    goals = build_summary(**common, figures=figures_for(FEB, [], GOALS, None, ["goals"]))
    assert goals is not None and goals.scopes == ["goals"] and goals.pulse is msgspec.UNSET
    pulse = build_summary(**common, figures=figures_for(FEB, [], [], None, ["progress"]),
                          pulse=[ps.PulseAnswer(item="useful", value=3, p_milli=1000)])
    assert pulse is not None and pulse.scopes == ["pulse"]
    assert pulse.figures is msgspec.UNSET
    assert build_summary(**common) is None
    assert build_summary(**common, figures=figures_for(FEB, [], [], None, ["progress"])) is None
