#include "query/check/checker.h"

#include "query/check/function_catalog.h"

#include <kgq/kgq.h>

#include <map>
#include <set>

namespace kgq {
namespace {

using namespace ast;

const char* kindText(VariableKind kind) {
  switch (kind) {
    case VariableKind::Node: return "a node";
    case VariableKind::Relationship: return "a relationship";
    case VariableKind::Path: return "a path";
    case VariableKind::Value: return "a value";
    case VariableKind::Unknown: return "a value";
  }
  return "?";
}

[[noreturn]] void fail(const Position& at, const std::string& message) {
  throw Error(ErrorKind::Semantic, message + " (line " + std::to_string(at.line) + ", column " +
                                       std::to_string(at.column) + ")");
}

using Scope = std::map<std::string, VariableKind>;

// A function's name as the query wrote it (the AST keeps it lower-cased for lookup).
std::string writtenName(const Expr& call) { return call.text.substr(0, call.text.find('(')); }

const Expr* firstVariable(const Expr& e) {
  if (e.kind == ExprKind::Variable) return &e;
  for (const auto& child : e.children)
    if (child)
      if (const Expr* found = firstVariable(*child)) return found;
  return nullptr;
}

bool isUpdate(ClauseKind kind) {
  return kind == ClauseKind::Create || kind == ClauseKind::Merge || kind == ClauseKind::Set ||
         kind == ClauseKind::Remove || kind == ClauseKind::Delete;
}

// What a checker can tell about an expression's type without running it: enough to reject
// `123 AND true` or `'a' % 2` before execution, as openCypher requires.
enum class StaticType { Unknown, Null, Bool, Int, Float, String, List, Map, Node, Relationship, Path };

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

class Checker {
 public:
  explicit Checker(NamesUsed& names) : names_(names) {}
  std::vector<std::string> singleQuery(const SingleQuery& query);

 private:
  Scope scope_;
  NamesUsed& names_;

  std::map<std::string, StaticType> localTypes_;  // list comprehension variables with known types
  // Expressions a projection computed (their text): WHERE and ORDER BY after a DISTINCT or
  // aggregating WITH may use them even where their variables are gone (WITH DISTINCT a.x AS x
  // WHERE a.x > 1).
  std::set<std::string> projectedTexts_;
  bool inPredicate_ = false;  // checking a WHERE: pattern expressions are allowed
  StaticType typeOf(const Expr& e, const Scope& scope) const;
  void checkTypes(const Expr& e, const Scope& scope) const;

  void createPattern(const Pattern& pattern, bool merge);
  void setItem(const SetItem& item);
  void notePattern(const Pattern& pattern);

