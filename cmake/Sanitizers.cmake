# AddressSanitizer + UndefinedBehaviorSanitizer for every target, and the libFuzzer harnesses under
# tests/fuzz. scripts/test-qt68.sh builds the clang suite this way (preset clang-sanitize).
#   YUTANG_SANITIZE  -fsanitize=address,undefined on every target; a UB finding aborts the
#                    program (-fno-sanitize-recover), so it fails its test.
#   YUTANG_FUZZ      the harnesses, each a ctest test over its seed corpus plus a fixed number of
#                    runs with a fixed seed. Needs clang (-fsanitize=fuzzer); on by default when
#                    sanitizing with clang.
option(YUTANG_SANITIZE "Build with AddressSanitizer and UBSan (UB findings abort)" OFF)
add_feature_info(Sanitizers YUTANG_SANITIZE "AddressSanitizer and UBSan on every target")

if(YUTANG_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "YUTANG_SANITIZE needs clang or g++.")
    endif()
    # Directory-wide on purpose: Qt's generated sources (moc, rcc) and every test must be
    # instrumented alike, or ASan's container checks and UBSan's vptr checks see half a program.
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

set(_yutang_fuzz_default OFF)
if(YUTANG_SANITIZE AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    set(_yutang_fuzz_default ON)
endif()
option(YUTANG_FUZZ "Build the libFuzzer harnesses (tests/fuzz) and run each in ctest"
    ${_yutang_fuzz_default})
add_feature_info(Fuzzing YUTANG_FUZZ "libFuzzer harnesses under tests/fuzz, run by ctest")
if(YUTANG_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "YUTANG_FUZZ needs clang (-fsanitize=fuzzer).")
endif()

# What a sanitized test process (and the programs it starts) runs with: see
# tests/fuzz/README.md for each setting and tests/sanitizers/lsan.supp for the leaks
# outside our code that are let pass.
set(YUTANG_SANITIZER_ENV
    "ASAN_OPTIONS=strict_string_checks=1:check_initialization_order=1:detect_leaks=1"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0")
