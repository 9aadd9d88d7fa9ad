// TCK value notation: parser, printer, conversion to kgq::Value (see tck_value.h).
#include "graph/utf8.h"
#include "graph/value_render.h"
#include "tck_value.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <algorithm>

namespace tck {
namespace {

class Parser {
 public:
  explicit Parser(const std::string& text) : s_(text) {}

  TValue parseAll() {
    TValue v = value();
    ws();
    if (p_ != s_.size()) fail("end of value");
    return v;
  }

 private:
  const std::string& s_;
  std::size_t p_ = 0;

  [[noreturn]] void fail(const std::string& expected) const {
    std::string near = s_.substr(p_, 20);
    throw ParseError("cannot read TCK value '" + s_ + "' at offset " + std::to_string(p_) + ": expected " +
                     expected + (p_ < s_.size() ? " near '" + near + "'" : " (at end)"));
  }
  void ws() {
    while (p_ < s_.size() && (s_[p_] == ' ' || s_[p_] == '\t' || s_[p_] == '\n' || s_[p_] == '\r')) ++p_;
  }
  bool peek(char c) {
    ws();
    return p_ < s_.size() && s_[p_] == c;
  }
  bool accept(char c) {
    if (peek(c)) { ++p_; return true; }
    return false;
  }
  void expect(char c) {
    if (!accept(c)) fail(std::string("'") + c + "'");
  }
  bool acceptWord(const char* w) {
    ws();
    std::size_t n = std::strlen(w);
    if (s_.compare(p_, n, w) != 0) return false;
    // A keyword must not run into an identifier character.
    if (p_ + n < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[p_ + n])) || s_[p_ + n] == '_'))
      return false;
    p_ += n;
    return true;
  }

  static bool identStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }
  static bool identPart(char c) { return identStart(c) || std::isdigit(static_cast<unsigned char>(c)); }

  std::string name() {
    ws();
    if (p_ < s_.size() && s_[p_] == '`') {
      std::string out;
      ++p_;
      while (true) {
        if (p_ >= s_.size()) fail("closing '`'");
        if (s_[p_] == '`') {
          if (p_ + 1 < s_.size() && s_[p_ + 1] == '`') { out += '`'; p_ += 2; continue; }
          ++p_;
          break;
        }
        out += s_[p_++];
      }
      return out;
    }
    std::size_t b = p_;
    while (p_ < s_.size() && identPart(s_[p_])) ++p_;
    if (b == p_) fail("a name");
    return s_.substr(b, p_ - b);
  }

  std::string str() {
    char q = s_[p_++];
    std::string out;
    while (true) {
      if (p_ >= s_.size()) fail(std::string("closing ") + q);
      char c = s_[p_++];
      if (c == q) break;
      if (c != '\\' || p_ >= s_.size()) { out += c; continue; }
      char e = s_[p_++];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'u':
        case 'U': {
          std::size_t digits = e == 'u' ? 4 : 8;
          if (p_ + digits > s_.size()) fail("hex digits");
          unsigned cp = 0;
          for (std::size_t k = 0; k < digits; ++k) {
            char h = s_[p_ + k];
            if (!std::isxdigit(static_cast<unsigned char>(h))) fail("hex digits");
            cp = cp * 16 + static_cast<unsigned>(std::isdigit(static_cast<unsigned char>(h)) ? h - '0'
                                                                                          : (std::tolower(h) - 'a' + 10));
          }
          p_ += digits;
          kgq::appendUtf8(out, cp);
          break;
        }
        default:  // an unknown escape keeps its backslash
          out += '\\';
          out += e;
      }
    }
    return out;
  }

  TValue number() {
    std::size_t b = p_;
    if (s_[p_] == '-' || s_[p_] == '+') ++p_;
    if (s_.compare(p_, 3, "Inf") == 0) {
      p_ += 3;
      if (s_.compare(p_, 5, "inity") == 0) p_ += 5;
      return TValue::floating(s_[b] == '-' ? -INFINITY : INFINITY);
    }
    if (s_.compare(p_, 3, "NaN") == 0) {
      p_ += 3;
      return TValue::floating(NAN);
    }
    bool isFloat = false;
    std::size_t digits = 0;
    while (p_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[p_]))) ++p_, ++digits;
    if (p_ < s_.size() && s_[p_] == '.' && p_ + 1 < s_.size() && std::isdigit(static_cast<unsigned char>(s_[p_ + 1]))) {
      isFloat = true;
      ++p_;
      while (p_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[p_]))) ++p_, ++digits;
    }
    if (digits == 0) fail("a number");
    if (p_ < s_.size() && (s_[p_] == 'e' || s_[p_] == 'E')) {
      std::size_t save = p_;
      ++p_;
      if (p_ < s_.size() && (s_[p_] == '-' || s_[p_] == '+')) ++p_;
      if (p_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[p_]))) {
        isFloat = true;
        while (p_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[p_]))) ++p_;
      } else {
        p_ = save;
      }
    }
    std::string text = s_.substr(b, p_ - b);
    if (!text.empty() && text[0] == '+') text.erase(0, 1);
    if (isFloat) return TValue::floating(std::strtod(text.c_str(), nullptr));
    std::int64_t v = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size()) fail("an integer in range");
    return TValue::integer(v);
  }

  TMap mapBody() {  // after '{'
    TMap m;
    if (accept('}')) return m;
    do {
      std::string key = name();
      expect(':');
      m[key] = value();
    } while (accept(','));
    expect('}');
    return m;
  }

  TNode node() {  // at '('
    expect('(');
    TNode n;
    ws();
    // An optional variable name is tolerated: (n:A).
    if (p_ < s_.size() && (identStart(s_[p_]) || s_[p_] == '`')) name();
    while (accept(':')) n.labels.push_back(name());
    if (accept('{')) n.properties = mapBody();
    expect(')');
    return n;
  }

  TRel relBody() {  // after '['
    TRel r;
    ws();
    if (p_ < s_.size() && (identStart(s_[p_]) || s_[p_] == '`')) name();
    if (accept(':')) r.type = name();
    if (accept('{')) r.properties = mapBody();
    expect(']');
    return r;
  }

  TPath path() {  // after '<'
    TPath path;
    path.nodes.push_back(node());
    while (true) {
      ws();
      if (accept('>')) break;
      bool backward = false;
      if (accept('<')) backward = true;
      expect('-');
      expect('[');
      TRel r = relBody();
      expect('-');
      bool forward = accept('>');
      if (forward == backward) fail("a relationship direction ('-[..]->' or '<-[..]-')");
      path.rels.push_back(std::move(r));
      path.forward.push_back(forward);
      path.nodes.push_back(node());
    }
    return path;
  }

  TValue value() {
    ws();
    if (p_ >= s_.size()) fail("a value");
    char c = s_[p_];
    if (c == '\'' || c == '"') return TValue::string(str());
    if (c == '[') {
      ++p_;
      ws();
      if (p_ < s_.size() && s_[p_] == ':') return TValue::ofRel(relBody());
      TList l;
      if (accept(']')) return TValue::ofList(l);
      do l.push_back(value());
      while (accept(','));
      expect(']');
      return TValue::ofList(std::move(l));
    }
    if (c == '{') {
      ++p_;
      return TValue::ofMap(mapBody());
    }
    if (c == '(') return TValue::ofNode(node());
    if (c == '<') {
      ++p_;
      return TValue::ofPath(path());
    }
    if (c == '-' || c == '+' || c == '.' || std::isdigit(static_cast<unsigned char>(c))) return number();
    if (acceptWord("NaN") || acceptWord("nan")) return TValue::floating(NAN);
    if (acceptWord("Inf") || acceptWord("Infinity")) return TValue::floating(INFINITY);
    if (acceptWord("true")) return TValue::boolean(true);
    if (acceptWord("false")) return TValue::boolean(false);
    if (acceptWord("null")) return TValue::null();
    fail("a value");
  }
};

