# The concurrency tests under ThreadSanitizer: configures and builds the unit tests with
# -DKGQ_TSAN=ON in WORK_DIR (a build of its own; ccache makes a rebuild cheap), then runs the tests
# whose names mention threads. Any data race TSan reports fails the test. Run with -P; needs
# SOURCE_DIR and WORK_DIR.
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR} -G Ninja -DKGQ_TSAN=ON
                        -DKGQ_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(rc)
  message(FATAL_ERROR "configuring the ThreadSanitizer build failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK_DIR} --target kgq_unit_tests RESULT_VARIABLE rc OUTPUT_QUIET)
if(rc)
  message(FATAL_ERROR "building the ThreadSanitizer unit tests failed")
endif()
set(ENV{TSAN_OPTIONS} "halt_on_error=1 exitcode=66")
execute_process(COMMAND ${WORK_DIR}/kgq_unit_tests "*threads*" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc)
  message(FATAL_ERROR "the concurrency tests failed under ThreadSanitizer (status ${rc}):\n${out}\n${err}")
endif()
message(STATUS "concurrency tests clean under ThreadSanitizer:\n${out}")
