# Care Market Atlas. Two commands on a fresh machine:
#   make run    set up and serve the dashboard on http://localhost:8501
#   make test   set up and run the whole test suite (unit, app and browser tests)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501

.PHONY: run test boundaries data check-data bench bench-proposer chromium axe clean
.PHONY: bench-load serve nginx charts
.PHONY: test-userdb

$(VENV)/.app-installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev-installed: $(VENV)/.app-installed requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

boundaries: $(VENV)/.app-installed
	$(PY) -m geo.prepare

# Every page's charts built into the chart store once per change of code or data, so even the first start of new
# code draws its first page from the store (scripts/prepare_charts.py; skipped when nothing changed).
charts: $(VENV)/.app-installed boundaries
	$(PY) -m scripts.prepare_charts

run: $(VENV)/.app-installed boundaries charts
	$(PY) -m streamlit run dashboard.py --server.port $(PORT)

chromium:
	@bash scripts/ensure-chromium

# axe-core (accessibility rules) for the browser tests, from the npm registry at the locked version
AXE := tests/browser/node_modules/axe-core/axe.min.js
$(AXE): tests/browser/package.json tests/browser/package-lock.json
	@bash scripts/ensure-npm
	cd tests/browser && npm ci --no-audit --no-fund --loglevel=error
	touch $@

axe: $(AXE)

nginx:
	@bash scripts/ensure-nginx

# The suite runs in TEST_WORKERS processes (pytest-xdist; CI has 2 cores): each file's tests in one process, in order,
# and the page sweep's tests together (tests/conftest.py), files in the order collected (the heavy browser files
# first; by default xdist would start the groups with most tests first, and the corpus test, one test, last).
# TEST_WORKERS=0 runs it in this process.
TEST_WORKERS ?= 2
test: $(VENV)/.dev-installed boundaries chromium $(AXE) nginx
	bash scripts/with-postgres $(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder

# The user-data store's tests on SQLite and on a throwaway PostgreSQL server (scripts/with-postgres).
test-userdb: $(VENV)/.dev-installed
	bash scripts/with-postgres $(PY) -m pytest -q tests/test_userdb.py tests/test_userdb_concurrency.py

data: $(VENV)/.app-installed
	$(PY) -m data.extract
	$(PY) -m data.reference

check-data: $(VENV)/.app-installed
	$(PY) -m data.extract --check
	$(PY) -m data.reference --check

bench: $(VENV)/.dev-installed boundaries chromium
	$(PY) -m bench.run

bench-proposer: $(VENV)/.dev-installed
	$(PY) -m bench.proposer

# One Streamlit process per core behind nginx on $(SERVE_LISTEN); Ctrl-C stops everything.
# For a public host see README "Hosting" (TLS in front, --https, --frame-ancestors).
SERVE_LISTEN ?= 0.0.0.0:8080
serve: $(VENV)/.app-installed boundaries charts nginx
	$(PY) -m scripts.serve --listen $(SERVE_LISTEN) $(ARGS)

# Many sessions at once over the WebSocket protocol, every page, against the bare app:
#   make bench-load ARGS="--sessions 10 --pages home --memory-sessions 0"   (a quick run)
bench-load: $(VENV)/.dev-installed boundaries chromium nginx
	$(PY) -m bench.load $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache tests/screenshots bench/results tests/browser/node_modules
