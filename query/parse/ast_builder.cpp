// Builds kgq's AST from the ANTLR parse tree, one function per grammar rule group: statements
// and clauses, patterns, expressions, literals.
#include "query/parse/ast_builder.h"

#include "antlr4-runtime.h"
#include "query/parse/parser.h"
#include "graph/utf8.h"
#include "query/parse/syntax_errors.h"

#include <algorithm>
#include <type_traits>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <unordered_set>

namespace kgq {
namespace {

using P = grammar::CypherParser;
using namespace ast;

class AstBuilder {
 public:
  explicit AstBuilder(std::string_view text)
      : text_(text), source_(std::make_shared<const std::string>(text)) {
    // ANTLR indexes code points; SourceText ranges are bytes. (The text is valid UTF-8, checked
    // before parsing.)
    codePointStart_.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size(); ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) codePointStart_.push_back(i);
    codePointStart_.push_back(text.size());
  }

  Statement statement(P::QueryContext* query);

 private:
  std::string_view text_;
  std::shared_ptr<const std::string> source_;  // the statement, shared by every node's text
  std::vector<std::size_t> codePointStart_;    // byte offset of each code point, then the size
  int depth_ = 0;
  int clauses_ = 0;  // in the whole statement, subqueries included
  // The deepest expression built since the innermost subquery body began: the depth a whole
  // EXISTS / COUNT { query } adds to the expression around it.
  std::uint32_t deepestInBody_ = 0;

  // ---- helpers ----
  static Position positionOf(antlr4::ParserRuleContext* ctx) {
    return Position{ctx->getStart()->getLine(), ctx->getStart()->getCharPositionInLine() + 1};
  }
  static Position positionOf(antlr4::Token* token) {
    return Position{token->getLine(), token->getCharPositionInLine() + 1};
  }
  // The source text from `start` to `stop` as written, as a range of the shared statement.
  SourceText sourceText(antlr4::Token* start, antlr4::Token* stop) const {
    if (stop == nullptr || stop->getStopIndex() < start->getStartIndex()) return SourceText();
    std::size_t begin = codePointStart_[std::min(start->getStartIndex(), codePointStart_.size() - 1)];
    std::size_t end = codePointStart_[std::min(stop->getStopIndex() + 1, codePointStart_.size() - 1)];
    return SourceText(source_, begin, end);
  }
  SourceText sourceText(antlr4::ParserRuleContext* ctx) const { return sourceText(ctx->getStart(), ctx->getStop()); }

  // The expression rules nest one level per operator precedence, and an operand without its
  // operators is a level of one child, the next level (`x` alone is an orExpression of one
  // xorExpression of ...): taken straight from the tree, without the generated accessors, which
  // test every child's type (a dynamic_cast each) and build a vector. The tree is a correct parse
  // (a syntax error throws before building), so the one child is the rule's operand.
  template <class Operand>
  static Operand* onlyOperand(antlr4::ParserRuleContext* ctx) {
    return ctx->children.size() == 1 ? static_cast<Operand*>(ctx->children[0]) : nullptr;
  }

  [[noreturn]] void syntaxError(antlr4::Token* at, const std::string& detail) const {
    throw makeSyntaxError(text_, at->getLine(), at->getCharPositionInLine(), detail);
  }
  [[noreturn]] void unsupported(antlr4::ParserRuleContext* ctx, const std::string& what) const {
    Position p = positionOf(ctx);
    throw Error(ErrorKind::Semantic, what + " is not supported yet (line " + std::to_string(p.line) +
                                         ", column " + std::to_string(p.column) + ")");
  }

  ExprPtr makeExpr(ExprKind kind, antlr4::ParserRuleContext* ctx) {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->position = positionOf(ctx);
    e->text = sourceText(ctx);
    return e;
  }
  ExprPtr makeBinary(BinaryOp op, ExprPtr left, ExprPtr right, antlr4::Token* start, antlr4::Token* stop) {
    auto e = std::make_unique<Expr>();
    e->kind = ExprKind::Binary;
    e->op = op;
    e->position = positionOf(start);
    e->text = sourceText(start, stop);
    e->children.push_back(std::move(left));
    e->children.push_back(std::move(right));
    setDepth(*e, start);
    return e;
  }

  // Sets e.depth from its children's (which are set already) and refuses a tree deeper than
  // kMaxExpressionDepth, so that no later stage recurses deeper.
  void setDepth(Expr& e, antlr4::Token* at) {
    // A whole query as a body (EXISTS { MATCH ... }): subqueryExpr left its deepest expression in
    // e.depth; the binder and evaluator recurse through it from here.
    std::uint32_t below = e.query ? e.depth : 0;
    for (const ExprPtr& child : e.children)
      if (child) below = std::max(below, child->depth);
    // A pattern inside an expression holds expressions too (property maps), bound and evaluated
    // below this node.
    if (e.pattern)
      for (const PatternPart& part : e.pattern->parts) {
        for (const NodePattern& n : part.nodes)
          if (n.properties) below = std::max(below, n.properties->depth);
        for (const RelationshipPattern& r : part.relationships)
          if (r.properties) below = std::max(below, r.properties->depth);
      }
    e.depth = below + 1;
    if (e.depth > static_cast<std::uint32_t>(kMaxExpressionDepth))
      syntaxError(at, "expression nested too deeply (more than " + std::to_string(kMaxExpressionDepth) + " levels)");
    deepestInBody_ = std::max(deepestInBody_, e.depth);
  }

  // Guards the recursion of expression building against pathological nesting.
  struct DepthGuard {
    AstBuilder& b;
    DepthGuard(AstBuilder& builder, antlr4::ParserRuleContext* ctx) : b(builder) {
      if (++b.depth_ > kMaxNestingDepth)
        b.syntaxError(ctx->getStart(), "expression nested more than " + std::to_string(kMaxNestingDepth) + " deep");
    }
    ~DepthGuard() { --b.depth_; }
  };

  // The text of one token, sliced from the statement: ANTLR's getText() would convert it back
  // from UTF-32 (and a rule's getText() builds a stringstream), a measurable part of a parse.
  std::string tokenText(antlr4::Token* token) const {
    std::size_t begin = codePointStart_[std::min(token->getStartIndex(), codePointStart_.size() - 1)];
    std::size_t end = codePointStart_[std::min(token->getStopIndex() + 1, codePointStart_.size() - 1)];
    return std::string(text_.substr(begin, end - begin));
  }
  // A rule's text as ANTLR spells it (its tokens without what lies between them), cheaply when it
  // is one token.
  std::string ruleText(antlr4::ParserRuleContext* ctx) const {
    return ctx->getStart() == ctx->getStop() ? tokenText(ctx->getStart()) : ctx->getText();
  }

