# eMentor Desktop — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Compiled translations (resources/translations/*.qm): built from the .ts files, never committed.
TS     := $(wildcard resources/translations/ementor_[a-z]*.ts)
QM     := $(patsubst %.ts,%.qm,$(filter-out %/ementor_template.ts,$(TS)))

.PHONY: run relay relay-package test lint bench demo screenshots clean venv check-system \
        translations qm package

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "eMentor Desktop needs Python 3.11 or newer")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP) $(QM)

qm: $(QM)

# One way to compile them, here and in the three-system workflow: packaging/compile_translations.py
# (it skips those already newer than their .ts).
$(QM): $(TS) | $(STAMP)
	$(BIN)/python packaging/compile_translations.py

# On Linux with a display, first check the system libraries a real window needs (and name the
# apt packages that are missing) instead of letting Qt fail with a half-right hint.
run: $(STAMP) $(QM)
	@$(BIN)/python packaging/check_system.py
	$(BIN)/ementor $(ARGS)

check-system: $(STAMP)
	$(BIN)/python packaging/check_system.py --platform xcb

relay: $(STAMP)
	$(BIN)/ementor-relay $(ARGS)

# The relay alone as a wheel, without the app's Qt, NumPy or OR-Tools (packaging/relay/README.md):
# dist/ementor_relay-<version>-py3-none-any.whl, with any Python 3.11+ and pip (no dev venv).
# The build's scratch folders are removed after.
relay-package:
	rm -rf packaging/relay/build src/ementor_relay.egg-info
	$(PYTHON) -m pip wheel --no-deps --quiet -w dist packaging/relay
	rm -rf packaging/relay/build src/ementor_relay.egg-info

# Offscreen, except tests/e2e, which starts its own Xvfb (PYTEST_ARGS='-m "not realwindow"'
# leaves it out).
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest $(PYTEST_ARGS)

# lint-imports: the import contracts in pyproject.toml (docs/architecture.md, "Layers").
lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m bench $(BENCH_ARGS)

clean:
	rm -f $(QM)
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache \
	       .import_linter_cache

# The desktop app's gallery (offscreen, made-up sample data in a temporary home).
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m ementor_desktop.ui.screenshots docs/screenshots

# The template translators start from (every tr() string of the app, no obsolete entries), and
# the translations brought up to date with it (new strings arrive unfinished). The .qm files are
# compiled from these by `make qm`, which `make run` and `make test` do first.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find src/ementor_desktop/ui -name '*.py' | sort) \
	    -ts resources/translations/ementor_template.ts -no-obsolete
	$(BIN)/pyside6-lupdate $$(find src/ementor_desktop/ui -name '*.py' | sort) -no-obsolete \
	    -ts $(filter-out %/ementor_template.ts,$(TS))

# The frozen app for this system (PyInstaller one-folder build, dist/ementor) and, on Linux, its
# Debian package (dist/ementor-desktop_VERSION_ARCH.deb). packaging/README.md has the others.
package: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	    --workpath build/pyinstaller packaging/pyinstaller/ementor.spec
	@if [ "$$(uname -s)" = Linux ]; then PYTHON=$(BIN)/python bash packaging/linux/build-deb.sh; fi

# A local relay and two connected app windows (mentor and mentee) with a short conversation.
demo: $(STAMP) $(QM)
	$(BIN)/python -m ementor_desktop.ui.demo
