"""`ementor match --ranks`: rank-maximal from a CSV of rankings, recorded in run.json; bad rankings
are one-line errors; without --ranks nothing changes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.matching.test_command import FILES, run_match
from tests.matching.test_rank_maximal import CHOICE


@pytest.fixture
def cohort_file(tmp_path: Path) -> Path:
    path = tmp_path / "cohort.csv"
    path.write_text(CHOICE, encoding="utf-8")
    return path


def test_ranks_make_the_match_rank_maximal(cohort_file: Path, tmp_path: Path) -> None:
    ranks = tmp_path / "ranks.csv"
    ranks.write_text("participant_id,choices\nana,yann,xena\nbo,zoe\nxena,bo\n",
                     encoding="utf-8")
    out = tmp_path / "out"
    code, printed = run_match("--participants", str(cohort_file), "--ranks", str(ranks),
                              "--out", str(out))
    assert code == 0
    lines = printed.splitlines()
    assert lines[0].startswith("Matched 2 of 2 mentees (rank-maximal objective)")
    assert lines[1] == "Choices: 3 ranked (2 mentees, 1 mentor); 2 got their 1st choice; 1 got " \
                       "none of their choices."
    cards = {c["participant_id"]: c for c in
             json.loads((out / "cards.json").read_text(encoding="utf-8"))}
    assert cards["ana"]["matched_with"] == "yann" and cards["ana"]["rank"] == 1
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["objective"] == "rank-maximal"
    assert run["config"]["objective"] == "rank-maximal"
    assert run["inputs"]["ranks"] == {
        "file": "ranks.csv", "sha256": hashlib.sha256(ranks.read_bytes()).hexdigest()}
    assert run["summary"]["choices"]["ranked"] == {"mentee": 2, "mentor": 1}
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)


def test_without_ranks_the_run_record_is_as_before(cohort_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_match("--participants", str(cohort_file), "--out", str(out))[0] == 0
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert set(run["inputs"]) == {"participants", "config"}
    assert "choices" not in run["summary"]


@pytest.mark.parametrize(("content", "message"), [
    ("ana,yann\nana,xena\n", "ranks.csv line 2: 'ana' already ranked on line 1"),
    ("ana,bo\n", "ranks.csv line 1: 'ana' ranks 'bo', who is not a mentor in the cohort"),
    ("carl,xena\n", "ranks.csv line 1: no participant has the id 'carl'"),
    ("ana,xena,xena\n", "ranks.csv line 1: 'ana' ranks 'xena' twice"),
    ("ana,x\x1b[31m\n", "ranks.csv line 1: 'ana' ranks 'x\\x1b[31m', who is not a mentor"),
])
def test_bad_rankings_are_one_line_and_exit_code_2(cohort_file: Path, tmp_path: Path,
                                                   content: str, message: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    ranks = tmp_path / "ranks.csv"
    ranks.write_text(content, encoding="utf-8")
    code, printed = run_match("--participants", str(cohort_file), "--ranks", str(ranks),
                              "--out", str(tmp_path / "out"))
    err = capsys.readouterr().err
    assert code == 2
    assert printed == ""
    assert err.startswith("ementor: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_a_missing_ranks_file_is_named(cohort_file: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, _printed = run_match("--participants", str(cohort_file), "--ranks",
                               str(tmp_path / "nope.csv"), "--out", str(tmp_path / "out"))
    assert code == 2
    assert "ranks file not found" in capsys.readouterr().err