  // ---- names ----
  std::string name(P::SymbolicNameContext* ctx) const {
    std::string t = tokenText(ctx->getStart());
    if (ctx->ESCAPED_IDENTIFIER() != nullptr) {
      std::string out;
      for (std::size_t i = 1; i + 1 < t.size(); ++i) {
        out += t[i];
        if (t[i] == '`') ++i;  // `` stands for one backtick
      }
      return out;
    }
    return t;
  }
  std::string name(P::SchemaNameContext* ctx) const {
    return ctx->symbolicName() ? name(ctx->symbolicName()) : tokenText(ctx->getStart());
  }
  std::string name(P::VariableContext* ctx) const { return name(ctx->symbolicName()); }

  // ---- statements and clauses ----
  SingleQuery singleQuery(P::SingleQueryContext* ctx);
  Clause clause(P::ClauseContext* ctx);
  Projection projection(P::ProjectionBodyContext* ctx);
  std::vector<SetItem> setItems(P::SetClauseContext* ctx);
  std::vector<std::pair<std::string, std::string>> yieldItems(P::YieldItemsContext* ctx) {
    std::vector<std::pair<std::string, std::string>> items;
    for (P::YieldItemContext* item : ctx->yieldItem()) {
      std::string variable = name(item->variable());
      items.emplace_back(item->symbolicName() ? name(item->symbolicName()) : variable, variable);
    }
    return items;
  }

  // ---- patterns ----
  Pattern pattern(P::PatternContext* ctx);
  PatternPart patternPart(P::PatternPartContext* ctx);
  void patternElement(P::PatternElementContext* ctx, PatternPart& part);
  PatternPart relationshipsPattern(P::RelationshipsPatternContext* ctx, antlr4::ParserRuleContext* at);
  std::shared_ptr<SingleQuery> subquery(P::RegularQueryContext* ctx);
  template <class Context>
  ExprPtr subqueryExpr(Context* ctx, SubqueryKind kind);
  NodePattern nodePattern(P::NodePatternContext* ctx);
  RelationshipPattern relationshipPattern(P::RelationshipPatternContext* ctx);