  void declare(Scope& scope, const std::string& name, VariableKind kind, const Position& at);
  void match(const Clause& clause);
  void projection(const Projection& p, bool isReturn, const Position& at, Scope& newScope,
                  std::vector<std::string>& columns);
  void expression(const Expr& e, const Scope& scope, bool aggregatesAllowed);
  void patternPredicate(const Pattern& pattern, const Scope& scope, const Position& at);
};

void Checker::declare(Scope& scope, const std::string& name, VariableKind kind, const Position& at) {
  auto [it, inserted] = scope.emplace(name, kind);
  // A value of unknown type (coalesce(b, c) AS x) may well be a node: checked when the query runs.
  if (!inserted && it->second == VariableKind::Unknown) return;
  if (!inserted && it->second != kind)
    fail(at, "Variable `" + name + "` is already " + kindText(it->second) + ", cannot use it as " + kindText(kind));
}

std::vector<std::string> Checker::singleQuery(const SingleQuery& query) {
  scope_.clear();
  std::vector<std::string> columns;
  for (std::size_t i = 0; i < query.clauses.size(); ++i) {
    const Clause& c = query.clauses[i];
    bool last = i + 1 == query.clauses.size();
    switch (c.kind) {
      case ClauseKind::Match:
        match(c);
        break;
      case ClauseKind::Unwind:
        expression(*c.expression, scope_, false);
        if (scope_.count(c.variable)) fail(c.position, "Variable `" + c.variable + "` already declared");
        scope_[c.variable] = VariableKind::Unknown;
        break;
      case ClauseKind::With: {
        Scope next;
        std::vector<std::string> ignored;
        projection(c.projection, false, c.position, next, ignored);
        // WITH ... WHERE, like ORDER BY, still sees the variables from before the WITH while rows
        // still correspond to them (no aggregation, no DISTINCT).
        bool aggregating = false;
        for (const auto& item : c.projection.items) aggregating = aggregating || containsAggregate(*item.expression);
        Scope whereScope = next;
        if (!aggregating && !c.projection.distinct)
          for (const auto& entry : scope_) whereScope.insert(entry);
        scope_ = std::move(next);
        if (c.where) {
          for (const ProjectionItem& item : c.projection.items) projectedTexts_.insert(item.expression->text);
          inPredicate_ = true;
          expression(*c.where, whereScope, false);
          inPredicate_ = false;
          projectedTexts_.clear();
        }
        if (last) fail(c.position, "A query cannot end with WITH; add a RETURN");
        break;
      }
      case ClauseKind::Return: {
        if (!last) fail(query.clauses[i + 1].position, "RETURN must be the last clause of a query");
        Scope next;
        projection(c.projection, true, c.position, next, columns);
        break;
      }
      case ClauseKind::Create:
        createPattern(c.pattern, false);
        break;
      case ClauseKind::Merge:
        createPattern(c.pattern, true);
        for (const SetItem& item : c.onCreate) setItem(item);
        for (const SetItem& item : c.onMatch) setItem(item);
        break;
      case ClauseKind::Set:
        for (const SetItem& item : c.setItems) setItem(item);
        break;
      case ClauseKind::Remove:
        for (const RemoveItem& item : c.removeItems) {
          expression(*item.target, scope_, false);
          if (item.kind == RemoveItem::Property) names_.keys.insert(item.target->name);
          for (const auto& l : item.labels) names_.labels.insert(l);
        }
        break;
      case ClauseKind::Delete:
        for (const auto& target : c.deleteTargets) expression(*target, scope_, false);
        break;
      case ClauseKind::Call: fail(c.position, "CALL is not supported yet");
    }
    if (last && c.kind != ClauseKind::Return && !isUpdate(c.kind))
      fail(c.position, "A query must end with RETURN or an update clause (CREATE, MERGE, SET, REMOVE, DELETE)");
  }
  return columns;
}

void Checker::notePattern(const Pattern& pattern) {
  for (const PatternPart& part : pattern.parts) {
    for (const NodePattern& n : part.nodes) {
      for (const auto& l : n.labels) names_.labels.insert(l);
      if (n.properties)
        for (const auto& k : n.properties->keys) names_.keys.insert(k);
    }
    for (const RelationshipPattern& r : part.relationships) {
      for (const auto& t : r.types) names_.types.insert(t);
      if (r.properties)
        for (const auto& k : r.properties->keys) names_.keys.insert(k);
    }
  }
}

void Checker::createPattern(const Pattern& pattern, bool merge) {
  const char* clause = merge ? "MERGE" : "CREATE";
  notePattern(pattern);
  Scope before = scope_;
  std::set<std::string> created;
  for (const PatternPart& part : pattern.parts) {
    if (part.shortest != ShortestKind::None) fail(part.position, std::string("shortestPath cannot be used in ") + clause);
    if (!part.pathVariable.empty()) fail(part.position, "path variables are not supported yet");
    const NodePattern& single = part.nodes[0];
    if (part.relationships.empty() && !single.variable.empty() && single.labels.empty() && !single.properties &&
        (before.count(single.variable) || created.count(single.variable)))
      fail(part.nodes[0].position, "Variable `" + part.nodes[0].variable + "` already declared");
    for (const NodePattern& n : part.nodes) {
      if (n.variable.empty()) continue;
      bool existing = before.count(n.variable) > 0 || created.count(n.variable) > 0;
      if (existing && (!n.labels.empty() || n.properties))
        fail(n.position, "Variable `" + n.variable + "` already declared: " + clause +
                             " cannot add labels or properties to it");
      declare(scope_, n.variable, VariableKind::Node, n.position);
      created.insert(n.variable);
    }
    for (const RelationshipPattern& r : part.relationships) {
      if (r.variableLength)
        fail(r.position, std::string("Variable length relationships cannot be used in ") + clause);
      if (r.types.size() != 1)
        fail(r.position, std::string("Exactly one relationship type must be specified for ") + clause);
      if (!merge && r.direction == Direction::Both)
        fail(r.position, "Only directed relationships are supported in CREATE");
      if (!r.variable.empty()) {
        if (before.count(r.variable) || created.count(r.variable))
          fail(r.position, "Variable `" + r.variable + "` already declared");
        declare(scope_, r.variable, VariableKind::Relationship, r.position);
        created.insert(r.variable);
      }
    }
  }
  for (const PatternPart& part : pattern.parts) {
    for (const NodePattern& n : part.nodes)
      if (n.properties) expression(*n.properties, scope_, false);
    for (const RelationshipPattern& r : part.relationships)
      if (r.properties) expression(*r.properties, scope_, false);
  }
}

void Checker::setItem(const SetItem& item) {
  expression(*item.target, scope_, false);
  if (item.value) expression(*item.value, scope_, false);
  if (item.kind == SetItem::Property) names_.keys.insert(item.target->name);
  for (const auto& l : item.labels) names_.labels.insert(l);
  if (item.kind == SetItem::Labels) {
    auto it = scope_.find(item.target->name);
    if (it != scope_.end() && it->second != VariableKind::Node && it->second != VariableKind::Unknown)
      fail(item.target->position, "Labels can only be set on nodes: `" + item.target->name + "` is " + kindText(it->second));
  }
}

void Checker::match(const Clause& clause) {
  notePattern(clause.pattern);
  std::set<std::string> relationshipsInClause;
  for (const PatternPart& part : clause.pattern.parts) {
    if (part.shortest != ShortestKind::None) {
      if (part.relationships.size() != 1)
        fail(part.position, "shortestPath and allShortestPaths need a pattern with exactly one relationship");
      const RelationshipPattern& r = part.relationships[0];
      if (r.variableLength && r.minHops.value_or(1) > 1)
        fail(r.position, "shortestPath and allShortestPaths support a minimal length of 0 or 1 only");
    }
    for (const NodePattern& n : part.nodes) {
      if (!n.variable.empty()) declare(scope_, n.variable, VariableKind::Node, n.position);
    }
    for (const RelationshipPattern& r : part.relationships) {
      if (r.variableLength && r.minHops && r.maxHops && *r.minHops > *r.maxHops)
        fail(r.position, "A variable-length relationship's lower bound exceeds its upper bound");
      if (r.variable.empty()) continue;
      if (!relationshipsInClause.insert(r.variable).second)
        fail(r.position, "Cannot use the same relationship variable `" + r.variable + "` for several relationships");
      // A variable-length relationship variable holds the list of relationships walked.
      declare(scope_, r.variable, r.variableLength || part.shortest != ShortestKind::None ? VariableKind::Value
                                                                                             : VariableKind::Relationship,
              r.position);
    }
    if (!part.pathVariable.empty()) {
      if (scope_.count(part.pathVariable))
        fail(part.position, "Variable `" + part.pathVariable + "` already declared");
      declare(scope_, part.pathVariable, VariableKind::Path, part.position);
    }
  }
  for (const PatternPart& part : clause.pattern.parts) {
    for (const NodePattern& n : part.nodes)
      if (n.properties) expression(*n.properties, scope_, false);
    for (const RelationshipPattern& r : part.relationships)
      if (r.properties) expression(*r.properties, scope_, false);
  }
  if (clause.where) {
    inPredicate_ = true;
    expression(*clause.where, scope_, false);
    inPredicate_ = false;
  }
}

void Checker::projection(const Projection& p, bool isReturn, const Position& at, Scope& newScope,
                         std::vector<std::string>& columns) {
  if (p.star) {
    if (scope_.empty())
      fail(at, std::string(isReturn ? "RETURN" : "WITH") + " * is not allowed when there are no variables in scope");
    for (const auto& [name, kind] : scope_) {
      newScope[name] = kind;
      columns.push_back(name);
    }
  }
  bool aggregating = false;
  for (const ProjectionItem& item : p.items) {
    expression(*item.expression, scope_, true);
    if (containsAggregate(*item.expression)) aggregating = true;
    if (!isReturn && !item.hasAlias && item.expression->kind != ExprKind::Variable)
      fail(item.expression->position, "Expression in WITH must be aliased (use AS): " + item.expression->text);
    for (const std::string& existing : columns)
      if (existing == item.alias)
        fail(item.expression->position, "Multiple result columns with the same name `" + item.alias + "`");
    columns.push_back(item.alias);
    // What the alias holds: an entity's kind when it renames a variable, a plain value when the
    // expression's type is evident, otherwise unknown until the query runs.
    VariableKind kind = VariableKind::Unknown;
    StaticType type = typeOf(*item.expression, scope_);
    if (type != StaticType::Unknown && type != StaticType::Node && type != StaticType::Relationship &&
        type != StaticType::Path)
      kind = VariableKind::Value;
    if (item.expression->kind == ExprKind::Variable) {
      auto it = scope_.find(item.expression->name);
      if (it != scope_.end()) kind = it->second;
    }
    newScope[item.alias] = kind;
  }
  // ORDER BY sees the projected names, and also the earlier variables unless the projection
  // aggregates or is DISTINCT (then the rows no longer correspond to earlier bindings).
  Scope orderScope = newScope;
  if (!aggregating && !p.distinct)
    for (const auto& entry : scope_) orderScope.insert(entry);
  // ORDER BY may repeat a projected expression (an aggregate included) even where its variables
  // are gone: ORDER BY $x + avg(p.age) after WITH avg(p.age) AS a.
  for (const ProjectionItem& item : p.items) projectedTexts_.insert(item.expression->text);
  for (const SortItem& s : p.orderBy) {
    if (containsAggregate(*s.expression) && !aggregating)
      fail(s.expression->position, "Cannot ORDER BY an aggregate in a projection that does not aggregate: " +
                                       s.expression->text);
    expression(*s.expression, orderScope, aggregating);
  }
  projectedTexts_.clear();
  for (const auto& [bound, clause] : {std::pair{&p.skip, "SKIP"}, std::pair{&p.limit, "LIMIT"}}) {
    if (!*bound) continue;
    if (const Expr* variable = firstVariable(**bound))
      fail(variable->position, std::string("It is not allowed to refer to variables in ") + clause + ": " +
                                   (*bound)->text);
    const Expr& count = **bound;
    if (count.kind == ExprKind::Literal && !(count.value.isInt() && count.value.asInt() >= 0))
      fail(count.position, std::string(clause) + " must be a non-negative integer, got " + count.text);
    expression(**bound, Scope{}, false);
  }
}

void Checker::patternPredicate(const Pattern& pattern, const Scope& scope, const Position& at) {
  for (const PatternPart& part : pattern.parts) {
    for (const NodePattern& n : part.nodes) {
      if (!n.variable.empty() && !scope.count(n.variable))
        fail(at, "A pattern predicate cannot introduce the new variable `" + n.variable + "`");
      if (n.properties) expression(*n.properties, scope, false);
    }
    for (const RelationshipPattern& r : part.relationships) {
      if (r.variableLength) fail(r.position, "variable-length relationships are not supported yet");
      if (!r.variable.empty() && !scope.count(r.variable))
        fail(at, "A pattern predicate cannot introduce the new variable `" + r.variable + "`");
      if (r.properties) expression(*r.properties, scope, false);
    }
  }
}


StaticType Checker::typeOf(const Expr& e, const Scope& scope) const {
  switch (e.kind) {
    case ExprKind::Literal: return typeOfValue(e.value);
    case ExprKind::ListLiteral:
    case ExprKind::ListComprehension: return StaticType::List;
    case ExprKind::MapLiteral:
    case ExprKind::MapProjection: return StaticType::Map;
    case ExprKind::Variable: {
      auto local = localTypes_.find(e.name);
      if (local != localTypes_.end()) return local->second;
      auto it = scope.find(e.name);
      if (it == scope.end()) return StaticType::Unknown;
      switch (it->second) {
        case VariableKind::Node: return StaticType::Node;
        case VariableKind::Relationship: return StaticType::Relationship;
        case VariableKind::Path: return StaticType::Path;
        case VariableKind::Value:
        case VariableKind::Unknown: return StaticType::Unknown;
      }
      return StaticType::Unknown;
    }
    case ExprKind::Not:
    case ExprKind::IsNull:
    case ExprKind::IsNotNull:
    case ExprKind::HasLabels:
    case ExprKind::Quantifier:
    case ExprKind::PatternPredicate: return StaticType::Bool;
    case ExprKind::Negate: {
      StaticType t = typeOf(*e.children[0], scope);
      return t == StaticType::Int || t == StaticType::Float ? t : StaticType::Unknown;
    }
    case ExprKind::Binary: {
      switch (e.op) {
        case BinaryOp::Add:
        case BinaryOp::Sub:
        case BinaryOp::Mul:
        case BinaryOp::Div:
        case BinaryOp::Mod:
        case BinaryOp::Pow: {
          StaticType a = typeOf(*e.children[0], scope), b = typeOf(*e.children[1], scope);
          bool numbers = (a == StaticType::Int || a == StaticType::Float) && (b == StaticType::Int || b == StaticType::Float);
          if (e.op == BinaryOp::Pow && numbers) return StaticType::Float;
          if (numbers) return a == StaticType::Float || b == StaticType::Float ? StaticType::Float : StaticType::Int;
          if (e.op == BinaryOp::Add && a == StaticType::String && b == StaticType::String) return StaticType::String;
          return StaticType::Unknown;
        }
        default: return StaticType::Bool;
      }
    }
    default: return StaticType::Unknown;
  }
}

void Checker::checkTypes(const Expr& e, const Scope& scope) const {
  auto mismatch = [&](const char* expected, StaticType got) {
    fail(e.position, std::string("Type mismatch: expected ") + expected + " but was " + staticTypeName(got) + " in `" +
                         e.text + "`");
  };
  auto known = [](StaticType t) { return t != StaticType::Unknown && t != StaticType::Null; };
  auto numeric = [](StaticType t) { return t == StaticType::Int || t == StaticType::Float; };
  if (e.kind == ExprKind::Not) {
    StaticType t = typeOf(*e.children[0], scope);
    if (known(t) && t != StaticType::Bool) mismatch("BOOLEAN", t);
  } else if (e.kind == ExprKind::Negate) {
    StaticType t = typeOf(*e.children[0], scope);
    if (known(t) && !numeric(t)) mismatch("INTEGER or FLOAT", t);
  } else if (e.kind == ExprKind::Property) {
    StaticType t = typeOf(*e.children[0], scope);
    if (known(t) && t != StaticType::Map && t != StaticType::Node && t != StaticType::Relationship)
      mismatch("MAP, NODE or RELATIONSHIP", t);
  } else if (e.kind == ExprKind::Binary) {
    StaticType a = typeOf(*e.children[0], scope), b = typeOf(*e.children[1], scope);
    switch (e.op) {
      case BinaryOp::And:
      case BinaryOp::Or:
      case BinaryOp::Xor:
        for (StaticType t : {a, b})
          if (known(t) && t != StaticType::Bool) mismatch("BOOLEAN", t);
        break;
      case BinaryOp::Sub:
      case BinaryOp::Mul:
      case BinaryOp::Div:
      case BinaryOp::Mod:
      case BinaryOp::Pow:
        for (StaticType t : {a, b})
          if (known(t) && !numeric(t)) mismatch("INTEGER or FLOAT", t);
        break;
      case BinaryOp::In:
        if (known(b) && b != StaticType::List) mismatch("LIST", b);
        break;
      default: break;
    }
  }
}

void Checker::expression(const Expr& e, const Scope& scope, bool aggregatesAllowed) {
  if (projectedTexts_.count(e.text)) return;
  checkTypes(e, scope);
  if (e.kind == ExprKind::Property) names_.keys.insert(e.name);
  if (e.kind == ExprKind::HasLabels)
    for (const auto& l : e.keys) names_.labels.insert(l);
  if (e.kind == ExprKind::MapProjection)
    for (const auto& k : e.keys) names_.keys.insert(k);
  switch (e.kind) {
    case ExprKind::Variable:
      if (!scope.count(e.name)) fail(e.position, "Variable `" + e.name + "` not defined");
      return;
    case ExprKind::CountStar:
      if (!aggregatesAllowed) fail(e.position, "Invalid use of aggregating function count(*) in this context");
      return;
    case ExprKind::FunctionCall: {
      const FunctionSignature* f = findFunction(e.name);
      if (f == nullptr) fail(e.position, "Unknown function '" + writtenName(e) + "' in " + e.text);
      int n = static_cast<int>(e.children.size());
      if (n < f->minArgs || n > f->maxArgs) {
        std::string expected = f->minArgs == f->maxArgs ? std::to_string(f->minArgs)
                                                        : std::to_string(f->minArgs) + " to " + std::to_string(f->maxArgs);
        fail(e.position, "Function " + writtenName(e) + "() takes " + expected + " argument" +
                             (f->maxArgs == 1 ? "" : "s") + ", got " + std::to_string(n) + " in " + e.text);
      }
      if (e.distinct && !f->aggregate) fail(e.position, "DISTINCT is only allowed in aggregating functions: " + e.text);
      if (f->aggregate) {
        if (!aggregatesAllowed)
          fail(e.position, "Invalid use of aggregating function " + writtenName(e) + "(...) in this context: " + e.text);
        for (const auto& child : e.children)
          if (containsAggregate(*child)) fail(e.position, "Cannot nest aggregating functions: " + e.text);
      }
      // size(collect(x)) is fine: a scalar function passes on whether aggregates are allowed.
      bool wasPredicate = inPredicate_;
      if (e.name == "exists") inPredicate_ = true;  // exists((a)-->()) takes a pattern
      for (const auto& child : e.children) expression(*child, scope, aggregatesAllowed && !f->aggregate);
      inPredicate_ = wasPredicate;
      return;
    }
    case ExprKind::ListComprehension:
    case ExprKind::Quantifier: {
      // [x IN collect(y) | ...] aggregates in its list, where aggregates are allowed at all.
      expression(*e.children[0], scope, aggregatesAllowed);
      Scope inner = scope;
      inner[e.name] = VariableKind::Unknown;
      // Elements of a list literal of one known type give the variable that type.
      StaticType element = StaticType::Unknown;
      if (e.children[0]->kind == ExprKind::ListLiteral && !e.children[0]->children.empty()) {
        element = typeOf(*e.children[0]->children[0], scope);
        for (const auto& item : e.children[0]->children)
          if (typeOf(*item, scope) != element) element = StaticType::Unknown;
      }
      auto saved = localTypes_;
      if (element != StaticType::Unknown && element != StaticType::Null) localTypes_[e.name] = element;
      else localTypes_.erase(e.name);
      for (std::size_t i = 1; i < e.children.size(); ++i)
        if (e.children[i]) expression(*e.children[i], inner, false);
      localTypes_ = saved;
      return;
    }
    case ExprKind::MapProjection:
      if (!scope.count(e.name)) fail(e.position, "Variable `" + e.name + "` not defined");
      for (const auto& child : e.children)
        if (child) expression(*child, scope, aggregatesAllowed);
      return;
    case ExprKind::PatternPredicate:
      if (!inPredicate_)
        fail(e.position, "A pattern expression can only be used in WHERE or inside exists(): " + e.text);
      notePattern(*e.pattern);
      patternPredicate(*e.pattern, scope, e.position);
      return;
    case ExprKind::Unsupported:
      fail(e.position, e.name + " is not supported yet");
    default:
      for (const auto& child : e.children)
        if (child) expression(*child, scope, aggregatesAllowed);
      return;
  }
}

}  // namespace

bool isAggregate(const ast::Expr& e) {
  if (e.kind == ExprKind::CountStar) return true;
  if (e.kind != ExprKind::FunctionCall) return false;
  const FunctionSignature* f = findFunction(e.name);
  return f != nullptr && f->aggregate;
}

bool containsAggregate(const ast::Expr& e) {
  if (isAggregate(e)) return true;
  for (const auto& child : e.children)
    if (child && containsAggregate(*child)) return true;
  return false;
}

CheckedQuery checkStatement(ast::Statement statement) {
  CheckedQuery checked;
  if (statement.kind != StatementKind::Query) {  // CREATE / DROP INDEX: nothing to check
    checked.returnsRows = false;
    checked.statement = std::move(statement);
    return checked;
  }
  for (std::size_t i = 0; i < statement.queries.size(); ++i) {
    Checker checker(checked.names);
    std::vector<std::string> columns = checker.singleQuery(statement.queries[i]);
    for (const Clause& c : statement.queries[i].clauses)
      if (isUpdate(c.kind)) checked.updates = true;
    bool returns = statement.queries[i].clauses.back().kind == ClauseKind::Return;
    if (i == 0) checked.returnsRows = returns;
    else if (returns != checked.returnsRows)
      throw Error(ErrorKind::Semantic, "All sub queries in a UNION must either return rows or not");
    if (i == 0) {
      checked.columns = columns;
    } else if (columns != checked.columns) {
      auto list = [](const std::vector<std::string>& names) {
        std::string out;
        for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
        return "(" + out + ")";
      };
      throw Error(ErrorKind::Semantic, "All sub queries in a UNION must have the same return column names: " +
                                           list(checked.columns) + " and " + list(columns));
    }
  }
  for (std::size_t i = 1; i < statement.unionAll.size(); ++i)
    if (statement.unionAll[i] != statement.unionAll[0])
      throw Error(ErrorKind::Semantic, "Cannot mix UNION and UNION ALL");
  checked.statement = std::move(statement);
  return checked;
}

}  // namespace kgq
