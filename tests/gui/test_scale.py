"""At QT_SCALE_FACTOR=2 on a 1400×900 display (700×450 device-independent pixels), the first
window and the main window fit the screen (they opened at 2200×1440 before)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import json, sys, tempfile
from pathlib import Path
from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.home import Home
from ementor_desktop.ui.app import EmentorApp, make_application
from ementor_desktop.ui.main_window import MainWindow
from ementor_desktop.ui.unlock import UnlockWindow
from ementor_desktop.ui.worker import DbWorker

app = make_application()
area = app.primaryScreen().availableGeometry()
ctl = EmentorApp(Home(Path(tempfile.mkdtemp()) / "h"), kdf_strength=KdfStrength.INTERACTIVE)
ctl.start()
app.processEvents()
main = MainWindow(DbWorker())
main.show()
unlock = UnlockWindow("/home/someone/.local/share/ementor")
unlock.show()
app.processEvents()
rect = lambda w: [w.frameGeometry().x(), w.frameGeometry().y(), w.frameGeometry().width(),
                  w.frameGeometry().height()]
print(json.dumps({"screen": [area.x(), area.y(), area.width(), area.height()],
                  "wizard": rect(ctl.wizard), "main": rect(main), "unlock": rect(unlock)}))
ctl.shutdown()
"""


def test_the_first_windows_fit_a_small_screen_at_scale_two(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"synthesizedScreens": False, "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1400, "height": 900, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "QT_SCALE_FACTOR": "2"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    _sx, _sy, sw, sh = shown["screen"]
    assert (sw, sh) == (700, 450)
    for name in ("wizard", "main", "unlock"):
        _x, _y, w, h = shown[name]
        assert w <= sw and h <= sh, (name, shown[name], shown["screen"])
