// What the binder can tell about an expression's type without running it: enough to reject
// `123 AND true` or `'a' % 2` before execution, as openCypher requires, and to know that an alias
// holds a plain value rather than a node.
#pragma once

#include "query/parse/ast.h"

namespace kgq::check {

enum class StaticType { Unknown, Null, Bool, Int, Float, String, List, Map, Node, Relationship, Path };

const char* staticTypeName(StaticType t);
StaticType typeOfValue(const Value& v);

}  // namespace kgq::check
