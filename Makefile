# Redes — common tasks. `make demo` analyses the bundled Antofagasta network; `make test` runs the tests.
SWIFT ?= swift
NETWORK ?= Networks/antofagasta-tp.yaml
RELEASE_BIN := .build/release/redes

.PHONY: all deps build release demo test docs interop survey-check test-browser fuzz sanitize bench fixtures clean

all: build

# The Graphviz C library (libgvc) and zlib (for the survey's .xlsx files, through ZIPFoundation) are found through
# pkg-config. Install them with apt-get when we can (root), or say exactly what to install.
deps:
	@if pkg-config --exists libgvc zlib 2>/dev/null; then \
		echo "Graphviz found: libgvc $$(pkg-config --modversion libgvc); zlib $$(pkg-config --modversion zlib)"; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing libgraphviz-dev, zlib1g-dev and pkg-config with apt-get…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgraphviz-dev zlib1g-dev pkg-config >/dev/null; \
		pkg-config --exists libgvc zlib || { echo "error: libgvc or zlib still not found after installing libgraphviz-dev and zlib1g-dev" >&2; exit 1; }; \
	else \
		echo "error: the Graphviz C library (pkg-config libgvc) or zlib is missing." >&2; \
		echo "  fix: sudo apt-get install -y libgraphviz-dev zlib1g-dev pkg-config   (Debian/Ubuntu)" >&2; \
		echo "       brew install graphviz pkg-config                                (macOS; zlib comes with the system)" >&2; \
		exit 1; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Build and analyse the bundled network, draw it (out/antofagasta-tp.svg and .png), write the committee report in
# Spanish and English and the interactive map.
demo: release
	@$(RELEASE_BIN) --version
	@echo
	@$(RELEASE_BIN) analyze $(NETWORK)
	@mkdir -p out
	@$(RELEASE_BIN) render $(NETWORK) -o out/antofagasta-tp.svg --size-by betweenness --highlight keyplayers:2
	@$(RELEASE_BIN) render $(NETWORK) -o out/antofagasta-tp.png --size-by betweenness --highlight keyplayers:2
	@$(RELEASE_BIN) report $(NETWORK) -o out/informe-antofagasta-tp.html
	@$(RELEASE_BIN) report $(NETWORK) -o out/report-antofagasta-tp.html --lang en
	@$(RELEASE_BIN) explore $(NETWORK) -o out/mapa-antofagasta-tp.html
	@echo
	@echo Diagrams: out/antofagasta-tp.svg, out/antofagasta-tp.png
	@echo Report: out/informe-antofagasta-tp.html \(English: out/report-antofagasta-tp.html\)
	@echo Interactive map: out/mapa-antofagasta-tp.html

test: deps
	$(SWIFT) test

# The interactive map (`redes explore`) in a real browser: headless Chromium driven by Selenium through
# /usr/bin/chromedriver, the network off; screenshots are left in $(BROWSER_DIR)
# (apt-get install chromium chromium-driver; pip install selenium pyyaml).
BROWSER_DIR ?= .build/browser
test-browser: build
	python3 Scripts/browser/explore_test.py .build/debug/redes $(NETWORK) $(BROWSER_DIR)

# The DocC documentation of the Redes module (swift-docc-plugin), warnings as errors:
# .build/plugins/Swift-DocC/outputs/Redes.doccarchive
docs:
	$(SWIFT) package --disable-sandbox generate-documentation --target Redes --warnings-as-errors

# The survey's .xlsx template filled and saved by openpyxl, then imported (pip install openpyxl pyyaml).
survey-check: build
	python3 Scripts/survey/check_xlsx_with_openpyxl.py .build/debug/redes $(NETWORK) .build/survey-check

# Write the bundled network in every exchange format and check the files with NetworkX and igraph, and the Gephi-ready
# GEXF (colours, positions, sizes and metrics, the metrics against NetworkX's), and the waves for Gephi's timeline and
# RSiena (the spells in NetworkX, the matrices against the network as it stands on each date, computed from the YAML)
# (pip install networkx igraph pyyaml).
INTEROP_DIR ?= .build/interop
WAVES_NETWORK ?= Tests/RedesTests/Fixtures/waves/olas.yaml
interop: build
	@rm -rf $(INTEROP_DIR) && mkdir -p $(INTEROP_DIR)
	@for ext in graphml gexf net dl json csv dot; do \
		$(SWIFT) run -q redes convert $(NETWORK) $(INTEROP_DIR)/antofagasta.$$ext 2>/dev/null || exit 1; \
	done
	python3 Scripts/interop/check_redes_outputs.py $(INTEROP_DIR)
	@$(SWIFT) run -q redes convert $(NETWORK) $(INTEROP_DIR)/antofagasta-gephi.gexf --with-metrics 2>/dev/null
	python3 Scripts/interop/check_gexf_viz.py $(INTEROP_DIR)/antofagasta-gephi.gexf
	@$(SWIFT) run -q redes waves $(NETWORK) -o $(INTEROP_DIR)/roadmap.gexf --siena $(INTEROP_DIR)/roadmap-siena
	python3 Scripts/interop/check_waves.py $(INTEROP_DIR)/roadmap.gexf $(INTEROP_DIR)/roadmap-siena
	@$(SWIFT) run -q redes waves $(WAVES_NETWORK) --at 2025 --at 2026-06 --at 2027 -o $(INTEROP_DIR)/waves.gexf --siena $(INTEROP_DIR)/waves-siena
	python3 Scripts/interop/check_waves.py $(INTEROP_DIR)/waves.gexf $(INTEROP_DIR)/waves-siena --network $(WAVES_NETWORK) --at 2025 2026-06 2027

# Time Redes against igraph and NetworKit on the same generated graphs (needs Python with igraph and networkit).
bench: deps
	python3 Benchmarks/compare.py

# Reference fixtures for the tests, computed by NetworkX, igraph, R sna and scikit-learn
# (pip install networkx igraph scikit-learn; apt-get install r-cran-sna).
fixtures:
	python3 Scripts/reference/make_fixtures.py
	python3 Scripts/reference/eigenvector_fixtures.py
	python3 Scripts/reference/diagnosis_fixtures.py
	python3 Scripts/reference/decision_fixtures.py
	python3 Scripts/interop/make_interop_fixtures.py
	python3 Scripts/reference/compare_fixtures.py

clean:
	rm -rf .build

# Fuzz every reader with seeded mutations (FUZZ_INPUTS per format; 100,000 by default, about 8 minutes).
FUZZ_INPUTS ?= 100000
fuzz:
	$(SWIFT) build -c release --product redes-fuzz
	.build/release/redes-fuzz --inputs $(FUZZ_INPUTS)

# Run the tests under AddressSanitizer (with LeakSanitizer; process-lifetime allocations of the test runners and
# of Graphviz's font stack are suppressed) and ThreadSanitizer, in separate build folders.
sanitize:
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt $(SWIFT) test --sanitize=address --scratch-path .build-asan
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan
