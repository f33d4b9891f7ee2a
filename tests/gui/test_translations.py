"""Strings go through tr(): a compiled translation for the locale changes what the app shows."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ementor_desktop.ui import resources
from ementor_desktop.ui.unlock import UnlockWindow

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>UnlockWindow</name>
<message><source>Welcome back</source><translation>Willkommen zurück</translation></message>
<message><source>Unlock</source><translation>Entsperren</translation></message>
</context>
</TS>
"""


def test_a_compiled_translation_is_loaded_for_the_locale(qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent
                                                      / "pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    folder = tmp_path / "res"
    shutil.copytree(resources.resources_dir(), folder)
    (folder / "translations" / "ementor_de.ts").write_text(TS, encoding="utf-8")
    subprocess.run([lrelease, str(folder / "translations" / "ementor_de.ts"), "-qm",
                    str(folder / "translations" / "ementor_de.qm")], check=True,
                   capture_output=True)
    monkeypatch.setattr(resources, "resources_dir", lambda: folder)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert not resources.install_translations(app, QLocale("fr"))  # none for French
    assert resources.install_translations(app, QLocale("de"))
    try:
        window = UnlockWindow("/tmp/x")
        qtbot.addWidget(window)
        assert window.button.text() == "Entsperren"
        assert any(label.text() == "Willkommen zurück"
                   for label in window.findChildren(type(window.subtitle)))
    finally:
        app.removeTranslator(app.property("ementorTranslator"))
        app.setProperty("ementorTranslator", None)
    english = UnlockWindow("/tmp/x")
    qtbot.addWidget(english)
    assert english.button.text() == "Unlock"


def test_the_template_lists_the_app_strings() -> None:
    template = (resources.resources_dir() / "translations" / "ementor_template.ts").read_text(
        encoding="utf-8")
    for text in ("Welcome back", "Choose a passphrase", "Search all conversations",
                 "● Online", "Nobody can recover a forgotten passphrase"):
        assert text in template


# -- the template, the German translation and the code agree ---------------------------------

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "ementor_desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*\}|%[0-9]+|%n|%p")
TAG = re.compile(r"</?[a-z]+>")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    assert Path(found).exists(), f"{name} is missing: it comes with PySide6"
    return found


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, the <translation> element) of every message of a .ts file."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source") or "", translation))
    return out


def _pairs(path: Path) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _ in _messages(path)}


def _german() -> dict[tuple[str, str], str]:
    return {(c, s): t.text or "" for c, s, t in _messages(TRANSLATIONS / "ementor_de.ts")}


def test_every_string_is_extracted_under_the_context_it_is_looked_up_in(tmp_path: Path) -> None:
    """The real extractor on the code must give exactly the committed template (run `make
    translations` after changing strings), and file every string under a class or named context:
    pyside6-lupdate files a module-level tr("…") wrapper's strings under no context (and a
    dotted prefix it misreads under a dotted one), where no translation would ever apply."""
    extracted = tmp_path / "extracted.ts"
    files = sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *files, "-ts", str(extracted), "-no-obsolete"],
                   cwd=ROOT, check=True, capture_output=True)
    found = _pairs(extracted)
    bad = sorted({c for c, _ in found if not re.fullmatch(r"[A-Za-z_][A-Za-z_0-9]*", c)})
    assert not bad, f"strings under no or a wrong context: {bad}"
    template = _pairs(TRANSLATIONS / "ementor_template.ts")
    assert not found - template, f"missing from the template: {sorted(found - template)[:10]}"
    assert not template - found, f"no longer in the code: {sorted(template - found)[:10]}"
    assert _pairs(TRANSLATIONS / "ementor_de.ts") == template