std::string quote(const std::string& s) { return kgq::quoteString(s); }

std::string nameText(const std::string& n) {
  bool plain = !n.empty() && !std::isdigit(static_cast<unsigned char>(n[0]));
  for (char c : n)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80))) plain = false;
  if (plain) return n;
  std::string out = "`";
  for (char c : n) out += c == '`' ? std::string("``") : std::string(1, c);
  return out + "`";
}

template <class M, class F>
std::string formatMap(const M& m, F fmt) {
  std::string out = "{";
  bool first = true;
  for (const auto& [k, v] : m) {
    if (!first) out += ", ";
    first = false;
    out += nameText(k) + ": " + fmt(v);
  }
  return out + "}";
}

std::string formatNode(const TNode& n) {
  std::string out = "(";
  for (const auto& l : n.labels) out += ":" + nameText(l);
  if (!n.properties.empty()) out += (n.labels.empty() ? "" : " ") + formatMap(n.properties, format);
  return out + ")";
}

std::string formatRel(const TRel& r) {
  std::string out = "[:" + nameText(r.type);
  if (!r.properties.empty()) out += " " + formatMap(r.properties, format);
  return out + "]";
}

std::string formatActualNode(const kgq::Node& n) {
  std::string out = "(";
  for (const auto& l : n.labels) out += ":" + nameText(l);
  if (!n.properties.empty()) out += (n.labels.empty() ? "" : " ") + formatMap(n.properties, formatActual);
  return out + ")";
}

