"""domain/programme_periods.py: a reporting month closes at the coordinator (Part 4 §9) — its
aggregate is kept, its individual summaries deleted, in one transaction — and the report reads
the same before and after, suppression included; a closed month's summary is refused; the
aggregate names nobody; the consent's retention sentence says what the code does."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path
from typing import Any

import msgspec
import pytest

from ementor_desktop.domain import programme, programme_periods
from ementor_desktop.domain.programme_report import (
    aggregate,
    aggregate_from_json,
    aggregate_json,
    build_report,
    report_csv,
    report_json,
)
from ementor_desktop.domain.programme_terms import consent_lines, retention_sentence
from ementor_desktop.domain.programme_types import ParticipantRow, ParticipantState
from ementor_desktop.protocol import programme_schema as ps
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.programmes import MemberRow, PairRow, ProgrammeRow, SummaryRow
from ementor_desktop.store.vault import Vault

_DOC = (Path(__file__).resolve().parents[2] / "docs" / "protocol.md").read_text(encoding="utf-8")
_PART_4 = _DOC[_DOC.index("# Part 4"):]


def _block(name: str) -> dict[str, str]:
    for block in re.findall(r"<!-- vector -->\n```\n(.*?)```", _PART_4, re.DOTALL):
        fields = dict(line.partition(": ")[::2] for line in block.splitlines())
        if fields.get("vector") == name:
            return fields
    raise KeyError(name)


TERMS_JSON = _block("programme-terms")["terms_json"]
TERMS = msgspec.json.decode(TERMS_JSON.encode(), type=ps.Terms)
PID = TERMS.programme
PERIODS = ("2026-01", "2026-02", "2026-03", "2026-04", "2026-05")
PAIRS_IN = {"2026-01": 7, "2026-02": 4, "2026-03": 6, "2026-04": 5, "2026-05": 3}


def _ms(day: str) -> int:
    return int(dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC).timestamp() * 1000)


NOW = _ms("2026-06-15T12:00:00")  # Jan, Feb, Mar are closed; Apr, May still take summaries


def _key(n: int) -> str:
    return f"{n + 1:064x}"


def _conv(n: int) -> str:
    return f"{n + 0xc0:032x}"


def _summary(participant: int, conv: int, period: str, at: int, rng: random.Random,
             figures: bool, pulse: bool) -> ps.Summary:
    plain: dict[str, Any] = {"v": 1, "programme": PID, "coordinator": TERMS.coordinator,
                             "participant": _key(participant), "conv": _conv(conv),
                             "period": period, "at": at}
    scopes: set[str] = set()
    if figures:
        held = rng.randint(0, 4)
        plain["figures"] = {"sessions_held": held, "minutes_held": 45 * held,
                            "sessions_cancelled": rng.randint(0, 1),
                            "goals_set": 3, "goals_achieved": rng.randint(0, 3),
                            "cadence_kept_pct": rng.randint(0, 100)}
        if conv % 3:  # some pairs share fewer scopes: a figure needs k pairs of its own
            del plain["figures"]["goals_set"], plain["figures"]["goals_achieved"]
        scopes |= {ps.FIGURE_SCOPES[name] for name in plain["figures"]}
    if pulse:
        plain["pulse"] = [{"item": item.id, "value": rng.randint(1, 5), "p_milli": item.p_milli}
                          for item in TERMS.reporting.pulse]
        scopes.add("pulse")
    plain["scopes"] = sorted(scopes)
    return msgspec.convert(plain, ps.Summary, strict=True)


def _cohort_summaries(seed: int = 7) -> list[ps.Summary]:
    """Pair n has mentee 2n and mentor 2n+1. Both members report figures (the later counts
    once for the pair) and pulse answers; some send a corrected summary later."""
    rng = random.Random(seed)
    out = []
    for index, period in enumerate(PERIODS):
        base = _ms(f"{period}-28T10:00:00") + 40 * 86_400_000
        for n in range(1, PAIRS_IN[period] + 1):
            out.append(_summary(2 * n, n, period, base + n, rng, figures=True, pulse=True))
            if n != 3 or index % 2 == 0:  # the mentor of pair 3 answers every other month
                out.append(_summary(2 * n + 1, n, period, base + 100 + n, rng,
                                    figures=n % 2 == 0, pulse=True))
            if n == 1:  # a correction: only the greatest `at` counts
                out.append(_summary(2 * n, n, period, base + 200, rng, figures=True,
                                    pulse=True))
    return out


def _participants(pairs: int = 7) -> list[ParticipantRow]:
    rows = []
    for n in range(1, pairs + 1):
        for who, role in ((2 * n, "mentee"), (2 * n + 1, "mentor")):
            rows.append(ParticipantRow(member_id=f"m{who}", key=_key(who), name=f"P{who}",
                                       role=role, state=ParticipantState.ACTIVE, joined_at=1,
                                       matched_with=("Someone",)))
    return rows


def _comparable(report: Any) -> dict[str, Any]:
    shown = report_json(report)
    shown.pop("generated_at")
    return shown


# -- the aggregate, pure ------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_report_from_stored_aggregates_equals_the_report_from_the_summaries(seed: int) -> None:
    summaries = _cohort_summaries(seed)
    participants = _participants()[:-1]  # pair 7's members are not in the cohort any more
    roles = {row.key: row.role for row in participants}
    before = build_report(programme_id=PID, name="N", terms=TERMS, participants=participants,
                          summaries=summaries, now_ms=1)
    stored = [aggregate_from_json(aggregate_json(month))
              for month in aggregate(summaries, TERMS, roles)]
    closed = {"2026-01", "2026-02", "2026-03"}
    after = build_report(programme_id=PID, name="N", terms=TERMS, participants=participants,
                         summaries=[s for s in summaries if s.period not in closed],
                         now_ms=1, aggregates=[a for a in stored if a.period in closed])
    assert after == before
    assert report_csv(after) == report_csv(before)
    # what the comparison covers: shown and suppressed months, role breakdowns, an unknown role
    assert {row.period: row.suppressed for row in before.periods} == {
        "2026-01": False, "2026-02": True, "2026-03": False, "2026-04": False,
        "2026-05": True}
    assert {row.role for row in before.pulse} == {"", "mentee", "mentor"}
    assert any(row.suppressed for row in before.pulse)
    assert any(row.sensitive and not row.suppressed for row in before.pulse)


def test_a_closed_months_summary_that_still_came_in_does_not_count_twice() -> None:
    summaries = _cohort_summaries()
    roles = {row.key: row.role for row in _participants()}
    months = aggregate(summaries, TERMS, roles)
    before = build_report(programme_id=PID, name="N", terms=TERMS, participants=_participants(),
                          summaries=summaries, now_ms=1)
    late = _summary(40, 40, "2026-01", _ms("2026-06-01T00:00:00"), random.Random(1), True, True)
    after = build_report(programme_id=PID, name="N", terms=TERMS, participants=_participants(),
                         summaries=[late], now_ms=1,
                         aggregates=[m for m in months if m.period != "2026-04"]
                         + [m for m in aggregate(summaries, TERMS, roles)
                            if m.period == "2026-04"])
    assert after == before


def test_an_aggregate_that_is_not_one_is_refused() -> None:
    good = json.loads(aggregate_json(aggregate(_cohort_summaries(), TERMS, {})[0]))
    for bad in ({**good, "member": "m2"}, {**good, "pairs": -1},
                {**good, "figures": {"sessions_held": [1]}}):
        with pytest.raises(ValueError, match="not a stored aggregate"):
            aggregate_from_json(json.dumps(bad))


# -- the close, on a real vault ----------------------------------------------------------------

def _setup(vault: Vault, summaries: list[ps.Summary]) -> Repos:
    repos = Repos.over(vault.db)
    with vault.db.transaction():
        repos.programmes.add(ProgrammeRow(
            id=PID, name="Mentoring 2026", my_role="coordinator", state="coordinating",
            joined_at=1, relay_url="http://127.0.0.1:9", terms=TERMS_JSON,
            tombstone_secret=bytes(32)))
        for row in _participants():
            who = int(row.member_id[1:])
            repos.programmes.add_member(MemberRow(
                programme_id=PID, member_id=row.member_id, contact_id=None,
                display_name=row.name, role=row.role, capacity=1, profile={"skills": {}},
                joined_at=1, signing_key=bytes.fromhex(_key(who)), box_key=bytes(32),
                state="enrolled", headline="", consent=None, consent_sig=None, consent_at=None,
                routes=[], mailbox_id=None, updated_at=1))
        for n in range(1, 8):
            repos.programmes.add_pair(PairRow(
                id=f"pair{n}", programme_id=PID, mentee_id=f"m{2 * n}", mentor_id=f"m{2 * n + 1}",
                conv=_conv(n), state="active", scopes=["goals", "sessions"], method="optimal",
                created_at=1, heard_at=2, ended_at=None))
        for summary in summaries:
            who = int(summary.participant, 16) - 1
            repos.programmes.put_summary(SummaryRow(
                programme_id=PID, member_id=f"m{who}", conv=summary.conv, period=summary.period,
                at=summary.at, summary=json.dumps(msgspec.to_builtins(summary), sort_keys=True),
                sig="00" * 64))
    return repos


def _housekeeping(vault: Vault, repos: Repos, now: int) -> None:
    with vault.db.transaction():
        programme.housekeeping(repos, now)


def test_housekeeping_closes_old_months_and_the_report_stays_the_same(vault: Vault) -> None:
    repos = _setup(vault, _cohort_summaries())
    before = programme.report(vault)
    _housekeeping(vault, repos, NOW)
    assert [period for period, _ in repos.programmes.aggregates(PID)] == [
        "2026-01", "2026-02", "2026-03"]
    assert sorted({s.period for s in repos.programmes.summaries(PID)}) == ["2026-04", "2026-05"]
    after = programme.report(vault)
    assert _comparable(after) == _comparable(before)
    assert after.periods[1].suppressed  # February's four pairs stay hidden
    _housekeeping(vault, repos, NOW)  # again: nothing changes
    assert _comparable(programme.report(vault)) == _comparable(before)
    # a month later April closes too, and still nothing moves
    _housekeeping(vault, repos, _ms("2026-07-01T00:00:00"))
    assert [period for period, _ in repos.programmes.aggregates(PID)][-1] == "2026-04"
    assert _comparable(programme.report(vault)) == _comparable(before)


def test_a_month_closes_when_summaries_of_it_are_no_longer_accepted(vault: Vault) -> None:
    """The month closes exactly when `verify_summary` starts refusing it: a February summary
    is accepted until the end of April (and the close leaves it), refused from 1 May (and the
    close takes it) — what the consent's retention sentence says."""
    repos = _setup(vault, _cohort_summaries())
    consent = msgspec.convert({
        "v": 1, "programme": PID, "coordinator": TERMS.coordinator, "participant": _key(2),
        "role": "mentee", "terms": _block("programme-terms")["terms_hash"],
        "scopes": ["pulse", "sessions"],
        "at": _ms("2026-01-02T00:00:00")}, ps.Consent, strict=True)
    body = ps.SummaryBody(v=1, programme=PID, sig="00" * 64, summary=_summary(
        2, 1, "2026-02", _ms("2026-04-30T00:00:00"), random.Random(2), False, True))

    def check(now: int) -> None:
        ps.verify_summary(body, coordinator=bytes.fromhex(TERMS.coordinator),
                          participant=bytes.fromhex(_key(2)), terms=TERMS, consent=consent,
                          accepted=["sessions"], pairs=[_conv(1)],
                          current_period=ps.period_of(now), verify=lambda *_: True)

    last_open, first_closed = _ms("2026-04-30T23:59:59.999"), _ms("2026-05-01T00:00:00")
    check(last_open)
    _housekeeping(vault, repos, last_open)
    assert "2026-02" in {s.period for s in repos.programmes.summaries(PID)}
    assert not programme_periods.is_closed("2026-02", last_open)
    with pytest.raises(ps.ProgrammeError, match="period out of range"):
        check(first_closed)
    _housekeeping(vault, repos, first_closed)
    assert "2026-02" not in {s.period for s in repos.programmes.summaries(PID)}
    assert programme_periods.is_closed("2026-02", first_closed)
    for period, _ in repos.programmes.aggregates(PID):  # every closed month refuses
        late = ps.SummaryBody(v=1, programme=PID, sig="00" * 64, summary=msgspec.structs.replace(
            body.summary, period=period))
        with pytest.raises(ps.ProgrammeError, match="period out of range"):
            ps.verify_summary(late, coordinator=bytes.fromhex(TERMS.coordinator),
                              participant=bytes.fromhex(_key(2)), terms=TERMS, consent=consent,
                              accepted=["sessions"], pairs=[_conv(1)],
                              current_period=ps.period_of(first_closed),
                              verify=lambda *_: True)


