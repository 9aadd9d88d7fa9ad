# ctest tck/fixtures: runs kgq-tck on the fixture TCK and checks its exact summary, its FAIL lines
# and its exit status (1: two scenarios fail on purpose). Arguments: -DTCK=<kgq-tck> -DFIXTURES=<dir>.
execute_process(COMMAND ${TCK} --skip-list ${FIXTURES}/skip_list.txt ${FIXTURES}/tck
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
string(REGEX REPLACE "\n$" "" trimmed "${out}")
string(REGEX REPLACE ".*\n" "" last "${trimmed}")
set(expected_summary "8 passed, 2 failed, 1 skipped")
if(NOT last STREQUAL expected_summary)
  message(FATAL_ERROR "summary line is '${last}', expected '${expected_summary}'")
endif()
if(NOT status EQUAL 1)
  message(FATAL_ERROR "exit status ${status}, expected 1")
endif()
foreach(line
    "FAIL basic/Basic.feature:19 [2] Deliberately wrong expectation: result mismatch"
    "FAIL errors/Errors.feature:33 [4] An unknown step fails the scenario: unsupported step: And there exists a time machine"
    "basic: 5 passed, 1 failed, 1 skipped"
    "errors: 3 passed, 1 failed, 0 skipped")
  string(FIND "${out}" "${line}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "missing output line: ${line}")
  endif()
endforeach()
