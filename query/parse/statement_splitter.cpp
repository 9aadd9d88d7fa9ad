// splitStatements (declared in include/kgq/kgq.h): cuts a script at top-level ';' using the
// query lexer itself, so strings, escaped names and comments are honoured exactly as the parser
// sees them.
#include <kgq/kgq.h>

#include "antlr4-runtime.h"
#include "kgq/grammar/CypherLexer.h"

namespace kgq {

std::vector<ScriptStatement> splitStatements(std::string_view script) {
  std::vector<ScriptStatement> statements;
  // The lexer indexes code points; map them back to byte offsets. Invalid UTF-8 is left for the
  // parser to report with its position, so split such a script as one statement.
  std::vector<std::size_t> byteOfCodePoint;
  for (std::size_t i = 0; i < script.size(); ++i)
    if ((static_cast<unsigned char>(script[i]) & 0xC0) != 0x80) byteOfCodePoint.push_back(i);
  byteOfCodePoint.push_back(script.size());

  std::vector<std::pair<std::size_t, std::size_t>> ranges;  // byte ranges of statements
  try {
    antlr4::ANTLRInputStream input(script.data(), script.size());
    grammar::CypherLexer lexer(&input);
    lexer.removeErrorListeners();
    std::size_t start = 0;
    for (auto token = lexer.nextToken(); token->getType() != antlr4::Token::EOF; token = lexer.nextToken()) {
      if (token->getType() != grammar::CypherLexer::SEMI) continue;
      std::size_t semi = byteOfCodePoint[token->getStartIndex()];
      ranges.emplace_back(start, semi);
      start = semi + 1;
    }
    ranges.emplace_back(start, script.size());
  } catch (const std::range_error&) {
    ranges.assign(1, {0, script.size()});
  }

  for (auto [begin, end] : ranges) {
    std::string_view text = script.substr(begin, end - begin);
    // Skip statements that are only whitespace and comments: they hold no token for the parser.
    bool empty = true;
    try {
      antlr4::ANTLRInputStream input(text.data(), text.size());
      grammar::CypherLexer lexer(&input);
      lexer.removeErrorListeners();
      for (auto token = lexer.nextToken(); token->getType() != antlr4::Token::EOF; token = lexer.nextToken())
        if (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
          empty = false;
          break;
        }
    } catch (const std::range_error&) {
      empty = false;
    }
    if (empty) continue;
    ScriptStatement st;
    st.text = std::string(text);
    for (std::size_t i = 0; i < begin; ++i) {
      if (script[i] == '\n') {
        ++st.line;
        st.column = 1;
      } else if ((static_cast<unsigned char>(script[i]) & 0xC0) != 0x80) {
        ++st.column;
      }
    }
    statements.push_back(std::move(st));
  }
  return statements;
}

}  // namespace kgq
