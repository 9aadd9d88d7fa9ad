// Name search: finds nodes by what people call them, matching a text against each node's `name`
// and `aliases` (a string or a list of strings) case- and accent-insensitively, by whole text,
// prefix, substring and tokens, and ranks the matches. What db.search runs.
//
// Ranking (score in (0, 1], best first, ties by NodeIndex): the text equals the name (1.0),
// starts it (0.9), appears in it at a word start (0.8) or anywhere (0.7); otherwise every word of
// the text is a word of the name, or a prefix of one, with plural `s` ignored (0.5 + 0.2 ×
// query words / name words), or at least half of them are (0.4 × the matched fraction). Shorter
// names gain up to 0.05 within a class; a match on an alias scores 0.95 × that on a name.
#pragma once

#include "graph/property_graph.h"

#include <string>
#include <string_view>
#include <vector>

namespace kgq {

// Lower-cased, accents removed (Latin letters of U+00C0..U+024F including pinyin tone marks,
// combining marks dropped), typographic quotes as ASCII, runs of white space as one space.
std::string foldForSearch(std::string_view text);

struct NameMatch {
  NodeIndex node;
  double score;
};

struct NameSearchOptions {
  std::vector<LabelId> labels;  // only nodes with one of these labels; empty: all
  bool anyLabel = true;         // false with empty `labels`: no node qualifies (unknown labels)
  std::size_t limit = 0;        // 0: every match
};

std::vector<NameMatch> searchNames(const PropertyGraph& graph, std::string_view text, const NameSearchOptions& options);

}  // namespace kgq
