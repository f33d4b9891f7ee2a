"""`ementor match` end to end: the files it writes, determinism, and errors a person can act on."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ementor_desktop import __version__, cli
from ementor_desktop.commands.match import _Progress
from tests.matching.cohorts import csv_text, random_cohort, row
from tests.matching.test_solver import GREEDY_TRAP

FILES = ("assignments.csv", "cards.json", "run.json")


def run_match(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(["match", *args], stdout=out)
    return code, out.getvalue()


@pytest.fixture
def cohort_file(tmp_path: Path) -> Path:
    path = tmp_path / "cohort.csv"
    path.write_text(random_cohort(11, 30, 10), encoding="utf-8")
    return path


def test_writes_the_three_files_and_a_summary(cohort_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, printed = run_match("--participants", str(cohort_file), "--out", str(out))
    assert code == 0
    with (out / "assignments.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["mentee_id", "mentor_id", "score"]
    cards = json.loads((out / "cards.json").read_text(encoding="utf-8"))
    assert isinstance(cards, list)
    assert len(cards) == 40
    for card in cards:
        assert {"participant_id", "matched_with", "score", "criteria", "constraints",
                "alternatives"} <= set(card)
        for item in card["criteria"]:
            assert {"name", "contribution", "detail"} <= set(item)
    matched = {(c["participant_id"], c["matched_with"]) for c in cards
               if c["role"] == "mentee" and c["matched_with"]}
    assert {(r[0], r[1]) for r in rows[1:]} == matched
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["ementor_version"] == __version__
    assert run["objective"] == "max-matched"
    assert run["weights"]["skills"] == 5.0
    assert run["config"]["weights"]["department"] == 0.5
    assert run["inputs"]["participants"] == {
        "file": "cohort.csv", "sha256": hashlib.sha256(cohort_file.read_bytes()).hexdigest()}
    assert run["inputs"]["config"] is None
    assert run["summary"]["matched"] == len(matched)
    assert printed.startswith(f"Matched {len(matched)} of 30 mentees (max-matched objective)")
    assert "Scores (of 11 possible)" in printed
    assert (out / "cards.json").stat().st_mode & 0o077 == 0  # personal data: owner only
    assert not [p for p in out.iterdir() if p.name not in FILES]  # no temp files left behind


def test_same_input_gives_byte_identical_output_in_process_and_as_a_command(
        cohort_file: Path, tmp_path: Path) -> None:
    first, second, third = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    assert run_match("--participants", str(cohort_file), "--out", str(first))[0] == 0
    assert run_match("--participants", str(cohort_file), "--out", str(second))[0] == 0
    done = subprocess.run([sys.executable, "-m", "ementor_desktop", "match", "--participants",
                           str(cohort_file), "--out", str(third)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Matched ")
    assert done.stderr == ""  # small cohort, not a terminal: no progress noise
    for name in FILES:
        assert (first / name).read_bytes() == (second / name).read_bytes() == \
            (third / name).read_bytes(), name


def test_configuration_is_applied_and_recorded(cohort_file: Path, tmp_path: Path) -> None:
    config = tmp_path / "match.toml"
    config.write_text('objective = "fairness"\nalternatives = 1\n[weights]\nskills = 2\n',
                      encoding="utf-8")
    out = tmp_path / "out"
    code, printed = run_match("--participants", str(cohort_file), "--config", str(config),
                              "--out", str(out))
    assert code == 0
    assert "(fairness objective)" in printed
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["objective"] == "fairness"
    assert run["weights"]["skills"] == 2.0
    assert run["inputs"]["config"]["file"] == "match.toml"
    cards = json.loads((out / "cards.json").read_text(encoding="utf-8"))
    assert all(len(c["alternatives"]) <= 1 for c in cards)
    skills = [i for c in cards if c["role"] == "mentee" for i in c["criteria"]
              if i["name"] == "skills"]
    assert skills
    assert all(i["weight"] == 2.0 and i["contribution"] <= 2.0 for i in skills)


def test_the_greedy_trap_comes_out_fully_matched(tmp_path: Path) -> None:
    path = tmp_path / "trap.csv"
    path.write_text(GREEDY_TRAP, encoding="utf-8")
    code, printed = run_match("--participants", str(path), "--out", str(tmp_path / "out"))
    assert code == 0
    assert "Every mentee is matched." in printed
    lines = (tmp_path / "out" / "assignments.csv").read_text(encoding="utf-8").splitlines()
    assert [line.split(",")[:2] for line in lines[1:]] == [["ana", "yann"], ["bo", "xena"]]


@pytest.mark.parametrize(("content", "message"), [
    (csv_text([row("e1", "mentee", wants="sql:1"), row("m1", "mentor", skills="sql:9")]),
     "cohort.csv line 3, column skills: level of 'sql' must be 1-5, not 9"),
    (csv_text([row("e1", "mentee", wants="sql:1")]),
     "needs at least one mentee and one mentor (found 1 mentees, 0 mentors)"),
    ("id,name\n", "missing column(s) role, skills"),
    # zoneinfo answers these with IsADirectoryError and OSError; once reported as the file's own
    # problem ("participants file is a folder", "File name too long").
    (csv_text([row("e1", "mentee", wants="sql:1", timezone="Europe"),
               row("m1", "mentor", skills="sql:3")]),
     "cohort.csv line 2, column timezone: 'Europe' is a region, not a time zone"),
    (csv_text([row("e1", "mentee", wants="sql:1"),
               row("m1", "mentor", skills="sql:3", timezone="E" * 256)]),
     "cohort.csv line 3, column timezone: 'EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE'… is too "
     "long to be a time-zone name"),
    (csv_text([row("e1", "mentee", wants="sql:1", timezone="localtime"),
               row("m1", "mentor", skills="sql:3")]),
     "cohort.csv line 2, column timezone: 'localtime' names this computer's own setting"),
    (csv_text([row("e1", "mentee", wants="sql:+3"), row("m1", "mentor", skills="sql:3")]),
     "cohort.csv line 2, column wants: level of 'sql' must be a whole number 1-5, not '+3'"),
    (csv_text([row("e1", "mentee", wants="sql:1"), row("m1", "mentor", skills="sql:3:4")]),
     "cohort.csv line 3, column skills: 'sql:3:4' has more than one ':'"),
])
def test_bad_input_is_one_line_and_exit_code_2(tmp_path: Path, content: str, message: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cohort.csv"
    path.write_text(content, encoding="utf-8")
    code, printed = run_match("--participants", str(path), "--out", str(tmp_path / "out"))
    err = capsys.readouterr().err
    assert code == 2
    assert printed == ""
    assert err.startswith("ementor: ")
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_other_usage_errors(cohort_file: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert run_match("--participants", str(cohort_file), "--out", str(blocker))[0] == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    assert run_match("--participants", str(tmp_path / "nope.csv"), "--out",
                     str(tmp_path / "o"))[0] == 2
    assert "participants file not found" in capsys.readouterr().err
    bad = tmp_path / "bad.toml"
    bad.write_text("[weights]\nskils = 1\n", encoding="utf-8")
    assert run_match("--participants", str(cohort_file), "--config", str(bad), "--out",
                     str(tmp_path / "o"))[0] == 2
    assert "unknown setting weights.skils" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        run_match("--out", str(tmp_path / "o"))
    assert caught.value.code == 2


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_rewrites_one_line_on_a_terminal_and_is_terse_otherwise() -> None:
    terminal = _Terminal()
    progress = _Progress(terminal, 10)
    progress("scoring", 5, 10)
    progress("scoring", 10, 10)
    progress.done()
    assert "\rementor match: scoring 100%" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r\x1b[K")
    plain = io.StringIO()
    big = _Progress(plain, 5000)
    for done in range(10):
        big("scoring", done, 10)
    big("solving", 0, 1)
    assert plain.getvalue() == "ementor match: scoring...\nementor match: solving...\n"
    quiet = io.StringIO()
    _Progress(quiet, 10)("scoring", 1, 2)
    assert quiet.getvalue() == ""


def test_a_large_cohort_reports_its_stages_on_stderr(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "large.csv"
    path.write_text(random_cohort(2, 1800, 200, max_capacity=8), encoding="utf-8")
    code, printed = run_match("--participants", str(path), "--out", str(tmp_path / "out"))
    assert code == 0
    assert printed.startswith("Matched ")
    assert capsys.readouterr().err == (
        "ementor match: scoring...\nementor match: solving...\n"
        "ementor match: explaining...\nementor match: writing...\n")
