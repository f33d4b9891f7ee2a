"""Build hook: the top-level `resources/` folder (icons, themes, compiled translations, the
.desktop file) goes into the wheel as `ementor_desktop/resources`, where an installed app finds
it (ui/resources.resources_dir). Everything else is in pyproject.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SKIP = {".ts", ".md"}  # translation sources and notes stay in the source tree


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        source = HERE / "resources"
        target = Path(self.build_lib) / "ementor_desktop" / "resources"
        for path in sorted(source.rglob("*")):
            if path.is_file() and path.suffix not in SKIP:
                dest = target / path.relative_to(source)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, dest)


setup(cmdclass={"build_py": BuildPyWithResources})
