"""The coordinator's report of a programme (docs/protocol.md Part 4 §9): enrolment from the
coordinator's own data, each month's pair figures and pulse estimates from the participants'
summaries, with small groups suppressed, and its CSV and JSON forms.

Owns the aggregation rules: a summary per (participant, pair, month) with the greatest `at`;
a pair's figures count once a month (the most recent of its two members' summaries that
carry figures); a participant's pulse answer counts once per item and month (their most recent
summary that answers it); a figure is shown only if it aggregates at least `min_group` pairs
(pair figures) or participants (pulse), a breakdown beside its total suppressed as §9
"Small groups" says (`programme_schema.suppressed`); pulse means de-noised with
`programme_schema.estimate`, so the dashboard and the protocol's vectors agree. Both go through
a month's `PeriodAggregate` (counts, no one in them), which is also what the coordinator keeps
of a month once it closes (`programme_periods`): closed months are reported from their stored
aggregates exactly as they were from their summaries.

Pure: no vault, no network, no Qt. Suppression here is the app's rule (§1, trust assumption 3),
applied wherever the report is rendered or exported, since every view starts from this report.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Annotated, Any

import msgspec

from ementor_desktop.domain.programme_types import (
    ParticipantRow,
    ParticipantState,
    PeriodFigures,
    ProgrammeReport,
    PulseFigures,
)
from ementor_desktop.protocol.programme_schema import (
    P_MILLI_PLAIN,
    SCALE,
    Figures,
    Summary,
    Terms,
    estimate,
    suppressed,
)

#: The version of `report_json`'s shape (a new field is added without changing it).
REPORT_FORMAT = 1
#: Pair figures summed over the pairs (name in the summary -> name in PeriodFigures).
_SUMS = (("sessions_held", "sessions_held"), ("minutes_held", "minutes_held"),
         ("sessions_cancelled", "sessions_cancelled"), ("goals_set", "goals_set"),
         ("goals_achieved", "goals_done"))
#: Pair figures averaged over the pairs that sent them, rounded half up.
_MEANS = (("cadence_kept_pct", "cadence_kept_pct"), ("progress_mean_pct", "progress_mean_pct"))
#: Every figure of a summary the aggregate keeps.
_SOURCES = (*(s for s, _ in _SUMS), *(s for s, _ in _MEANS), "agreement_signed")
_Z95 = Fraction(196, 100)
_ALL = ""  # the role of a pulse row over everyone


def breakdown(counts: Mapping[str, int], k: int) -> dict[str, int | None]:
    """A breakdown's cells as they may be shown beside the total: None for each suppressed
    cell (`programme_schema.suppressed`: primary, secondary, or all below a total of k)."""
    hidden = suppressed(counts, k)
    return {cell: (None if cell in hidden else n) for cell, n in counts.items()}


def _latest(summaries: Sequence[Summary]) -> list[Summary]:
    """The kept summaries: per (participant, pair, period) the one with the greatest `at`."""
    kept: dict[tuple[str, str, str], Summary] = {}
    for summary in summaries:
        key = (summary.participant, summary.conv, summary.period)
        held = kept.get(key)
        if held is None or summary.at > held.at:
            kept[key] = summary
    return list(kept.values())


def _half_up(value: Fraction) -> int:
    return int(value + Fraction(1, 2)) if value >= 0 else -int(-value + Fraction(1, 2))


# -- a period's aggregate ----------------------------------------------------------------------

@dataclass(frozen=True)
class PeriodAggregate:
    """One month's figures with no one in them: what the report needs of that month, and all
    the coordinator keeps once the month closes (§9; `programme_periods`).

    `pairs`: the pairs whose figures count (a pair once: the most recent of its two members'
    summaries that carry figures); `figures`: summary figure name -> (pairs that sent it, their
    sum; a boolean counts 1 when true); `pulse`: (item, role, p_milli) -> answer value as sent
    -> people (each person's most recent answer to the item, `role` "" for someone not in the
    cohort); `wrong_p`: answers left out because their randomisation was not the terms'."""

    period: str
    pairs: int = 0
    figures: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    pulse: Mapping[tuple[str, str, int], Mapping[int, int]] = field(default_factory=dict)
    wrong_p: int = 0