std::string formatActualRel(const kgq::Relationship& r) {
  std::string out = "[:" + nameText(r.type);
  if (!r.properties.empty()) out += " " + formatMap(r.properties, formatActual);
  return out + "]";
}

}  // namespace

TValue parseValue(const std::string& text) { return Parser(text).parseAll(); }

std::string formatDouble(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d < 0 ? "-Inf" : "Inf";
  char buf[64];
  auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, d);
  std::string s = ec == std::errc() ? std::string(buf, ptr) : std::to_string(d);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

std::string format(const TValue& v) {
  switch (v.kind) {
    case TValue::Kind::Null: return "null";
    case TValue::Kind::Bool: return v.b ? "true" : "false";
    case TValue::Kind::Int: return std::to_string(v.i);
    case TValue::Kind::Float: return formatDouble(v.f);
    case TValue::Kind::String: return quote(v.s);
    case TValue::Kind::List: {
      std::string out = "[";
      for (std::size_t k = 0; k < v.list->size(); ++k) out += (k ? ", " : "") + format((*v.list)[k]);
      return out + "]";
    }
    case TValue::Kind::Map: return formatMap(*v.map, format);
    case TValue::Kind::Node: return formatNode(*v.node);
    case TValue::Kind::Rel: return formatRel(*v.rel);
    case TValue::Kind::Path: {
      std::string out = "<" + formatNode(v.path->nodes[0]);
      for (std::size_t k = 0; k < v.path->rels.size(); ++k) {
        out += v.path->forward[k] ? "-" + formatRel(v.path->rels[k]) + "->" : "<-" + formatRel(v.path->rels[k]) + "-";
        out += formatNode(v.path->nodes[k + 1]);
      }
      return out + ">";
    }
  }
  return "?";
}

std::string formatActual(const kgq::Value& v) {
  using K = kgq::ValueKind;
  switch (v.kind()) {
    case K::Null: return "null";
    case K::Bool: return v.asBool() ? "true" : "false";
    case K::Int: return std::to_string(v.asInt());
    case K::Float: return formatDouble(v.asFloat());
    case K::String: return quote(v.asString());
    case K::List: {
      std::string out = "[";
      const auto& l = v.asList();
      for (std::size_t k = 0; k < l.size(); ++k) out += (k ? ", " : "") + formatActual(l[k]);
      return out + "]";
    }
    case K::Map: return formatMap(v.asMap(), formatActual);
    case K::Node: return formatActualNode(v.asNode());
    case K::Relationship: return formatActualRel(v.asRelationship());
    case K::Path: {
      const kgq::Path& p = v.asPath();
      if (p.nodes.empty()) return "<>";
      std::string out = "<" + formatActualNode(p.nodes[0]);
      for (std::size_t k = 0; k < p.relationships.size() && k + 1 < p.nodes.size(); ++k) {
        const kgq::Relationship& r = p.relationships[k];
        bool forward = r.from == p.nodes[k].id && r.to == p.nodes[k + 1].id;
        out += forward ? "-" + formatActualRel(r) + "->" : "<-" + formatActualRel(r) + "-";
        out += formatActualNode(p.nodes[k + 1]);
      }
      return out + ">";
    }
    default:
      if (v.isTemporal()) return quote(v.toCypher());  // as the TCK writes temporal values
      return std::string("<engine-internal ") + kgq::kindName(v.kind()) + ">";
  }
}

kgq::Value toKgq(const TValue& v) {
  switch (v.kind) {
    case TValue::Kind::Null: return kgq::Value();
    case TValue::Kind::Bool: return kgq::Value(v.b);
    case TValue::Kind::Int: return kgq::Value(v.i);
    case TValue::Kind::Float: return kgq::Value(v.f);
    case TValue::Kind::String: return kgq::Value(v.s);
    case TValue::Kind::List: {
      kgq::List l;
      for (const auto& e : *v.list) l.push_back(toKgq(e));
      return kgq::Value(std::move(l));
    }
    case TValue::Kind::Map: {
      kgq::Map m;
      for (const auto& [k, e] : *v.map) m[k] = toKgq(e);
      return kgq::Value(std::move(m));
    }
    default: throw ParseError("a " + std::string(v.kind == TValue::Kind::Node ? "node" : v.kind == TValue::Kind::Rel ? "relationship" : "path") +
                              " cannot be passed as a parameter");
  }
}

}  // namespace tck
