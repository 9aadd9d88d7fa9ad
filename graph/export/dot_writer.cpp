#include "graph/export/dot_writer.h"

#include <map>
#include <unordered_map>
#include <unordered_set>

namespace kgq::exportgraph {
namespace {

// ColorBrewer Set3 and Pastel1: light fills that keep black text readable.
const char* const kPalette[] = {"#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69",
                                "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f", "#a6cee3", "#b2df8a",
                                "#fb9a99", "#fdbf6f", "#cab2d6", "#ffff99"};
constexpr std::size_t kPaletteSize = sizeof kPalette / sizeof kPalette[0];

// Valid UTF-8 without control characters (invalid bytes become U+FFFD, controls a space).
std::string cleanText(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    std::uint32_t cp;
    if (!decodeUtf8(s, i, cp)) {
      out += "\xEF\xBF\xBD";
      continue;
    }
    if (cp < 0x20 && cp != '\n') {
      out += ' ';
      continue;
    }
    out.append(s, start, i - start);
  }
  return out;
}

// A DOT double-quoted string. "\n" inside stays a DOT line break.
std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : cleanText(s)) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string html(std::string_view s) {
  std::string out;
  for (char c : cleanText(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "<br/>"; break;
      default: out += c;
    }
  }
  return out;
}

// Code points of s (for cutting and wrapping without splitting a character).
std::vector<std::string> characters(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    std::uint32_t cp;
    decodeUtf8(s, i, cp);
    out.emplace_back(s.substr(start, i - start));
  }
  return out;
}

}  // namespace

std::string dotLabelText(const std::string& name) {
  constexpr std::size_t kMax = 40, kLine = 22;
  std::vector<std::string> chars = characters(cleanText(name));
  bool cut = chars.size() > kMax;
  if (cut) {
    chars.resize(kMax - 1);
    chars.push_back("\u2026");
  }
  // Words (counted in characters), then lines of at most kLine characters where words allow.
  std::string out, word;
  std::size_t lineLength = 0, wordLength = 0;
  auto flushWord = [&] {
    if (wordLength == 0) return;
    if (lineLength > 0 && lineLength + 1 + wordLength > kLine) {
      out += "\n";
      lineLength = 0;
    } else if (lineLength > 0) {
      out += " ";
      ++lineLength;
    }
    out += word;
    lineLength += wordLength;
    word.clear();
    wordLength = 0;
  };
  for (const std::string& c : chars) {
    if (c == " " || c == "\n") {
      flushWord();
      continue;
    }
    word += c;
    ++wordLength;
  }
  flushWord();
  return out;
}

void writeDot(const PropertyGraph& graph, const GraphSelection& selection, std::ostream& out) {
  // Colours: by the order in which primary labels first appear in the whole graph.
  std::unordered_map<LabelId, std::size_t> colourOf;
  for (NodeIndex n = 0; n < graph.nodeSlots(); ++n) {
    if (!graph.nodeIsLive(n) || graph.nodeLabels(n).empty()) continue;
    colourOf.emplace(graph.nodeLabels(n)[0], colourOf.size() % kPaletteSize);
  }
  auto fill = [&](NodeIndex n) -> std::string {
    if (graph.nodeLabels(n).empty()) return "#ffffff";
    return kPalette[colourOf[graph.nodeLabels(n)[0]]];
  };

  out << "digraph kgq {\n"
         "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, pad=0.3, nodesep=0.2, ranksep=0.9, "
         "overlap=false, splines=true, outputorder=edgesfirst];\n"
         "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, color=\"#666666\", "
         "penwidth=0.8, margin=\"0.12,0.05\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#8a8a8a\", fontcolor=\"#555555\", arrowsize=0.6];\n";
  std::map<std::string, std::pair<std::size_t, std::string>> legend;  // label -> count, colour
  std::unordered_set<std::string> ids;
  for (NodeIndex n : selection.nodes) {
    const std::string id(graph.nodeId(n));
    ids.insert(id);
    std::string labels = joinedLabels(graph, n);
    out << "  " << quoted(id) << " [label=" << quoted(dotLabelText(displayName(graph, n)))
        << ", fillcolor=\"" << fill(n) << "\", tooltip=" << quoted(id + "\n" + labels) << "];\n";
    std::string primary = graph.nodeLabels(n).empty() ? "(no label)" : graph.labelNames().name(graph.nodeLabels(n)[0]);
    auto& entry = legend[primary];
    ++entry.first;
    entry.second = fill(n);
  }
  for (EdgeIndex e : selection.edges) {
    const std::string& type = graph.typeNames().name(graph.edgeType(e));
    out << "  " << quoted(graph.nodeId(graph.edgeSource(e))) << " -> " << quoted(graph.nodeId(graph.edgeTarget(e)))
        << " [label=" << quoted(type) << "];\n";
  }
  if (!legend.empty()) {
    std::string legendId = "legend";
    while (ids.count(legendId)) legendId = "_" + legendId;
    out << "  " << quoted(legendId)
        << " [shape=plaintext, style=\"\", margin=0, label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" "
           "cellpadding=\"4\" color=\"#999999\"><tr><td colspan=\"2\"><b>Labels</b></td></tr>";
    for (const auto& [label, entry] : legend)
      out << "<tr><td bgcolor=\"" << entry.second << "\" align=\"left\">" << html(label) << "</td><td align=\"right\">"
          << entry.first << "</td></tr>";
    out << "</table>>];\n";
  }
  out << "}\n";
}

}  // namespace kgq::exportgraph
