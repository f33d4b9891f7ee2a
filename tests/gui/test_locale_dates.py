"""Dates and times in the message list follow the locale (day and month names, 12- or 24-hour
clock), and text is drawn with an emoji font after the text font."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QFontDatabase
from pytestqt.qtbot import QtBot

from ementor_desktop.domain.models import Message, MessageState
from ementor_desktop.home import Home
from ementor_desktop.ui.app import EmentorApp
from ementor_desktop.ui.delegates import (
    EMOJI_FAMILIES,
    MessageDelegate,
    day_label,
    install_emoji_fonts,
)
from tests.gui.conftest import SeededHome, unlock

App = Callable[[Home], EmentorApp]
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
AMERICAN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def default_locale() -> Iterator[Callable[[QLocale], None]]:
    before = QLocale()

    def use(locale: QLocale) -> None:
        QLocale.setDefault(locale)
    yield use
    QLocale.setDefault(before)


def afternoon_message() -> Message:
    """Sent at 14:05 local time on Tuesday 3 December 2024."""
    when = QDateTime(QDate(2024, 12, 3), QTime(14, 5))
    return Message(id="m1", conversation_id="c", direction="out", body="hi",
                   sent_at=when.toMSecsSinceEpoch(), state=MessageState.DELIVERED, pk=1)


def test_day_separators_name_the_day_in_the_locale(
        default_locale: Callable[[QLocale], None]) -> None:
    default_locale(GERMAN)
    label = day_label("2024-12-03")
    assert "Dienstag" in label and "Dezember" in label and "Tuesday" not in label
    default_locale(AMERICAN)
    assert day_label("2024-12-03") == "Tuesday, December 3, 2024"
    assert day_label(QDate.currentDate().toString("yyyy-MM-dd")) == "Today"


def test_message_times_use_the_locale_clock(qtbot: QtBot,
                                            default_locale: Callable[[QLocale], None]) -> None:
    delegate = MessageDelegate()
    message = afternoon_message()
    default_locale(AMERICAN)
    assert delegate._meta(message).startswith("2:05\u202fPM") or \
        delegate._meta(message).startswith("2:05 PM")
    default_locale(GERMAN)
    assert delegate._meta(message).startswith("14:05")


def test_the_view_draws_dates_with_its_own_locale(qtbot: QtBot, make_app: App,
                                                  seeded_home: SeededHome,
                                                  default_locale: Callable[[QLocale], None]
                                                  ) -> None:
    """What the delegate is given to paint with: the view's locale, not a fixed format."""
    default_locale(GERMAN)
    app = make_app(seeded_home.home)
    unlock(qtbot, app)
    main = app.main
    assert main is not None
    view = main.view
    assert view.locale().language() == QLocale.Language.German
    option_locales: list[QLocale] = []
    original = view.message_delegate.paint

    def spy(painter, option, index):  # type: ignore[no-untyped-def]
        option_locales.append(QLocale(option.locale))
        original(painter, option, index)
    view.message_delegate.paint = spy  # type: ignore[method-assign]
    view.resize(600, 500)
    view.grab()
    assert option_locales and all(loc.language() == QLocale.Language.German
                                  for loc in option_locales)


def test_emoji_are_drawn_with_an_installed_emoji_font(
        qtbot: QtBot, make_app: App, seeded_home: SeededHome) -> None:
    before = QFontDatabase.applicationEmojiFontFamilies()
    try:
        # A system with a monochrome and a colour emoji font: the colour one first, then the
        # other, then whatever Qt had; fonts that are not installed are not named.
        wanted = install_emoji_fonts({"DejaVu Sans", "Noto Emoji", "Twemoji"})
        assert wanted[:2] == ["Twemoji", "Noto Emoji"]
        assert QFontDatabase.applicationEmojiFontFamilies()[:2] == ["Twemoji", "Noto Emoji"]
        assert "Apple Color Emoji" not in wanted and "DejaVu Sans" not in wanted[:2]
    finally:
        QFontDatabase.setApplicationEmojiFontFamilies(before)
    app = make_app(seeded_home.home)  # the window asks for the fonts this system has
    unlock(qtbot, app)
    installed = [f for f in EMOJI_FAMILIES if f in set(QFontDatabase.families())]
    assert QFontDatabase.applicationEmojiFontFamilies()[:len(installed)] == installed
    main = app.main
    assert main is not None
    for widget in (main.view, main.composer.edit):  # the text font stays the text font
        assert widget.font().family() not in EMOJI_FAMILIES
