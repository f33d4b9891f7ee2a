"""Writing a match's files: assignments.csv, cards.json and run.json, each atomically.

Owns the file formats of `ementor match --out DIR` (a contract scripts rely on) and the run
record that makes a result reproducible: the version, the solver, the resolved configuration and
digests of the inputs. Nothing here depends on the clock, so the same inputs give the same bytes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import orjson
import ortools

from ementor_desktop import __version__
from ementor_desktop.errors import UsageError
from ementor_desktop.matching.engine import MatchResult
from ementor_desktop.matching.solver import SOLVER_NAME

FORMAT_VERSION = 1


def assignments_csv(result: MatchResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["mentee_id", "mentor_id", "score"])
    for card in result.cards:
        if card["role"] == "mentee" and card["matched_with"] is not None:
            writer.writerow([card["participant_id"], card["matched_with"], f"{card['score']:.3f}"])
    return buffer.getvalue()


def run_record(result: MatchResult, inputs: dict[str, Path | None]) -> dict[str, Any]:
    config = result.config
    return {
        "format_version": FORMAT_VERSION,
        "ementor_version": __version__,
        "solver": {"name": SOLVER_NAME, "version": ortools.__version__},
        "objective": config.objective,
        "criteria": list(result.scored.scorer.criteria),
        "weights": {c: config.weights[c] for c in result.scored.scorer.criteria},
        "working_style_columns": list(result.scored.scorer.style_columns),
        "config": config.to_dict(),
        "inputs": {name: _digest(path) for name, path in inputs.items()},
        "summary": result.summary,
    }


def write_outputs(result: MatchResult, out_dir: Path,
                  inputs: dict[str, Path | None] | None = None) -> list[Path]:
    """Write the three files into `out_dir` (created if needed); returns their paths."""
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"--out {out_dir} is a file, not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"cannot create the output folder {out_dir}: {err.strerror}") from None
    files = {
        "assignments.csv": assignments_csv(result),
        "cards.json": cards_json(result.cards),
        "run.json": _json(run_record(result, inputs or {})),
    }
    written = []
    for name, text in files.items():
        path = out_dir / name
        write_atomically(path, text)
        written.append(path)
    return written


def write_atomically(path: Path, text: str) -> None:
    """Temp file in the same folder, owner-only, fsync, then rename over the target."""
    data = text.encode("utf-8")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise UsageError(f"cannot write in {path.parent}: {err.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except OSError as err:
        Path(temp).unlink(missing_ok=True)
        raise UsageError(f"cannot write {path}: {err.strerror}") from None


def _json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def cards_json(cards: list[dict[str, Any]]) -> str:
    """A JSON list with one compact card per line: readable, diffable, quick to write.

    orjson writes exactly what the standard library's compact encoder writes (a test checks),
    several times faster: on a cohort of 12,000 it is the difference between 1 s and 0.15 s.
    """
    if not cards:
        return "[]\n"
    lines = ",\n".join(orjson.dumps(card).decode("utf-8") for card in cards)
    return f"[\n{lines}\n]\n"


def cards_json_stdlib(cards: list[dict[str, Any]]) -> str:
    """The same text as `cards_json`, with the standard library only (the reference)."""
    if not cards:
        return "[]\n"
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    lines = ",\n".join(encoder.encode(card) for card in cards)
    return f"[\n{lines}\n]\n"


def _digest(path: Path | None) -> dict[str, str] | None:
    if path is None:
        return None
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return {"file": path.name, "sha256": sha}
