// Comparator: TCK equality for values and result tables (see comparator.h).
#include "comparator.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

namespace tck {
namespace {

bool floatsEqual(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  if (a == b) return true;
  if (std::isinf(a) || std::isinf(b)) return false;
  return std::fabs(a - b) <= 1e-14 * std::max(std::fabs(a), std::fabs(b));
}

// Kuhn's augmenting-path matching: can every left item be matched to a distinct right item?
// `ok(l, r)` tells whether left l may match right r. Returns the unmatched left index, or -1.
int perfectMatching(std::size_t left, std::size_t right, const std::function<bool(std::size_t, std::size_t)>& ok,
                    std::vector<int>* rightMatch = nullptr) {
  std::vector<std::vector<char>> can(left, std::vector<char>(right, 0));
  for (std::size_t l = 0; l < left; ++l)
    for (std::size_t r = 0; r < right; ++r) can[l][r] = ok(l, r) ? 1 : 0;
  std::vector<int> matchR(right, -1);
  std::vector<char> seen;
  std::function<bool(std::size_t)> tryL = [&](std::size_t l) -> bool {
    for (std::size_t r = 0; r < right; ++r) {
      if (!can[l][r] || seen[r]) continue;
      seen[r] = 1;
      if (matchR[r] < 0 || tryL(static_cast<std::size_t>(matchR[r]))) {
        matchR[r] = static_cast<int>(l);
        return true;
      }
    }
    return false;
  };
  int firstUnmatched = -1;
  for (std::size_t l = 0; l < left; ++l) {
    seen.assign(right, 0);
    if (!tryL(l) && firstUnmatched < 0) firstUnmatched = static_cast<int>(l);
  }
  if (rightMatch) *rightMatch = matchR;
  return firstUnmatched;
}

bool mapsEqual(const TMap& e, const kgq::Map& a, bool ignore) {
  if (e.size() != a.size()) return false;
  for (const auto& [k, v] : e) {
    auto it = a.find(k);
    if (it == a.end() || !valuesEqual(v, it->second, ignore)) return false;
  }
  return true;
}

bool nodesEqual(const TNode& e, const kgq::Node& a, bool ignore) {
  std::set<std::string> el(e.labels.begin(), e.labels.end()), al(a.labels.begin(), a.labels.end());
  return el == al && mapsEqual(e.properties, a.properties, ignore);
}

bool relsEqual(const TRel& e, const kgq::Relationship& a, bool ignore) {
  return e.type == a.type && mapsEqual(e.properties, a.properties, ignore);
}

std::string rowText(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const auto& c : cells) out += " " + c + " |";
  return out;
}

std::string clip(const std::string& s, std::size_t n = 160) {
  return s.size() <= n ? s : s.substr(0, n) + "...";
}

}  // namespace

bool valuesEqual(const TValue& e, const kgq::Value& a, bool ignore) {
  using K = kgq::ValueKind;
  switch (e.kind) {
    case TValue::Kind::Null: return a.isNull();
    case TValue::Kind::Bool: return a.isBool() && a.asBool() == e.b;
    case TValue::Kind::Int: return a.isInt() && a.asInt() == e.i;
    case TValue::Kind::Float: return a.isFloat() && floatsEqual(e.f, a.asFloat());
    // The TCK writes temporal results as their ISO strings ('2015-07-21').
    case TValue::Kind::String: return (a.isString() && a.asString() == e.s) || (a.isTemporal() && a.toCypher() == e.s);
    case TValue::Kind::List: {
      if (!a.isList()) return false;
      const TList& el = *e.list;
      const kgq::List& al = a.asList();
      if (el.size() != al.size()) return false;
      if (!ignore) {
        for (std::size_t k = 0; k < el.size(); ++k)
          if (!valuesEqual(el[k], al[k], ignore)) return false;
        return true;
      }
      return perfectMatching(el.size(), al.size(),
                             [&](std::size_t l, std::size_t r) { return valuesEqual(el[l], al[r], ignore); }) < 0;
    }
    case TValue::Kind::Map: return a.isMap() && mapsEqual(*e.map, a.asMap(), ignore);
    case TValue::Kind::Node: return a.kind() == K::Node && nodesEqual(*e.node, a.asNode(), ignore);
    case TValue::Kind::Rel: return a.kind() == K::Relationship && relsEqual(*e.rel, a.asRelationship(), ignore);
    case TValue::Kind::Path: {
      if (a.kind() != K::Path) return false;
      const TPath& ep = *e.path;
      const kgq::Path& ap = a.asPath();
      if (ep.nodes.size() != ap.nodes.size() || ep.rels.size() != ap.relationships.size()) return false;
      for (std::size_t k = 0; k < ep.nodes.size(); ++k)
        if (!nodesEqual(ep.nodes[k], ap.nodes[k], ignore)) return false;
      for (std::size_t k = 0; k < ep.rels.size(); ++k) {
        const kgq::Relationship& r = ap.relationships[k];
        if (!relsEqual(ep.rels[k], r, ignore)) return false;
        const std::string& from = ep.forward[k] ? ap.nodes[k].id : ap.nodes[k + 1].id;
        const std::string& to = ep.forward[k] ? ap.nodes[k + 1].id : ap.nodes[k].id;
        if (r.from != from || r.to != to) return false;
      }
      return true;
    }
  }
  return false;
}

