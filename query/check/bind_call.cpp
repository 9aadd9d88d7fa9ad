// The binder's CALL of a procedure: the procedure resolved in the database's registry, the
// arguments checked against its inputs (defaults filled in, implicit ones taken from parameters
// in a standalone call), YIELD items checked against its outputs and declared, YIELD ... WHERE.
#include "query/check/binder.h"

#include "query/procedures/registry.h"

namespace kgq::check {

using namespace ast;

namespace {

VariableKind kindOf(const ProcedureType& type) {
  switch (type.kind) {
    case ProcedureType::Kind::Node: return VariableKind::Node;
    case ProcedureType::Kind::Relationship: return VariableKind::Relationship;
    case ProcedureType::Kind::Path: return VariableKind::Path;
    case ProcedureType::Kind::Any: return VariableKind::Unknown;
    default: return VariableKind::Value;
  }
}

}  // namespace

BoundCall Binder::call(const Clause& c, std::vector<std::string>& columns) {
  if (procedures_ == nullptr) fail(c.position, "CALL needs a database: no procedures are known here");
  const Procedure* procedure = procedures_->find(c.procedure);
  if (procedure == nullptr)
    fail(c.position, "There is no procedure with the name `" + c.procedure + "` registered for this database instance");
  const ProcedureSignature& signature = procedure->signature;
  BoundCall bound;
  bound.procedure = procedure;

  const std::size_t given = c.arguments.size(), inputs = signature.inputs.size();
  std::size_t required = 0;
  for (const ProcedureInput& input : signature.inputs)
    if (!input.defaultValue) ++required;
  if (c.hasArguments) {
    if (given > inputs)
      fail(c.position, "Procedure call provides too many arguments: got " + std::to_string(given) +
                           " expected no more than " + std::to_string(inputs) + " for " + signature.toString());
    if (given < required)
      fail(c.position, "Procedure call does not provide the required number of arguments: got " +
                           std::to_string(given) + " expected at least " + std::to_string(required) + " for " +
                           signature.toString());
    for (const ExprPtr& argument : c.arguments) bound.arguments.push_back(expr(*argument, scopeEnv()));
    for (std::size_t i = given; i < inputs; ++i) {
      auto value = std::make_unique<BoundExpr>();
      value->kind = BoundExprKind::Constant;
      value->constant = *signature.inputs[i].defaultValue;
      value->text = value->constant.toCypher();
      bound.arguments.push_back(std::move(value));
    }
  } else {
    // CALL proc without parentheses: each input is the parameter of its name (standalone only).
    if (!c.standalone && inputs > 0)
      fail(c.position, "Procedure call inside a query does not support passing arguments implicitly: pass them in "
                       "parentheses, as in " + signature.toString());
    for (const ProcedureInput& input : signature.inputs) {
      Expr parameter;
      parameter.kind = ExprKind::Parameter;
      parameter.name = input.name;
      parameter.text = "$" + input.name;
      parameter.position = c.position;
      bound.arguments.push_back(expr(parameter, scopeEnv()));
    }
  }

  // YIELD: the named outputs (a standalone call without YIELD, or YIELD *, yields all of them).
  std::vector<std::pair<std::string, std::string>> yields = c.yields;
  if (c.yieldStar || (c.standalone && c.yields.empty()))
    for (const ProcedureOutput& output : signature.outputs) yields.emplace_back(output.name, output.name);
  for (const auto& [output, variable] : yields) {
    std::size_t index = 0;
    while (index < signature.outputs.size() && signature.outputs[index].name != output) ++index;
    if (index == signature.outputs.size())
      fail(c.position, "Unknown procedure output: `" + output + "` is not an output of " + signature.toString());
    if (scope_.count(variable)) fail(c.position, "Variable `" + variable + "` already declared");
    Slot slot = declare(variable, kindOf(signature.outputs[index].type), c.position).slot;
    bound.yields.emplace_back(index, slot);
    if (c.standalone) {
      columns.push_back(variable);
      out_.outputs.push_back(slot);
    }
  }
  if (c.where) {
    inPredicate_ = true;
    bound.where = expr(*c.where, scopeEnv());
    inPredicate_ = false;
  }
  if (signature.mode == ProcedureMode::Write) out_.updates = true;
  return bound;
}

}  // namespace kgq::check