def aggregate(summaries: Sequence[Summary], terms: Terms,
              roles: Mapping[str, str]) -> list[PeriodAggregate]:
    """Each month's aggregate of these summaries (any number per participant, pair and month:
    the greatest `at` counts), oldest first; `roles` maps a participant's key to their role."""
    kept = _latest(summaries)
    pair_figures: dict[str, dict[str, Summary]] = defaultdict(dict)  # period -> conv -> summary
    for summary in kept:
        if not isinstance(summary.figures, Figures):
            continue
        held = pair_figures[summary.period].get(summary.conv)
        # Ties between the two members (same `at`) go to the smaller key, so the report
        # does not depend on the order summaries were stored in.
        if held is None or (summary.at, held.participant) > (held.at, summary.participant):
            pair_figures[summary.period][summary.conv] = summary
    items = {item.id: item for item in terms.reporting.pulse}
    # (period, item) -> participant -> (at, value): each person's most recent answer.
    answers: dict[tuple[str, str], dict[str, tuple[int, int]]] = defaultdict(dict)
    wrong_p: Counter[str] = Counter()
    for summary in kept:
        if not isinstance(summary.pulse, list):
            continue
        for answer in summary.pulse:
            item = items.get(answer.item)
            if item is None:
                continue
            if answer.p_milli != item.p_milli:  # the receiver refuses these; never mix p
                wrong_p[summary.period] += 1
                continue
            mine = answers[(summary.period, answer.item)]
            held_answer = mine.get(summary.participant)
            if held_answer is None or summary.at > held_answer[0]:
                mine[summary.participant] = (summary.at, answer.value)
    pulse: dict[str, dict[tuple[str, str, int], Counter[int]]] = defaultdict(dict)
    for (period, item_id), by_person in answers.items():
        for person, (_at, value) in by_person.items():
            cell = (item_id, roles.get(person, ""), items[item_id].p_milli)
            pulse[period].setdefault(cell, Counter())[value] += 1
    periods = sorted({s.period for s in kept})
    out = []
    for period in periods:
        figures = [s.figures for s in pair_figures.get(period, {}).values()
                   if isinstance(s.figures, Figures)]
        sums: dict[str, tuple[int, int]] = {}
        for source in _SOURCES:
            sent = [getattr(f, source) for f in figures
                    if isinstance(getattr(f, source), int | bool)]
            if sent:
                sums[source] = (len(sent), sum(int(v) for v in sent))
        out.append(PeriodAggregate(
            period=period, pairs=len(figures), figures=sums,
            pulse={cell: dict(sorted(counts.items()))
                   for cell, counts in sorted(pulse.get(period, {}).items())},
            wrong_p=wrong_p[period]))
    return out


def aggregate_json(agg: PeriodAggregate) -> str:
    """The stored form of a closed month's aggregate: counts only, no key, no member id."""
    return msgspec.json.encode(_Stored(
        period=agg.period, pairs=agg.pairs,
        figures={name: [n, total] for name, (n, total) in sorted(agg.figures.items())},
        pulse=[_StoredPulse(item=item, role=role, p_milli=p_milli, counts=dict(counts))
               for (item, role, p_milli), counts in sorted(agg.pulse.items())],
        wrong_p=agg.wrong_p)).decode()


def aggregate_from_json(text: str) -> PeriodAggregate:
    """A stored aggregate (`aggregate_json`); ValueError if it is not one."""
    try:
        stored = msgspec.json.decode(text.encode(), type=_Stored)
    except msgspec.ValidationError as err:
        raise ValueError(f"not a stored aggregate: {err}") from None
    return PeriodAggregate(
        period=stored.period, pairs=stored.pairs,
        figures={name: (pair[0], pair[1]) for name, pair in stored.figures.items()},
        pulse={(p.item, p.role, p.p_milli): dict(p.counts) for p in stored.pulse},
        wrong_p=stored.wrong_p)


class _StoredPulse(msgspec.Struct, forbid_unknown_fields=True):
    item: str
    role: str
    p_milli: int
    counts: dict[Annotated[int, msgspec.Meta(ge=1, le=5)], Annotated[int, msgspec.Meta(ge=0)]]


