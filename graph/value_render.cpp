#include "graph/value_render.h"

#include <kgq/value.h>

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace kgq {

std::string formatFloat(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  (void)ec;  // 64 bytes always suffice for a double
  std::string s(buf, end);
  std::size_t e = s.find('e');
  std::string mantissa = s.substr(0, e);
  std::string exponent = e == std::string::npos ? "" : s.substr(e + 1);
  if (mantissa.find('.') == std::string::npos) mantissa += ".0";
  if (exponent.empty()) return mantissa;
  std::string sign = exponent[0] == '-' ? "-" : "";
  std::size_t digits = exponent.find_first_not_of("+-0");
  return mantissa + "e" + sign + (digits == std::string::npos ? "0" : exponent.substr(digits));
}

std::string quoteString(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    switch (c) {
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "'";
}

std::string quoteName(std::string_view name) {
  bool plain = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) plain = false;
  if (plain) return std::string(name);
  std::string out = "`";
  for (char c : name) {
    if (c == '`') out += '`';
    out += c;
  }
  return out + "`";
}

static std::string renderMap(const Map& map) {
  std::string out = "{";
  bool first = true;
  for (const auto& [key, value] : map) {
    if (!first) out += ", ";
    first = false;
    out += quoteName(key) + ": " + value.toCypher();
  }
  return out + "}";
}

static std::string renderNode(const Node& n) {
  std::string out = "(";
  for (const auto& label : n.labels) out += ":" + quoteName(label);
  std::string props = "{id: " + quoteString(n.id);
  for (const auto& [key, value] : n.properties) props += ", " + quoteName(key) + ": " + value.toCypher();
  props += "}";
  if (!n.labels.empty()) out += " ";
  return out + props + ")";
}

static std::string renderRelationship(const Relationship& r) {
  std::string out = "[:" + quoteName(r.type);
  if (!r.properties.empty()) out += " " + renderMap(r.properties);
  return out + "]";
}

std::string Value::toCypher() const {
  switch (kind()) {
    case ValueKind::Null: return "null";
    case ValueKind::Bool: return asBool() ? "true" : "false";
    case ValueKind::Int: return std::to_string(asInt());
    case ValueKind::Float: return formatFloat(asFloat());
    case ValueKind::String: return quoteString(asString());
    case ValueKind::List: {
      std::string out = "[";
      bool first = true;
      for (const Value& v : asList()) {
        if (!first) out += ", ";
        first = false;
        out += v.toCypher();
      }
      return out + "]";
    }
    case ValueKind::Map: return renderMap(asMap());
    case ValueKind::Node: return renderNode(asNode());
    case ValueKind::Relationship: return renderRelationship(asRelationship());
    case ValueKind::Path: {
      const Path& p = asPath();
      std::string out = "<";
      for (std::size_t i = 0; i < p.nodes.size(); ++i) {
        out += renderNode(p.nodes[i]);
        if (i < p.relationships.size()) {
          const Relationship& r = p.relationships[i];
          bool forward = r.from == p.nodes[i].id;
          out += forward ? "-" : "<-";
          out += renderRelationship(r);
          out += forward ? "->" : "-";
        }
      }
      return out + ">";
    }
    case ValueKind::NodeRef: return "node#" + std::to_string(asNodeRef().index);
    case ValueKind::EdgeRef: return "relationship#" + std::to_string(asEdgeRef().index);
    case ValueKind::PathRef: return "path#" + std::to_string(asPathRef().nodes.size());
  }
  return "?";
}

}  // namespace kgq
