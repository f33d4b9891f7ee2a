"""Small shared widgets: a busy spinner, a passphrase strength meter, a QR code view."""

from __future__ import annotations

import io
import math

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Give a window its preferred size, or less where the screen is smaller (a small laptop,
    or a large scale factor such as QT_SCALE_FACTOR=2): never larger than the screen's available
    area, title bar included."""
    screen = widget.screen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width() - 16)
        height = min(height, area.height() - 48)
    widget.resize(max(1, width), max(1, height))


# `translate("Widgets", "…")`: pyside6-lupdate files a literal under the context it names (a
# module-level tr() wrapper would leave it in no context); tr() is for marked values.
translate = QCoreApplication.translate


class Spinner(QWidget):
    """A small animated busy indicator (painted; keeps turning only if the event loop runs)."""

    def __init__(self, parent: QWidget | None = None, size: int = 22) -> None:
        super().__init__(parent)
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._tick)
        self.setFixedSize(QSize(size, size))
        self.setAccessibleName(self.tr("Working"))
        self.hide()

    @property
    def ticks(self) -> int:
        return self._angle // 30

    def start(self) -> None:
        self.show()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    def _tick(self) -> None:
        self._angle += 30
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        centre = self.rect().center()
        radius = min(self.width(), self.height()) / 2 - 3
        for i in range(12):
            c = QColor(colour)
            c.setAlphaF(((i + self._angle // 30) % 12 + 1) / 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c)
            angle = math.radians(i * 30)
            x = centre.x() + radius * math.cos(angle)
            y = centre.y() + radius * math.sin(angle)
            painter.drawEllipse(QRectF(x - 2, y - 2, 4, 4))


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """A rough score 0–4 and words for it; length and variety count, dictionary attacks are not
    modelled (the advice favours several unrelated words)."""
    if not passphrase:
        return 0, ""
    classes = sum([any(c.islower() for c in passphrase), any(c.isupper() for c in passphrase),
                   any(c.isdigit() for c in passphrase),
                   any(not c.isalnum() for c in passphrase)])
    words = len(passphrase.split())
    length = len(passphrase)
    distinct = len(set(passphrase))
    score = 0
    if length >= 8:
        score = 1
    if length >= 12 and distinct >= 6:
        score = 2
    if (length >= 16 and distinct >= 8) or (length >= 12 and classes >= 3):
        score = 3
    if (length >= 20 and words >= 4) or (length >= 24 and distinct >= 10):
        score = 4
    labels = [translate("Widgets", "Too short"), translate("Widgets", "Weak"),
              translate("Widgets", "Fair"), translate("Widgets", "Good"),
              translate("Widgets", "Strong")]
    return score, labels[score]


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel(self)
        self.label.setObjectName("hint")
        layout.addWidget(self.bar)
        layout.addWidget(self.label)

    def set_passphrase(self, passphrase: str) -> int:
        score, words = passphrase_strength(passphrase)
        self.bar.setValue(score)
        colour = ["#b3261e", "#b3261e", "#e0a100", "#2f7d6d", "#2f7d6d"][score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.label.setText(words)
        self.bar.setAccessibleDescription(words)
        return score


class QrView(QLabel):
    """Shows a QR code for a text (segno renders SVG; Qt draws it at any DPI)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(180, 180)
        self.setAccessibleName(self.tr("QR code"))

    def set_payload(self, payload: str, size: int = 220) -> None:
        import segno
        from PySide6.QtGui import QImage, QPixmap

        qr = segno.make(payload, error="m")
        buf = io.BytesIO()
        scale = max(2, size // (qr.symbol_size(scale=1)[0]))
        qr.save(buf, kind="png", scale=scale, border=2, dark="#1c2226", light="#ffffff")
        image = QImage.fromData(buf.getvalue())
        self.setPixmap(QPixmap.fromImage(image))
        self.setAccessibleDescription(self.tr("A QR code with the same text as shown beside it"))
