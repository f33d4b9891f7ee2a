"""Desktop app: cold start, unlock to first paint, memory and scrolling at 100k messages.

Each figure has a baseline from the same run: a bare QApplication with an empty window for the
start-up, `Vault.open` alone for the unlock, the same process with the first page only for memory,
and reading the same pages straight from the repository for the scroll (on the app's reading
thread, just before and after each of several rounds: this machine's speed drifts). The
history is scrolled through twice (to the very top, then back down to the newest): the message
list keeps a window of it, so memory after that is the figure the target is about.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TITLE = "Desktop app: start-up, unlock to first paint, memory and scrolling"
PASSPHRASE = "benchmark passphrase"
ROUNDS = 5  # scrolls to the top, each beside its own baseline reads
TYPING = 3.0  # seconds at the unlock window before unlocking (the passphrase being typed)
ROOT = Path(__file__).resolve().parent.parent

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(520, 460); w.show()
app.processEvents()
print("shown", flush=True)
"""

APP = """
import sys, time
from pathlib import Path
from ementor_desktop.home import Home
from ementor_desktop.ui.app import EmentorApp, make_application
app = make_application()
ctl = EmentorApp(Home(Path(sys.argv[1])))
ctl.start()
while not (ctl.state == "unlock" and ctl.unlock_window.isVisible()
           and ctl.unlock_window.passphrase.isEnabled()):
    app.processEvents()
    time.sleep(0.001)
app.processEvents()
print("shown", flush=True)
ctl.shutdown()
"""


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def _time_child(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env, cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    proc.stdout.close()
    if "shown" not in line:
        raise RuntimeError("the child did not show its window")
    return elapsed


def _thread_cpu(tid: int) -> float:
    """Processor time of thread `tid` of this process so far (Linux; 0 elsewhere)."""
    try:
        with open(f"/proc/self/task/{tid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _p95(sorted_seconds: list[float]) -> float:
    return sorted_seconds[int(len(sorted_seconds) * 0.95)]


def _median_p95(sorted_seconds: list[float]) -> str:
    return (f"{sorted_seconds[len(sorted_seconds) // 2] * 1000:.1f} ms / "
            f"{_p95(sorted_seconds) * 1000:.1f} ms")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def run(quick: bool) -> str:
    n = 10_000 if quick else 100_000
    work = Path(tempfile.mkdtemp(prefix="ementor-bench-gui-"))
    try:
        return _run(work, n, quick)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(work: Path, n: int, quick: bool) -> str:
    from ementor_desktop.crypto.keywrap import KdfStrength
    from ementor_desktop.domain.account import create_account
    from ementor_desktop.domain.models import Role
    from ementor_desktop.home import Home
    from ementor_desktop.store.vault import Vault
    from ementor_desktop.ui.sample import seed_long_conversation, seed_sample

    strength = KdfStrength.INTERACTIVE if quick else KdfStrength.MODERATE
    home = Home(work / "home")
    vault = create_account(home, PASSPHRASE, name="Bench Mentee", role=Role.MENTEE,
                           strength=strength)
    seed_sample(vault)
    t0 = time.perf_counter()
    conv = seed_long_conversation(vault, n, name="Long History")
    seeding = time.perf_counter() - t0
    vault.close()

    runs = 3 if quick else 5
    bare = statistics.median(_time_child(BARE) for _ in range(runs))
    cold = statistics.median(_time_child(APP, str(home.root)) for _ in range(runs))

    opens = []
    for _ in range(3):
        t0 = time.perf_counter()
        v = Vault.open(home, PASSPHRASE)
        opens.append(time.perf_counter() - t0)
        v.close()
    open_alone = statistics.median(opens)

    gui = _in_process(home, conv, n)

    rounds = gui["rounds"]
    ratios = sorted(r["wall"] / r["read"] for r in rounds)
    mid = sorted(rounds, key=lambda r: r["wall"] / r["read"])[len(rounds) // 2]
    all_rounds = ", ".join(f"{r['wall']:.2f} s / {r['read']:.2f} s" for r in rounds)

    lines = [
        f"Messages: {n:,} in one conversation (plus the four sample conversations), seeded in "
        f"{seeding:.1f} s through the repositories. Argon2id strength: {strength.value}. "
        f"Offscreen Qt platform ({os.environ.get('QT_QPA_PLATFORM')}); start-ups are the median "
        f"of {runs} fresh processes.",
        "",
        "| what | app | baseline | ratio |",
        "|---|---:|---:|---:|",
        f"| cold start to the unlock window shown | {_ms(cold)} | {_ms(bare)} (bare QApplication "
        f"+ empty window) | {cold / bare:.2f}× |",
        f"| unlock to first conversation painted ({n:,} messages; unlocked {TYPING:.0f} s after "
        f"the unlock window showed) | {_ms(gui['unlock'])} | "
        f"{_ms(open_alone)} (`Vault.open` alone) | {gui['unlock'] / open_alone:.2f}× |",
        f"| scroll to the very top (page through all {n:,} until the oldest is painted at "
        f"the top; the median of {len(rounds)} rounds by its ratio) | {mid['wall']:.2f} s | "
        f"{mid['read']:.2f} s (reading the same rows from the repository on the app's reading "
        f"thread: the faster of a read just before the round and one just after) | "
        f"{mid['wall'] / mid['read']:.1f}× |",
        f"| … every round (scroll / read) | {all_rounds} | | {ratios[0]:.1f}× to "
        f"{ratios[-1]:.1f}× |",
        f"| … the median round in processor time of the GUI thread (the reading thread's "
        f"beside it) | {mid['cpu']:.2f} s (+ {mid['worker']:.2f} s) | {mid['read_cpu']:.2f} s | "
        f"{mid['cpu'] / mid['read_cpu']:.1f}× |",
        f"| then back down to the newest, one screen per frame ({int(gui['frames']):,} frames, "
        f"pages read as they near) | {gui['scroll_down']:.2f} s, median frame "
        f"{gui['frame_med'] * 1000:.1f} ms, p95 {gui['frame_p95'] * 1000:.1f} ms | 16.7 ms (one "
        f"60 Hz frame) | {gui['frame_p95'] / 0.0167:.2f}× |",
        f"| longest pause of the event loop, scrolling up / back down | "
        f"{gui['gap_up'] * 1000:.0f} ms / {gui['gap_down'] * 1000:.0f} ms | 50 ms (target) | "
        f"{max(gui['gap_up'], gui['gap_down']) / 0.05:.2f}× |",
        f"| … of which the GUI thread's own work (the longest in any pause, up / down) | "
        f"{gui['busy_up'] * 1000:.0f} ms / {gui['busy_down'] * 1000:.0f} ms | 50 ms (target) | "
        f"{max(gui['busy_up'], gui['busy_down']) / 0.05:.2f}× |",
        f"| a frame (the list repainted, a turn of the event loop) while another thread runs "
        f"Python: median / p95, frames in 0.6 s | "
        f"{_median_p95(gui['beside_app'])}, {len(gui['beside_app'])} (switch interval "
        f"{gui['switch_interval'] * 1000:.1f} ms, the app's) | "
        f"{_median_p95(gui['beside_default'])}, {len(gui['beside_default'])} (Python's default "
        f"5 ms) | {_p95(gui['beside_app']) / _p95(gui['beside_default']):.2f}× |",
        f"| resident memory at the top, {n:,} messages scrolled through | "
        f"{gui['rss_top']:.0f} MB | {gui['rss_before']:.0f} MB (same process, first page only) "
        f"| {gui['rss_top'] - gui['rss_before']:+.0f} MB |",
        f"| resident memory back at the newest (the whole history scrolled through twice) | "
        f"{gui['rss_after']:.0f} MB | {gui['rss_before']:.0f} MB (same process, first page "
        f"only) | {gui['rss_after'] - gui['rss_before']:+.0f} MB |",
        f"| most rows held by the message list at any time | {int(gui['most_rows']):,} | "
        f"{n:,} (the whole history) | {gui['most_rows'] / n:.2f}× |",
        "",
        "The app shows its window before touching the vault, and start-up loads only what the "
        "unlock window needs: the main window, the sync loop's inbox (with the programme and "
        "workspace domains it applies messages to) load on unlocking; the matching engine "
        "(numpy, OR-Tools), Qt Charts, the programme views and the workspace's views when first "
        "opened (tests/gui/test_startup_imports.py). PySide6's import hook reads the source of "
        "every module imported after it (looking for `from __feature__`) and `linecache` kept "
        "it all, some 10 MB: the app drops it after start-up and after unlocking. "
        "Unlocking costs Argon2id (by design) "
        "plus one page of messages. The message list holds a window of the conversation (at "
        f"most {int(gui['window']):,} rows): pages that grow up to {int(gui['page']):,} rows "
        f"going up, {int(gui['newer_page']):,} going down, "
        "are read by keyset paging on the worker thread as either end of the window nears the "
        "screen, the next one read ahead once the page is laid out (read during the layout, "
        "the two threads would hand the interpreter lock to each other at every row Qt asks "
        "the delegate about, which doubled both threads' processor time), and once the window "
        "is full (going down: "
        "at each page) the rows "
        "beyond a hundred or so from the screen are dropped from the other end, so memory stays "
        "flat however far one scrolls. Each page costs one layout of about a page of rows, done "
        "at once (the rows' size hints worked out in one pass when it starts, Qt then asking "
        "for them row by row; Qt keeps the row count itself, which it asks for twice a row), "
        "that puts the message at the top of the viewport back where it was (the view never "
        "jumps, and one scroll brings one page). The app keeps Python's switch interval at "
        "0.1 ms: whenever another thread runs Python (the reading thread making a page of "
        "messages, the sync engine applying a batch), the GUI thread needs the interpreter lock "
        "for every call into the delegate and back from Qt, and at the default 5 ms each of "
        "those could wait that long (the frame row above). A row's exact height needs its text "
        "shaped, so only rows about to be shown are measured (the screen and a screen either "
        "side before they show, a band around them while the event loop is idle); the rows a "
        "fast scroll passes by get a height guessed from their length. Scrolling to the top "
        "drags the scroll bar to the top again as soon as each page is in, as a person would; "
        "between moves the benchmark waits for the app as its event loop does, asleep until "
        "the next event (the page read, a timer), not polling it. This machine's speed drifts "
        "by tens of percent from one minute to the next, so the scroll to the top is measured "
        f"in {len(rounds)} rounds (the first after unlocking, the others after opening the "
        "conversation again at its newest), each beside the faster of two reads of the same "
        "rows made just before and just after it; the longest pause is the longest in any "
        "round.",
        "",
        "Wall-clock figures depend on how busy the machine is (it was shared with other jobs: "
        "a pause can last longer than the work done in it while the process waits for a "
        "processor); the processor-time rows show the app's own work.",
    ]
    return "\n".join(lines)


def _in_process(home: object, conv: str, n: int) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QEventLoop, QModelIndex, QObject, QPoint, QTimer

    from ementor_desktop.store.repos import Repos
    from ementor_desktop.ui.app import EmentorApp, make_application
    from ementor_desktop.ui.models import MAX_NEWER_PAGE, MAX_PAGE, WINDOW

    app = make_application()
    ctl = EmentorApp(home)  # type: ignore[arg-type]
    ctl.start()

    # Waiting for the app is done as its own event loop waits: asleep until the next event
    # (a page read on the worker thread, a timer), not by polling, which would add up to a
    # polling interval to each page and keep taking the interpreter lock from the reading
    # thread. The waker bounds each wait, so every condition is looked at at least every 5 ms.
    waker = QTimer()
    waker.start(5)
    wait = QEventLoop.ProcessEventsFlag.WaitForMoreEvents

    def spin(cond: object, timeout: float = 600) -> None:
        end = time.monotonic() + timeout
        while not cond():  # type: ignore[operator]
            if time.monotonic() > end:
                raise TimeoutError("benchmark step timed out")
            app.processEvents(wait)

    spin(lambda: ctl.state == "unlock" and ctl.unlock_window.passphrase.isEnabled())  # type: ignore[union-attr]
    # A person takes a few seconds to type the passphrase: the app loads what unlocking needs
    # meanwhile (`ui/app.py`, AFTER_UNLOCK), so unlock a little after the window showed.
    typing = time.monotonic() + TYPING
    while time.monotonic() < typing:
        app.processEvents()
        time.sleep(0.005)
    painted: list[float] = []

    class PaintProbe(QObject):
        """Sees every event (installed on the application before unlocking), so the first
        paint of the message list is caught even if it comes before the window is returned."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            main = ctl.main
            if not painted and event.type() == QEvent.Type.Paint and main is not None \
                    and watched is main.view.viewport() and main.messages.rowCount() > 0:
                painted.append(time.perf_counter())
            return False

    probe = PaintProbe()
    app.installEventFilter(probe)
    t0 = time.perf_counter()
    ctl.unlock(PASSPHRASE)
    spin(lambda: bool(painted))
    app.removeEventFilter(probe)
    main = ctl.main
    assert main is not None
    unlock = painted[0] - t0
    assert main.messages.conversation_id == conv
    for _ in range(20):
        app.processEvents()
    rss_before = _rss_mb()

    gaps: list[float] = []
    busy: list[float] = []  # the GUI thread's processor time within each gap
    last = [time.perf_counter(), time.thread_time()]

    def tick() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gaps.append(now - last[0])
        busy.append(cpu - last[1])
        last[0], last[1] = now, cpu

    timer = QTimer()
    timer.timeout.connect(tick)
    model, view = main.messages, main.view
    bar = view.verticalScrollBar()
    most_rows = model.rowCount()
    tids: list[int] = []
    ctl.worker.call(threading.get_native_id, tids.append)
    spin(lambda: bool(tids))
    worker_tid = tids[0]

    def settle() -> None:
        """Let the app finish what a scroll left it to do (measuring rows near the screen)."""
        end = time.monotonic() + 0.2
        while time.monotonic() < end:
            app.processEvents(wait)

    def scroll_to_top() -> tuple[float, float, float]:
        """Drag the scroll bar to the top until the oldest message is painted there: (wall,
        GUI thread's processor time, reading thread's processor time)."""
        nonlocal most_rows
        worker0 = _thread_cpu(worker_tid)
        t0, c0 = time.perf_counter(), time.thread_time()
        while model.has_older:  # the person keeps dragging the scroll bar to the top
            bar.setValue(0)
            if bar.value() == 0:  # still at the top (the page is being read): keep asking
                model.set_older_wanted(True)
                if model.canFetchMore(QModelIndex()):
                    model.fetchMore(QModelIndex())
            spin(lambda: not model.loading)
            most_rows = max(most_rows, model.rowCount())
            app.processEvents()
        bar.setValue(0)
        # The top is reached when the oldest message is painted at the top of the view.
        view.viewport().repaint()
        spin(lambda: view.indexAt(QPoint(4, 4)).row() == 0)
        view.viewport().repaint()
        wall, cpu = time.perf_counter() - t0, time.thread_time() - c0
        first = model.message(0)
        assert first is not None and first.sent_at == min(
            m.sent_at for i in range(model.rowCount()) if (m := model.message(i)) is not None)
        return wall, cpu, _thread_cpu(worker_tid) - worker0

    def read_all() -> tuple[float, float]:
        """The baseline: the same rows read from the repository on the app's reading thread
        (its connection, its caches) while the window waits: (wall, processor time)."""
        timing: list[tuple[float, float]] = []

        def job(v: Any) -> tuple[float, float]:
            repos = Repos.over(v.db)
            t0, c0 = time.perf_counter(), time.thread_time()
            before = None
            while True:
                page = repos.messages.page(conv, before=before, limit=1000)
                if not page:
                    break
                before = repos.messages.cursor(page[-1])
            return time.perf_counter() - t0, time.thread_time() - c0
        ctl.worker.run(job, timing.append)
        spin(lambda: bool(timing))
        return timing[0]

    rounds: list[dict[str, float]] = []

    def scroll_round() -> None:
        settle()
        before = read_all()
        settle()
        last[0], last[1] = time.perf_counter(), time.thread_time()
        timer.start(5)
        wall, cpu, worker = scroll_to_top()
        timer.stop()
        settle()
        read, read_cpu = min(before, read_all())  # the faster of the reads either side
        rounds.append({"wall": wall, "cpu": cpu, "worker": worker, "read": read,
                       "read_cpu": read_cpu})

    scroll_round()
    gap_up = max(gaps) if gaps else 0.0
    busy_up = max(busy) if busy else 0.0
    rss_top = _rss_mb()

    # Back down to the newest, one screen per frame, the event loop running between frames
    # (newer pages come in as the bottom of the window nears, older rows are dropped).
    step = max(1, view.viewport().height())
    frames: list[float] = []
    gaps.clear()
    busy.clear()
    bar.setValue(0)
    app.processEvents()
    last[0], last[1] = time.perf_counter(), time.thread_time()
    timer.start(5)
    t0 = time.perf_counter()
    while model.has_newer or bar.value() < bar.maximum():
        f0 = time.perf_counter()
        bar.setValue(min(bar.maximum(), bar.value() + step))
        view.viewport().repaint()
        frames.append(time.perf_counter() - f0)
        app.processEvents()
        most_rows = max(most_rows, model.rowCount())
        if model.loading:
            spin(lambda: not model.loading)
    scroll_down = time.perf_counter() - t0
    timer.stop()
    gap_down = max(gaps) if gaps else 0.0
    busy_down = max(busy) if busy else 0.0
    last_row = model.message(model.rowCount() - 1)
    assert last_row is not None and not model.has_newer
    for _ in range(20):
        app.processEvents()
    rss_after = _rss_mb()

    def frames_beside_python(interval: float) -> list[float]:
        """Frames (a repaint of the list and a turn of the event loop) while another thread runs
        Python for 0.6 s, at `interval` (Python's switch interval)."""
        sys.setswitchinterval(interval)
        stop = time.perf_counter() + 0.6

        def python() -> None:
            while time.perf_counter() < stop:
                sum(range(200))
        thread = threading.Thread(target=python)
        thread.start()
        beside: list[float] = []
        while thread.is_alive():
            f0 = time.perf_counter()
            view.viewport().repaint()
            app.processEvents()
            beside.append(time.perf_counter() - f0)
        thread.join()
        return sorted(beside)

    app_interval = sys.getswitchinterval()
    default_frames = frames_beside_python(0.005)
    app_frames = frames_beside_python(app_interval)
    sys.setswitchinterval(app_interval)
    # More rounds up from the newest (the conversation opened again), each between two baseline
    # reads: this machine's speed drifts by tens of percent within a minute, so each round's
    # ratio is to reads made moments before and after it, and the median round is reported.
    for _ in range(ROUNDS - 1):
        gaps.clear()
        busy.clear()
        model.open(conv)
        spin(lambda: model.rowCount() > 0 and not model.loading)
        scroll_round()
        gap_up = max([gap_up, *gaps])
        busy_up = max([busy_up, *busy])
    frames.sort()
    waker.stop()
    ctl.shutdown()
    return {
        "unlock": unlock, "rss_before": rss_before, "rss_top": rss_top, "rss_after": rss_after,
        "rounds": rounds, "scroll_down": scroll_down, "frames": float(len(frames)),
        "frame_med": statistics.median(frames), "frame_p95": frames[int(len(frames) * 0.95)],
        "gap_up": gap_up, "gap_down": gap_down, "most_rows": float(most_rows),
        "busy_up": busy_up, "busy_down": busy_down, "switch_interval": app_interval,
        "beside_app": app_frames, "beside_default": default_frames,
        "window": float(WINDOW), "page": float(MAX_PAGE),
        "newer_page": float(MAX_NEWER_PAGE),
    }