  // ---- expressions ----
  ExprPtr expression(P::ExpressionContext* ctx);
  template <class Context, class Part, class Build>
  ExprPtr foldLeft(Context* ctx, const std::vector<Part*>& parts, BinaryOp op, Build build);
  ExprPtr orExpr(P::OrExpressionContext* ctx);
  ExprPtr xorExpr(P::XorExpressionContext* ctx);
  ExprPtr andExpr(P::AndExpressionContext* ctx);
  ExprPtr notExpr(P::NotExpressionContext* ctx);
  ExprPtr comparison(P::ComparisonExpressionContext* ctx);
  ExprPtr predicate(P::PredicateExpressionContext* ctx);
  ExprPtr addSub(P::AddOrSubtractExpressionContext* ctx);
  ExprPtr mulDiv(P::MultiplyDivideModuloExpressionContext* ctx);
  ExprPtr power(P::PowerOfExpressionContext* ctx);
  ExprPtr unary(P::UnaryExpressionContext* ctx);
  ExprPtr postfix(P::PostfixExpressionContext* ctx, bool negateIntegerLiteral);
  ExprPtr atom(P::AtomContext* ctx, bool negateIntegerLiteral) {
    ExprPtr e = atomNode(ctx, negateIntegerLiteral);
    setDepth(*e, ctx->getStart());
    return e;
  }
  ExprPtr atomNode(P::AtomContext* ctx, bool negateIntegerLiteral);
  ExprPtr literal(P::LiteralContext* ctx, bool negateIntegerLiteral);
  ExprPtr mapLiteral(P::MapLiteralContext* ctx);
  ExprPtr parameter(P::ParameterContext* ctx);
  Value integerValue(P::IntegerLiteralContext* ctx, bool negate);
  std::string stringValue(antlr4::Token* token);
  void schemaCommand(P::SchemaCommandContext* ctx, Statement& st);
  // FOR (n:Label) ... n.key: the label and key, checking that both name the same variable.
  void schemaTarget(P::SchemaNodeContext* node, P::SchemaPropertyContext* property, SchemaCommand& out);
};

void AstBuilder::schemaTarget(P::SchemaNodeContext* node, P::SchemaPropertyContext* property, SchemaCommand& out) {
  std::string variable = name(node->variable()->symbolicName());
  std::string used = name(property->variable()->symbolicName());
  if (used != variable) {
    Position p = positionOf(property);
    throw Error(ErrorKind::Semantic, "Variable `" + used + "` not defined: the property must be of `" + variable +
                                         "`, the node the command is FOR (line " + std::to_string(p.line) +
                                         ", column " + std::to_string(p.column) + ")");
  }
  out.label = name(node->nodeLabel()->labelName()->schemaName());
  out.key = name(property->propertyKeyName()->schemaName());
}

void AstBuilder::schemaCommand(P::SchemaCommandContext* schema, Statement& st) {
  SchemaCommand& out = st.schema;
  if (auto* create = dynamic_cast<P::CreateIndexContext*>(schema)) {
    st.kind = StatementKind::CreateIndex;
    out.label = name(create->nodeLabel()->labelName()->schemaName());
    out.key = name(create->propertyKeyName()->schemaName());
  } else if (auto* createFor = dynamic_cast<P::CreateIndexForContext*>(schema)) {
    st.kind = StatementKind::CreateIndex;
    schemaTarget(createFor->schemaNode(), createFor->schemaProperty(), out);
    // An index has no name in kgq (DROP INDEX ON :Label(key) drops it): a given one is not kept.
    out.ifNotExists = createFor->EXISTS() != nullptr;
  } else if (auto* drop = dynamic_cast<P::DropIndexContext*>(schema)) {
    st.kind = StatementKind::DropIndex;
    out.label = name(drop->nodeLabel()->labelName()->schemaName());
    out.key = name(drop->propertyKeyName()->schemaName());
  } else if (auto* constraint = dynamic_cast<P::CreateUniqueConstraintContext*>(schema)) {
    st.kind = StatementKind::CreateUniqueConstraint;
    schemaTarget(constraint->schemaNode(), constraint->schemaProperty(), out);
    if (constraint->schemaName()) out.name = name(constraint->schemaName());
    out.ifNotExists = constraint->EXISTS() != nullptr;
  } else if (auto* dropUnique = dynamic_cast<P::DropUniqueConstraintContext*>(schema)) {
    st.kind = StatementKind::DropConstraint;
    schemaTarget(dropUnique->schemaNode(), dropUnique->schemaProperty(), out);
  } else {
    auto* byName = dynamic_cast<P::DropConstraintByNameContext*>(schema);
    st.kind = StatementKind::DropConstraint;
    out.name = name(byName->schemaName());
    out.ifExists = byName->EXISTS() != nullptr;
  }
}

Statement AstBuilder::statement(P::QueryContext* query) {
  P::StatementContext* ctx = query->statement();
  Statement st;
  st.explain = ctx->EXPLAIN() != nullptr;
  st.profile = ctx->PROFILE() != nullptr;
  if (auto* schema = ctx->schemaCommand()) {
    schemaCommand(schema, st);
    return st;
  }
  if (auto* call = ctx->standaloneCall()) {
    SingleQuery q;
    Clause c;
    c.kind = ClauseKind::Call;
    c.position = positionOf(call);
    c.standalone = true;
    c.procedure = ruleText(call->procedureName());
    c.hasArguments = call->LPAREN() != nullptr;
    for (auto* arg : call->expression()) c.arguments.push_back(expression(arg));
    c.yieldStar = call->STAR() != nullptr;
    if (call->yieldItems()) c.yields = yieldItems(call->yieldItems());
    q.clauses.push_back(std::move(c));
    st.queries.push_back(std::move(q));
    return st;
  }
  // SHOW PROCEDURES is CALL dbms.procedures(); SHOW CONSTRAINTS, CALL db.constraints(); SHOW INDEXES, CALL db.indexes().
  if (auto* show = ctx->showCommand()) {
    SingleQuery q;
    Clause c;
    c.kind = ClauseKind::Call;
    c.position = positionOf(show);
    c.standalone = true;
    c.procedure = show->PROCEDURES() ? "dbms.procedures" : show->CONSTRAINTS() ? "db.constraints" : "db.indexes";
    q.clauses.push_back(std::move(c));
    st.queries.push_back(std::move(q));
    return st;
  }
  P::RegularQueryContext* regular = ctx->regularQuery();
  st.queries.push_back(singleQuery(regular->singleQuery()));
  for (P::UnionPartContext* part : regular->unionPart()) {
    st.unionAll.push_back(part->ALL() != nullptr);
    st.queries.push_back(singleQuery(part->singleQuery()));
  }
  // A statement that is one CALL is a standalone call: its outputs are the result.
  if (st.queries.size() == 1 && st.queries[0].clauses.size() == 1 && st.queries[0].clauses[0].kind == ClauseKind::Call)
    st.queries[0].clauses[0].standalone = true;
  return st;
}

SingleQuery AstBuilder::singleQuery(P::SingleQueryContext* ctx) {
  SingleQuery q;
  for (P::ClauseContext* c : ctx->clause()) q.clauses.push_back(clause(c));
  return q;
}

Clause AstBuilder::clause(P::ClauseContext* ctx) {
  // Each clause adds operators on top of the ones before: the plan is as deep as the clause
  // chain is long, and so are operator building, execution and what values can nest.
  if (++clauses_ > kMaxClauses)
    syntaxError(ctx->getStart(), "more than " + std::to_string(kMaxClauses) +
                                     " clauses in one statement (split it into several statements)");
  Clause c;
  c.position = positionOf(ctx);
  if (auto* m = ctx->matchClause()) {
    c.kind = ClauseKind::Match;
    c.optional = m->OPTIONAL() != nullptr;
    c.pattern = pattern(m->pattern());
    if (m->whereClause()) c.where = expression(m->whereClause()->expression());
  } else if (auto* u = ctx->unwindClause()) {
    c.kind = ClauseKind::Unwind;
    c.expression = expression(u->expression());
    c.variable = name(u->variable());
  } else if (auto* w = ctx->withClause()) {
    c.kind = ClauseKind::With;
    c.projection = projection(w->projectionBody());
    if (w->whereClause()) c.where = expression(w->whereClause()->expression());
  } else if (auto* r = ctx->returnClause()) {
    c.kind = ClauseKind::Return;
    c.projection = projection(r->projectionBody());
  } else if (auto* cr = ctx->createClause()) {
    c.kind = ClauseKind::Create;
    c.pattern = pattern(cr->pattern());
  } else if (auto* me = ctx->mergeClause()) {
    c.kind = ClauseKind::Merge;
    c.pattern.parts.push_back(patternPart(me->patternPart()));
    for (P::MergeActionContext* action : me->mergeAction()) {
      auto items = setItems(action->setClause());
      auto& into = action->CREATE() ? c.onCreate : c.onMatch;
      for (auto& item : items) into.push_back(std::move(item));
    }
  } else if (auto* s = ctx->setClause()) {
    c.kind = ClauseKind::Set;
    c.setItems = setItems(s);
  } else if (auto* rm = ctx->removeClause()) {
    c.kind = ClauseKind::Remove;
    for (P::RemoveItemContext* item : rm->removeItem()) {
      RemoveItem ri;
      if (auto* labels = dynamic_cast<P::RemoveLabelsContext*>(item)) {
        ri.kind = RemoveItem::Labels;
        ri.target = makeExpr(ExprKind::Variable, labels->variable());
        ri.target->name = name(labels->variable());
        for (auto* l : labels->nodeLabels()->nodeLabel()) ri.labels.push_back(name(l->labelName()->schemaName()));
      } else {
        auto* prop = dynamic_cast<P::RemovePropertyContext*>(item);
        ri.kind = RemoveItem::Property;
        P::PropertyExpressionContext* pe = prop->propertyExpression();
        ExprPtr target = atom(pe->atom(), false);
        for (auto* key : pe->propertyKeyName()) {
          auto e = makeExpr(ExprKind::Property, pe);
          e->name = name(key->schemaName());
          e->children.push_back(std::move(target));
          target = std::move(e);
        }
        ri.target = std::move(target);
      }
      c.removeItems.push_back(std::move(ri));
    }
  } else if (auto* d = ctx->deleteClause()) {
    c.kind = ClauseKind::Delete;
    c.detach = d->DETACH() != nullptr;
    for (auto* e : d->expression()) c.deleteTargets.push_back(expression(e));
  } else if (auto* f = ctx->foreachClause()) {
    c.kind = ClauseKind::Foreach;
    c.variable = name(f->variable());
    c.expression = expression(f->expression());
    c.subquery = std::make_shared<SingleQuery>();
    for (P::ClauseContext* inner : f->clause()) c.subquery->clauses.push_back(clause(inner));
  } else if (auto* sub = ctx->callSubqueryClause()) {
    c.kind = ClauseKind::CallSubquery;
    c.subquery = subquery(sub->regularQuery());
  } else {
    P::CallClauseContext* call = ctx->callClause();
    c.kind = ClauseKind::Call;
    c.procedure = ruleText(call->procedureName());
    for (auto* arg : call->expression()) c.arguments.push_back(expression(arg));
    if (call->yieldItems()) c.yields = yieldItems(call->yieldItems());
    if (call->whereClause()) c.where = expression(call->whereClause()->expression());
  }
  return c;
}

std::vector<SetItem> AstBuilder::setItems(P::SetClauseContext* ctx) {
  std::vector<SetItem> items;
  for (P::SetItemContext* item : ctx->setItem()) {
    SetItem si;
    if (auto* p = dynamic_cast<P::SetPropertyContext*>(item)) {
      si.kind = SetItem::Property;
      P::PropertyExpressionContext* pe = p->propertyExpression();
      ExprPtr target = atom(pe->atom(), false);
      for (auto* key : pe->propertyKeyName()) {
        auto e = makeExpr(ExprKind::Property, pe);
        e->name = name(key->schemaName());
        e->children.push_back(std::move(target));
        target = std::move(e);
      }
      si.target = std::move(target);
      si.value = expression(p->expression());
    } else if (auto* all = dynamic_cast<P::SetAllPropertiesContext*>(item)) {
      si.kind = SetItem::ReplaceProperties;
      si.target = makeExpr(ExprKind::Variable, all->variable());
      si.target->name = name(all->variable());
      si.value = expression(all->expression());
    } else if (auto* merge = dynamic_cast<P::MergePropertiesContext*>(item)) {
      si.kind = SetItem::MergeProperties;
      si.target = makeExpr(ExprKind::Variable, merge->variable());
      si.target->name = name(merge->variable());
      si.value = expression(merge->expression());
    } else {
      auto* labels = dynamic_cast<P::SetLabelsContext*>(item);
      si.kind = SetItem::Labels;
      si.target = makeExpr(ExprKind::Variable, labels->variable());
      si.target->name = name(labels->variable());
      for (auto* l : labels->nodeLabels()->nodeLabel()) si.labels.push_back(name(l->labelName()->schemaName()));
    }
    items.push_back(std::move(si));
  }
  return items;
}

Projection AstBuilder::projection(P::ProjectionBodyContext* ctx) {
  Projection p;
  p.position = positionOf(ctx);
  p.distinct = ctx->DISTINCT() != nullptr;
  P::ProjectionItemsContext* items = ctx->projectionItems();
  p.star = items->STAR() != nullptr;
  for (P::ProjectionItemContext* item : items->projectionItem()) {
    ProjectionItem pi;
    pi.expression = expression(item->expression());
    if (item->variable()) {
      pi.alias = name(item->variable());
      pi.hasAlias = true;
    } else {
      pi.alias = pi.expression->text;
    }
    p.items.push_back(std::move(pi));
  }
  if (auto* order = ctx->orderClause()) {
    for (P::SortItemContext* s : order->sortItem()) {
      SortItem si;
      si.expression = expression(s->expression());
      si.descending = s->DESC() != nullptr || s->DESCENDING() != nullptr;
      p.orderBy.push_back(std::move(si));
    }
  }
  if (ctx->skipClause()) p.skip = expression(ctx->skipClause()->expression());
  if (ctx->limitClause()) p.limit = expression(ctx->limitClause()->expression());
  return p;
}

// ---- patterns ----

Pattern AstBuilder::pattern(P::PatternContext* ctx) {
  Pattern p;
  for (P::PatternPartContext* part : ctx->patternPart()) p.parts.push_back(patternPart(part));
  return p;
}

PatternPart AstBuilder::patternPart(P::PatternPartContext* ctx) {
  PatternPart part;
  part.position = positionOf(ctx);
  if (ctx->variable()) part.pathVariable = name(ctx->variable());
  P::AnonymousPatternPartContext* anon = ctx->anonymousPatternPart();
  if (auto* sp = dynamic_cast<P::ShortestPathPatternContext*>(anon)) {
    part.shortest = sp->shortestPathFunction()->SHORTESTPATH() ? ShortestKind::Shortest : ShortestKind::AllShortest;
    patternElement(sp->patternElement(), part);
  } else {
    patternElement(dynamic_cast<P::PlainPatternContext*>(anon)->patternElement(), part);
  }
  return part;
}

void AstBuilder::patternElement(P::PatternElementContext* ctx, PatternPart& part) {
  if (ctx->patternElement() != nullptr) return patternElement(ctx->patternElement(), part);
  part.nodes.push_back(nodePattern(ctx->nodePattern()));
  for (P::PatternElementChainContext* chain : ctx->patternElementChain()) {
    part.relationships.push_back(relationshipPattern(chain->relationshipPattern()));
    part.nodes.push_back(nodePattern(chain->nodePattern()));
  }
}

PatternPart AstBuilder::relationshipsPattern(P::RelationshipsPatternContext* rp, antlr4::ParserRuleContext* at) {
  PatternPart part;
  part.position = positionOf(at);
  part.nodes.push_back(nodePattern(rp->nodePattern()));
  for (auto* chain : rp->patternElementChain()) {
    part.relationships.push_back(relationshipPattern(chain->relationshipPattern()));
    part.nodes.push_back(nodePattern(chain->nodePattern()));
  }
  return part;
}

std::shared_ptr<SingleQuery> AstBuilder::subquery(P::RegularQueryContext* ctx) {
  if (!ctx->unionPart().empty()) unsupported(ctx->unionPart(0), "UNION inside a subquery");
  return std::make_shared<SingleQuery>(singleQuery(ctx->singleQuery()));
}

// EXISTS { ... } and COUNT { ... }: a whole query, or a pattern with an optional WHERE;
// COLLECT { ... }: a whole query.
template <class Context>
ExprPtr AstBuilder::subqueryExpr(Context* ctx, SubqueryKind kind) {
  auto e = makeExpr(ExprKind::Subquery, ctx);
  e->subqueryKind = kind;
  if (ctx->regularQuery()) {
    std::uint32_t outside = deepestInBody_;
    deepestInBody_ = 0;
    e->query = subquery(ctx->regularQuery());
    e->depth = deepestInBody_;  // counted into this node's depth by setDepth (atom())
    deepestInBody_ = std::max(outside, deepestInBody_);
    return e;
  }
  if constexpr (!std::is_same_v<Context, P::CollectSubqueryAtomContext>) {
    e->pattern = std::make_shared<Pattern>(pattern(ctx->pattern()));
    e->children.push_back(ctx->whereClause() ? expression(ctx->whereClause()->expression()) : nullptr);
  }
  return e;
}

NodePattern AstBuilder::nodePattern(P::NodePatternContext* ctx) {
  NodePattern n;
  n.position = positionOf(ctx);
  if (ctx->variable()) n.variable = name(ctx->variable());
  if (ctx->nodeLabels())
    for (auto* l : ctx->nodeLabels()->nodeLabel()) n.labels.push_back(name(l->labelName()->schemaName()));
  if (auto* props = ctx->properties())
    n.properties = props->mapLiteral() ? mapLiteral(props->mapLiteral()) : parameter(props->parameter());
  return n;
}

RelationshipPattern AstBuilder::relationshipPattern(P::RelationshipPatternContext* ctx) {
  RelationshipPattern r;
  r.position = positionOf(ctx);
  bool left = ctx->LT() != nullptr, right = ctx->GT() != nullptr;
  r.direction = left == right ? Direction::Both : right ? Direction::Outgoing : Direction::Incoming;
  P::RelationshipDetailContext* detail = ctx->relationshipDetail();
  if (detail == nullptr) return r;
  if (detail->variable()) r.variable = name(detail->variable());
  if (auto* types = detail->relationshipTypes())
    for (auto* t : types->relTypeName()) r.types.push_back(name(t->schemaName()));
  if (auto* range = detail->rangeLiteral()) {
    r.variableLength = true;
    bool afterDots = false;
    bool sawMin = false;
    for (antlr4::tree::ParseTree* child : range->children) {
      if (auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
        if (term->getSymbol()->getType() == P::DOTDOT) afterDots = true;
        continue;
      }
      auto* integer = dynamic_cast<P::IntegerLiteralContext*>(child);
      std::int64_t bound = integerValue(integer, false).asInt();
      if (afterDots) {
        r.maxHops = bound;
      } else {
        r.minHops = bound;
        sawMin = true;
      }
    }
    if (sawMin && !afterDots) r.maxHops = r.minHops;  // *n means exactly n
  }
  if (auto* props = detail->properties())
    r.properties = props->mapLiteral() ? mapLiteral(props->mapLiteral()) : parameter(props->parameter());
  return r;
}

// ---- expressions ----

ExprPtr AstBuilder::expression(P::ExpressionContext* ctx) {
  DepthGuard guard(*this, ctx);
  return orExpr(onlyOperand<P::OrExpressionContext>(ctx));  // (the rule has one child)
}

// a OP b OP c as ((a OP b) OP c), each node's text spanning from the first operand to its last.
template <class Context, class Part, class Build>
ExprPtr AstBuilder::foldLeft(Context* ctx, const std::vector<Part*>& parts, BinaryOp op, Build build) {
  ExprPtr result = build(parts[0]);
  for (std::size_t i = 1; i < parts.size(); ++i)
    result = makeBinary(op, std::move(result), build(parts[i]), ctx->getStart(), parts[i]->getStop());
  return result;
}

ExprPtr AstBuilder::orExpr(P::OrExpressionContext* ctx) {
  if (auto* only = onlyOperand<P::XorExpressionContext>(ctx)) return xorExpr(only);
  return foldLeft(ctx, ctx->xorExpression(), BinaryOp::Or, [this](auto* c) { return xorExpr(c); });
}

ExprPtr AstBuilder::xorExpr(P::XorExpressionContext* ctx) {
  if (auto* only = onlyOperand<P::AndExpressionContext>(ctx)) return andExpr(only);
  return foldLeft(ctx, ctx->andExpression(), BinaryOp::Xor, [this](auto* c) { return andExpr(c); });
}

ExprPtr AstBuilder::andExpr(P::AndExpressionContext* ctx) {
  if (auto* only = onlyOperand<P::NotExpressionContext>(ctx)) return notExpr(only);
  return foldLeft(ctx, ctx->notExpression(), BinaryOp::And, [this](auto* c) { return notExpr(c); });
}

ExprPtr AstBuilder::notExpr(P::NotExpressionContext* ctx) {
  if (auto* only = onlyOperand<P::ComparisonExpressionContext>(ctx)) return comparison(only);
  ExprPtr result = comparison(ctx->comparisonExpression());
  std::size_t nots = ctx->NOT().size();
  if (nots > static_cast<std::size_t>(kMaxNestingDepth))
    syntaxError(ctx->getStart(), "more than " + std::to_string(kMaxNestingDepth) + " NOTs in a row");
  for (std::size_t i = 0; i < nots; ++i) {
    antlr4::Token* start = ctx->NOT()[nots - 1 - i]->getSymbol();
    auto e = std::make_unique<Expr>();
    e->kind = ExprKind::Not;
    e->position = positionOf(start);
    e->text = sourceText(start, ctx->getStop());
    e->children.push_back(std::move(result));
    setDepth(*e, start);
    result = std::move(e);
  }
  return result;
}

// a < b <= c means a < b AND b <= c (openCypher's chained comparison); the shared operand is
// built twice from the tree rather than copied.
ExprPtr AstBuilder::comparison(P::ComparisonExpressionContext* ctx) {
  if (auto* only = onlyOperand<P::PredicateExpressionContext>(ctx)) return predicate(only);
  auto operands = ctx->predicateExpression();
  auto operators = ctx->comparisonOperator();
  if (operators.empty()) return predicate(operands[0]);
  ExprPtr result;
  for (std::size_t i = 0; i < operators.size(); ++i) {
    BinaryOp op;
    switch (operators[i]->getStart()->getType()) {
      case P::EQ: op = BinaryOp::Eq; break;
      case P::NEQ: op = BinaryOp::Neq; break;
      case P::LT: op = BinaryOp::Lt; break;
      case P::GT: op = BinaryOp::Gt; break;
      case P::LE: op = BinaryOp::Le; break;
      default: op = BinaryOp::Ge; break;
    }
    ExprPtr cmp = makeBinary(op, predicate(operands[i]), predicate(operands[i + 1]), operands[i]->getStart(),
                             operands[i + 1]->getStop());
    result = result ? makeBinary(BinaryOp::And, std::move(result), std::move(cmp), ctx->getStart(),
                                 operands[i + 1]->getStop())
                    : std::move(cmp);
  }
  return result;
}

ExprPtr AstBuilder::predicate(P::PredicateExpressionContext* ctx) {
  if (auto* only = onlyOperand<P::AddOrSubtractExpressionContext>(ctx)) return addSub(only);
  ExprPtr result = addSub(ctx->addOrSubtractExpression());
  for (P::PredicateSuffixContext* suffix : ctx->predicateSuffix()) {
    antlr4::Token* start = ctx->getStart();
    antlr4::Token* stop = suffix->getStop();
    if (dynamic_cast<P::IsNullContext*>(suffix) || dynamic_cast<P::IsNotNullContext*>(suffix)) {
      auto e = std::make_unique<Expr>();
      e->kind = dynamic_cast<P::IsNullContext*>(suffix) ? ExprKind::IsNull : ExprKind::IsNotNull;
      e->position = positionOf(start);
      e->text = sourceText(start, stop);
      e->children.push_back(std::move(result));
      setDepth(*e, start);
      result = std::move(e);
      continue;
    }
    BinaryOp op;
    P::AddOrSubtractExpressionContext* right;
    if (auto* s = dynamic_cast<P::StartsWithContext*>(suffix)) {
      op = BinaryOp::StartsWith;
      right = s->addOrSubtractExpression();
    } else if (auto* en = dynamic_cast<P::EndsWithContext*>(suffix)) {
      op = BinaryOp::EndsWith;
      right = en->addOrSubtractExpression();
    } else if (auto* c = dynamic_cast<P::ContainsContext*>(suffix)) {
      op = BinaryOp::Contains;
      right = c->addOrSubtractExpression();
    } else if (auto* r = dynamic_cast<P::RegexMatchContext*>(suffix)) {
      op = BinaryOp::RegexMatch;
      right = r->addOrSubtractExpression();
    } else {
      op = BinaryOp::In;
      right = dynamic_cast<P::InListContext*>(suffix)->addOrSubtractExpression();
    }
    result = makeBinary(op, std::move(result), addSub(right), start, stop);
  }
  return result;
}

ExprPtr AstBuilder::addSub(P::AddOrSubtractExpressionContext* ctx) {
  if (auto* only = onlyOperand<P::MultiplyDivideModuloExpressionContext>(ctx)) return mulDiv(only);
  auto parts = ctx->multiplyDivideModuloExpression();
  auto ops = ctx->addOrSubtractOperator();
  ExprPtr result = mulDiv(parts[0]);
  for (std::size_t i = 1; i < parts.size(); ++i) {
    BinaryOp op = ops[i - 1]->PLUS() ? BinaryOp::Add : BinaryOp::Sub;
    result = makeBinary(op, std::move(result), mulDiv(parts[i]), ctx->getStart(), parts[i]->getStop());
  }
  return result;
}

ExprPtr AstBuilder::mulDiv(P::MultiplyDivideModuloExpressionContext* ctx) {
  if (auto* only = onlyOperand<P::PowerOfExpressionContext>(ctx)) return power(only);
  auto parts = ctx->powerOfExpression();
  auto ops = ctx->multiplyOperator();
  ExprPtr result = power(parts[0]);
  for (std::size_t i = 1; i < parts.size(); ++i) {
    BinaryOp op = ops[i - 1]->STAR() ? BinaryOp::Mul : ops[i - 1]->SLASH() ? BinaryOp::Div : BinaryOp::Mod;
    result = makeBinary(op, std::move(result), power(parts[i]), ctx->getStart(), parts[i]->getStop());
  }
  return result;
}

ExprPtr AstBuilder::power(P::PowerOfExpressionContext* ctx) {
  if (auto* only = onlyOperand<P::UnaryExpressionContext>(ctx)) return unary(only);
  auto parts = ctx->unaryExpression();
  ExprPtr result = unary(parts[0]);
  for (std::size_t i = 1; i < parts.size(); ++i)
    result = makeBinary(BinaryOp::Pow, std::move(result), unary(parts[i]), ctx->getStart(), parts[i]->getStop());
  return result;
}

ExprPtr AstBuilder::unary(P::UnaryExpressionContext* ctx) {
  if (auto* only = onlyOperand<P::PostfixExpressionContext>(ctx)) return postfix(only, false);
  std::size_t minuses = ctx->MINUS().size();
  if (minuses + ctx->PLUS().size() > static_cast<std::size_t>(kMaxNestingDepth))
    syntaxError(ctx->getStart(), "too many signs in a row");
  P::PostfixExpressionContext* operand = ctx->postfixExpression();
  // -9223372036854775808 is a valid literal although +9223372036854775808 is not: fold one minus
  // into an integer literal operand.
  bool foldMinus = minuses % 2 == 1 && operand->postfixSuffix().empty() &&
                   dynamic_cast<P::LiteralAtomContext*>(operand->atom()) != nullptr &&
                   dynamic_cast<P::LiteralAtomContext*>(operand->atom())->literal()->numberLiteral() != nullptr &&
                   dynamic_cast<P::LiteralAtomContext*>(operand->atom())->literal()->numberLiteral()->integerLiteral() != nullptr;
  ExprPtr result = postfix(operand, foldMinus);
  if (foldMinus) {
    result->text = sourceText(ctx);
    result->position = positionOf(ctx);
    --minuses;
  }
  for (std::size_t i = 0; i < minuses; ++i) {
    auto e = makeExpr(ExprKind::Negate, ctx);
    e->children.push_back(std::move(result));
    setDepth(*e, ctx->getStart());
    result = std::move(e);
  }
  return result;
}

ExprPtr AstBuilder::postfix(P::PostfixExpressionContext* ctx, bool negateIntegerLiteral) {
  DepthGuard guard(*this, ctx);
  if (auto* only = onlyOperand<P::AtomContext>(ctx)) return atom(only, negateIntegerLiteral);
  ExprPtr result = atom(ctx->atom(), negateIntegerLiteral);
  for (P::PostfixSuffixContext* suffix : ctx->postfixSuffix()) {
    auto e = std::make_unique<Expr>();
    e->position = positionOf(ctx);
    e->text = sourceText(ctx->getStart(), suffix->getStop());
    if (auto* prop = dynamic_cast<P::PropertyLookupContext*>(suffix)) {
      e->kind = ExprKind::Property;
      e->name = name(prop->propertyKeyName()->schemaName());
      e->children.push_back(std::move(result));
    } else if (auto* index = dynamic_cast<P::IndexLookupContext*>(suffix)) {
      e->kind = ExprKind::Index;
      e->children.push_back(std::move(result));
      e->children.push_back(expression(index->expression()));
    } else if (auto* slice = dynamic_cast<P::SliceLookupContext*>(suffix)) {
      e->kind = ExprKind::Slice;
      e->children.push_back(std::move(result));
      e->children.push_back(slice->from ? expression(slice->from) : nullptr);
      e->children.push_back(slice->to ? expression(slice->to) : nullptr);
    } else {
      auto* labels = dynamic_cast<P::LabelCheckContext*>(suffix);
      e->kind = ExprKind::HasLabels;
      e->children.push_back(std::move(result));
      for (auto* l : labels->nodeLabels()->nodeLabel()) e->keys.push_back(name(l->labelName()->schemaName()));
    }
    setDepth(*e, suffix->getStart());
    result = std::move(e);
  }
  return result;
}

ExprPtr AstBuilder::atomNode(P::AtomContext* ctx, bool negateIntegerLiteral) {
  if (auto* lit = dynamic_cast<P::LiteralAtomContext*>(ctx)) return literal(lit->literal(), negateIntegerLiteral);
  if (auto* param = dynamic_cast<P::ParameterAtomContext*>(ctx)) return parameter(param->parameter());
  if (auto* var = dynamic_cast<P::VariableAtomContext*>(ctx)) {
    auto e = makeExpr(ExprKind::Variable, ctx);
    e->name = name(var->variable());
    return e;
  }
  if (auto* paren = dynamic_cast<P::ParenthesizedAtomContext*>(ctx)) {
    ExprPtr inner = expression(paren->expression());
    inner->text = sourceText(ctx);  // keep the parentheses in column names, as written
    return inner;
  }
  if (dynamic_cast<P::CountStarAtomContext*>(ctx)) return makeExpr(ExprKind::CountStar, ctx);
  if (auto* fn = dynamic_cast<P::FunctionAtomContext*>(ctx)) {
    P::FunctionInvocationContext* call = fn->functionInvocation();
    auto e = makeExpr(ExprKind::FunctionCall, ctx);
    e->name = ruleText(call->functionName());
    std::transform(e->name.begin(), e->name.end(), e->name.begin(), [](unsigned char c) { return std::tolower(c); });
    e->distinct = call->DISTINCT() != nullptr;
    for (auto* arg : call->expression()) e->children.push_back(expression(arg));
    return e;
  }
  if (auto* c = dynamic_cast<P::CaseAtomContext*>(ctx)) {
    P::CaseExpressionContext* ce = c->caseExpression();
    auto e = makeExpr(ExprKind::Case, ctx);
    auto exprs = ce->expression();
    // expression()s are the subject (before WHEN) and the ELSE value (after the alternatives).
    std::size_t firstAltToken = ce->caseAlternative()[0]->getStart()->getTokenIndex();
    for (auto* x : exprs) {
      if (x->getStart()->getTokenIndex() < firstAltToken) {
        e->hasSubject = true;
        e->children.push_back(expression(x));
      }
    }
    for (auto* alt : ce->caseAlternative()) {
      e->children.push_back(expression(alt->expression(0)));
      e->children.push_back(expression(alt->expression(1)));
    }
    for (auto* x : exprs) {
      if (x->getStart()->getTokenIndex() > firstAltToken) {
        e->hasElse = true;
        e->children.push_back(expression(x));
      }
    }
    return e;
  }
  if (auto* lc = dynamic_cast<P::ListComprehensionAtomContext*>(ctx)) {
    P::ListComprehensionContext* comp = lc->listComprehension();
    auto e = makeExpr(ExprKind::ListComprehension, ctx);
    e->name = name(comp->variable());
    auto exprs = comp->expression();
    e->children.push_back(expression(exprs[0]));
    std::size_t next = 1;
    e->children.push_back(comp->WHERE() ? expression(exprs[next++]) : nullptr);
    e->children.push_back(comp->PIPE() ? expression(exprs[next]) : nullptr);
    return e;
  }
  if (auto* q = dynamic_cast<P::QuantifierAtomContext*>(ctx)) {
    auto e = makeExpr(ExprKind::Quantifier, ctx);
    P::QuantifierContext* kind = q->quantifier();
    e->quantifier = kind->ALL() ? QuantifierKind::All : kind->ANY() ? QuantifierKind::Any
                    : kind->NONE() ? QuantifierKind::None : QuantifierKind::Single;
    P::FilterExpressionContext* filter = q->filterExpression();
    e->name = name(filter->variable());
    e->children.push_back(expression(filter->expression(0)));
    if (filter->expression().size() < 2) {
      Position p = e->position;
      throw Error(ErrorKind::Semantic, "a quantifier needs a WHERE predicate (line " + std::to_string(p.line) +
                                           ", column " + std::to_string(p.column) + ")");
    }
    e->children.push_back(expression(filter->expression(1)));
    return e;
  }
  if (auto* mp = dynamic_cast<P::MapProjectionAtomContext*>(ctx)) {
    auto e = makeExpr(ExprKind::MapProjection, ctx);
    e->name = name(mp->variable());
    for (P::MapProjectionItemContext* item : mp->mapProjection()->mapProjectionItem()) {
      if (auto* sel = dynamic_cast<P::PropertySelectorContext*>(item)) {
        e->entryKinds.push_back(kPropertySelector);
        e->keys.push_back(name(sel->propertyKeyName()->schemaName()));
        e->children.push_back(nullptr);
      } else if (dynamic_cast<P::AllPropertiesSelectorContext*>(item)) {
        e->entryKinds.push_back(kAllProperties);
        e->keys.push_back("*");
        e->children.push_back(nullptr);
      } else if (auto* lit = dynamic_cast<P::LiteralEntryContext*>(item)) {
        e->entryKinds.push_back(kLiteralEntry);
        e->keys.push_back(name(lit->propertyKeyName()->schemaName()));
        e->children.push_back(expression(lit->expression()));
      } else {
        auto* var = dynamic_cast<P::VariableSelectorContext*>(item);
        e->entryKinds.push_back(kVariableSelector);
        e->keys.push_back(name(var->variable()));
        auto v = makeExpr(ExprKind::Variable, var);
        v->name = e->keys.back();
        e->children.push_back(std::move(v));
      }
    }
    return e;
  }
  if (auto* pp = dynamic_cast<P::PatternPredicateAtomContext*>(ctx)) {
    auto e = makeExpr(ExprKind::PatternPredicate, ctx);
    e->pattern = std::make_shared<Pattern>();
    e->pattern->parts.push_back(relationshipsPattern(pp->relationshipsPattern(), ctx));
    return e;
  }
  if (auto* pc = dynamic_cast<P::PatternComprehensionAtomContext*>(ctx)) {
    P::PatternComprehensionContext* comp = pc->patternComprehension();
    auto e = makeExpr(ExprKind::Subquery, ctx);
    e->subqueryKind = SubqueryKind::Collect;
    e->pattern = std::make_shared<Pattern>();
    e->pattern->parts.push_back(relationshipsPattern(comp->relationshipsPattern(), ctx));
    if (comp->variable()) e->pattern->parts[0].pathVariable = name(comp->variable());
    auto exprs = comp->expression();
    e->children.push_back(comp->WHERE() ? expression(exprs[0]) : nullptr);
    e->children.push_back(expression(exprs.back()));
    return e;
  }
  if (auto* ex = dynamic_cast<P::ExistsSubqueryAtomContext*>(ctx)) return subqueryExpr(ex, SubqueryKind::Exists);
  if (auto* cnt = dynamic_cast<P::CountSubqueryAtomContext*>(ctx)) return subqueryExpr(cnt, SubqueryKind::Count);
  if (auto* col = dynamic_cast<P::CollectSubqueryAtomContext*>(ctx)) return subqueryExpr(col, SubqueryKind::Collect);
  if (auto* r = dynamic_cast<P::ReduceAtomContext*>(ctx)) {
    auto e = makeExpr(ExprKind::Reduce, ctx);
    e->name = name(r->accumulator);
    e->keys.push_back(name(r->element));
    e->children.push_back(expression(r->init));
    e->children.push_back(expression(r->list));
    e->children.push_back(expression(r->step));
    return e;
  }
  if (dynamic_cast<P::ShortestPathAtomContext*>(ctx)) unsupported(ctx, "shortestPath() as an expression");
  unsupported(ctx, "this expression");
}

ExprPtr AstBuilder::literal(P::LiteralContext* ctx, bool negateIntegerLiteral) {
  auto e = makeExpr(ExprKind::Literal, ctx);
  if (auto* num = ctx->numberLiteral()) {
    if (num->integerLiteral()) {
      e->value = integerValue(num->integerLiteral(), negateIntegerLiteral);
    } else {
      std::string t = tokenText(num->getStart());
      errno = 0;
      double d = std::strtod(t.c_str(), nullptr);
      if (errno == ERANGE && std::abs(d) > 1.0) syntaxError(num->getStart(), "float literal out of range: " + t);
      e->value = d;
    }
  } else if (auto* str = ctx->stringLiteral()) {
    e->value = stringValue(str->getStart());
  } else if (auto* b = ctx->booleanLiteral()) {
    e->value = b->TRUE() != nullptr;
  } else if (ctx->NULL_()) {
    e->value = Value();
  } else if (auto* map = ctx->mapLiteral()) {
    return mapLiteral(map);
  } else {
    P::ListLiteralContext* list = ctx->listLiteral();
    e->kind = ExprKind::ListLiteral;
    for (auto* item : list->expression()) e->children.push_back(expression(item));
  }
  return e;
}

ExprPtr AstBuilder::mapLiteral(P::MapLiteralContext* ctx) {
  auto e = makeExpr(ExprKind::MapLiteral, ctx);
  auto keys = ctx->propertyKeyName();
  auto values = ctx->expression();
  std::unordered_set<std::string> seen;  // not a search of the keys so far: a map may have 10^5
  for (std::size_t i = 0; i < keys.size(); ++i) {
    std::string key = name(keys[i]->schemaName());
    if (!seen.insert(key).second) syntaxError(keys[i]->getStart(), "duplicate key '" + key + "' in map");
    e->keys.push_back(key);
    e->children.push_back(expression(values[i]));
  }
  setDepth(*e, ctx->getStart());  // also when it is a pattern's property map, not an atom
  return e;
}

ExprPtr AstBuilder::parameter(P::ParameterContext* ctx) {
  auto e = makeExpr(ExprKind::Parameter, ctx);
  e->name = ctx->symbolicName() ? name(ctx->symbolicName()) : tokenText(ctx->DECIMAL_INTEGER()->getSymbol());
  return e;
}

Value AstBuilder::integerValue(P::IntegerLiteralContext* ctx, bool negate) {
  std::string t = tokenText(ctx->getStart());
  int base = 10;
  std::size_t skip = 0;
  if (ctx->HEX_INTEGER()) {
    base = 16;
    skip = 2;
  } else if (ctx->OCTAL_INTEGER()) {
    base = 8;
    skip = 2;
  }
  std::string digits = (negate ? "-" : "") + t.substr(skip);
  std::int64_t v = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
  if (ec != std::errc() || ptr != digits.data() + digits.size())
    syntaxError(ctx->getStart(), "integer literal out of range: " + std::string(negate ? "-" : "") + t);
  return Value(v);
}

std::string AstBuilder::stringValue(antlr4::Token* token) {
  std::string raw = tokenText(token);
  std::string out;
  for (std::size_t i = 1; i + 1 < raw.size(); ++i) {
    char c = raw[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    char n = raw[++i];
    switch (n) {
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'u':
      case 'U': {
        std::size_t len = n == 'u' ? 4 : 8;
        if (i + len >= raw.size()) syntaxError(token, "incomplete \\" + std::string(1, n) + " escape in string");
        std::uint32_t cp = 0;
        for (std::size_t k = 1; k <= len; ++k) {
          char h = raw[i + k];
          int digit = std::isdigit(static_cast<unsigned char>(h)) ? h - '0'
                      : (h >= 'a' && h <= 'f') ? h - 'a' + 10 : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
          if (digit < 0) syntaxError(token, "invalid hex digit in \\" + std::string(1, n) + " escape");
          cp = cp * 16 + static_cast<std::uint32_t>(digit);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) syntaxError(token, "invalid code point in escape");
        appendUtf8(out, cp);
        i += len;
        break;
      }
      default:
        syntaxError(token, std::string("invalid escape sequence \\") + n + " in string");
    }
  }
  return out;
}

}  // namespace

ast::Statement buildStatement(grammar::CypherParser::QueryContext* tree, std::string_view text) {
  return AstBuilder(text).statement(tree);
}

}  // namespace kgq
