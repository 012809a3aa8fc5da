#!/usr/bin/env bash
# README command (b), and exactly what CI runs (.ci/run): install what is missing, build, and run
# every test:
#   1. the workflow and desktop-metadata validators (seconds);
#   2. the whole suite on Debian 12's Qt 6.4 with g++ (scripts/test-suite.sh; arguments go to
#      its ctest, e.g. -R tst_cli);
#   3. the DEB built from it, installed into a clean Debian 12 chroot and run (check-deb.sh);
#   4. the whole suite again on Qt 6.8 LTS with clang, warnings as errors, AddressSanitizer and
#      UBSan, the fuzzers of tests/fuzz included, in a Debian 13 chroot (test-qt68.sh).
# YUTANG_ONLY_HOST=1 stops after step 2 (a quick run while developing). Steps 3-4 need root
# (sudo): debootstrap and chroot.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step() { echo "== $* ($((SECONDS - started)) s)" >&2; }

step "validate workflows and desktop metadata"
scripts/install-deps.sh
scripts/validate-workflows.sh
[ ! -x scripts/validate-metainfo.sh ] || scripts/validate-metainfo.sh

step "suite on Qt 6.4 (g++)"
scripts/test-suite.sh "$@"
[ "${YUTANG_ONLY_HOST:-}" = 1 ] && exit 0

step "the DEB in a clean Debian 12"
scripts/check-deb.sh

step "suite on Qt 6.8 LTS (clang, warnings as errors, ASan + UBSan, fuzzers)"
scripts/test-qt68.sh "$@"
step "all passed"
