// ANTLR glue of the parse stage: lexing, the nesting guard, two-stage parsing (fast SLL, then
// full LL only when SLL fails) and turning ANTLR's error callbacks into kgq syntax errors.
#include "query/parse/parser.h"

#include "antlr4-runtime.h"
#include "graph/utf8.h"
#include "kgq/grammar/CypherLexer.h"
#include "query/parse/ast_builder.h"
#include "query/parse/syntax_errors.h"

#include <algorithm>
#include <set>

namespace kgq {
namespace {

using grammar::CypherLexer;
using grammar::CypherParser;

// The 1-based line and 0-based code-point column of byte `offset`, for errors found before
// ANTLR sees the text.
std::pair<std::size_t, std::size_t> positionOf(std::string_view text, std::size_t offset) {
  std::size_t line = 1, column = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 0;
    } else if ((c & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

// "unexpected X" for the offending token, or a message of its own for lexical problems.
std::string describeProblem(antlr4::Token* token, bool& complete) {
  complete = false;
  if (token == nullptr || token->getType() == antlr4::Token::EOF) return "unexpected end of input";
  std::string text = token->getText();
  if (token->getType() == CypherLexer::UNKNOWN_CHAR) {
    complete = true;
    if (text == "'" || text == "\"") return "unterminated string literal";
    if (text == "`") return "unterminated escaped name (missing closing `)";
    return "unexpected character '" + text + "'";
  }
  return "unexpected '" + text + "'";
}

// What the parser would have accepted, in words. Tokens that merely start an expression (literals,
// names, '(' ...) collapse into "an expression", and keywords that can serve as names into
// "a name", so the list shows the real alternatives.
std::string describeExpected(antlr4::Recognizer* recognizer, antlr4::Token* offending) {
  auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
  if (parser == nullptr) return "";
  std::vector<std::size_t> types;
  for (auto type : parser->getExpectedTokens().toList()) types.push_back(static_cast<std::size_t>(type));
  auto expects = [&](std::size_t type) { return std::find(types.begin(), types.end(), type) != types.end(); };
  bool expression = expects(CypherLexer::STRING_LITERAL);
  bool name = expects(CypherLexer::IDENTIFIER);
  static const std::set<std::size_t> expressionStarts = {
      CypherLexer::STRING_LITERAL, CypherLexer::DECIMAL_INTEGER, CypherLexer::HEX_INTEGER,
      CypherLexer::OCTAL_INTEGER, CypherLexer::FLOAT_LITERAL, CypherLexer::IDENTIFIER,
      CypherLexer::ESCAPED_IDENTIFIER, CypherLexer::LPAREN, CypherLexer::LBRACKET, CypherLexer::LBRACE,
      CypherLexer::DOLLAR, CypherLexer::PLUS, CypherLexer::MINUS};
  const antlr4::dfa::Vocabulary& vocabulary = parser->getVocabulary();
  std::vector<std::string> names;
  std::set<std::string> seen;
  auto add = [&](const std::string& text) {
    if (seen.insert(text).second) names.push_back(text);
  };
  if (expression) add("an expression");
  else if (name) add("a name");
  for (std::size_t type : types) {
    bool keyword = vocabulary.getLiteralName(type).empty() && type != CypherLexer::IDENTIFIER &&
                   type != CypherLexer::ESCAPED_IDENTIFIER && type != CypherLexer::STRING_LITERAL &&
                   type != CypherLexer::DECIMAL_INTEGER && type != CypherLexer::HEX_INTEGER &&
                   type != CypherLexer::OCTAL_INTEGER && type != CypherLexer::FLOAT_LITERAL &&
                   type != antlr4::Token::EOF;
    if (expression && (expressionStarts.count(type) || keyword)) continue;
    if (name && (type == CypherLexer::IDENTIFIER || type == CypherLexer::ESCAPED_IDENTIFIER || keyword)) continue;
    add(describeTokenType(vocabulary.getDisplayName(type)));
  }
  if (names.empty()) return "";
  // A name where only the end of the query may follow is most likely a misspelt clause keyword.
  bool onlyEnd = std::all_of(types.begin(), types.end(), [](std::size_t t) {
    return t == antlr4::Token::EOF || t == CypherLexer::SEMI;
  });
  if (onlyEnd && offending != nullptr && offending->getType() == CypherLexer::IDENTIFIER)
    names.insert(names.begin(), "a clause (MATCH, WITH, UNWIND, RETURN, UNION, ...)");
  std::string out = names.size() == 1 ? "expected " : "expected one of ";
  constexpr std::size_t kShown = 12;
  for (std::size_t i = 0; i < names.size() && i < kShown; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > kShown) out += ", ...";
  return out;
}

class ThrowingErrorListener : public antlr4::BaseErrorListener {
 public:
  explicit ThrowingErrorListener(std::string_view text) : text_(text) {}

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, std::size_t line,
                   std::size_t column, const std::string& /*antlrMessage*/, std::exception_ptr) override {
    bool complete = false;
    std::string detail = describeProblem(offending, complete);
    std::string expected = complete ? "" : describeExpected(recognizer, offending);
    if (!expected.empty()) detail += "; " + expected;
    throw makeSyntaxError(text_, line, column, detail);
  }

 private:
  std::string_view text_;
};

// The lexer's input: the statement's code points. ANTLR's own stream decodes UTF-8 through
// std::wstring_convert, a measurable part of a short query's parse; the text is valid UTF-8
// (checked first), so kgq's decoder gives the same code points.
class CodePointInput : public antlr4::ANTLRInputStream {
 public:
  explicit CodePointInput(std::string_view text) {
    std::string bytes(text);
    _data.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size();) _data.push_back(static_cast<char32_t>(decodeUtf8(bytes, i)));
  }
};

// Whether a CASE or END token opens or closes a CASE expression, rather than being a name: a
// property key after '.', a label or type after ':' or '|', a map key before ':'.
bool isCaseKeyword(const std::vector<antlr4::Token*>& tokens, std::size_t i) {
  if (i > 0) {
    std::size_t before = tokens[i - 1]->getType();
    if (before == CypherLexer::DOT || before == CypherLexer::COLON || before == CypherLexer::PIPE) return false;
  }
  return !(i + 1 < tokens.size() && tokens[i + 1]->getType() == CypherLexer::COLON);
}

// Bounds what the recursive-descent parser recurses on before it runs: brackets, and CASE ...
// END, which nest expressions without brackets. A closer never takes the depth below zero, so
// stray closers cannot buy deeper nesting later.
void checkNesting(std::string_view text, antlr4::CommonTokenStream& tokens) {
  const std::vector<antlr4::Token*>& all = tokens.getTokens();
  int depth = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    antlr4::Token* token = all[i];
    switch (token->getType()) {
      case CypherLexer::LPAREN:
      case CypherLexer::LBRACKET:
      case CypherLexer::LBRACE:
        if (++depth > kMaxNestingDepth)
          throw makeSyntaxError(text, token->getLine(), token->getCharPositionInLine(),
                                "brackets nested more than " + std::to_string(kMaxNestingDepth) + " deep");
        break;
      case CypherLexer::CASE:
        if (!isCaseKeyword(all, i)) break;
        if (++depth > kMaxNestingDepth)
          throw makeSyntaxError(text, token->getLine(), token->getCharPositionInLine(),
                                "CASE expressions and brackets nested more than " + std::to_string(kMaxNestingDepth) +
                                    " deep");
        break;
      case CypherLexer::END:
        if (isCaseKeyword(all, i) && depth > 0) --depth;
        break;
      case CypherLexer::RPAREN:
      case CypherLexer::RBRACKET:
      case CypherLexer::RBRACE:
        if (depth > 0) --depth;
        break;
      default:
        break;
    }
  }
}

}  // namespace

ast::Statement parseStatement(std::string_view text) {
  std::size_t bad = firstInvalidUtf8(text);
  if (bad != std::string_view::npos) {
    auto [line, column] = positionOf(text, bad);
    throw makeSyntaxError(text, line, column, "invalid UTF-8 byte sequence");
  }
  CodePointInput input(text);
  CypherLexer lexer(&input);
  lexer.removeErrorListeners();  // UNKNOWN_CHAR catches every character, so the lexer never fails
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  checkNesting(text, tokens);

  CypherParser parser(&tokens);
  parser.removeErrorListeners();
  // Stage 1: SLL prediction, bail out at the first error. Most queries parse here, faster.
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  CypherParser::QueryContext* tree = nullptr;
  try {
    tree = parser.query();
  } catch (const antlr4::ParseCancellationException&) {
    // Stage 2: full LL with error reporting, which also gives the right message.
    tokens.seek(0);
    parser.reset();
    ThrowingErrorListener listener(text);
    parser.addErrorListener(&listener);
    parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
    tree = parser.query();
    parser.removeErrorListeners();
  }
  return buildStatement(tree, text);
}

}  // namespace kgq
