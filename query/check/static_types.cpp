#include "query/check/static_types.h"

namespace kgq::check {

const char* staticTypeName(StaticType t) {
  switch (t) {
    case StaticType::Null: return "NULL";
    case StaticType::Bool: return "BOOLEAN";
    case StaticType::Int: return "INTEGER";
    case StaticType::Float: return "FLOAT";
    case StaticType::String: return "STRING";
    case StaticType::List: return "LIST";
    case StaticType::Map: return "MAP";
    case StaticType::Node: return "NODE";
    case StaticType::Relationship: return "RELATIONSHIP";
    case StaticType::Path: return "PATH";
    case StaticType::Unknown: break;
  }
  return "ANY";
}

StaticType typeOfValue(const Value& v) {
  switch (v.kind()) {
    case ValueKind::Null: return StaticType::Null;
    case ValueKind::Bool: return StaticType::Bool;
    case ValueKind::Int: return StaticType::Int;
    case ValueKind::Float: return StaticType::Float;
    case ValueKind::String: return StaticType::String;
    case ValueKind::List: return StaticType::List;
    case ValueKind::Map: return StaticType::Map;
    default: return StaticType::Unknown;
  }
}

}  // namespace kgq::check
