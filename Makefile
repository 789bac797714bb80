# oscserver: `make run` starts the server, `make test` runs the tests; each sets everything up first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Debian packages: JACK (a dummy server gives real audio and MIDI with no sound card), PortAudio (sounddevice),
# Ableton's LinkHut (a reference Link peer), liblo's oscsend/oscdump (an independent OSC client), iproute2
# (private network namespaces and veth pairs for Link tests), systemd (systemd-analyze checks the service unit).
SYSTEM_PACKAGES := jackd2 libportaudio2 ableton-link-utils liblo-tools iproute2 systemd
# Clients: SuperCollider's sclang and Pure Data run the quark and the Pd patch against the server in tests,
# and Node.js the Max patch's Node for Max script.
SYSTEM_PACKAGES += supercollider-language puredata-core nodejs
# Browsers: Debian's Chromium, driven headless by the control page tests.
SYSTEM_PACKAGES += chromium

.DEFAULT_GOAL := help
.PHONY: help setup system run test bench lint docs clients clean

help: ## Show the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-7s %s\n", $$1, $$2}'

setup: system $(STAMP) ## Install system packages (when root) and the virtual environment in .venv

system:
	@sh scripts/install-system-packages.sh $(SYSTEM_PACKAGES)

$(STAMP): pyproject.toml
	@sh scripts/make-venv.sh $(PYTHON) $(VENV)
	@touch $@

run: setup ## Start the server on its defaults (ARGS="--port 9000" to change them)
	$(BIN)/oscserver serve $(ARGS)

test: setup lint ## Check style and types (make lint), then run every test (unit and integration)
	$(BIN)/pytest $(PYTEST_ARGS)

bench: setup ## Measure round trips, throughput and timing; prints figures beside references
	$(BIN)/python -m bench $(ARGS)

lint: setup ## ruff and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

docs: setup ## Regenerate docs/osc-api.md from the endpoint registry
	$(BIN)/oscserver api --markdown > docs/osc-api.md

clients: setup ## Rebuild the TouchOSC layout (and its page pictures), the Max and Pd patches, the control page's pictures
	$(BIN)/python touchosc/build_layout.py
	$(BIN)/python touchosc/render_pages.py
	$(BIN)/python clients/puredata/build_pd.py
	$(BIN)/python clients/max/build_maxpat.py
	$(BIN)/python -m clients.web_pictures

clean: ## Remove the virtual environment and caches
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
