#include "query/parse/syntax_errors.h"

#include <algorithm>
#include <map>
#include <vector>

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

// How many code points of the offending line an error quotes at most: a longer line (a generated
// one-line query can be megabytes) is quoted as a window around the caret, cut ends marked "…".
constexpr std::size_t kQuotedCodePoints = 80;

Error makeSyntaxError(std::string_view text, std::size_t line, std::size_t column, const std::string& detail) {
  std::string message = "Syntax error at line " + std::to_string(line) + ", column " +
                        std::to_string(column + 1) + ": " + detail;
  std::string_view source = lineOf(text, line);
  if (!source.empty()) {
    // Byte offset of each code point of the line, then the line's size.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < source.size(); ++i)
      if ((static_cast<unsigned char>(source[i]) & 0xC0) != 0x80) starts.push_back(i);
    std::size_t codePoints = starts.size();
    starts.push_back(source.size());
    std::size_t first = 0, last = codePoints;  // the quoted code points [first, last)
    if (codePoints > kQuotedCodePoints) {
      std::size_t at = std::min(column, codePoints);
      first = at > kQuotedCodePoints / 2 ? at - kQuotedCodePoints / 2 : 0;
      last = std::min(codePoints, first + kQuotedCodePoints);
      first = last - kQuotedCodePoints;
    }
    const char* const ellipsis = "\u2026";
    std::string quoted = first > 0 ? ellipsis : "";
    std::string caret = first > 0 ? " " : "";
    quoted.append(source.substr(starts[first], starts[last] - starts[first]));
    if (last < codePoints) quoted += ellipsis;
    // The caret goes under code point `column`; tabs stay tabs so it lines up in a terminal.
    for (std::size_t i = first; i < last && i < column; ++i) caret += source[starts[i]] == '\t' ? '\t' : ' ';
    message += "\n  " + quoted + "\n  " + caret + "^";
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