class _Stored(msgspec.Struct, forbid_unknown_fields=True):
    period: str
    pairs: Annotated[int, msgspec.Meta(ge=0)]
    figures: dict[str, Annotated[list[Annotated[int, msgspec.Meta(ge=0)]],
                                 msgspec.Meta(min_length=2, max_length=2)]]
    pulse: list[_StoredPulse]
    wrong_p: Annotated[int, msgspec.Meta(ge=0)] = 0


# -- rows --------------------------------------------------------------------------------------

def _period_rows(aggregates: Sequence[PeriodAggregate], k: int) -> list[PeriodFigures]:
    rows = []
    for agg in aggregates:
        if not agg.pairs:  # no pair sent figures that month
            continue
        total_hidden = bool(suppressed({"pairs": agg.pairs}, k))
        values: dict[str, Any] = {}
        for source, name in (*_SUMS, *_MEANS, ("agreement_signed", "agreements_signed")):
            sent, total = agg.figures.get(source, (0, 0))
            # Each figure needs k pairs of its own: pairs may share different scopes.
            if total_hidden or suppressed({source: sent}, k):
                values[name] = None
            elif (source, name) in _MEANS:
                values[name] = _half_up(Fraction(total, sent))
            else:
                values[name] = total
        rows.append(PeriodFigures(period=agg.period, pairs=agg.pairs, suppressed=total_hidden,
                                  **values))
    return rows


def _pulse_rows(aggregates: Sequence[PeriodAggregate], terms: Terms,
                k: int) -> tuple[list[PulseFigures], list[str]]:
    rows: list[PulseFigures] = []
    wrong_p = 0
    for agg in aggregates:
        wrong_p += agg.wrong_p
        for item in terms.reporting.pulse:
            by_role: dict[str, list[int]] = defaultdict(list)
            for (item_id, role, p_milli), counts in agg.pulse.items():
                if item_id != item.id:
                    continue
                if p_milli != item.p_milli:  # kept under other terms: never mix p
                    wrong_p += sum(counts.values())
                    continue
                by_role[role] += [value for value, n in sorted(counts.items())
                                  for _ in range(n)]
            total = sorted(value for values in by_role.values() for value in values)
            if not total:
                continue
            counts_by_role = {role: len(values) for role, values in by_role.items() if role}
            rows.append(_pulse_row(item.id, item.question, item.p_milli, agg.period, _ALL,
                                   total, hidden=bool(suppressed({"all": len(total)}, k))))
            shown = breakdown(counts_by_role, k)
            # One role alone would repeat the total; someone of no known role (not in the
            # cohort rows) would be the difference between the total and the roles: no
            # breakdown then.
            if len(counts_by_role) > 1 and "" not in by_role:
                for role in sorted(counts_by_role):
                    rows.append(_pulse_row(item.id, item.question, item.p_milli, agg.period,
                                           role, by_role[role], hidden=shown[role] is None))
    notes = [f"{wrong_p} pulse answers sent with another randomisation than the terms' were "
             "left out."] if wrong_p else []
    return rows, notes


def _pulse_row(item: str, question: str, p_milli: int, period: str, role: str,
               values: Sequence[int], *, hidden: bool) -> PulseFigures:
    common: dict[str, Any] = {"item": item, "question": question, "period": period,
                              "answers": len(values), "sensitive": p_milli < P_MILLI_PLAIN,
                              "p_milli": p_milli, "role": role}
    if hidden or not values:
        return PulseFigures(suppressed=True, **common)
    found = estimate(values, p_milli)
    mean = float(found.mean)
    low = high = mean
    if found.variance is not None:
        spread = float(_Z95) * math.sqrt(found.variance)
        low, high = mean - spread, mean + spread
    return PulseFigures(suppressed=False, mean=mean, low=_clip(low), high=_clip(high),
                        shares=tuple(float(share) for share in found.shares), **common)


def _clip(value: float) -> float:
    return min(max(value, float(SCALE[0])), float(SCALE[-1]))


