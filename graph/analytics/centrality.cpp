// Centralities (graph/analytics/centrality.h). PageRank, betweenness and closeness run on a
// CsrProjection through Boost.Graph's generic interface (adjacent_vertices, out_degree): Boost's
// own page_rank neither redistributes dangling mass nor normalizes, and its
// brandes_betweenness_centrality takes no source sample, so both are written here against the
// same concepts (the unit tests compare this betweenness with Boost's). Degree reads the
// StorageView directly.
#include "graph/analytics/centrality.h"

#include "graph/analytics/boost_view.h"
#include "graph/analytics/csr_projection.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace kgq::analytics {

namespace {

template <class T>
PerNode<T> perNode(std::vector<NodeIndex> nodes, std::vector<T> values) {
  PerNode<T> out;
  out.nodes = std::move(nodes);
  out.values = std::move(values);
  return out;
}

}  // namespace

PerNode<double> pageRank(const Subgraph& sub, const PageRankOptions& options) {
  // Pull form: x'[v] sums the contributions x[u]/out(u) of v's in-neighbours, read along the
  // reversed CSR, so each round is one sequential sweep of the arcs with no write conflicts.
  const bool weighted = sub.weighted();
  std::size_t n = sub.nodeCount();
  std::vector<NodeIndex> nodes;
  std::vector<double> x(n, n ? 1.0 / static_cast<double>(n) : 0.0), next(n), contribution(n), outWeight(n, 0.0);
  auto pullUnweighted = [&](auto& csr) {
    for (std::uint32_t v = 0; v < n; ++v)
      for (auto r = adjacent_vertices(v, csr.graph); r.first != r.second; ++r.first) outWeight[*r.first] += 1.0;
  };
  CsrProjection<Csr> plain;
  CsrProjection<WeightedCsr> heavy;
  if (weighted) {
    heavy = buildCsr<WeightedCsr>(sub, /*reverse=*/true);
    for (std::uint32_t v = 0; v < n; ++v)
      for (auto r = out_edges(v, heavy.graph); r.first != r.second; ++r.first)
        outWeight[target(*r.first, heavy.graph)] += heavy.graph[*r.first].weight;
    nodes = std::move(heavy.nodes);
  } else {
    plain = buildCsr<Csr>(sub, /*reverse=*/true);
    pullUnweighted(plain);
    nodes = std::move(plain.nodes);
  }
  if (n == 0) return {};
  const double d = options.dampingFactor, inv = 1.0 / static_cast<double>(n);
  for (std::int64_t round = 0; round < options.iterations; ++round) {
    sub.checkInterrupted();
    double dangling = 0;
    for (std::size_t u = 0; u < n; ++u) {
      if (outWeight[u] > 0) {
        contribution[u] = x[u] / outWeight[u];
      } else {
        contribution[u] = 0;
        dangling += x[u];
      }
    }
    const double base = d * dangling * inv + (1.0 - d) * inv;
    double change = 0;
    if (weighted) {
      for (std::uint32_t v = 0; v < n; ++v) {
        double sum = 0;
        for (auto r = out_edges(v, heavy.graph); r.first != r.second; ++r.first)
          sum += contribution[target(*r.first, heavy.graph)] * heavy.graph[*r.first].weight;
        next[v] = d * sum + base;
        change += std::fabs(next[v] - x[v]);
      }
    } else {
      for (std::uint32_t v = 0; v < n; ++v) {
        double sum = 0;
        for (auto r = adjacent_vertices(v, plain.graph); r.first != r.second; ++r.first) sum += contribution[*r.first];
        next[v] = d * sum + base;
        change += std::fabs(next[v] - x[v]);
      }
    }
    x.swap(next);
    if (change < static_cast<double>(n) * options.tolerance) break;
  }
  return perNode(std::move(nodes), std::move(x));
}

