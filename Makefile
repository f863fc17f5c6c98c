# The two commands a new user needs: `make run` and `make test`.
# Both install missing Debian packages first, then configure and build with CMake.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
# CI builds with warnings as errors.
WERROR ?= $(if $(CI),ON,OFF)

.PHONY: all deps deps-build deps-package configure build run test bench install package clean

all: build

# Everything in packaging/debian-packages.txt (make test, CI).
deps:
	@sh packaging/install-deps.sh

# What building and running need; not the tests' PostgreSQL server or the fuzzing compiler.
deps-build:
	@sh packaging/install-deps.sh build run benchmark

$(BUILD_DIR)/build.ninja: | deps-build
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DLEADINTAKE_WERROR=$(WERROR)

configure: deps-build $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/src/app/leadintake $(ARGS)

test: deps build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

# Issue 5's benchmark: 1k / 100k / 1M leads, ours next to bare SQLite and the usual Qt
# models (see BENCHMARKS.md). Demo databases are made once in /tmp/leadintake-bench.
# BENCH_ARGS="--sizes 1000,100000 --runs 3" for a quicker run.
BENCH_ARGS ?=
bench: build
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/tests/bench/leadintake_bench $(BENCH_ARGS)

install: build
	cmake --install $(BUILD_DIR)

# A Debian package of what `make install` installs, under /usr (packaging/cpack.cmake):
# $(BUILD_DIR)/leadintake_VERSION-1_ARCH.deb, for `sudo apt install ./build/leadintake_…deb`.
deps-package:
	@sh packaging/install-deps.sh build run benchmark package

package: deps-package configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target package

clean:
	rm -rf $(BUILD_DIR)
