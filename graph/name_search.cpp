// Name search (graph/name_search.h).
#include "graph/name_search.h"

#include "graph/utf8.h"

#include <algorithm>
#include <cctype>

namespace kgq {

namespace {

// The base letter of a Latin letter with a diacritic, or 0.
char baseLetter(std::uint32_t cp) {
  // U+00C0..U+00FF, then U+0100..U+017F (Latin Extended-A), two per letter (upper, lower).
  // Generated from Unicode's canonical decompositions (æ, ø, ð, þ, đ, ł, œ ... by their look); '*'
  // marks × and ÷.
  static const char* latin1 = "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty";
  static const char* extendedA =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  if (cp >= 0xC0 && cp <= 0xFF) {
    char c = latin1[cp - 0xC0];
    return c == '*' ? 0 : c;
  }
  if (cp >= 0x100 && cp <= 0x17F) return extendedA[cp - 0x100];
  switch (cp) {  // pinyin tone marks beyond Extended-A: ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ and capitals
    case 0x1CD: case 0x1CE: return 'a';
    case 0x1CF: case 0x1D0: return 'i';
    case 0x1D1: case 0x1D2: return 'o';
    case 0x1D3: case 0x1D4: case 0x1D5: case 0x1D6: case 0x1D7: case 0x1D8: case 0x1D9: case 0x1DA:
    case 0x1DB: case 0x1DC: return 'u';
    default: return 0;
  }
}

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

std::vector<std::string> words(const std::string& folded) {
  std::vector<std::string> out;
  std::string word;
  for (char c : folded) {
    if (isWordChar(c)) {
      word += c;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  for (std::string& w : out)  // "smes" and "sme", "zones" and "zone" match
    if (w.size() > 3 && w.back() == 's') w.pop_back();
  return out;
}

bool atWordStart(const std::string& s, std::size_t at) { return at == 0 || !isWordChar(s[at - 1]); }

struct Query {
  std::string folded;
  std::vector<std::string> words;
};

double scoreCandidate(const Query& q, const std::string& candidate) {
  std::string c = foldForSearch(candidate);
  if (c.empty() || q.folded.empty()) return 0;
  double shortness = 0.05 * static_cast<double>(q.folded.size()) / static_cast<double>(std::max(c.size(), q.folded.size()));
  if (c == q.folded) return 1.0;
  std::size_t at = c.find(q.folded);
  if (at == 0) return 0.85 + shortness;
  if (at != std::string::npos) {
    for (std::size_t p = at; p != std::string::npos; p = c.find(q.folded, p + 1))
      if (atWordStart(c, p)) return 0.75 + shortness;
    return 0.65 + shortness;
  }
  if (q.words.empty()) return 0;
  std::vector<std::string> cw = words(c);
  std::size_t matched = 0;
  for (const std::string& w : q.words)
    for (const std::string& x : cw)
      if (x.compare(0, w.size(), w) == 0) {
        ++matched;
        break;
      }
  double fraction = static_cast<double>(matched) / static_cast<double>(q.words.size());
  if (matched == q.words.size())
    return 0.5 + 0.2 * std::min(1.0, static_cast<double>(q.words.size()) / static_cast<double>(cw.size())) + shortness * 0.5;
  if (fraction >= 0.5) return 0.4 * fraction;
  return 0;
}

}  // namespace

std::string foldForSearch(std::string_view text) {
  std::string s(text), out;
  out.reserve(s.size());
  bool space = true;  // drops leading white space
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t cp = decodeUtf8(s, i);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x3000) {
      if (!space) out += ' ';
      space = true;
      continue;
    }
    space = false;
    if (cp < 0x80) {
      out += static_cast<char>(std::tolower(static_cast<int>(cp)));
    } else if (cp >= 0x300 && cp <= 0x36F) {
      // a combining mark (decomposed accent): dropped
    } else if (cp == 0x2018 || cp == 0x2019) {
      out += '\'';
    } else if (cp == 0x201C || cp == 0x201D) {
      out += '"';
    } else if (cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0x2014) {
      out += '-';
    } else if (char base = baseLetter(cp)) {
      out += base;
    } else if (cp == 0xDF) {
      out += "ss";
    } else {
      appendUtf8(out, cp);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<NameMatch> searchNames(const PropertyGraph& graph, std::string_view text, const NameSearchOptions& options) {
  std::vector<NameMatch> out;
  if (!options.anyLabel && options.labels.empty()) return out;
  Query q;
  q.folded = foldForSearch(text);
  q.words = words(q.folded);
  auto nameKey = graph.keyNames().find("name");
  auto aliasKey = graph.keyNames().find("aliases");
  for (NodeIndex n = 0; n < graph.nodeSlots(); ++n) {
    if (!graph.nodeIsLive(n)) continue;
    if (!options.labels.empty() &&
        std::none_of(options.labels.begin(), options.labels.end(), [&](LabelId l) { return graph.nodeHasLabel(n, l); }))
      continue;
    double best = 0;
    if (nameKey) {
      Value name = graph.nodeProperty(n, *nameKey);
      if (name.isString()) best = scoreCandidate(q, name.asString());
    }
    if (aliasKey && best < 1.0) {
      Value aliases = graph.nodeProperty(n, *aliasKey);
      auto consider = [&](const Value& a) {
        if (a.isString()) best = std::max(best, 0.95 * scoreCandidate(q, a.asString()));
      };
      if (aliases.isList())
        for (const Value& a : aliases.asList()) consider(a);
      else
        consider(aliases);
    }
    if (best > 0) out.push_back(NameMatch{n, best});
  }
  std::stable_sort(out.begin(), out.end(), [](const NameMatch& a, const NameMatch& b) { return a.score > b.score; });
  if (options.limit && out.size() > options.limit) out.resize(options.limit);
  return out;
}

}  // namespace kgq
