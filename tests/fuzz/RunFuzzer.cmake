# One harness's ctest run (tests/fuzz/CMakeLists.txt): the seed corpus, then RUNS generated
# inputs from seed 1. New interesting inputs go to WORK/corpus, emptied first so that every run
# starts from the committed seeds alone; a finding is written to WORK/crash-* (or leak-*,
# timeout-*) and fails the test.
foreach(v FUZZER SEEDS WORK RUNS MAX_LEN)
    if(NOT DEFINED ${v})
        message(FATAL_ERROR "RunFuzzer.cmake: ${v} is not set")
    endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus")
execute_process(
    COMMAND "${FUZZER}" -seed=1 -runs=${RUNS} -max_len=${MAX_LEN} -timeout=30 -rss_limit_mb=2048
        -print_final_stats=1 -artifact_prefix=${WORK}/ "${WORK}/corpus" "${SEEDS}"
    WORKING_DIRECTORY "${WORK}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB findings "${WORK}/crash-*" "${WORK}/leak-*" "${WORK}/timeout-*" "${WORK}/oom-*")
    message(FATAL_ERROR "${FUZZER} found a problem (exit ${result}): ${findings}")
endif()
