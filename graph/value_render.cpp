#include "graph/value_render.h"

#include "graph/temporal.h"
#include "graph/value_nesting.h"

#include <kgq/value.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace kgq {

// Neo4j prints floats as Java's Double.toString does: plain decimals for magnitudes in
// [0.001, 10^7), scientific notation ("1.0E20", "1.5E-7") otherwise, always with a fraction
// digit. Digits are the shortest that read back as the same double.
std::string formatFloat(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  (void)ec;  // 64 bytes always suffice for a double
  std::string sci(buf, end);  // e.g. "-1.2345e+03"
  std::string sign = sci[0] == '-' ? "-" : "";
  if (!sign.empty()) sci.erase(0, 1);
  std::size_t e = sci.find('e');
  std::string digits = sci.substr(0, e);
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());  // "12345"
  int exponent = std::stoi(sci.substr(e + 1));
  double magnitude = std::fabs(d);
  if (magnitude >= 1e-3 && magnitude < 1e7) {
    std::string out;
    if (exponent < 0) {
      out = "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
    } else {
      auto intDigits = static_cast<std::size_t>(exponent + 1);
      if (digits.size() <= intDigits) {
        out = digits + std::string(intDigits - digits.size(), '0') + ".0";
      } else {
        out = digits.substr(0, intDigits) + "." + digits.substr(intDigits);
      }
    }
    return sign + out;
  }
  std::string mantissa = digits.substr(0, 1) + "." + (digits.size() > 1 ? digits.substr(1) : "0");
  return sign + mantissa + "E" + std::to_string(exponent);
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

// (:Label {id: ..., other: ...}): the properties, `id` first as the node's name-like key.
static std::string renderNode(const Node& n) {
  std::string out = "(";
  for (const auto& label : n.labels) out += ":" + quoteName(label);
  if (n.properties.empty()) return out + ")";
  std::string props;
  auto id = n.properties.find("id");
  if (id != n.properties.end()) props = "id: " + id->second.toCypher();
  for (const auto& [key, value] : n.properties)
    if (key != "id") props += (props.empty() ? "" : ", ") + quoteName(key) + ": " + value.toCypher();
  if (!n.labels.empty()) out += " ";
  return out + "{" + props + "})";
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
      ValueNestingGuard guard("print");
      std::string out = "[";
      bool first = true;
      for (const Value& v : asList()) {
        if (!first) out += ", ";
        first = false;
        out += v.toCypher();
      }
      return out + "]";
    }
    case ValueKind::Map: {
      ValueNestingGuard guard("print");
      return renderMap(asMap());
    }
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
    case ValueKind::Date:
    case ValueKind::LocalTime:
    case ValueKind::Time:
    case ValueKind::LocalDateTime:
    case ValueKind::DateTime:
    case ValueKind::Duration: return temporal::toIso(*this);
  }
  return "?";
}

}  // namespace kgq
