// TCK values: the notation the TCK uses for expected results and parameters, parsed into a small
// value tree, printed back, and converted to kgq::Value for parameters.
//
// Notation: integers (`-12`), floats (`1.5`, `-0.0`, `1e-10`, `.5`, `NaN`, `Inf`, `-Inf`),
// strings in single (or double) quotes with escapes (\' \" \\ \n \t \r \b \f \uXXXX), `true`,
// `false`, `null`, lists `[a, b]`, maps `{k: v}` (keys may be `backticked`), nodes
// `(:A:B {k: v})`, relationships `[:T {k: v}]` and paths `<(a)-[:T]->(b)<-[:U]-(c)>`.
//
// Promises: parseValue accepts exactly one value surrounded by optional whitespace and throws
// ParseError (with the offset and what was expected) otherwise; format() prints a value back in
// the same notation, so format(parseValue(s)) reads back to an equal value; formatActual() prints
// a kgq result value the same way (ids left out), so expected and actual tables look alike.
#pragma once

#include <kgq/value.h>

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace tck {

struct TValue;
using TList = std::vector<TValue>;
using TMap = std::map<std::string, TValue>;

struct TNode {
  std::vector<std::string> labels;
  TMap properties;
};

struct TRel {
  std::string type;
  TMap properties;
};

// nodes[0] rels[0] nodes[1] ...; forward[i] says rels[i] points from nodes[i] to nodes[i+1].
struct TPath {
  std::vector<TNode> nodes;
  std::vector<TRel> rels;
  std::vector<bool> forward;
};

struct TValue {
  enum class Kind { Null, Bool, Int, Float, String, List, Map, Node, Rel, Path } kind = Kind::Null;
  bool b = false;
  std::int64_t i = 0;
  double f = 0;
  std::string s;
  std::shared_ptr<TList> list;
  std::shared_ptr<TMap> map;
  std::shared_ptr<TNode> node;
  std::shared_ptr<TRel> rel;
  std::shared_ptr<TPath> path;

  static TValue null() { return TValue(); }
  static TValue boolean(bool v) { TValue t; t.kind = Kind::Bool; t.b = v; return t; }
  static TValue integer(std::int64_t v) { TValue t; t.kind = Kind::Int; t.i = v; return t; }
  static TValue floating(double v) { TValue t; t.kind = Kind::Float; t.f = v; return t; }
  static TValue string(std::string v) { TValue t; t.kind = Kind::String; t.s = std::move(v); return t; }
  static TValue ofList(TList v) { TValue t; t.kind = Kind::List; t.list = std::make_shared<TList>(std::move(v)); return t; }
  static TValue ofMap(TMap v) { TValue t; t.kind = Kind::Map; t.map = std::make_shared<TMap>(std::move(v)); return t; }
  static TValue ofNode(TNode v) { TValue t; t.kind = Kind::Node; t.node = std::make_shared<TNode>(std::move(v)); return t; }
  static TValue ofRel(TRel v) { TValue t; t.kind = Kind::Rel; t.rel = std::make_shared<TRel>(std::move(v)); return t; }
  static TValue ofPath(TPath v) { TValue t; t.kind = Kind::Path; t.path = std::make_shared<TPath>(std::move(v)); return t; }
};

class ParseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

TValue parseValue(const std::string& text);

// TCK notation of a parsed value.
std::string format(const TValue& v);
// TCK notation of a kgq result value (node ids are not shown; relationship ends neither).
std::string formatActual(const kgq::Value& v);
// Shortest text that reads back to the same double ("1.0", "1.0E-10" style is not used: "1e-10").
std::string formatDouble(double d);

// A parameter value for kgq. Nodes, relationships and paths cannot be parameters: throws ParseError.
kgq::Value toKgq(const TValue& v);

}  // namespace tck
