# Reconnect (numbness-desktop): everyday commands. GNU make.
#
#   make run            start the app (ARGS="--data-dir /tmp/x" passes arguments)
#   make test           ruff + mypy + pytest, offscreen (PYTEST_ARGS="-k store -x" passes arguments)
#   make demo           start the app on a temporary folder filled with sample history
#   make screenshots    render every tab to docs/screenshots/
#   make bench          the performance report (BENCH_ARGS="--quick")
#   make lint           ruff and mypy
#   make typecheck      mypy (strict on domain/ and store/)
#   make translations   collect every translatable string into translations/reconnect.ts
#   make wheel          build a wheel into dist/
#   make sdist          build the source archive into dist/
#   make check-sdist    build the sdist, unpack it, install it in a fresh venv, run tests from it
#   make install        install for you alone, no root: app menu entry, icons, launcher
#   make uninstall      remove exactly what `make install` put in place (never your data)
#   make bundle         a PyInstaller one-folder bundle and its tarball in dist/
#   make test-bundle    build and run the bundle, install + uninstall (minutes); CI runs it
#   make system-deps    check (and as root, install) the Debian libraries Qt needs
#   make clean          remove build output and caches (keeps .venv)
#
# Everything runs from .venv, created on first use with $(PYTHON). The project is
# reinstalled into it only when pyproject.toml changes (stamp files in .venv).

PYTHON      ?= python3
VENV        := .venv
VENV_PY     := $(VENV)/bin/python
PIP         := $(VENV_PY) -m pip
PIP_FLAGS   ?= --quiet
ARGS        ?=
PYTEST_ARGS ?=
BENCH_ARGS  ?=

# Marks a .venv made (or checked) for this folder; holds its absolute path.
VENV_OK     := $(VENV)/.made-for
# Installed-project stamps: rebuilt when pyproject.toml is newer.
STAMP_APP   := $(VENV)/.installed-app
STAMP_TEST  := $(VENV)/.installed-test
STAMP_BUNDLE := $(VENV)/.installed-bundle

# Debian packages Qt's offscreen platform needs (tests, screenshots, benchmarks) ...
DEPS_OFFSCREEN := libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libxkbcommon0 \
                  fonts-dejavu-core
# ... and the xcb ones a real window on an X11 desktop needs on top.
DEPS_DESKTOP   := $(DEPS_OFFSCREEN) libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
                  libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 \
                  libxkbcommon-x11-0

OFFSCREEN   := QT_QPA_PLATFORM=offscreen
# Only the folders that exist: ruff fails on a missing path.
LINT_PATHS  := $(wildcard numbness_desktop tests benchmarks)

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.DEFAULT_GOAL := test
.PHONY: run test demo screenshots bench lint typecheck translations wheel clean system-deps system-deps-desktop venv \
        sdist check-sdist install uninstall bundle test-bundle

# --- system libraries -------------------------------------------------------------------

# Offscreen set: what the tests need.
system-deps:
	@sh packaging/system-deps.sh $(DEPS_OFFSCREEN)

# Offscreen + xcb set: what a real window needs.
system-deps-desktop:
	@sh packaging/system-deps.sh $(DEPS_DESKTOP)

# --- virtual environment ----------------------------------------------------------------

# A .venv copied or cloned from another folder has scripts that point into that folder
# (pip would install into the other environment): when the marker is missing or names
# another folder, check the venv again, and rebuild it unless it really belongs here.
ifneq ($(shell cat $(VENV_OK) 2>/dev/null),$(CURDIR)/$(VENV))
.PHONY: $(VENV_OK)
endif

# Create .venv when missing (or foreign), with an up-to-date pip.
$(VENV_OK):
	@if [ -x $(VENV_PY) ] && head -n 2 $(VENV)/bin/pip 2>/dev/null \
		| grep -qF '$(CURDIR)/$(VENV)/bin/python'; then \
		echo "make: using the existing $(VENV)"; \
	else \
		echo "make: creating $(VENV) with $(PYTHON)"; \
		$(PYTHON) -m venv --clear $(VENV) || { \
			echo "make: could not create $(VENV); on Debian/Ubuntu:" \
			     "sudo apt-get install python3-venv" >&2; exit 1; }; \
		$(PIP) install --quiet --upgrade pip; \
	fi
	@echo '$(CURDIR)/$(VENV)' > $@

# Just the venv, for editors and shells.
venv: $(VENV_OK)

# The app and its dependencies, editable.
$(STAMP_APP): pyproject.toml $(VENV_OK)
	$(PIP) install $(PIP_FLAGS) -e .
	@touch $@

# The app plus the test tools (pytest, pytest-qt, hypothesis, ruff), editable.
$(STAMP_TEST): pyproject.toml $(VENV_OK)
	$(PIP) install $(PIP_FLAGS) -e '.[test]'
	@touch $@

# --- everyday targets -------------------------------------------------------------------

# Start the app in a window.
run: system-deps-desktop $(STAMP_APP)
	$(VENV)/bin/numbness-desktop $(ARGS)

