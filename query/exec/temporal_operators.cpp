#include "query/exec/temporal_operators.h"

#include "query/exec/evaluator.h"

#include "graph/temporal.h"

namespace kgq {

namespace {

[[noreturn]] void noSuchOperation(const char* op, const Value& a, const Value& b, const BoundExpr& where) {
  throw Error(ErrorKind::Runtime, std::string("Type mismatch: cannot ") + op + " " + kindName(a.kind()) + " and " +
                                      kindName(b.kind()) + " in `" + where.text + "`");
}

}  // namespace

Value temporalArithmetic(BinaryOp op, const Value& a, const Value& b, const BoundExpr& where) {
  bool durationA = a.kind() == ValueKind::Duration, durationB = b.kind() == ValueKind::Duration;
  try {
    switch (op) {
      case BinaryOp::Add:
        if (durationB && a.isTemporal()) return temporal::add(a, b.asDuration(), +1);
        if (durationA && b.isTemporal()) return temporal::add(b, a.asDuration(), +1);
        noSuchOperation("add", a, b, where);
      case BinaryOp::Sub:
        if (durationB && a.isTemporal()) return temporal::add(a, b.asDuration(), -1);
        noSuchOperation("subtract", a, b, where);
      case BinaryOp::Mul:
        if (durationA && b.isNumber()) return Value(temporal::scale(a.asDuration(), b.asNumber(), false));
        if (durationB && a.isNumber()) return Value(temporal::scale(b.asDuration(), a.asNumber(), false));
        noSuchOperation("multiply", a, b, where);
      case BinaryOp::Div:
        if (durationA && b.isNumber()) return Value(temporal::scale(a.asDuration(), b.asNumber(), true));
        noSuchOperation("divide", a, b, where);
      default: noSuchOperation("combine", a, b, where);
    }
  } catch (const temporal::TemporalError& e) {
    throw Error(ErrorKind::Runtime, std::string(e.what()) + " in `" + where.text + "`");
  }
}

Value temporalComponent(const Value& base, const std::string& name, const BoundExpr& where) {
  try {
    return temporal::component(base, name);
  } catch (const temporal::TemporalError& e) {
    throw Error(ErrorKind::Runtime, std::string(e.what()) + " in `" + where.text + "`");
  }
}

}  // namespace kgq
