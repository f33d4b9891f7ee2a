"""Printing one's own mentoring record to PDF (Qt's own PDF writer) from the Markdown that
`domain/export.py` writes, and saving either file atomically with owner-only permissions.

The Markdown escapes every text another person wrote; the document that renders it also
refuses to load any resource (image, style sheet, link target), so even a text that slipped
through could not read a local file or reach the network while the PDF is made.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument


class _NoResources(QTextDocument):
    """A text document that loads nothing from anywhere."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


def markdown_document(markdown: str) -> QTextDocument:
    doc = _NoResources()
    doc.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownNoHTML)
    return doc


def write_pdf(markdown: str, target: Path, *, title: str = "") -> None:
    """Render `markdown` to an A4 PDF at `target` (written beside it first, then moved into
    place; mode 0600). Raises OSError when the file cannot be written."""
    doc = markdown_document(markdown)
    fd, temp = tempfile.mkstemp(prefix=".export-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    try:
        os.chmod(temp, 0o600)
        writer = QPdfWriter(temp)
        writer.setTitle(title)
        writer.setCreator("eMentor Desktop")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size()
                        .toSizeF())
        doc.print_(writer)
        del writer  # flushes and closes the file
        if os.path.getsize(temp) == 0:
            raise OSError("the PDF could not be written")
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_text(text: str, target: Path) -> None:
    """Write UTF-8 text atomically, owner-only (the Markdown export)."""
    fd, temp = tempfile.mkstemp(prefix=".export-", suffix=".md", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
