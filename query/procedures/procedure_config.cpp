// ProcedureConfig (query/procedures/procedure_config.h).
#include "query/procedures/procedure_config.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace kgq {

ProcedureConfig::ProcedureConfig(std::string procedure, const Value& config, std::vector<std::string> known)
    : procedure_(std::move(procedure)), known_(std::move(known)) {
  if (config.isNull()) return;
  if (!config.isMap())
    throw Error(ErrorKind::Runtime, procedure_ + ": the config must be a map, got " + config.toCypher());
  map_ = config.asMap();
  for (const auto& [key, value] : map_) {
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    std::string list;
    for (const auto& k : known_) list += (list.empty() ? "" : ", ") + k;
    throw Error(ErrorKind::Runtime, procedure_ + ": unknown config key `" + key + "` (known keys: " +
                                        (list.empty() ? "none" : list) + ")");
  }
}

void ProcedureConfig::fail(const std::string& key, const std::string& expected, const Value& got) const {
  throw Error(ErrorKind::Runtime,
              procedure_ + ": config key `" + key + "` must be " + expected + ", got " + got.toCypher());
}

const Value* ProcedureConfig::find(const std::string& key) const {
  auto it = map_.find(key);
  return it == map_.end() || it->second.isNull() ? nullptr : &it->second;
}

std::optional<std::int64_t> ProcedureConfig::integer(const std::string& key, std::int64_t min) const {
  const Value* v = find(key);
  if (!v) return std::nullopt;
  if (!v->isInt() || v->asInt() < min) fail(key, "an integer >= " + std::to_string(min), *v);
  return v->asInt();
}

std::optional<double> ProcedureConfig::number(const std::string& key, double min, double max) const {
  const Value* v = find(key);
  if (!v) return std::nullopt;
  if (!v->isNumber() || !(v->asNumber() >= min && v->asNumber() <= max))
    fail(key, "a number from " + Value(min).toCypher() + " to " + Value(max).toCypher(), *v);
  return v->asNumber();
}

std::optional<std::string> ProcedureConfig::string(const std::string& key) const {
  const Value* v = find(key);
  if (!v) return std::nullopt;
  if (!v->isString()) fail(key, "a string", *v);
  return v->asString();
}

std::vector<std::string> ProcedureConfig::strings(const std::string& key) const {
  const Value* v = find(key);
  if (!v) return {};
  if (v->isString()) return {v->asString()};
  std::vector<std::string> out;
  if (v->isList())
    for (const Value& item : v->asList()) {
      if (!item.isString()) fail(key, "a string or a list of strings", *v);
      out.push_back(item.asString());
    }
  else
    fail(key, "a string or a list of strings", *v);
  return out;
}

analytics::Projection ProcedureConfig::projection(analytics::Direction defaultDirection) const {
  analytics::Projection p;
  p.labels = strings("labels");
  p.types = strings("types");
  p.direction = defaultDirection;
  auto knows = [&](const char* key) { return std::find(known_.begin(), known_.end(), key) != known_.end(); };
  if (knows("direction"))
    if (auto d = string("direction")) {
      std::string up = *d;
      for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (up == "OUT" || up == "OUTGOING" || up == "NATURAL") p.direction = analytics::Direction::Out;
      else if (up == "IN" || up == "INCOMING" || up == "REVERSE") p.direction = analytics::Direction::In;
      else if (up == "BOTH" || up == "UNDIRECTED") p.direction = analytics::Direction::Both;
      else fail("direction", "'OUT', 'IN' or 'BOTH'", Value(*d));
    }
  if (knows("weight"))
    if (auto w = string("weight")) p.weight = *w;
  return p;
}

NodeIndex nodeArgument(const ProcedureContext& context, const std::string& procedure, const std::string& argument,
                       const Value& value) {
  const PropertyGraph& g = context.graph;
  if (value.kind() == ValueKind::NodeRef && g.nodeIsLive(value.asNodeRef().index)) return value.asNodeRef().index;
  if (value.kind() == ValueKind::Node)
    if (auto n = g.findNode(value.asNode().id)) return *n;
  throw Error(ErrorKind::Runtime, procedure + ": argument `" + argument + "` must be a node of this graph, got " +
                                      (value.kind() == ValueKind::NodeRef ? std::string("a deleted node") : value.toCypher()));
}

}  // namespace kgq
