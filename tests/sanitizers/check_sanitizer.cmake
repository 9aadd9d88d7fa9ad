# One ctest that runs part of the suite again under a sanitizer, in a build tree of its own (a
# sanitizer build cannot host a second sanitizer, and TSan cannot share a tree with ASan): it
# configures WORK_DIR with OPTION=ON (KGQ_SANITIZE for ASan+UBSan, KGQ_TSAN for ThreadSanitizer),
# builds it (ccache makes a rebuild cheap), then runs ctest there on the tests that TESTS (a ctest
# regular expression) selects, less those EXCLUDE (optional) matches; selecting none is an error.
# The sanitizer options make the first report end the process with a failing status, so any
# finding fails this test. Prints how long the build and the tests took.
# Run with -P; needs SOURCE_DIR, WORK_DIR, OPTION, TESTS and NAME (for messages); TARGETS (a
# semicolon list) limits the build to what those tests need (default: everything).
foreach(required SOURCE_DIR WORK_DIR OPTION TESTS NAME)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "check_sanitizer.cmake needs -D${required}=...")
  endif()
endforeach()

string(TIMESTAMP started "%s")
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR} -G Ninja -D${OPTION}=ON
                        -DKGQ_BUILD_BENCH=OFF -DKGQ_BUILD_PYTHON=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
                        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc)
  message(FATAL_ERROR "configuring the ${NAME} build in ${WORK_DIR} failed:\n${out}\n${err}")
endif()
set(target_args)
foreach(target ${TARGETS})
  list(APPEND target_args --target ${target})
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK_DIR} ${target_args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc)
  message(FATAL_ERROR "building the ${NAME} tree in ${WORK_DIR} failed:\n${out}\n${err}")
endif()
string(TIMESTAMP built "%s")

# halt_on_error: the first report ends the process (UBSan also needs -fno-sanitize-recover, which
# CMakeLists.txt adds); abort_on_error is off so the status is the exit code below, not a signal.
set(ENV{ASAN_OPTIONS} "halt_on_error=1:abort_on_error=0:exitcode=66")
set(ENV{UBSAN_OPTIONS} "halt_on_error=1:print_stacktrace=1:exitcode=67")
set(ENV{TSAN_OPTIONS} "halt_on_error=1:exitcode=66")
include(ProcessorCount)
ProcessorCount(cores)
if(cores EQUAL 0)
  set(cores 1)
endif()
set(exclude_args)
if(EXCLUDE)
  set(exclude_args -E ${EXCLUDE})
endif()
execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --test-dir ${WORK_DIR} -R ${TESTS} ${exclude_args} -j ${cores} --no-tests=error --output-on-failure
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(TIMESTAMP finished "%s")
math(EXPR build_seconds "${built} - ${started}")
math(EXPR test_seconds "${finished} - ${built}")
if(rc)
  message(FATAL_ERROR "tests failed under ${NAME} (build ${build_seconds} s, tests ${test_seconds} s):\n${out}\n${err}")
endif()
string(REGEX MATCH "[0-9]+% tests passed[^\n]*" summary "${out}")
message(STATUS "clean under ${NAME}: ${summary} (build ${build_seconds} s, tests ${test_seconds} s)")
