"""The PDF export: real Qt PDF writer, owner-only file, and a document that loads nothing — a
Markdown image or link that reached it could not read a local file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ementor_desktop.ui.export import markdown_document, write_pdf, write_text


def test_pdf_is_written_owner_only_and_is_a_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "record.pdf"
    write_pdf("# My mentoring record\n\nGoals: *Ship a crate* (40 %)\n", target,
              title="Record")
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 500
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".export-")]


def test_the_document_loads_no_resource(qtbot: QtBot, tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG not really")
    asked: list[str] = []
    doc = markdown_document(f"![x]({secret.as_uri()}) and <img src=\"{secret}\">")
    original = type(doc).loadResource

    def spy(self: object, kind: int, name: object) -> object:
        asked.append(str(name))
        return original(self, kind, name)  # type: ignore[arg-type]

    type(doc).loadResource = spy  # type: ignore[method-assign]
    try:
        doc.resource(2, secret.as_uri())
        assert doc.resource(2, secret.as_uri()) is None
        assert "<img" in doc.toPlainText()  # HTML is not interpreted (MarkdownNoHTML)
    finally:
        type(doc).loadResource = original  # type: ignore[method-assign]
    assert asked  # the document asked — and got nothing


def test_a_failed_write_leaves_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "record.md"
    with pytest.raises(OSError):
        write_text("text", missing)
    write_text("ok", tmp_path / "record.md")
    assert (tmp_path / "record.md").read_text(encoding="utf-8") == "ok"
    assert stat.S_IMODE((tmp_path / "record.md").stat().st_mode) == 0o600
