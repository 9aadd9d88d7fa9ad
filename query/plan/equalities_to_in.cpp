#include "query/plan/equalities_to_in.h"

#include "query/function/function_registry.h"

#include <map>
#include <optional>

namespace kgq {
namespace {

// What an equality may compare: one key of one variable, as (its slot, the property's name or
// "id()" / "elementid()").
using Key = std::pair<Slot, std::string>;

std::optional<Key> keyOf(const BoundExpr& e) {
  if (e.children.size() != 1 || e.children[0]->kind != BoundExprKind::Slot) return std::nullopt;
  const Slot slot = e.children[0]->slot;
  if (e.kind == BoundExprKind::Property) return Key{slot, e.name};
  if (e.kind == BoundExprKind::Function && e.function && (e.function->name == "id" || e.function->name == "elementid"))
    return Key{slot, std::string(e.function->name) + "()"};
  return std::nullopt;
}

bool isOr(const BoundExpr& e) { return e.kind == BoundExprKind::Binary && e.op == BinaryOp::Or; }
bool isEquality(const BoundExpr& e) { return e.kind == BoundExprKind::Binary && e.op == BinaryOp::Eq; }

// The disjuncts of an OR tree, left to right.
void flatten(BoundExprPtr e, std::vector<BoundExprPtr>& out) {
  if (!isOr(*e)) return out.push_back(std::move(e));
  flatten(std::move(e->children[0]), out);
  flatten(std::move(e->children[1]), out);
}

// The keys equality `e` compares (its left side's first, then its right side's).
std::vector<Key> keysOf(const BoundExpr& e) {
  std::vector<Key> keys;
  if (!isEquality(e)) return keys;
  for (const BoundExprPtr& side : e.children)
    if (auto key = keyOf(*side)) keys.push_back(*key);
  return keys;
}

BoundExprPtr binary(BinaryOp op, BoundExprPtr left, BoundExprPtr right, SourceText text) {
  auto e = std::make_unique<BoundExpr>();
  e->kind = BoundExprKind::Binary;
  e->op = op;
  e->text = std::move(text);
  e->children.push_back(std::move(left));
  e->children.push_back(std::move(right));
  return e;
}

// `key IN [values of equalities]`: each equality gives up its side that is not `key`.
BoundExprPtr inList(const Key& key, std::vector<BoundExprPtr> equalities) {
  BoundExprPtr keyExpr;
  auto list = std::make_unique<BoundExpr>();
  list->kind = BoundExprKind::ListLiteral;
  std::string text;
  for (BoundExprPtr& eq : equalities) {
    const int keySide = keyOf(*eq->children[0]) == key ? 0 : 1;
    if (!keyExpr) keyExpr = std::move(eq->children[keySide]);
    BoundExprPtr value = std::move(eq->children[1 - keySide]);
    text += (list->children.empty() ? "[" : ", ") + value->text.str();
    list->children.push_back(std::move(value));
  }
  list->text = text + "]";
  foldConstantList(*list);
  std::string inText = keyExpr->text.str() + " IN " + list->text.str();
  return binary(BinaryOp::In, std::move(keyExpr), std::move(list), std::move(inText));
}

// An OR tree, its equalities grouped by key: each key that two or more of them compare becomes
// one IN, in the place of its first equality.
BoundExprPtr rewriteDisjunction(BoundExprPtr disjunction) {
  const SourceText text = disjunction->text;
  std::vector<BoundExprPtr> disjuncts;
  flatten(std::move(disjunction), disjuncts);
  for (BoundExprPtr& d : disjuncts) d = equalitiesToIn(std::move(d));  // inside NOT, AND, ...

  // How many equalities compare each key; each equality then joins the first of its keys that
  // another one compares too, and a key joined by two or more becomes one IN.
  std::map<Key, int> comparing;
  for (const BoundExprPtr& d : disjuncts) {
    std::vector<Key> keys = keysOf(*d);
    if (keys.size() == 2 && keys[0] == keys[1]) keys.pop_back();  // `v.k = v.k` compares v.k once
    for (const Key& key : keys) ++comparing[key];
  }
  std::vector<std::optional<Key>> keyOfDisjunct(disjuncts.size());
  std::map<Key, std::vector<std::size_t>> joined;  // by key: its equalities, in order
  for (std::size_t i = 0; i < disjuncts.size(); ++i) {
    for (const Key& key : keysOf(*disjuncts[i])) {
      if (comparing[key] < 2) continue;
      keyOfDisjunct[i] = key;
      joined[key].push_back(i);
      break;
    }
  }
  std::vector<BoundExprPtr> rewritten;
  for (std::size_t i = 0; i < disjuncts.size(); ++i) {
    if (!disjuncts[i]) continue;  // in an earlier one's IN
    const std::vector<std::size_t>* group = keyOfDisjunct[i] ? &joined[*keyOfDisjunct[i]] : nullptr;
    if (group == nullptr || group->size() < 2) {
      rewritten.push_back(std::move(disjuncts[i]));
      continue;
    }
    std::vector<BoundExprPtr> equalities;
    for (std::size_t j : *group) equalities.push_back(std::move(disjuncts[j]));
    rewritten.push_back(inList(*keyOfDisjunct[i], std::move(equalities)));
  }
  BoundExprPtr result = std::move(rewritten[0]);
  for (std::size_t i = 1; i < rewritten.size(); ++i) {
    std::string partText = result->text.str() + " OR " + rewritten[i]->text.str();
    result = binary(BinaryOp::Or, std::move(result), std::move(rewritten[i]), std::move(partText));
  }
  result->text = text;
  return result;
}

}  // namespace

BoundExprPtr equalitiesToIn(BoundExprPtr predicate) {
  if (isOr(*predicate)) return rewriteDisjunction(std::move(predicate));
  const bool connective = predicate->kind == BoundExprKind::Not ||
                          (predicate->kind == BoundExprKind::Binary &&
                           (predicate->op == BinaryOp::And || predicate->op == BinaryOp::Xor));
  if (connective)
    for (BoundExprPtr& child : predicate->children) child = equalitiesToIn(std::move(child));
  return predicate;
}

}  // namespace kgq
