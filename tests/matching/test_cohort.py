"""Reading the participants CSV: the happy path and one clear error per kind of bad cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ementor_desktop.errors import UsageError
from ementor_desktop.matching.cohort import parse_cohort, read_cohort
from tests.matching.cohorts import csv_text, row


def test_reads_every_column() -> None:
    text = csv_text([
        row("e1", "mentee", wants="Python:4; sql:2", languages="EN;fr", timezone="Europe/Paris",
            exclude="m1", department="Legal", name="Ana", extra=("3",)),
        row("m1", "Mentor", skills="python:5", capacity="3", extra=("",)),
    ], ("ws_pace",))
    cohort = parse_cohort(text)
    ana, mentor = cohort.participants
    assert ana.wants == {"python": 4, "sql": 2}
    assert ana.languages == ("en", "fr")
    assert ana.exclude == ("m1",)
    assert ana.capacity == 1
    assert ana.line == 2
    assert ana.extra == {"ws_pace": "3"}
    assert mentor.role == "mentor"
    assert mentor.capacity == 3
    assert cohort.extra_columns == ("ws_pace",)
    assert [p.id for p in cohort.mentees] == ["e1"]


def test_default_capacity_is_one_and_blank_lines_are_skipped() -> None:
    text = csv_text([row("m1", "mentor", skills="sql:2"), ",,,,,,,,,", "",
                     row("e1", "mentee", wants="sql:1")])
    cohort = parse_cohort(text)
    assert cohort.mentors[0].capacity == 1
    assert cohort.mentees[0].line == 5


def test_reads_a_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "cohort.csv"
    path.write_bytes(b"\xef\xbb\xbf" + csv_text([row("e1", "mentee", wants="sql:1")]).encode())
    assert read_cohort(path).participants[0].id == "e1"


@pytest.mark.parametrize(("cells", "expected"), [
    ({"wants": "python"}, "line 2, column wants: 'python' is not skill:level"),
    ({"wants": "python:7"}, "line 2, column wants: level of 'python' must be 1-5, not 7"),
    ({"wants": "python:x"}, "line 2, column wants: level of 'python' must be a whole number"),
    ({"wants": "sql:1;SQL:2"}, "line 2, column wants: 'sql' is listed twice"),
    ({"wants": ""}, "line 2, column wants: a mentee needs at least one wanted skill"),
    ({"timezone": "Mars/Olympus"}, "line 2, column timezone: unknown time zone 'Mars/Olympus'"),
    ({"timezone": ""}, "line 2, column timezone: a time zone is needed"),
    ({"timezone": "europe/berlin"}, "line 2, column timezone: unknown time zone "
                                    "'europe/berlin'; did you mean Europe/Berlin?"),
    ({"languages": " ; "}, "line 2, column languages: at least one language is needed"),
    ({"capacity": "2"}, "line 2, column capacity: capacity applies to mentors only"),
    ({"exclude": "nobody"}, "line 2, column exclude: no participant has the id 'nobody'"),
    ({"exclude": "e1"}, "line 2, column exclude: a participant cannot exclude themself"),
])
def test_bad_mentee_cells_name_line_and_column(cells: dict[str, str], expected: str) -> None:
    values = {"wants": "sql:1", **cells}
    text = csv_text([row("e1", "mentee", **values), row("m1", "mentor", skills="sql:3")])
    with pytest.raises(UsageError) as caught:
        parse_cohort(text, source="c.csv")
    assert str(caught.value).startswith(f"c.csv {expected}")


@pytest.mark.parametrize(("cells", "expected"), [
    ({"capacity": "-1"}, "column capacity: must be between 0 and 1000, not -1"),
    ({"capacity": "two"}, "column capacity: must be a whole number, not 'two'"),
    ({"skills": ""}, "column skills: a mentor needs at least one skill:level"),
])
def test_bad_mentor_cells(cells: dict[str, str], expected: str) -> None:
    values = {"skills": "sql:3", **cells}
    text = csv_text([row("e1", "mentee", wants="sql:1"), row("m1", "mentor", **values)])
    with pytest.raises(UsageError, match=f"line 3, {expected}"):
        parse_cohort(text)


def test_bad_role_duplicate_id_and_field_count() -> None:
    with pytest.raises(UsageError, match="line 2, column role: must be mentor or mentee"):
        parse_cohort(csv_text([row("x", "coach", skills="a:1")]))
    with pytest.raises(UsageError, match="line 3, column id: 'x' is already used on line 2"):
        parse_cohort(csv_text([row("x", "mentor", skills="a:1"), row("x", "mentee", wants="a:1")]))
    with pytest.raises(UsageError, match="line 2: expected 10 fields like the header, found 3"):
        parse_cohort(csv_text(["a,b,c"]))


def test_header_problems() -> None:
    with pytest.raises(UsageError, match="missing column\\(s\\) timezone, capacity"):
        parse_cohort("id,name,role,skills,wants,languages,exclude,department\n")
    with pytest.raises(UsageError, match="the file is empty"):
        parse_cohort("\n\n")
    with pytest.raises(UsageError, match="column 'id' appears twice"):
        parse_cohort("id,id,name,role,skills,wants,languages,timezone,capacity,exclude,"
                     "department\n")


def test_file_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="participants file not found"):
        read_cohort(tmp_path / "missing.csv")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(csv_text([row("e1", "mentee", wants="sql:1", name="Jos\xe9")])
                      .encode("latin-1"))
    with pytest.raises(UsageError, match="not UTF-8 text"):
        read_cohort(latin)


def test_quoted_cells_may_hold_commas_and_line_breaks() -> None:
    text = (csv_text([]) + '"e1","Smith, Ana",mentee,,"python:3;\n sql:2",en,UTC,,,"Ops\x1c"\n'
            + 'm1,"Line\r\nbreak",mentor,python:4,,en,UTC,2,,\r\n'
            + "m2,,mentor,x:1,,en,Europe/Rome,0,,\n")
    cohort = parse_cohort(text)
    ana, mentor, last = cohort.participants
    assert ana.name == "Smith, Ana"
    assert ana.wants == {"python": 3, "sql": 2}
    assert mentor.name == "Line\r\nbreak"
    assert [p.line for p in cohort.participants] == [2, 4, 6]  # where each row starts
    assert last.capacity == 0


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list(",;:\n\r\"\\ xyz0123456789é")), max_size=200))
def test_any_text_gives_a_cohort_or_a_one_line_usage_error(text: str) -> None:
    header = "id,name,role,skills,wants,languages,timezone,capacity,exclude,department\n"
    for candidate in (text, header + text):
        try:
            parse_cohort(candidate, source="c.csv")
        except UsageError as err:
            message = str(err)
        else:
            continue
        assert message.startswith("c.csv")
        assert "\n" not in message
