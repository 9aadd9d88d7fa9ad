# ctest bench/kgq_gen_T: runs `kgq-gen --scale T` (default seed 42) into WORK_DIR and checks that
# it writes exactly the files listed in HASHES with exactly those SHA-256 sums. HASHES was made
# with `sha256sum *` in the output of `python3 ../shared/bench/gen.py --scale T`, so a pass means
# kgq-gen still reproduces gen.py byte for byte; neither python nor gen.py is needed here.
#   cmake -DKGQ_GEN=... -DHASHES=.../gen_T.sha256 -DWORK_DIR=... -P check_gen_T.cmake
cmake_minimum_required(VERSION 3.25)  # script mode: IN_LIST and the other current policies
foreach(var KGQ_GEN HASHES WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_gen_T.cmake: -D${var}=... is required")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")  # a stale file from an earlier run must not count
execute_process(COMMAND "${KGQ_GEN}" --scale T --out "${WORK_DIR}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "kgq-gen --scale T failed (${rc}):\n${err}")
endif()

file(STRINGS "${HASHES}" lines)
set(expected_names "")
set(failures "")
foreach(line IN LISTS lines)
  if(NOT line MATCHES "^([0-9a-f]+)  (.+)$")
    message(FATAL_ERROR "${HASHES}: not a sha256sum line: '${line}'")
  endif()
  set(want "${CMAKE_MATCH_1}")
  set(name "${CMAKE_MATCH_2}")
  list(APPEND expected_names "${name}")
  if(NOT EXISTS "${WORK_DIR}/${name}")
    string(APPEND failures "  missing: ${name}\n")
    continue()
  endif()
  file(SHA256 "${WORK_DIR}/${name}" got)
  if(NOT got STREQUAL want)
    string(APPEND failures "  differs from gen.py: ${name} (sha256 ${got}, expected ${want})\n")
  endif()
endforeach()

file(GLOB written RELATIVE "${WORK_DIR}" "${WORK_DIR}/*")
foreach(name IN LISTS written)
  if(NOT name IN_LIST expected_names)
    string(APPEND failures "  not written by gen.py: ${name}\n")
  endif()
endforeach()

if(failures)
  message(FATAL_ERROR "kgq-gen --scale T output is not byte-identical to gen.py's:\n${failures}")
endif()
list(LENGTH expected_names count)
message(STATUS "kgq-gen --scale T: all ${count} files byte-identical to gen.py")
