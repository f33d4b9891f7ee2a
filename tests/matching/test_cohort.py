"""Reading the participants CSV: the happy path and one clear error per kind of bad cell."""

from __future__ import annotations

import csv
import io
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


@pytest.mark.parametrize(("cells", "expected"), [
    ({"timezone": "Europe"}, "column timezone: 'Europe' is a region, not a time zone; name a "
                             "zone in it, e.g. Europe/"),
    ({"timezone": "z" * 256}, "column timezone: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'… is "
                              "too long to be a time-zone name"),
    ({"timezone": "localtime"}, "column timezone: 'localtime' names this computer's own setting"),
    ({"timezone": "posixrules"}, "column timezone: 'posixrules' is an internal file"),
    ({"timezone": "Factory"}, "column timezone: 'Factory' is a placeholder"),
    ({"timezone": "right/UTC"}, "column timezone: 'right/UTC' is a variant of the database that "
                                "counts leap seconds, not a time zone name; did you mean UTC?"),
    ({"timezone": "posix/Europe/Paris"}, "column timezone: 'posix/Europe/Paris' is a variant"),
    ({"timezone": "/etc/localtime"}, "column timezone: unknown time zone '/etc/localtime'"),
    ({"timezone": "../UTC"}, "column timezone: unknown time zone '../UTC'"),
    ({"wants": "python:３"}, "column wants: level of 'python' must be a whole number 1-5 written "
                             "with the digits 0-9, not '３'"),
    ({"wants": "python:٣"}, "column wants: level of 'python' must be a whole number 1-5 written "
                            "with the digits 0-9, not '٣'"),
    ({"wants": "python:+3"}, "column wants: level of 'python' must be a whole number 1-5, "
                             "not '+3'"),
    ({"wants": "python:-3"}, "column wants: level of 'python' must be a whole number 1-5, "
                             "not '-3'"),
    ({"wants": "python:1_000"}, "column wants: level of 'python' must be a whole number 1-5, "
                                "not '1_000'"),
    ({"wants": "python:3:4"}, "column wants: 'python:3:4' has more than one ':'"),
    ({"wants": "sql:1; python:3:4"}, "column wants: 'python:3:4' has more than one ':'"),
    ({"wants": "python:9" + "0" * 5000}, "column wants: level of 'python' must be 1-5, not 9000"),
    ({"skills": "python:٣"}, "column skills: level of 'python' must be a whole number 1-5"),
    ({"capacity": "１"}, "column capacity: must be a whole number written with the digits 0-9, "
                        "not '１'"),
    ({"capacity": "+1"}, "column capacity: must be a whole number, not '+1'"),
])
def test_odd_zones_and_numbers_are_refused_with_line_and_column(cells: dict[str, str],
                                                                 expected: str) -> None:
    values = {"wants": "sql:1", **cells}
    text = csv_text([row("m1", "mentor", skills="sql:3"), row("e1", "mentee", **values)])
    with pytest.raises(UsageError) as caught:
        parse_cohort(text, source="c.csv")
    message = str(caught.value)
    assert message.startswith(f"c.csv line 3, {expected}")
    assert "\n" not in message


@pytest.mark.parametrize("capacity", ["３", "+3", "1_0", " 2_0", "٣"])
def test_mentor_capacity_is_plain_digits(capacity: str) -> None:
    text = csv_text([row("m1", "mentor", skills="sql:3", capacity=f'"{capacity}"')])
    with pytest.raises(UsageError, match="line 2, column capacity: must be a whole number"):
        parse_cohort(text)


def test_plain_levels_and_capacities_still_read() -> None:
    text = csv_text([row("m1", "mentor", skills="python: 5 ;sql:03", capacity=" 007 "),
                     row("e1", "mentee", wants="c++:2", timezone=" Europe/Berlin ")])
    mentor, mentee = parse_cohort(text).participants
    assert mentor.skills == {"python": 5, "sql": 3}
    assert mentor.capacity == 7
    assert mentee.wants == {"c++": 2}
    assert mentee.timezone == "Europe/Berlin"


def test_a_zone_that_is_a_folder_is_a_cell_error_not_a_file_error(tmp_path: Path) -> None:
    # zoneinfo answers "Europe" with IsADirectoryError and a 256-character name with OSError
    # "File name too long"; neither may be reported as a problem with the participants file.
    path = tmp_path / "cohort.csv"
    for zone, expected in (("Europe", "'Europe' is a region"), ("x" * 256, "is too long")):
        path.write_text(csv_text([row("e1", "mentee", wants="sql:1", timezone=zone)]),
                        encoding="utf-8")
        with pytest.raises(UsageError) as caught:
            read_cohort(path)
        message = str(caught.value)
        assert message.startswith(f"{path} line 2, column timezone: ")
        assert expected in message
        assert "is a folder" not in message and "cannot read" not in message


# Random cell contents: whatever is typed into one cell, the answer is a cohort or a one-line
# error naming that cell's line and column (never a traceback, never another line or the file).
_CELL = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=60),  # what a UTF-8 file can hold
    st.lists(st.sampled_from([*";:,/\"\n\r +-_.0123456789", "３", "٣", "python", "sql", "UTC",
                              "Europe", "Europe/Paris", "localtime", "right/", "mentor", "mentee",
                              "m1", "e1"]),
             max_size=12).map("".join),
    st.sampled_from(["Europe", "localtime", "posixrules", "Factory", "right/UTC", "posix/UTC",
                     "x" * 256, "/etc/localtime", "../UTC", "python:3:4", "sql:+3", "sql:1_0",
                     "sql:３", "sql:٣", "1e0", "nan", "+3", "３"]),
)
_COLUMNS = ("id", "name", "role", "skills", "wants", "languages", "timezone", "capacity",
            "exclude", "department", "ws_pace")


@settings(max_examples=400, deadline=None)
@given(column=st.sampled_from(_COLUMNS), value=_CELL, blank_lines=st.integers(0, 2))
def test_a_random_cell_gives_a_cohort_or_an_error_naming_its_line_and_column(
        column: str, value: str, blank_lines: int) -> None:
    from ementor_desktop.matching.config import MatchConfig
    from ementor_desktop.matching.scoring import PairScorer

    header = [*_COLUMNS]
    first = ["m1", "Mo", "mentor", "sql:3", "", "en", "UTC", "2", "", "Ops", "3"]
    cells = dict(zip(header, ["e1", "Ed", "mentee", "sql:2", "sql:1", "en", "Europe/Paris", "",
                              "", "Legal", "4"], strict=True))
    cells[column] = value
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # quotes a cell holding \r or \n, as a spreadsheet does
    writer.writerow(header)
    writer.writerow(first)
    buffer.write("\n" * blank_lines)
    writer.writerow([cells[name] for name in header])
    line = 3 + blank_lines
    try:
        cohort = parse_cohort(buffer.getvalue(), source="c.csv")
        PairScorer(cohort, MatchConfig())  # loads every zone and reads the working-style answers
    except UsageError as err:
        message = str(err)
        assert "\n" not in message
        # The other row is valid and excludes no one, so every error is this cell's own (an id
        # equal to the first row's is reported here, as the second use).
        assert message.startswith(f"c.csv line {line}, column {column}: "), message
