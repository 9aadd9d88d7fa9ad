#include "query/parse/syntax_errors.h"

#include <map>

namespace kgq {

static std::string_view lineOf(std::string_view text, std::size_t line) {
  std::size_t start = 0;
  for (std::size_t l = 1; l < line; ++l) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  std::size_t end = text.find('\n', start);
  std::string_view result = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

Error makeSyntaxError(std::string_view text, std::size_t line, std::size_t column, const std::string& detail) {
  std::string message = "Syntax error at line " + std::to_string(line) + ", column " +
                        std::to_string(column + 1) + ": " + detail;
  std::string_view source = lineOf(text, line);
  if (!source.empty()) {
    // The caret goes under code point `column`; tabs stay tabs so it lines up in a terminal.
    std::string caret;
    std::size_t codePoints = 0;
    for (std::size_t i = 0; i < source.size() && codePoints < column; ++i) {
      unsigned char c = static_cast<unsigned char>(source[i]);
      if ((c & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
      caret += c == '\t' ? '\t' : ' ';
      ++codePoints;
    }
    message += "\n  " + std::string(source) + "\n  " + caret + "^";
  }
  return Error(ErrorKind::Syntax, message);
}

std::string describeTokenType(const std::string& name) {
  static const std::map<std::string, std::string> readable = {
      {"IDENTIFIER", "a name"},           {"ESCAPED_IDENTIFIER", "a name"},
      {"STRING_LITERAL", "a string"},     {"DECIMAL_INTEGER", "an integer"},
      {"HEX_INTEGER", "an integer"},      {"OCTAL_INTEGER", "an integer"},
      {"FLOAT_LITERAL", "a float"},       {"EOF", "end of input"},
      {"<EOF>", "end of input"},          {"SKIP_", "'SKIP'"},
      {"NULL_", "'NULL'"},                {"NEQ", "'<>'"},
      {"UNKNOWN_CHAR", "a character"},
  };
  auto it = readable.find(name);
  if (it != readable.end()) return it->second;
  if (!name.empty() && name.front() == '\'') return name;  // already a literal like ')'
  return "'" + name + "'";
}

}  // namespace kgq
