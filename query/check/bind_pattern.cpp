// The binder's patterns: MATCH (and OPTIONAL MATCH), CREATE and MERGE. Every named element gets
// its variable's slot (a new one, or the one an earlier clause bound), every anonymous element a
// fresh slot, since relationship uniqueness and chaining need them.
#include "query/check/binder.h"

#include <set>

namespace kgq::check {

using namespace ast;

void Binder::notePattern(const Pattern& pattern) {
  for (const PatternPart& part : pattern.parts) {
    for (const NodePattern& n : part.nodes) {
      for (const auto& l : n.labels) out_.names.labels.insert(l);
      if (n.properties)
        for (const auto& k : n.properties->keys) out_.names.keys.insert(k);
    }
    for (const RelationshipPattern& r : part.relationships) {
      for (const auto& t : r.types) out_.names.types.insert(t);
      if (r.properties)
        for (const auto& k : r.properties->keys) out_.names.keys.insert(k);
    }
  }
}

BoundMatch Binder::match(const Clause& clause) {
  return bindPattern(clause.pattern, clause.where.get(), clause.optional);
}

BoundMatch Binder::bindPattern(const Pattern& pattern, const Expr* where, bool optional) {
  notePattern(pattern);
  const Scope before = scope_;
  BoundMatch m;
  m.optional = optional;
  std::set<std::string> relationshipsInClause;
  for (const PatternPart& part : pattern.parts) {
    if (part.shortest != ShortestKind::None) {
      if (part.relationships.size() != 1)
        fail(part.position, "shortestPath and allShortestPaths need a pattern with exactly one relationship");
      const RelationshipPattern& r = part.relationships[0];
      if (r.variableLength && r.minHops.value_or(1) > 1)
        fail(r.position, "shortestPath and allShortestPaths support a minimal length of 0 or 1 only");
    }
    BoundPatternPart bp;
    bp.shortest = part.shortest;
    bp.pathVariable = part.pathVariable;
    for (const NodePattern& n : part.nodes) {
      BoundNodePattern bn;
      bn.variable = n.variable;
      bn.labels = n.labels;
      bn.boundBefore = !n.variable.empty() && before.count(n.variable) > 0;
      bn.slot = n.variable.empty() ? newSlot("") : declare(n.variable, VariableKind::Node, n.position).slot;
      bp.nodes.push_back(std::move(bn));
    }
    for (const RelationshipPattern& r : part.relationships) {
      BoundRelationshipPattern br;
      br.variable = r.variable;
      br.types = r.types;
      br.direction = r.direction;
      br.variableLength = r.variableLength;
      br.minHops = r.minHops;
      br.maxHops = r.maxHops;
      br.boundBefore = !r.variable.empty() && before.count(r.variable) > 0;
      if (r.variable.empty()) {
        br.slot = newSlot("");
      } else {
        if (!relationshipsInClause.insert(r.variable).second)
          fail(r.position, "Cannot use the same relationship variable `" + r.variable + "` for several relationships");
        // A variable-length relationship variable holds the list of relationships walked.
        VariableKind kind = r.variableLength || part.shortest != ShortestKind::None ? VariableKind::Value
                                                                                    : VariableKind::Relationship;
        br.slot = declare(r.variable, kind, r.position).slot;
      }
      bp.relationships.push_back(std::move(br));
    }
    if (!part.pathVariable.empty()) {
      if (scope_.count(part.pathVariable)) fail(part.position, "Variable `" + part.pathVariable + "` already declared");
      bp.pathSlot = declare(part.pathVariable, VariableKind::Path, part.position).slot;
    } else if (part.shortest != ShortestKind::None) {
      bp.pathSlot = newSlot("");  // the search makes a path even when no variable names it
    }
    m.parts.push_back(std::move(bp));
  }
  // Property maps see every variable of the clause: (a {x: b.y}), (b) is fine.
  for (std::size_t pi = 0; pi < pattern.parts.size(); ++pi) {
    const PatternPart& part = pattern.parts[pi];
    for (std::size_t i = 0; i < part.nodes.size(); ++i)
      if (part.nodes[i].properties) m.parts[pi].nodes[i].properties = expr(*part.nodes[i].properties, scopeEnv());
    for (std::size_t i = 0; i < part.relationships.size(); ++i)
      if (part.relationships[i].properties)
        m.parts[pi].relationships[i].properties = expr(*part.relationships[i].properties, scopeEnv());
  }
  if (where) {
    bool wasPredicate = inPredicate_;
    inPredicate_ = true;
    BoundExprPtr bound = expr(*where, scopeEnv());
    inPredicate_ = wasPredicate;
    splitConjuncts(std::move(bound), m.where);
  }
  std::set<Slot> introduced;
  for (const BoundPatternPart& part : m.parts) {
    for (const BoundNodePattern& n : part.nodes)
      if (!n.boundBefore) introduced.insert(n.slot);
    for (const BoundRelationshipPattern& r : part.relationships)
      if (!r.boundBefore) introduced.insert(r.slot);
    if (part.pathSlot >= 0) introduced.insert(part.pathSlot);
  }
  m.introduced.assign(introduced.begin(), introduced.end());
  return m;
}

BoundCreate Binder::create(const Pattern& pattern, bool merge) {
  const char* clause = merge ? "MERGE" : "CREATE";
  notePattern(pattern);
  const Scope before = scope_;
  std::set<std::string> created;
  BoundCreate c;
  std::vector<const ExprPtr*> nodeMaps, relMaps;  // bound after every variable is declared
  for (const PatternPart& part : pattern.parts) {
    if (part.shortest != ShortestKind::None) fail(part.position, std::string("shortestPath cannot be used in ") + clause);
    if (!part.pathVariable.empty()) fail(part.position, "path variables are not supported yet");
    const NodePattern& single = part.nodes[0];
    if (part.relationships.empty() && !single.variable.empty() && single.labels.empty() && !single.properties &&
        (before.count(single.variable) || created.count(single.variable)))
      fail(part.nodes[0].position, "Variable `" + part.nodes[0].variable + "` already declared");
    std::vector<Slot> nodeSlots;
    for (const NodePattern& n : part.nodes) {
      CreateNodeSpec spec;
      // Nothing written may fail to load back: a saved graph cannot hold an empty label or type.
      for (const auto& label : n.labels)
        if (label.empty()) fail(n.position, std::string(clause) + " cannot write an empty label (``): labels must have a name");
      spec.labels = n.labels;
      if (n.variable.empty()) {
        spec.slot = newSlot("");
      } else {
        bool existing = before.count(n.variable) > 0 || created.count(n.variable) > 0;
        if (existing && (!n.labels.empty() || n.properties))
          fail(n.position, "Variable `" + n.variable + "` already declared: " + clause +
                               " cannot add labels or properties to it");
        spec.bound = existing;
        spec.slot = declare(n.variable, VariableKind::Node, n.position).slot;
        created.insert(n.variable);
      }
      nodeSlots.push_back(spec.slot);
      nodeMaps.push_back(&n.properties);
      c.nodes.push_back(std::move(spec));
    }
    for (std::size_t i = 0; i < part.relationships.size(); ++i) {
      const RelationshipPattern& r = part.relationships[i];
      if (r.variableLength)
        fail(r.position, std::string("Variable length relationships cannot be used in ") + clause);
      if (r.types.size() != 1)
        fail(r.position, std::string("Exactly one relationship type must be specified for ") + clause);
      if (!merge && r.direction == Direction::Both)
        fail(r.position, "Only directed relationships are supported in CREATE");
      if (r.types[0].empty())
        fail(r.position, std::string(clause) + " cannot write an empty relationship type (``): types must have a name");
      CreateRelSpec spec;
      if (r.variable.empty()) {
        spec.slot = newSlot("");
      } else {
        if (before.count(r.variable) || created.count(r.variable))
          fail(r.position, "Variable `" + r.variable + "` already declared");
        spec.slot = declare(r.variable, VariableKind::Relationship, r.position).slot;
        created.insert(r.variable);
      }
      bool backwards = r.direction == Direction::Incoming;
      spec.from = backwards ? nodeSlots[i + 1] : nodeSlots[i];
      spec.to = backwards ? nodeSlots[i] : nodeSlots[i + 1];
      spec.type = r.types[0];
      spec.text = "[" + r.variable + ":" + spec.type + "]";
      relMaps.push_back(&r.properties);
      c.relationships.push_back(std::move(spec));
    }
  }
  for (std::size_t i = 0; i < c.nodes.size(); ++i)
    if (*nodeMaps[i]) c.nodes[i].properties = expr(**nodeMaps[i], scopeEnv());
  for (std::size_t i = 0; i < c.relationships.size(); ++i)
    if (*relMaps[i]) c.relationships[i].properties = expr(**relMaps[i], scopeEnv());
  return c;
}

BoundMerge Binder::merge(const Clause& clause) {
  const Scope before = scope_;
  BoundMerge m;
  m.line = clause.position.line;
  m.column = clause.position.column;
  m.create = create(clause.pattern, true);
  // The pattern to find: the same elements in the same slots, with the same property maps.
  std::set<Slot> introduced;
  std::size_t nodeIndex = 0, relIndex = 0;
  for (const PatternPart& part : clause.pattern.parts) {
    BoundPatternPart bp;
    for (const NodePattern& np : part.nodes) {
      const CreateNodeSpec& spec = m.create.nodes[nodeIndex++];
      BoundNodePattern n;
      n.slot = spec.slot;
      n.variable = np.variable;
      n.boundBefore = !n.variable.empty() && before.count(n.variable) > 0;
      n.labels = spec.labels;
      if (spec.properties) n.properties = cloneExpr(*spec.properties);
      if (!n.boundBefore) introduced.insert(n.slot);
      bp.nodes.push_back(std::move(n));
    }
    for (const RelationshipPattern& rp : part.relationships) {
      const CreateRelSpec& spec = m.create.relationships[relIndex++];
      BoundRelationshipPattern r;
      r.slot = spec.slot;
      r.variable = rp.variable;
      r.types = {spec.type};
      r.direction = rp.direction;
      if (spec.properties) r.properties = cloneExpr(*spec.properties);
      introduced.insert(r.slot);
      bp.relationships.push_back(std::move(r));
    }
    m.match.parts.push_back(std::move(bp));
  }
  m.match.introduced.assign(introduced.begin(), introduced.end());
  for (const SetItem& item : clause.onCreate) m.onCreate.push_back(setItem(item));
  for (const SetItem& item : clause.onMatch) m.onMatch.push_back(setItem(item));
  return m;
}

}  // namespace kgq::check
