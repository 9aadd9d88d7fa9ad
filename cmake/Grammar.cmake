# Generates the C++ parser from grammar/Cypher.g4 at build time with the antlr4 tool.
# Debian's antlr4_generate() uses `java -jar`, which fails with Debian's jar (TOOLCHAIN.md),
# so the tool runs through its own wrapper, from grammar/ with a relative file name so the
# output does not depend on where the tree lives.
set(KGQ_GRAMMAR_DIR ${CMAKE_CURRENT_BINARY_DIR}/generated)
set(_kgq_grammar_out ${KGQ_GRAMMAR_DIR}/kgq/grammar)
set(KGQ_GRAMMAR_SOURCES
  ${_kgq_grammar_out}/CypherLexer.cpp
  ${_kgq_grammar_out}/CypherParser.cpp)
add_custom_command(
  OUTPUT ${KGQ_GRAMMAR_SOURCES}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${_kgq_grammar_out}
  COMMAND ${ANTLR4_TOOL} -Dlanguage=Cpp -no-visitor -no-listener -Werror -package kgq::grammar
          -Xexact-output-dir -o ${_kgq_grammar_out} Cypher.g4
  WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/grammar
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/grammar/Cypher.g4
  COMMENT "Generating the Cypher parser with ANTLR"
  VERBATIM)
