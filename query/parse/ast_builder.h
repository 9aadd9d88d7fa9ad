// The parse tree -> AST half of the parse stage. Internal to query/parse: this header is the
// only one outside the generated code that names ANTLR types, and only parser.cpp includes it.
//
// Promises: builds a complete ast::Statement or throws kgq::Error (Syntax for malformed literals,
// Semantic for constructs the engine does not support yet), naming the position.
#pragma once

#include "kgq/grammar/CypherParser.h"
#include "query/parse/ast.h"

#include <string_view>

namespace kgq {

ast::Statement buildStatement(grammar::CypherParser::QueryContext* tree, std::string_view text);

}  // namespace kgq
