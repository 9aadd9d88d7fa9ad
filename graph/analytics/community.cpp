// Louvain and modularity (graph/analytics/community.h). Boost.Graph has no community detection;
// this runs on its interface: every level is a WeightedCsr (boost::compressed_sparse_row_graph),
// level 0 the undirected CsrProjection, each next one the communities of the last merged into
// nodes (their inner weight a self-arc), read through out_edges/target and the arc bundle.
#include "graph/analytics/community.h"

#include "graph/analytics/csr_projection.h"

#include <stdexcept>

namespace kgq::analytics {

namespace {

struct Level {
  WeightedCsr graph;
  std::vector<double> degree;  // weighted, self-arcs included
};

Level makeLevel(WeightedCsr graph) {
  Level level{std::move(graph), {}};
  std::uint32_t n = static_cast<std::uint32_t>(num_vertices(level.graph));
  level.degree.assign(n, 0.0);
  for (std::uint32_t v = 0; v < n; ++v)
    for (auto r = out_edges(v, level.graph); r.first != r.second; ++r.first) level.degree[v] += level.graph[*r.first].weight;
  return level;
}

// Local moves until a pass moves nothing (or `passes` run); community[v] ends up in [0, n).
// Returns whether any node moved.
bool moveNodes(const Level& level, double m2, double resolution, std::int64_t passes, std::vector<std::uint32_t>& community) {
  const WeightedCsr& g = level.graph;
  std::uint32_t n = static_cast<std::uint32_t>(num_vertices(g));
  community.resize(n);
  std::vector<double> total(n);
  for (std::uint32_t v = 0; v < n; ++v) {
    community[v] = v;
    total[v] = level.degree[v];
  }
  std::vector<double> toCommunity(n, 0.0);  // k_i,in(c) for the node being moved
  std::vector<std::uint32_t> touched;
  bool movedAny = false;
  for (std::int64_t pass = 0; pass < passes; ++pass) {
    std::size_t moves = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
      const double k = level.degree[v];
      const std::uint32_t own = community[v];
      touched.clear();
      touched.push_back(own);
      for (auto r = out_edges(v, g); r.first != r.second; ++r.first) {
        std::uint32_t u = target(*r.first, g);
        if (u == v) continue;  // a self-arc moves with v
        std::uint32_t c = community[u];
        if (toCommunity[c] == 0.0 && c != own) touched.push_back(c);
        toCommunity[c] += g[*r.first].weight;
      }
      total[own] -= k;
      std::uint32_t best = own;
      double bestGain = toCommunity[own] - resolution * total[own] * k / m2;
      for (std::uint32_t c : touched) {
        double gain = toCommunity[c] - resolution * total[c] * k / m2;
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
      for (std::uint32_t c : touched) toCommunity[c] = 0.0;
      total[best] += k;
      if (best != own) {
        community[v] = best;
        ++moves;
      }
    }
    if (moves == 0) break;
    movedAny = true;
  }
  return movedAny;
}

// Renumbers community ids to 0..count-1 in order of first appearance; returns count.
std::uint32_t compact(std::vector<std::uint32_t>& community) {
  std::vector<std::uint32_t> id(community.size(), UINT32_MAX);
  std::uint32_t next = 0;
  for (std::uint32_t& c : community) {
    if (id[c] == UINT32_MAX) id[c] = next++;
    c = id[c];
  }
  return next;
}

// The graph of communities: one node each, arcs summed, inner arcs as a self-arc.
WeightedCsr aggregate(const WeightedCsr& g, const std::vector<std::uint32_t>& community, std::uint32_t count) {
  std::uint32_t n = static_cast<std::uint32_t>(num_vertices(g));
  std::vector<std::vector<std::uint32_t>> members(count);
  for (std::uint32_t v = 0; v < n; ++v) members[community[v]].push_back(v);
  std::vector<double> weight(count, 0.0);
  std::vector<std::uint32_t> touched, sources, targets;
  std::vector<ArcData> data;
  for (std::uint32_t c = 0; c < count; ++c) {
    touched.clear();
    for (std::uint32_t v : members[c])
      for (auto r = out_edges(v, g); r.first != r.second; ++r.first) {
        std::uint32_t d = community[target(*r.first, g)];
        if (weight[d] == 0.0) touched.push_back(d);
        weight[d] += g[*r.first].weight;
      }
    for (std::uint32_t d : touched) {
      sources.push_back(c);
      targets.push_back(d);
      data.push_back(ArcData{0, weight[d]});
      weight[d] = 0.0;
    }
  }
  return WeightedCsr(boost::construct_inplace_from_sources_and_targets, sources, targets, data, count);
}

double levelModularity(const Level& level, const std::vector<std::uint32_t>& community, double m2, double resolution) {
  const WeightedCsr& g = level.graph;
  std::uint32_t n = static_cast<std::uint32_t>(num_vertices(g));
  double inside = 0;
  std::vector<double> total(n, 0.0);
  for (std::uint32_t v = 0; v < n; ++v) {
    total[community[v]] += level.degree[v];
    for (auto r = out_edges(v, g); r.first != r.second; ++r.first)
      if (community[target(*r.first, g)] == community[v]) inside += g[*r.first].weight;
  }
  double q = inside / m2;
  for (double t : total) q -= resolution * (t / m2) * (t / m2);
  return q;
}

}  // namespace

double modularity(const Subgraph& sub, const std::vector<std::int64_t>& community, double resolution) {
  if (sub.direction() != Direction::Both) throw std::logic_error("modularity needs an undirected subgraph");
  CsrProjection<WeightedCsr> csr = buildCsr<WeightedCsr>(sub);
  if (community.size() != csr.nodes.size()) throw std::logic_error("modularity: one community per node expected");
  Level level = makeLevel(std::move(csr.graph));
  double m2 = 0;
  for (double k : level.degree) m2 += k;
  if (m2 == 0) return 0;
  std::vector<std::uint32_t> c(community.begin(), community.end());
  std::uint32_t count = compact(c);
  (void)count;
  return levelModularity(level, c, m2, resolution);
}

Communities louvain(const Subgraph& sub, const LouvainOptions& options) {
  if (sub.direction() != Direction::Both) throw std::logic_error("louvain needs an undirected subgraph");
  CsrProjection<WeightedCsr> csr = buildCsr<WeightedCsr>(sub);
  Communities out;
  out.community.nodes = std::move(csr.nodes);
  const std::size_t n = out.community.nodes.size();
  std::vector<std::uint32_t> membership(n);  // original node -> community at the current level
  for (std::uint32_t v = 0; v < n; ++v) membership[v] = v;
  Level level = makeLevel(std::move(csr.graph));
  double m2 = 0;
  for (double k : level.degree) m2 += k;
  std::vector<std::uint32_t> identity(n);
  for (std::uint32_t v = 0; v < n; ++v) identity[v] = v;
  double q = m2 > 0 ? levelModularity(level, identity, m2, options.resolution) : 0;
  for (std::int64_t depth = 0; m2 > 0 && depth < options.maxLevels; ++depth) {
    sub.checkInterrupted();
    std::vector<std::uint32_t> community;
    if (!moveNodes(level, m2, options.resolution, options.maxIterations, community)) break;
    std::uint32_t count = compact(community);
    double next = levelModularity(level, community, m2, options.resolution);
    if (next - q <= options.tolerance) break;
    q = next;
    ++out.levels;
    for (std::uint32_t& c : membership) c = community[c];
    level = makeLevel(aggregate(level.graph, community, count));
  }
  compact(membership);
  out.community.values.assign(membership.begin(), membership.end());
  out.modularity = q;
  return out;
}

}  // namespace kgq::analytics