def build_report(*, programme_id: str, name: str, terms: Terms,
                 participants: Sequence[ParticipantRow], summaries: Sequence[Summary],
                 now_ms: int, aggregates: Sequence[PeriodAggregate] = ()) -> ProgrammeReport:
    """The report the dashboard, the CSV export and `ementor programme report` show.

    `participants` are the coordinator's cohort rows (enrolment counts are its own data and are
    never suppressed); `summaries` the checked summaries it holds (any number per participant,
    pair and month: the greatest `at` counts). Pair figures per month over the pairs whose
    figures count (a pair once), each figure None below `min_group` pairs; pulse estimates per
    item and month over everyone (role ""), and by role where both roles answered, suppressed
    below `min_group` participants as a breakdown beside its total. `aggregates` are the
    closed months' (`programme_periods`), shown as their summaries were; a summary of a closed
    month is left out (it could only come from a clock set back)."""
    k = terms.reporting.min_group
    enrolment = Counter(row.state.value for row in participants)
    by_role: dict[str, Counter[str]] = defaultdict(Counter)
    for row in participants:
        by_role[row.role][row.state.value] += 1
    in_pair = {ParticipantState.MATCHED, ParticipantState.ACTIVE}
    matched = sum(1 for row in participants if row.matched_with or row.state in in_pair)
    unmatched = sum(1 for row in participants
                    if row.state == ParticipantState.ENROLLED and not row.matched_with)
    roles = {row.key: row.role for row in participants}
    closed = {agg.period: agg for agg in aggregates}
    live = aggregate([s for s in summaries if s.period not in closed], terms, roles)
    months = sorted([*closed.values(), *live], key=lambda agg: agg.period)
    periods = _period_rows(months, k)
    pulse, notes = _pulse_rows(months, terms, k)
    hidden_periods = [row.period for row in periods if row.suppressed]
    if hidden_periods:
        notes.insert(0, f"{len(hidden_periods)} month(s) with fewer than {k} pairs reporting "
                        f"are not shown: {', '.join(hidden_periods)}.")
    hidden_pulse = sum(1 for row in pulse if row.suppressed)
    if hidden_pulse:
        notes.append(f"{hidden_pulse} pulse figure(s) with fewer than {k} people answering "
                     "are not shown.")
    return ProgrammeReport(
        programme_id=programme_id, name=name, generated_at=now_ms, min_group=k,
        enrolment=dict(sorted(enrolment.items())),
        by_role={role: dict(sorted(states.items())) for role, states in sorted(by_role.items())},
        matched=matched, unmatched=unmatched, periods=tuple(periods), pulse=tuple(pulse),
        notes=tuple(notes))


# -- JSON --------------------------------------------------------------------------------------

_PERIOD_FIELDS = ("sessions_held", "minutes_held", "sessions_cancelled", "goals_set",
                  "goals_done", "cadence_kept_pct", "progress_mean_pct", "agreements_signed")


def report_json(report: ProgrammeReport) -> dict[str, Any]:
    """`ementor programme report --json`. Field names are stable (new ones may be added):

    - `format` (1), `programme` (id, 32 hex), `name`, `generated_at` (ms), `min_group`;
    - `enrolment`: participant state -> people; `by_role`: role -> state -> people;
      `matched` (in at least one active pair), `unmatched` (enrolled, in none) — the
      coordinator's own data, never suppressed;
    - `periods`: one object per month, oldest first: `period` (YYYY-MM), `pairs` (pairs whose
      figures count), `suppressed` (true: fewer than `min_group` pairs, every figure null),
      and `sessions_held`, `minutes_held`, `sessions_cancelled`, `goals_set`, `goals_done`,
      `agreements_signed` (sums over the pairs), `cadence_kept_pct`, `progress_mean_pct`
      (means over the pairs, rounded): null when not shown (too few pairs sent it);
    - `pulse`: one object per month, item and group: `period`, `item`, `question`, `role`
      (`""` for everyone, else `mentor` or `mentee`), `answers` (people), `sensitive`
      (randomised response), `p_milli`, `suppressed`, `mean` (unbiased estimate, not
      clipped), `low`/`high` (its 95% interval clipped to 1 … 5), `shares` (estimated share of
      answers 1 … 5, may fall outside 0 … 1): null when suppressed;
    - `notes`: sentences about what is not shown.
    """
    return {
        "format": REPORT_FORMAT,
        "programme": report.programme_id,
        "name": report.name,
        "generated_at": report.generated_at,
        "min_group": report.min_group,
        "enrolment": dict(report.enrolment),
        "by_role": {role: dict(states) for role, states in report.by_role.items()},
        "matched": report.matched,
        "unmatched": report.unmatched,
        "periods": [{"period": row.period, "pairs": row.pairs, "suppressed": row.suppressed,
                     **{name: getattr(row, name) for name in _PERIOD_FIELDS}}
                    for row in report.periods],
        "pulse": [{"period": row.period, "item": row.item, "question": row.question,
                   "role": row.role, "answers": row.answers, "sensitive": row.sensitive,
                   "p_milli": row.p_milli, "suppressed": row.suppressed, "mean": row.mean,
                   "low": row.low, "high": row.high,
                   "shares": list(row.shares) if row.shares is not None else None}
                  for row in report.pulse],
        "notes": list(report.notes),
    }


