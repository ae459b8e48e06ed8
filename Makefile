# Membership Workers: build, test and demo entry points.
#
#   make test    install what is missing (Debian packages), check the event contract, build, run every test
#   make demo    the main job on the embedded default: broker + SQLite + the three workers in one process
#                (DEMO_FLAGS="--seed 7 --json" passes options to `membership demo`)
#
# SWIFT_FLAGS is passed to `swift build` and `swift test` (CI sets -Xswiftc -warnings-as-errors).

SWIFT_FLAGS ?=
APT_PACKAGES := librdkafka-dev kcat pkg-config protobuf-compiler postgresql python3-confluent-kafka python3-protobuf
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps check-protos build test demo broker bench-kafka clean deploy-check

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

check-protos:
	@bash Scripts/check-protos.sh

build: deps
	swift build $(SWIFT_FLAGS)

test: deps check-protos
	swift build --build-tests $(SWIFT_FLAGS)
	swift test --skip-build $(SWIFT_FLAGS)

demo: deps
	swift build --product membership
	.build/debug/membership demo $(DEMO_FLAGS)

broker: deps
	swift run membership broker --bootstrap-file b.txt

clean:
	rm -rf .build

# Validates Deploy/ offline (Kubernetes and Compose schemas, hadolint, project consistency rules) and
# checks that the broken fixtures in Deploy/tests/broken are rejected. Tools go to .venv/deploy-check.
deploy-check:
	bash Scripts/deploy-check.sh

# make fuzz    builds the libFuzzer harnesses of Fuzz/ (a separate package, never part of `make test`)
#              and runs each for FUZZ_SECONDS seconds (default 60) on its seed corpus; fails on a crash.
FUZZ_SECONDS ?= 60
.PHONY: fuzz
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash Scripts/fuzz.sh