PerNode<double> betweenness(const Subgraph& sub, const BetweennessOptions& options) {
  CsrProjection<Csr> csr = buildCsr<Csr>(sub);
  const Csr& g = csr.graph;
  const std::uint32_t n = static_cast<std::uint32_t>(csr.nodes.size());
  std::vector<double> score(n, 0.0), sigma(n), delta(n);
  std::vector<std::int32_t> dist(n, -1);
  std::vector<std::uint32_t> order;  // BFS order, which is non-decreasing distance
  order.reserve(n);

  std::vector<std::uint32_t> sources(n);
  std::iota(sources.begin(), sources.end(), 0u);
  double scale = 1.0;
  if (options.samples > 0 && static_cast<std::uint64_t>(options.samples) < n) {
    std::mt19937_64 rng(options.seed);
    auto k = static_cast<std::size_t>(options.samples);
    for (std::size_t i = 0; i < k; ++i) {  // partial Fisher–Yates: the first k are a uniform sample
      std::uniform_int_distribution<std::size_t> pick(i, n - 1);
      std::swap(sources[i], sources[pick(rng)]);
    }
    sources.resize(k);
    scale = static_cast<double>(n) / static_cast<double>(k);
  }
  for (std::uint32_t s : sources) {
    if ((s & 63) == 0) sub.checkInterrupted();
    order.clear();
    dist[s] = 0;
    sigma[s] = 1;
    order.push_back(s);
    for (std::size_t head = 0; head < order.size(); ++head) {
      std::uint32_t v = order[head];
      for (auto r = adjacent_vertices(v, g); r.first != r.second; ++r.first) {
        std::uint32_t w = *r.first;
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          sigma[w] = 0;
          order.push_back(w);
        }
        if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    // Dependencies from the farthest nodes back: w's successors x (dist + 1) pass on
    // sigma[w]/sigma[x]·(1 + delta[x]); reading successors needs only the out-arcs.
    for (std::size_t i = order.size(); i-- > 0;) {
      std::uint32_t w = order[i];
      double dw = 0;
      for (auto r = adjacent_vertices(w, g); r.first != r.second; ++r.first) {
        std::uint32_t x = *r.first;
        if (dist[x] == dist[w] + 1) dw += sigma[w] / sigma[x] * (1.0 + delta[x]);
      }
      delta[w] = dw;
      if (w != s) score[w] += dw;
    }
    for (std::uint32_t v : order) {
      dist[v] = -1;
      delta[v] = 0;
    }
  }
  double factor = scale * (sub.direction() == Direction::Both ? 0.5 : 1.0);
  if (factor != 1.0)
    for (double& v : score) v *= factor;
  return perNode(std::move(csr.nodes), std::move(score));
}

PerNode<double> closeness(const Subgraph& sub) {
  CsrProjection<Csr> csr = buildCsr<Csr>(sub);
  const Csr& g = csr.graph;
  const std::uint32_t n = static_cast<std::uint32_t>(csr.nodes.size());
  std::vector<double> score(n, 0.0);
  std::vector<std::int32_t> dist(n, -1);
  std::vector<std::uint32_t> order;
  order.reserve(n);
  for (std::uint32_t s = 0; s < n; ++s) {
    if ((s & 63) == 0) sub.checkInterrupted();
    order.assign(1, s);
    dist[s] = 0;
    double total = 0;
    for (std::size_t head = 0; head < order.size(); ++head) {
      std::uint32_t v = order[head];
      for (auto r = adjacent_vertices(v, g); r.first != r.second; ++r.first)
        if (dist[*r.first] < 0) {
          dist[*r.first] = dist[v] + 1;
          total += dist[v] + 1;
          order.push_back(*r.first);
        }
    }
    double reached = static_cast<double>(order.size()) - 1;
    if (reached > 0 && n > 1) score[s] = reached / total * reached / static_cast<double>(n - 1);
    for (std::uint32_t v : order) dist[v] = -1;
  }
  return perNode(std::move(csr.nodes), std::move(score));
}

PerNode<double> degree(const Subgraph& sub) {
  PerNode<double> out;
  withView(sub, [&](const auto& view) {
    for (auto vr = vertices(view); vr.first != vr.second; ++vr.first) {
      NodeIndex v = *vr.first;
      double sum = 0;
      for (auto er = out_edges(v, view); er.first != er.second; ++er.first) sum += sub.weight((*er.first).edge);
      out.nodes.push_back(v);
      out.values.push_back(sum);
    }
  });
  return out;
}

}  // namespace kgq::analytics
