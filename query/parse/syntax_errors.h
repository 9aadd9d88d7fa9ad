// Syntax error reporting for the parse stage: formats kgq's syntax error messages (line, column,
// the offending line with a caret, what was expected) and provides the ANTLR error listener that
// throws them. ANTLR types appear only in the .cpp files of query/parse.
#pragma once

#include <kgq/kgq.h>

#include <string>
#include <string_view>

namespace kgq {

// "Syntax error at line L, column C: DETAIL" followed by the source line and a caret line. A line
// longer than 80 code points is quoted as an 80-code-point window around the caret, with "…"
// where it was cut, so the message stays short for a megabyte-long one-line query.
// `line` is 1-based, `column` is 0-based in code points (ANTLR's convention).
Error makeSyntaxError(std::string_view text, std::size_t line, std::size_t column, const std::string& detail);

// A user-facing name for a token type as the lexer spells it: 'MATCH', ')', a string, a name...
std::string describeTokenType(const std::string& symbolicOrLiteralName);

}  // namespace kgq