# Start the app on a new temporary folder filled with sample history.
demo: system-deps-desktop $(STAMP_APP)
	$(VENV)/bin/numbness-desktop --demo $(ARGS)

# Lint, types, then the test suite, offscreen. pytest runs even when ruff or mypy complains, so one run
# reports both; the target fails if either failed.
test: system-deps $(STAMP_TEST)
	@status=0; \
	echo "$(OFFSCREEN) $(VENV)/bin/ruff check $(LINT_PATHS)"; \
	$(OFFSCREEN) $(VENV)/bin/ruff check $(LINT_PATHS) || status=$$?; \
	echo "$(VENV)/bin/mypy"; \
	$(VENV)/bin/mypy || status=$$?; \
	echo "$(OFFSCREEN) $(VENV_PY) -m pytest $(PYTEST_ARGS)"; \
	$(OFFSCREEN) $(VENV_PY) -m pytest $(PYTEST_ARGS) || status=$$?; \
	exit $$status

# Lint and types, no tests.
lint: $(STAMP_TEST)
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/mypy

# Types: mypy reads its settings from pyproject.toml.
typecheck: $(STAMP_TEST)
	$(VENV)/bin/mypy

# The translators' catalogue (Qt Linguist's .ts): ntr(one, many, n) is read as a plural.
translations: $(STAMP_APP)
	mkdir -p translations
	$(VENV)/bin/pyside6-lupdate -tr-function-alias tr+=ntr $$(find numbness_desktop -name '*.py' | sort) \
	    -ts translations/reconnect.ts

# Render every tab (demo data, offscreen) to docs/screenshots/*.png.
screenshots: system-deps $(STAMP_APP)
	$(OFFSCREEN) $(VENV)/bin/numbness-desktop screenshots docs/screenshots

# The performance report (offscreen, so it measures the app and not the desktop).
bench: system-deps $(STAMP_APP)
	$(OFFSCREEN) $(VENV_PY) benchmarks/run.py $(BENCH_ARGS)

# A wheel of the app (no dependencies) into dist/.
wheel: $(VENV_OK)
	$(VENV_PY) -m pip wheel --no-deps -w dist .

# The source archive (with LICENSE, tests, docs, packaging and benchmarks: MANIFEST.in).
sdist: $(STAMP_TEST)
	$(VENV_PY) -m build --sdist --outdir dist .

# Build the sdist, unpack it, install it with its test extras into a fresh venv and run
# tests from the unpacked tree (SDIST_TESTS; "tests" for the whole suite).
SDIST_TESTS ?= tests/domain tests/store tests/test_packaging.py tests/test_layers.py \
               tests/test_desktop_files.py
check-sdist: system-deps sdist
	@set -e; version=$$($(VENV_PY) -c 'import numbness_desktop as n; print(n.__version__)'); \
	work=$$(mktemp -d); trap 'rm -rf "$$work"' EXIT; \
	tar -xzf dist/numbness_desktop-$$version.tar.gz -C "$$work"; \
	tree="$$work/numbness_desktop-$$version"; \
	for part in LICENSE packaging docs tests benchmarks; do \
		test -e "$$tree/$$part" || { echo "check-sdist: $$part missing" >&2; exit 1; }; \
	done; \
	$(PYTHON) -m venv "$$work/venv"; \
	"$$work/venv/bin/pip" install $(PIP_FLAGS) -e "$$tree[test]"; \
	cd "$$tree" && $(OFFSCREEN) "$$work/venv/bin/python" -m pytest -q -p no:cacheprovider \
		$(SDIST_TESTS)

# --- for people: install, uninstall, bundle ----------------------------------------------

# Everything for the current user only, no root: see packaging/install.sh.
install: system-deps-desktop
	@PYTHON=$(PYTHON) sh packaging/install.sh install

uninstall:
	@sh packaging/install.sh uninstall

# PyInstaller one-folder bundle in dist/numbness-desktop/ and a tarball beside it.
BUNDLE_TGZ = dist/numbness-desktop-$$($(VENV_PY) -c 'import numbness_desktop as n; print(n.__version__)')-linux-$$(uname -m).tar.gz
bundle: system-deps $(STAMP_BUNDLE)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/reconnect.spec
	tar -C dist -czf $(BUNDLE_TGZ) numbness-desktop
	@echo "bundle: dist/numbness-desktop/ and $(BUNDLE_TGZ)"

$(STAMP_BUNDLE): pyproject.toml $(VENV_OK)
	$(PIP) install $(PIP_FLAGS) -e '.[test,bundle]'
	@touch $@

# The minutes-long tests: build and run the bundle, install and uninstall (tests/test_bundle.py).
test-bundle: system-deps $(STAMP_BUNDLE)
	$(OFFSCREEN) $(VENV_PY) -m pytest -m bundle $(PYTEST_ARGS)

# Build output and caches. Keeps .venv: `rm -rf .venv` for a fresh one.
clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
	find numbness_desktop resources tests benchmarks -name __pycache__ -type d -prune \
		-exec rm -rf {} + 2>/dev/null || true
