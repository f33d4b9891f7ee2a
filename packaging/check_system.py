"""Check that this Linux machine has the system libraries Qt needs to open a real window, and say
which Debian/Ubuntu packages to install when it does not.

Qt's own error names only one of them (xcb-cursor), and only after the app has crashed; this
asks `ldd` about PySide6's platform plugin instead and maps every missing library to the
package that ships it. Standard library only: `make run` runs it before the app starts, and
tests/e2e uses `check()` to decide whether a real window can be tested.

    python packaging/check_system.py             # what `make run` does
    python packaging/check_system.py --platform xcb

Exit status: 0 when everything is there or there is nothing to check (not Linux, no display,
an offscreen platform); 1 when libraries are missing (listed, with the apt-get line); 2 when
PySide6 itself is not installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

# Shared library -> Debian/Ubuntu package(s) that ship it. Where a package was renamed
# (the 64-bit time_t transition of Ubuntu 24.04 and Debian 13), the new name comes first.
PACKAGES: dict[str, tuple[str, ...]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0",),
    "libxcb-icccm.so.4": ("libxcb-icccm4",),
    "libxcb-image.so.0": ("libxcb-image0",),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1",),
    "libxcb-randr.so.0": ("libxcb-randr0",),
    "libxcb-render-util.so.0": ("libxcb-render-util0",),
    "libxcb-render.so.0": ("libxcb-render0",),
    "libxcb-shape.so.0": ("libxcb-shape0",),
    "libxcb-shm.so.0": ("libxcb-shm0",),
    "libxcb-sync.so.1": ("libxcb-sync1",),
    "libxcb-util.so.1": ("libxcb-util1",),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0",),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0",),
    "libxcb-xinput.so.0": ("libxcb-xinput0",),
    "libxcb-xkb.so.1": ("libxcb-xkb1",),
    "libxcb-glx.so.0": ("libxcb-glx0",),
    "libxcb.so.1": ("libxcb1",),
    "libX11-xcb.so.1": ("libx11-xcb1",),
    "libX11.so.6": ("libx11-6",),
    "libXau.so.6": ("libxau6",),
    "libXdmcp.so.6": ("libxdmcp6",),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0",),
    "libxkbcommon.so.0": ("libxkbcommon0",),
    "libGL.so.1": ("libgl1",),
    "libEGL.so.1": ("libegl1",),
    "libOpenGL.so.0": ("libopengl0",),
    "libGLX.so.0": ("libglx0",),
    "libGLdispatch.so.0": ("libglvnd0",),
    "libfontconfig.so.1": ("libfontconfig1",),
    "libfreetype.so.6": ("libfreetype6",),
    "libdbus-1.so.3": ("libdbus-1-3",),
    "libglib-2.0.so.0": ("libglib2.0-0t64", "libglib2.0-0"),
    "libgthread-2.0.so.0": ("libglib2.0-0t64", "libglib2.0-0"),
    "libpng16.so.16": ("libpng16-16t64", "libpng16-16"),
    "libz.so.1": ("zlib1g",),
    "libzstd.so.1": ("libzstd1",),
    "libwayland-client.so.0": ("libwayland-client0",),
    "libwayland-cursor.so.0": ("libwayland-cursor0",),
    "libwayland-egl.so.1": ("libwayland-egl1",),
}

HEADLESS = {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


@dataclass
class Report:
    platform: str
    plugin: Path | None = None
    missing: list[str] = field(default_factory=list)  # library file names
    packages: list[str] = field(default_factory=list)  # what to apt-get install
    unknown: list[str] = field(default_factory=list)  # missing libraries with no known package

    @property
    def ok(self) -> bool:
        return not self.missing


def platform_to_check(env: dict[str, str] | os._Environ[str] = os.environ,
                      system: str = sys.platform) -> str | None:
    """Which Qt platform plugin the app will load here, or None when there is nothing to check
    (not Linux, no display, or a platform that needs no window system)."""
    if not system.startswith("linux"):
        return None
    wanted = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if wanted in HEADLESS:
        return None
    if wanted:
        return "wayland" if wanted.startswith("wayland") else wanted
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return "xcb"  # Qt's choice on X11, and its fallback under Wayland
    return None


def qt_plugin(platform: str) -> Path | None:
    """PySide6's plugin for `platform`, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
    return path if path.exists() else None


def missing_libraries(plugin: Path) -> list[str]:
    """Libraries `ldd` cannot find for `plugin` (directly or through Qt's own libraries)."""
    if shutil.which("ldd") is None:
        return []
    result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=60,
                            check=False)
    return parse_ldd(result.stdout)


def parse_ldd(output: str) -> list[str]:
    """The libraries `ldd` printed as "not found"."""
    return sorted(set(_NOT_FOUND.findall(output)))


def _available(names: list[str]) -> set[str]:
    """Which of these package names apt can install here (empty when apt is not there)."""
    if not names or shutil.which("apt-cache") is None:
        return set()
    result = subprocess.run(["apt-cache", "policy", *names], capture_output=True, text=True,
                            timeout=60, check=False, env=dict(os.environ, LC_ALL="C"))
    found, current = set(), ""
    for line in result.stdout.splitlines():
        if line and not line[0].isspace() and line.endswith(":"):
            current = line[:-1]
        elif line.strip().startswith("Candidate:") and "(none)" not in line and current:
            found.add(current)
    return found


def packages_for(libraries: list[str]) -> tuple[list[str], list[str]]:
    """Debian/Ubuntu packages that provide `libraries`, and the libraries no package is known
    for."""
    choices = [PACKAGES[lib] for lib in libraries if lib in PACKAGES]
    unknown = [lib for lib in libraries if lib not in PACKAGES]
    available = _available(sorted({name for names in choices for name in names}))
    packages: list[str] = []
    for names in choices:
        pick = next((n for n in names if n in available), names[-1])
        if pick not in packages:
            packages.append(pick)
    return packages, unknown


def check(platform: str) -> Report:
    report = Report(platform, qt_plugin(platform))
    if report.plugin is None:
        return report
    report.missing = missing_libraries(report.plugin)
    report.packages, report.unknown = packages_for(report.missing)
    return report


def explain(report: Report) -> str:
    lines = [f"eMentor Desktop cannot open a window: Qt's {report.platform} platform needs "
             "system libraries that are missing:",
             textwrap.fill(" ".join(report.missing), 96, initial_indent="  ",
                           subsequent_indent="  ", break_on_hyphens=False)]
    if report.packages:
        sudo = "sudo " if os.geteuid() != 0 else ""
        lines += ["Install them with:",
                  f"  {sudo}apt-get install " + " ".join(report.packages)]
        if shutil.which("apt-get") is None:
            lines.append("(Debian/Ubuntu package names; on other systems install the packages "
                         "that provide these files.)")
    if report.unknown:
        lines.append("No package is known here for: " + " ".join(report.unknown))
    lines.append("Without a window, QT_QPA_PLATFORM=offscreen runs the app headless (tests, "
                 "screenshots).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--platform", help="the Qt platform to check (default: the one the "
                        "app would use here)")
    args = parser.parse_args(argv)
    platform = args.platform or platform_to_check()
    if platform is None:
        return 0
    report = check(platform)
    if report.plugin is None:
        if qt_plugin("offscreen") is None and importlib.util.find_spec("PySide6") is None:
            print("PySide6 is not installed in this Python (run `make venv`).", file=sys.stderr)
            return 2
        return 0  # a platform this PySide6 does not ship: Qt will say so itself
    if report.ok:
        if args.platform:
            print(f"Qt's {platform} platform: every system library it needs is installed.")
        return 0
    print(explain(report), file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
