"""Start-up loads what the unlock window and the main window need, nothing more: the matching
engine (numpy, OR-Tools, SciPy), Qt Charts, the programme views and the workspace's views load
when first used. A fresh process, since this test process has imported everything already."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.gui.conftest import SeededHome

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys, time
from pathlib import Path

from ementor_desktop.home import Home
from ementor_desktop.ui.app import EmentorApp, make_application

imported = {"module": sorted(sys.modules)}
app = make_application()
ctl = EmentorApp(Home(Path(sys.argv[1])))


def wait(cond, what):
    end = time.monotonic() + 60
    while not cond():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for " + what)
        app.processEvents()
        time.sleep(0.002)


ctl.start()
wait(lambda: ctl.state == "unlock" and ctl.unlock_window.passphrase.isEnabled(), "unlock")
imported["unlock"] = sorted(sys.modules)
ctl.unlock(sys.argv[2])
wait(lambda: ctl.state == "main" and not ctl.main.messages.loading
     and ctl.main.messages.rowCount() > 0, "the main window")
# The sync loop has loaded the inbox, and every job the main window queued (the relationship
# panel, the Programmes menu) has reached it.
wait(lambda: "ementor_desktop.domain.inbox" in sys.modules and ctl.worker.pending == 0,
     "the sync and the worker")
for _ in range(50):
    app.processEvents()
    time.sleep(0.002)
imported["main"] = sorted(sys.modules)
ctl.shutdown()
print(json.dumps(imported))
"""

#: Never loaded before the main window is shown (nor by it).
NEVER = ("numpy", "ortools", "scipy", "PySide6.QtCharts", "ementor_desktop.matching.engine",
         "ementor_desktop.matching.solver", "ementor_desktop.ui.programme",
         "ementor_desktop.ui.workspace.agreement", "ementor_desktop.ui.workspace.goals",
         "ementor_desktop.ui.workspace.sessions", "ementor_desktop.ui.workspace.feedback",
         "ementor_desktop.ui.workspace.lifecycle")
#: … nor before the unlock window is shown: what unlocking brings (the main window, the sync
#: loop's inbox with the programme and workspace domains it applies messages to, the
#: Programmes menu's controller).
NOT_BEFORE_UNLOCK = (*NEVER, "ementor_desktop.domain.programme", "ementor_desktop.domain.inbox",
                     "ementor_desktop.ui.controllers.programme",
                     "ementor_desktop.ui.operations.programme",
                     "ementor_desktop.domain.workspace", "ementor_desktop.protocol.programme",
                     "ementor_desktop.ui.main_window", "ementor_desktop.ui.workspace",
                     "ementor_desktop.ui.onboarding", "ementor_desktop.ui.dialogs",
                     "ementor_desktop.ui.backup_dialogs", "icalendar", "pycrdt")


def _loaded(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    """The modules named, their submodules and their siblings named `<name>_…`."""
    return [m for m in modules
            if any(m == p or m.startswith((p + ".", p + "_")) for p in prefixes)]


def test_start_up_loads_neither_the_matching_engine_nor_the_programme_views(
        seeded_home: SeededHome, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(seeded_home.home.root), PASSPHRASE],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    imported = json.loads(done.stdout.strip().splitlines()[-1])
    assert _loaded(imported["module"], NOT_BEFORE_UNLOCK) == []
    assert _loaded(imported["unlock"], NOT_BEFORE_UNLOCK) == []
    assert _loaded(imported["main"], NEVER) == []
    # the check sees what it looks for: the sync loop loaded the programme domain by then
    assert "ementor_desktop.domain.programme" in imported["main"]