def test_an_aggregate_names_nobody(vault: Vault) -> None:
    summaries = _cohort_summaries()
    repos = _setup(vault, summaries)
    _housekeeping(vault, repos, NOW)
    stored = repos.programmes.aggregates(PID)
    assert len(stored) == 3
    text = " ".join(json_text for _period, json_text in stored)
    people = {s.participant for s in summaries} | {s.conv for s in summaries}
    people |= {m.member_id for m in repos.programmes.members(PID)}
    people |= {str(s.at) for s in summaries}
    assert all(value not in text for value in people)
    for _period, json_text in stored:
        plain = json.loads(json_text)
        assert set(plain) == {"period", "pairs", "figures", "pulse", "wrong_p"}
        assert all(set(cell) == {"item", "role", "p_milli", "counts"} for cell in plain["pulse"])
    columns = {row[1] for row in vault.db.all("PRAGMA table_info(programme_aggregates)")}
    assert columns == {"programme_id", "period", "aggregate", "closed_at"}


def test_a_late_summary_of_a_closed_month_is_dropped_and_the_aggregate_kept(
        vault: Vault) -> None:
    repos = _setup(vault, _cohort_summaries())
    _housekeeping(vault, repos, NOW)
    before = programme.report(vault)
    held = dict(repos.programmes.aggregates(PID))
    late = _summary(2, 1, "2026-01", NOW, random.Random(9), True, True)
    with vault.db.transaction():  # as if the clock had been set back when it came
        repos.programmes.put_summary(SummaryRow(
            programme_id=PID, member_id="m2", conv=late.conv, period=late.period, at=late.at,
            summary=json.dumps(msgspec.to_builtins(late), sort_keys=True), sig="00" * 64))
    assert _comparable(programme.report(vault)) == _comparable(before)
    _housekeeping(vault, repos, NOW)
    assert "2026-01" not in {s.period for s in repos.programmes.summaries(PID)}
    assert dict(repos.programmes.aggregates(PID)) == held