TableComparison compareTables(const ExpectedTable& expected, const std::vector<std::string>& columns,
                              const std::vector<std::vector<kgq::Value>>& rows, bool inOrder, bool ignore) {
  TableComparison out;
  if (expected.columns != columns) {
    out.reason = "columns differ: expected " + rowText(expected.columns) + ", got " + rowText(columns);
    return out;
  }
  auto rowsEqual = [&](std::size_t l, std::size_t r) {
    const auto& er = expected.rows[l];
    const auto& ar = rows[r];
    if (er.size() != ar.size()) return false;
    for (std::size_t c = 0; c < er.size(); ++c)
      if (!valuesEqual(er[c], ar[c], ignore)) return false;
    return true;
  };
  auto expectedRowText = [&](std::size_t l) {
    std::vector<std::string> cells;
    for (const auto& v : expected.rows[l]) cells.push_back(format(v));
    return clip(rowText(cells));
  };
  auto actualRowText = [&](std::size_t r) {
    std::vector<std::string> cells;
    for (const auto& v : rows[r]) cells.push_back(formatActual(v));
    return clip(rowText(cells));
  };
  std::string count = "expected " + std::to_string(expected.rows.size()) + " rows, got " + std::to_string(rows.size());
  if (inOrder) {
    std::size_t n = std::min(expected.rows.size(), rows.size());
    for (std::size_t k = 0; k < n; ++k) {
      if (!rowsEqual(k, k)) {
        out.reason = count + "; row " + std::to_string(k + 1) + " differs: expected " + expectedRowText(k) +
                     ", got " + actualRowText(k);
        return out;
      }
    }
    if (expected.rows.size() != rows.size()) {
      out.reason = count + (rows.size() > n ? "; unexpected " + actualRowText(n) : "; missing " + expectedRowText(n));
      return out;
    }
    out.equal = true;
    return out;
  }
  if (expected.rows.size() != rows.size() && expected.rows.size() * rows.size() > 4000000) {
    out.reason = count;  // too large to match row by row
    return out;
  }
  std::vector<int> matchR;
  int missing = perfectMatching(expected.rows.size(), rows.size(), rowsEqual, &matchR);
  int extra = -1;
  for (std::size_t r = 0; r < matchR.size(); ++r)
    if (matchR[r] < 0) { extra = static_cast<int>(r); break; }
  if (missing < 0 && extra < 0) {
    out.equal = true;
    return out;
  }
  out.reason = count;
  if (missing >= 0) out.reason += "; missing " + expectedRowText(static_cast<std::size_t>(missing));
  if (extra >= 0) out.reason += "; unexpected " + actualRowText(static_cast<std::size_t>(extra));
  return out;
}

std::string formatExpectedTable(const ExpectedTable& t) {
  std::string out = "      " + rowText(t.columns) + "\n";
  for (const auto& row : t.rows) {
    std::vector<std::string> cells;
    for (const auto& v : row) cells.push_back(format(v));
    out += "      " + rowText(cells) + "\n";
  }
  return out;
}

std::string formatActualTable(const std::vector<std::string>& columns, const std::vector<std::vector<kgq::Value>>& rows) {
  std::string out = "      " + rowText(columns) + "\n";
  std::size_t shown = 0;
  for (const auto& row : rows) {
    if (++shown > 200) {
      out += "      ... " + std::to_string(rows.size() - 200) + " more rows\n";
      break;
    }
    std::vector<std::string> cells;
    for (const auto& v : row) cells.push_back(formatActual(v));
    out += "      " + rowText(cells) + "\n";
  }
  return out;
}

}  // namespace tck