def test_the_domain_sentences_are_marked_for_the_extractor() -> None:
    """The GUI-free domain's sentences are marked in ui/domain_texts.py; it must list exactly
    the rhythm's templates and the working-style questions and answers."""
    from ementor_desktop.domain.profile import WORKING_STYLE_QUESTIONS
    from ementor_desktop.ui import domain_texts

    tree = ast.parse((ROOT / "src" / "ementor_desktop" / "domain" / "rhythm.py").read_text(
        encoding="utf-8"))
    templates = {node.args[0].value for node in ast.walk(tree)
                 if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                 and node.func.id == "N_" and isinstance(node.args[0], ast.Constant)}
    assert templates and set(domain_texts.RHYTHM) == templates
    style = {text for q in WORKING_STYLE_QUESTIONS
             for text in (q.text, *(choice.label for choice in q.choices))}
    assert set(domain_texts.WORKING_STYLE) == style


def test_the_german_translation_is_complete_and_keeps_the_placeholders() -> None:
    problems = []
    for context, source, translation in _messages(TRANSLATIONS / "ementor_de.ts"):
        text = translation.text or ""
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"not translated: {where}")
        # The same placeholders (German may repeat a name where English says "they").
        elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            problems.append(f"placeholders differ: {where} -> {text!r}")
        elif sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
            problems.append(f"markup differs: {where} -> {text!r}")
        elif ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            problems.append(f"shortcut (&) lost or added: {where} -> {text!r}")
        elif (source[:1].isspace(), source[-1:].isspace()) != (text[:1].isspace(),
                                                               text[-1:].isspace()):
            problems.append(f"leading or trailing space differs: {where} -> {text!r}")
    assert not problems, f"{len(problems)} problems, e.g. {problems[:5]}"


def test_german_applies_in_every_module_that_had_its_own_tr_wrapper(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The committed German, compiled and installed as the app does it, reaches strings of each
    module that used to translate through a module-level wrapper (which lupdate could not see)."""
    from ementor_desktop.domain import rhythm
    from ementor_desktop.sync.engine import PullProgress
    from ementor_desktop.ui import profile_view, sync, widgets
    from ementor_desktop.ui.programme.coordinator_dialogs import PairActionDialog
    from ementor_desktop.ui.workspace import common
    from ementor_desktop.ui.workspace.lifecycle import RelationshipDialog

    folder = tmp_path / "res"
    shutil.copytree(resources.resources_dir(), folder,
                    ignore=shutil.ignore_patterns("*.qm"))
    subprocess.run([_tool("pyside6-lrelease"), str(folder / "translations" / "ementor_de.ts"),
                    "-qm", str(folder / "translations" / "ementor_de.qm")], check=True,
                   capture_output=True)
    monkeypatch.setattr(resources, "resources_dir", lambda: folder)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert not resources.install_translations(app, QLocale("en_US"))  # the source language
    assert resources.install_translations(app, QLocale("de_AT"))  # falls back to "de"
    german = _german()

    def de(context: str, source: str) -> str:
        assert german[(context, source)] != source
        return german[(context, source)]

    try:
        assert sync.receiving_label(PullProgress(received=5, batches=2, more=True)) == de(
            "Sync", "↻ Receiving messages… {count} so far").format(count=5)
        assert widgets.passphrase_strength("a")[1] == de("Widgets", "Too short")
        assert profile_view.role_text("") == de("Profile", "role unknown")
        assert de("Workspace", "Answer within: {hours} hours").format(
            hours=24) in common.terms_lines({"response_hours": 24})
        template = "Take a minute to say how your mentorship with {name} is going."
        assert common.rhythm_text(rhythm.Text(template, (("name", "Ada"),))) == de(
            "Rhythm", template).format(name="Ada")
        dialog = RelationshipDialog("ended", "Ada")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == de(
            "RelationshipDialog", "End the mentorship with {name}").format(name="Ada")
        pair = PairActionDialog("pause", "Ada", [])
        qtbot.addWidget(pair)
        assert pair.windowTitle() == de("Programme", "Pause a pair")
        assert pair.reason.placeholderText() == de("PairActionDialog", "Required")
    finally:
        app.removeTranslator(app.property("ementorTranslator"))
        app.setProperty("ementorTranslator", None)
    assert profile_view.role_text("") == "role unknown"