# -- CSV ---------------------------------------------------------------------------------------

CSV_COLUMNS = ("section", "period", "role", "item", "question", "metric", "value", "count",
               "status")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula: text starting with = + - @ (or a tab or
    carriage return) gets a leading apostrophe; plain numbers, negative ones included, stay."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def _number(value: float | int | bool | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    return f"{value:.4f}".rstrip("0").rstrip(".") if math.isfinite(value) else ""


def report_csv(report: ProgrammeReport) -> str:
    """The report as one CSV table (`CSV_COLUMNS`), one figure a row, for a spreadsheet:
    `section` (programme, enrolment, matching, pairs, pulse, note), `period`, `role`, `item`
    and `question` (pulse), `metric`, `value` (blank when suppressed), `count` (pairs or people
    the figure aggregates) and `status` (`shown` or `suppressed`). Every cell is neutralised
    against formula injection (`neutralise`)."""
    rows: list[tuple[str | int, ...]] = [
        ("programme", "", "", "", "", "name", report.name, "", "shown"),
        ("programme", "", "", "", "", "id", report.programme_id, "", "shown"),
        ("programme", "", "", "", "", "min_group", report.min_group, "", "shown"),
        ("programme", "", "", "", "", "generated_at", report.generated_at, "", "shown"),
    ]
    for state, people in report.enrolment.items():
        rows.append(("enrolment", "", "", "", "", state, people, "", "shown"))
    for role, states in report.by_role.items():
        for state, people in states.items():
            rows.append(("enrolment", "", role, "", "", state, people, "", "shown"))
    rows.append(("matching", "", "", "", "", "matched", report.matched, "", "shown"))
    rows.append(("matching", "", "", "", "", "unmatched", report.unmatched, "", "shown"))
    for period in report.periods:
        for name in _PERIOD_FIELDS:
            value = getattr(period, name)
            rows.append(("pairs", period.period, "", "", "", name, _number(value), period.pairs,
                         "suppressed" if value is None else "shown"))
    for pulse in report.pulse:
        metrics: list[tuple[str, float | None]] = [
            ("mean", pulse.mean), ("low", pulse.low), ("high", pulse.high)]
        shares = pulse.shares if pulse.shares is not None else (None,) * len(SCALE)
        metrics += [(f"share_{value}", share) for value, share in zip(SCALE, shares,
                                                                      strict=True)]
        for metric, value in metrics:
            rows.append(("pulse", pulse.period, pulse.role, pulse.item, pulse.question, metric,
                         _number(value), pulse.answers,
                         "suppressed" if pulse.suppressed else "shown"))
    for note in report.notes:
        rows.append(("note", "", "", "", "", "note", note, "", "shown"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([neutralise(cell if isinstance(cell, str) else _number(cell))
                         for cell in row])
    return out.getvalue()


__all__ = ["CSV_COLUMNS", "REPORT_FORMAT", "PeriodAggregate", "aggregate", "aggregate_from_json",
           "aggregate_json", "breakdown", "build_report", "neutralise", "report_csv",
           "report_json"]
