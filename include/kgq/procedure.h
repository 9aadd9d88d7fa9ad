// Procedures: what `CALL name(args) YIELD ...` runs. A ProcedureSignature says what a procedure is
// called, takes and yields; a ProcedureCallback is an implementation an embedding program
// registers with Database::registerProcedure (include/kgq/kgq.h) next to kgq's own (db.*, dbms.*,
// algo.*).
//
//   kgq::Database db;
//   db.registerProcedure(kgq::ProcedureSignature::parse(
//                            "my.double(x :: INTEGER) :: (result :: INTEGER)", "Twice x."),
//                        [](const std::vector<kgq::Value>& args, kgq::ProcedureRows& rows) {
//                          rows.add({kgq::Value(args[0].asInt() * 2)});
//                        });
//
// Signatures use Neo4j's notation, `name(input :: TYPE [= default], ...) :: (output :: TYPE, ...)`,
// where TYPE is ANY, BOOLEAN, INTEGER, FLOAT, NUMBER, STRING, LIST, MAP, NODE, RELATIONSHIP or
// PATH (`LIST OF T` is read as LIST), and a trailing `?` means null is allowed.
//
// Promises: a callback receives exactly one Value per declared input, in order, each of its
// declared type (an INTEGER passed for a FLOAT arrives as given) or null where allowed, defaults
// filled in; rows it adds must have one Value per declared output. Nodes, relationships and paths
// reach a callback materialized (Node, Relationship, Path: ids, labels, properties), and it yields
// such values too.
#pragma once

#include <kgq/value.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kgq {

struct ProcedureType {
  enum class Kind { Any, Boolean, Integer, Float, Number, String, List, Map, Node, Relationship, Path };
  Kind kind = Kind::Any;
  bool nullable = true;

  // "INTEGER?", "NODE", ...
  std::string toString() const;
  // Whether `v` may be passed (or yielded) where this type is declared.
  bool accepts(const Value& v) const;
};

struct ProcedureInput {
  std::string name;
  ProcedureType type;
  std::optional<Value> defaultValue;  // an input with a default may be left out (only at the end)
};

struct ProcedureOutput {
  std::string name;
  ProcedureType type;
};

enum class ProcedureMode { Read, Write };

struct ProcedureSignature {
  std::string name;  // qualified: "db.labels", "algo.pageRank"
  std::vector<ProcedureInput> inputs;
  std::vector<ProcedureOutput> outputs;  // none: a void procedure (yields no columns)
  std::string description;               // one line
  ProcedureMode mode = ProcedureMode::Read;

  // The signature in the notation above: "db.labels() :: (label :: STRING)".
  std::string toString() const;
  // Reads that notation. Throws Error(Syntax) naming the position and what was expected.
  static ProcedureSignature parse(std::string_view text, std::string description = "",
                                  ProcedureMode mode = ProcedureMode::Read);
};

// Where a procedure puts its rows.
class ProcedureRows {
 public:
  virtual ~ProcedureRows() = default;
  // One row: one Value per declared output, in the signature's order.
  virtual void add(std::vector<Value> row) = 0;
};

// An embedding program's procedure. It may throw kgq::Error to fail the query (any other
// exception is reported as a runtime error naming the procedure).
using ProcedureCallback = std::function<void(const std::vector<Value>& args, ProcedureRows& rows)>;

}  // namespace kgq
