# labbook: build the notebook in notes/, run the tests, run the benchmarks.
# Every target first installs the Debian packages it needs (only those missing).

PACKAGES := pkg-config libcmark-dev libopenblas-dev zlib1g-dev dataset-fashion-mnist nodejs katex libjs-katex fonts-katex
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SWIFT_RELEASE := swift build -c release
LABBOOK := .build/release/labbook

.PHONY: deps notebook test bench slurm clean install

deps:
	@missing=""; \
	for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing missing packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	fi
	@pkg-config --exists libcmark openblas zlib || { \
	  echo "make: error: pkg-config cannot find libcmark, openblas and zlib (packages: libcmark-dev libopenblas-dev zlib1g-dev)"; exit 1; }
	@NODE_PATH=/usr/share/nodejs node -e 'require("katex")' 2>/dev/null || { \
	  echo "make: error: node cannot load KaTeX from /usr/share/nodejs (packages: nodejs katex libjs-katex fonts-katex)"; exit 1; }

notebook: deps
	$(SWIFT_RELEASE) --product labbook
	$(LABBOOK) build --root .

PREFIX ?= /usr/local

# labbook on the PATH: the binary carries its theme, so it works from any folder.
install: deps
	$(SWIFT_RELEASE) --product labbook
	install -d $(PREFIX)/bin
	install -m 755 $(LABBOOK) $(PREFIX)/bin/labbook

test: deps
	swift test

bench: deps
	$(SWIFT_RELEASE)
	Scripts/bench

# A single-node Slurm cluster on this machine, for the Slurm executor's tests (needs root).
slurm:
	Scripts/start-slurm

clean:
	rm -rf .build site/*
