// Core numbers and triangles (graph/analytics/structure.h) on an undirected CsrProjection.
// Core numbers use Batagelj and Zaversnik's bucket algorithm, O(edges): Boost.Graph's
// core_numbers keeps a heap, O(edges · log nodes) (the unit tests compare the two). Triangles
// intersect sorted neighbour lists, each edge oriented from lower to higher (degree, index) so
// every triangle is found once.
#include "graph/analytics/structure.h"

#include "graph/analytics/csr_projection.h"

#include <algorithm>
#include <stdexcept>

namespace kgq::analytics {

PerNode<std::int64_t> coreNumbers(const Subgraph& sub) {
  if (sub.direction() != Direction::Both) throw std::logic_error("coreNumbers needs an undirected subgraph");
  // On an undirected CSR: 4-byte neighbours read in order make the bucket passes about twice as
  // fast as the storage view's 12-byte entries (measured at 5·10^6 edges).
  CsrProjection<Csr> csr = buildCsr<Csr>(sub);
  const Csr& g = csr.graph;
  std::vector<NodeIndex>& nodes = csr.nodes;
  const std::uint32_t n = static_cast<std::uint32_t>(nodes.size());
  std::vector<std::uint32_t> deg(n, 0), bin, pos(n), vert(n);
  std::uint32_t maxDeg = 0;
  for (std::uint32_t v = 0; v < n; ++v) maxDeg = std::max(maxDeg, deg[v] = static_cast<std::uint32_t>(out_degree(v, g)));
  bin.assign(maxDeg + 1, 0);
  for (std::uint32_t v = 0; v < n; ++v) ++bin[deg[v]];
  std::uint32_t start = 0;
  for (std::uint32_t d = 0; d <= maxDeg; ++d) {
    std::uint32_t count = bin[d];
    bin[d] = start;
    start += count;
  }
  for (std::uint32_t v = 0; v < n; ++v) {
    pos[v] = bin[deg[v]]++;
    vert[pos[v]] = v;
  }
  for (std::uint32_t d = maxDeg; d > 0; --d) bin[d] = bin[d - 1];
  bin[0] = 0;
  // Nodes in order of current degree; removing v lowers each later neighbour's degree by one,
  // which moves it to the front of its bucket.
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint32_t v = vert[i];
    for (auto r = adjacent_vertices(v, g); r.first != r.second; ++r.first) {
      std::uint32_t u = *r.first;
      if (deg[u] > deg[v]) {
        std::uint32_t du = deg[u], pu = pos[u], pw = bin[du];
        std::uint32_t w = vert[pw];
        if (u != w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        ++bin[du];
        --deg[u];
      }
    }
  }
  PerNode<std::int64_t> out;
  out.values.assign(deg.begin(), deg.end());
  out.nodes = std::move(nodes);
  return out;
}

TriangleCounts triangles(const Subgraph& sub) {
  if (sub.direction() != Direction::Both) throw std::logic_error("triangles needs an undirected subgraph");
  CsrProjection<Csr> csr = buildCsr<Csr>(sub);
  const Csr& g = csr.graph;
  const std::uint32_t n = static_cast<std::uint32_t>(csr.nodes.size());
  // Distinct neighbours, self excluded.
  std::vector<std::uint64_t> offset(n + 1, 0);
  std::vector<std::uint32_t> neighbours;
  neighbours.reserve(num_edges(g));
  for (std::uint32_t v = 0; v < n; ++v) {
    std::size_t first = neighbours.size();
    for (auto r = adjacent_vertices(v, g); r.first != r.second; ++r.first)
      if (*r.first != v) neighbours.push_back(*r.first);
    std::sort(neighbours.begin() + first, neighbours.end());
    neighbours.erase(std::unique(neighbours.begin() + first, neighbours.end()), neighbours.end());
    offset[v + 1] = neighbours.size();
  }
  auto distinct = [&](std::uint32_t v) { return offset[v + 1] - offset[v]; };
  auto before = [&](std::uint32_t a, std::uint32_t b) {
    return distinct(a) != distinct(b) ? distinct(a) < distinct(b) : a < b;
  };
  // Forward lists: only the neighbours ranked after v, kept sorted by index.
  std::vector<std::uint64_t> fOffset(n + 1, 0);
  std::vector<std::uint32_t> forward;
  forward.reserve(neighbours.size() / 2 + 1);
  for (std::uint32_t v = 0; v < n; ++v) {
    for (std::uint64_t i = offset[v]; i < offset[v + 1]; ++i)
      if (before(v, neighbours[i])) forward.push_back(neighbours[i]);
    fOffset[v + 1] = forward.size();
  }
  std::vector<std::int64_t> count(n, 0);
  for (std::uint32_t u = 0; u < n; ++u)
    for (std::uint64_t i = fOffset[u]; i < fOffset[u + 1]; ++i) {
      std::uint32_t v = forward[i];
      const std::uint32_t *a = forward.data() + fOffset[u], *aEnd = forward.data() + fOffset[u + 1];
      const std::uint32_t *b = forward.data() + fOffset[v], *bEnd = forward.data() + fOffset[v + 1];
      while (a != aEnd && b != bEnd) {
        if (*a < *b) {
          ++a;
        } else if (*b < *a) {
          ++b;
        } else {
          ++count[u];
          ++count[v];
          ++count[*a];
          ++a;
          ++b;
        }
      }
    }
  TriangleCounts out;
  out.coefficient.resize(n, 0.0);
  for (std::uint32_t v = 0; v < n; ++v) {
    double d = static_cast<double>(distinct(v));
    if (d >= 2) out.coefficient[v] = 2.0 * static_cast<double>(count[v]) / (d * (d - 1));
  }
  out.triangles.nodes = std::move(csr.nodes);
  out.triangles.values = std::move(count);
  return out;
}

}  // namespace kgq::analytics