def test_the_close_is_one_transaction(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    repos = _setup(vault, _cohort_summaries())
    count = len(repos.programmes.summaries(PID))
    real = vault.db.execute

    def failing(sql: str, params: Any = ()) -> Any:
        if sql.startswith("DELETE FROM programme_summaries"):
            raise OSError("disk gone")
        return real(sql, params)

    monkeypatch.setattr(vault.db, "execute", failing)
    with pytest.raises(OSError, match="disk gone"):
        repos.programmes.close_period(PID, "2026-01", "{}", 2)
    monkeypatch.undo()
    assert repos.programmes.aggregates(PID) == []  # the aggregate went with the failure
    assert len(repos.programmes.summaries(PID)) == count
    with vault.db.transaction():  # a month's aggregate already there: nothing is deleted
        vault.db.execute("INSERT INTO programme_aggregates(programme_id, period, aggregate, "
                         "closed_at) VALUES (?, '2026-01', '{}', 1)", (PID,))
    with pytest.raises(Exception, match="UNIQUE"), vault.db.transaction():
        repos.programmes.close_period(PID, "2026-01", "{}", 2)
    assert len(repos.programmes.summaries(PID)) == count


def test_deleting_the_programme_deletes_its_aggregates(vault: Vault) -> None:
    repos = _setup(vault, _cohort_summaries())
    _housekeeping(vault, repos, NOW)
    with vault.db.transaction():
        repos.programmes.delete(PID)
    assert vault.db.scalar("SELECT count(*) FROM programme_aggregates") == 0


# -- what the person is told ---------------------------------------------------------------------

def test_the_retention_sentence_says_what_the_coordinator_does() -> None:
    sentence = retention_sentence(TERMS)
    assert sentence in consent_lines(TERMS, "mentee")
    assert f"until {TERMS.retention.after_end_days} days after the programme ends" in sentence
    assert "until the end of the second month after it" in sentence  # the close, above
    assert "added to the programme's totals for that month" in sentence
    assert f"kept {TERMS.retention.report_days} days" in sentence
    assert "leaving erases all of it at once" in sentence
