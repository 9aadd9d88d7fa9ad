// ProcedureType and ProcedureSignature (include/kgq/procedure.h): type tests, and the signature
// notation printed and read back.
#include <kgq/kgq.h>
#include <kgq/procedure.h>

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace kgq {

namespace {

struct TypeName {
  ProcedureType::Kind kind;
  const char* name;
};
constexpr TypeName kTypeNames[] = {
    {ProcedureType::Kind::Any, "ANY"},         {ProcedureType::Kind::Boolean, "BOOLEAN"},
    {ProcedureType::Kind::Integer, "INTEGER"}, {ProcedureType::Kind::Float, "FLOAT"},
    {ProcedureType::Kind::Number, "NUMBER"},   {ProcedureType::Kind::String, "STRING"},
    {ProcedureType::Kind::List, "LIST"},       {ProcedureType::Kind::Map, "MAP"},
    {ProcedureType::Kind::Node, "NODE"},       {ProcedureType::Kind::Relationship, "RELATIONSHIP"},
    {ProcedureType::Kind::Path, "PATH"},
};

// A small cursor over the signature text that reports errors with the position.
class SignatureReader {
 public:
  explicit SignatureReader(std::string_view text) : text_(text) {}

  [[noreturn]] void fail(const std::string& expected) const {
    std::string near = pos_ < text_.size() ? "`" + std::string(text_.substr(pos_, 12)) + "`" : "the end";
    throw Error(ErrorKind::Syntax, "Invalid procedure signature at column " + std::to_string(pos_ + 1) + " (" + near +
                                       "): expected " + expected + " in `" + std::string(text_) + "`");
  }
  void skipSpace() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  bool accept(std::string_view token) {
    skipSpace();
    if (text_.substr(pos_, token.size()) != token) return false;
    pos_ += token.size();
    return true;
  }
  void expect(std::string_view token) {
    if (!accept(token)) fail("`" + std::string(token) + "`");
  }
  bool atEnd() {
    skipSpace();
    return pos_ == text_.size();
  }
  std::string identifier(const char* what) {
    skipSpace();
    if (pos_ < text_.size() && text_[pos_] == '`') {
      std::size_t end = text_.find('`', pos_ + 1);
      if (end == std::string_view::npos) fail("a closing backtick");
      std::string name(text_.substr(pos_ + 1, end - pos_ - 1));
      pos_ = end + 1;
      return name;
    }
    std::size_t start = pos_;
    while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) ++pos_;
    if (start == pos_ || std::isdigit(static_cast<unsigned char>(text_[start]))) {
      pos_ = start;
      fail(what);
    }
    return std::string(text_.substr(start, pos_ - start));
  }
  std::string qualifiedName() {
    std::string name = identifier("a procedure name");
    while (accept(".")) name += "." + identifier("a name after `.`");
    return name;
  }
  ProcedureType type() {
    std::size_t start = (skipSpace(), pos_);
    std::string word = identifier("a type name");
    for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    ProcedureType t;
    t.nullable = false;
    bool known = false;
    for (const TypeName& n : kTypeNames)
      if (word == n.name) {
        t.kind = n.kind;
        known = true;
      }
    if (word == "BOOL") t.kind = ProcedureType::Kind::Boolean, known = true;
    if (!known) {
      pos_ = start;
      fail("a type (ANY, BOOLEAN, INTEGER, FLOAT, NUMBER, STRING, LIST, MAP, NODE, RELATIONSHIP, PATH)");
    }
    if (t.kind == ProcedureType::Kind::List) {
      std::size_t save = pos_;
      std::string of = (skipSpace(), pos_ < text_.size() && std::isalpha(static_cast<unsigned char>(text_[pos_])))
                           ? identifier("OF")
                           : "";
      if (of == "OF" || of == "of") {
        // The element type is not checked; a `?` after it belongs to the list.
        t.nullable = type().nullable;
      } else {
        pos_ = save;
      }
    }
    t.nullable = accept("?") || t.nullable;
    return t;
  }
  Value literal() {
    skipSpace();
    if (accept("null")) return Value();
    if (accept("true")) return Value(true);
    if (accept("false")) return Value(false);
    if (accept("{}")) return Value(Map{});
    if (accept("[]")) return Value(List{});
    if (pos_ < text_.size() && (text_[pos_] == '\'' || text_[pos_] == '"')) {
      char quote = text_[pos_];
      std::size_t end = text_.find(quote, pos_ + 1);
      if (end == std::string_view::npos) fail("a closing quote");
      std::string s(text_.substr(pos_ + 1, end - pos_ - 1));
      pos_ = end + 1;
      return Value(s);
    }
    std::size_t start = pos_;
    while (pos_ < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '-' ||
                                   text_[pos_] == '+' || text_[pos_] == '.' || text_[pos_] == 'e' || text_[pos_] == 'E'))
      ++pos_;
    std::string number(text_.substr(start, pos_ - start));
    if (number.empty()) fail("a default value (null, true, false, a number, a quoted string, {} or [])");
    char* end = nullptr;
    if (number.find_first_of(".eE") == std::string::npos) {
      long long i = std::strtoll(number.c_str(), &end, 10);
      if (*end == '\0') return Value(static_cast<std::int64_t>(i));
    } else {
      double d = std::strtod(number.c_str(), &end);
      if (*end == '\0') return Value(d);
    }
    pos_ = start;
    fail("a number");
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string ProcedureType::toString() const {
  std::string name = "ANY";
  for (const TypeName& n : kTypeNames)
    if (n.kind == kind) name = n.name;
  return nullable ? name + "?" : name;
}

bool ProcedureType::accepts(const Value& v) const {
  if (v.isNull()) return nullable;
  switch (kind) {
    case Kind::Any: return true;
    case Kind::Boolean: return v.isBool();
    case Kind::Integer: return v.isInt();
    case Kind::Float:
    case Kind::Number: return v.isNumber();
    case Kind::String: return v.isString();
    case Kind::List: return v.isList();
    case Kind::Map: return v.isMap();
    case Kind::Node: return v.kind() == ValueKind::NodeRef || v.kind() == ValueKind::Node;
    case Kind::Relationship: return v.kind() == ValueKind::EdgeRef || v.kind() == ValueKind::Relationship;
    case Kind::Path: return v.kind() == ValueKind::PathRef || v.kind() == ValueKind::Path;
  }
  return false;
}

std::string ProcedureSignature::toString() const {
  std::string s = name + "(";
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (i) s += ", ";
    s += inputs[i].name + " :: " + inputs[i].type.toString();
    if (inputs[i].defaultValue) s += " = " + inputs[i].defaultValue->toCypher();
  }
  s += ") :: (";
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    if (i) s += ", ";
    s += outputs[i].name + " :: " + outputs[i].type.toString();
  }
  return s + ")";
}

ProcedureSignature ProcedureSignature::parse(std::string_view text, std::string description, ProcedureMode mode) {
  SignatureReader r(text);
  ProcedureSignature s;
  s.description = std::move(description);
  s.mode = mode;
  s.name = r.qualifiedName();
  r.expect("(");
  if (!r.accept(")")) {
    do {
      ProcedureInput in;
      in.name = r.identifier("an input name");
      r.expect("::");
      in.type = r.type();
      if (r.accept("=")) in.defaultValue = r.literal();
      s.inputs.push_back(std::move(in));
    } while (r.accept(","));
    r.expect(")");
  }
  if (r.accept("::")) {
    r.expect("(");
    if (!r.accept(")")) {
      if (!r.accept("VOID")) {
        do {
          ProcedureOutput out;
          out.name = r.identifier("an output name");
          r.expect("::");
          out.type = r.type();
          s.outputs.push_back(std::move(out));
        } while (r.accept(","));
      }
      r.expect(")");
    }
  }
  if (!r.atEnd()) r.fail("the end of the signature");
  return s;
}

}  // namespace kgq
