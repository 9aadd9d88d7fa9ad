// Gherkin reader for TCK feature files (see gherkin.h).
#include "gherkin.h"

#include <fstream>
#include <sstream>

namespace tck {
namespace {

std::string trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return s.substr(b, e - b);
}

bool startsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

std::size_t indentOf(const std::string& line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i;
}

// Splits a `| a | b |` row into its trimmed, unescaped cells. Returns false if it is not a row.
bool splitRow(const std::string& trimmed, std::vector<std::string>& cells) {
  cells.clear();
  if (trimmed.empty() || trimmed[0] != '|') return false;
  std::string cell;
  bool open = false;  // inside a cell (after a '|')
  for (std::size_t i = 0; i < trimmed.size(); ++i) {
    char c = trimmed[i];
    if (c == '\\' && i + 1 < trimmed.size()) {
      char n = trimmed[i + 1];
      if (n == '|') { cell += '|'; ++i; continue; }
      if (n == '\\') { cell += '\\'; ++i; continue; }
      if (n == 'n') { cell += '\n'; ++i; continue; }
      cell += c;
      continue;
    }
    if (c == '|') {
      if (open) cells.push_back(trim(cell));
      cell.clear();
      open = true;
      continue;
    }
    cell += c;
  }
  // Text after the last '|' (a missing closing bar) still counts as a cell if non-blank.
  if (!trim(cell).empty()) cells.push_back(trim(cell));
  return true;
}

std::string replacePlaceholders(std::string text, const std::vector<std::string>& names,
                                const std::vector<std::string>& values) {
  for (std::size_t k = 0; k < names.size() && k < values.size(); ++k) {
    const std::string key = "<" + names[k] + ">";
    std::size_t pos = 0;
    while ((pos = text.find(key, pos)) != std::string::npos) {
      text.replace(pos, key.size(), values[k]);
      pos += values[k].size();
    }
  }
  return text;
}

struct ExamplesBlock {
  std::vector<std::string> tags;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> rowLines;
};

struct RawScenario {
  std::string name;
  int line = 0;
  bool outline = false;
  std::vector<std::string> tags;
  std::vector<Step> steps;
  std::vector<ExamplesBlock> examples;
  std::string problem;
};

}  // namespace

Feature parseFeature(const std::string& text, const std::string& path) {
  Feature feature;
  feature.path = path;

  std::vector<std::string> lines;
  {
    std::istringstream in(text);
    std::string l;
    while (std::getline(in, l)) {
      if (!l.empty() && l.back() == '\r') l.pop_back();
      lines.push_back(l);
    }
  }

  std::vector<std::string> featureTags, ruleTags, pendingTags;
  std::vector<Step> background;
  std::vector<RawScenario> raws;
  enum class Section { None, Background, Scenario, Examples } section = Section::None;
  Step* lastStep = nullptr;  // the step a doc string or table attaches to
  std::vector<std::string> cells;

  auto currentSteps = [&]() -> std::vector<Step>* {
    if (section == Section::Background) return &background;
    if (section == Section::Scenario && !raws.empty()) return &raws.back().steps;
    return nullptr;
  };

  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& raw = lines[i];
    const std::string t = trim(raw);
    const int lineNo = static_cast<int>(i) + 1;
    if (t.empty()) continue;
    if (t[0] == '#') continue;

    if (t[0] == '@') {
      std::istringstream in(t);
      std::string tag;
      while (in >> tag) {
        if (tag[0] == '#') break;
        if (tag[0] == '@') pendingTags.push_back(tag.substr(1));
      }
      continue;
    }

    // Doc strings: attach to the last step.
    if (startsWith(t, "\"\"\"") || startsWith(t, "```")) {
      const std::string delim = t.substr(0, 3);
      const std::size_t indent = indentOf(raw);
      std::string body;
      bool closed = false;
      std::size_t j = i + 1;
      for (; j < lines.size(); ++j) {
        if (trim(lines[j]) == delim) { closed = true; break; }
        std::string content = lines[j];
        // Strip up to `indent` leading whitespace characters.
        std::size_t k = 0;
        while (k < indent && k < content.size() && (content[k] == ' ' || content[k] == '\t')) ++k;
        content = content.substr(k);
        if (!body.empty() || j > i + 1) body += '\n';
        body += content;
      }
      if (lastStep && (section == Section::Scenario || section == Section::Background)) {
        lastStep->hasDocString = true;
        lastStep->docString = body;
        if (!closed && !raws.empty() && section == Section::Scenario)
          raws.back().problem = "unterminated doc string at line " + std::to_string(lineNo);
      }
      i = closed ? j : lines.size();
      continue;
    }

    if (splitRow(t, cells)) {
      if (section == Section::Examples && !raws.empty() && !raws.back().examples.empty()) {
        ExamplesBlock& ex = raws.back().examples.back();
        if (ex.header.empty()) {
          ex.header = cells;
        } else {
          if (cells.size() != ex.header.size())
            raws.back().problem = "Examples row at line " + std::to_string(lineNo) + " has " +
                                  std::to_string(cells.size()) + " cells, header has " +
                                  std::to_string(ex.header.size());
          ex.rows.push_back(cells);
          ex.rowLines.push_back(lineNo);
        }
      } else if (lastStep) {
        if (!lastStep->table.empty() && lastStep->table.front().size() != cells.size() &&
            section == Section::Scenario && !raws.empty())
          raws.back().problem = "table row at line " + std::to_string(lineNo) + " has " +
                                std::to_string(cells.size()) + " cells, expected " +
                                std::to_string(lastStep->table.front().size());
        lastStep->table.push_back(cells);
      }
      continue;
    }

    // Keyword lines.
    auto keywordRest = [&](const std::string& kw) -> std::string { return trim(t.substr(kw.size())); };
    if (startsWith(t, "Feature:")) {
      feature.name = keywordRest("Feature:");
      featureTags = pendingTags;
      pendingTags.clear();
      section = Section::None;
      lastStep = nullptr;
      continue;
    }
    if (startsWith(t, "Rule:")) {
      ruleTags = pendingTags;
      pendingTags.clear();
      section = Section::None;
      lastStep = nullptr;
      continue;
    }
    if (startsWith(t, "Background:")) {
      pendingTags.clear();
      section = Section::Background;
      lastStep = nullptr;
      continue;
    }
    const char* outlineKeywords[] = {"Scenario Outline:", "Scenario Template:"};
    const char* scenarioKeywords[] = {"Scenario:", "Example:"};
    bool matched = false;
    for (int outline = 1; outline >= 0 && !matched; --outline) {
      const char* const* kws = outline ? outlineKeywords : scenarioKeywords;
      for (int k = 0; k < 2; ++k) {
        if (startsWith(t, kws[k])) {
          RawScenario s;
          s.name = keywordRest(kws[k]);
          s.line = lineNo;
          s.outline = outline != 0;
          s.tags = featureTags;
          s.tags.insert(s.tags.end(), ruleTags.begin(), ruleTags.end());
          s.tags.insert(s.tags.end(), pendingTags.begin(), pendingTags.end());
          pendingTags.clear();
          raws.push_back(std::move(s));
          section = Section::Scenario;
          lastStep = nullptr;
          matched = true;
          break;
        }
      }
    }
    if (matched) continue;
    if (startsWith(t, "Examples:") || startsWith(t, "Scenarios:")) {
      if (!raws.empty()) {
        ExamplesBlock ex;
        ex.tags = pendingTags;
        raws.back().examples.push_back(ex);
        if (!raws.back().outline) raws.back().problem = "Examples in a plain Scenario";
      }
      pendingTags.clear();
      section = Section::Examples;
      lastStep = nullptr;
      continue;
    }

    // Steps.
    const char* stepKeywords[] = {"Given ", "When ", "Then ", "And ", "But ", "* "};
    bool isStep = false;
    for (const char* kw : stepKeywords) {
      if (startsWith(t, kw)) {
        std::vector<Step>* steps = currentSteps();
        if (steps) {
          Step st;
          st.keyword = trim(kw);
          st.text = keywordRest(kw);
          st.line = lineNo;
          steps->push_back(std::move(st));
          lastStep = &steps->back();
        }
        isStep = true;
        break;
      }
    }
    if (isStep) continue;
    // Free text (a feature or scenario description): ignored.
  }

  for (RawScenario& r : raws) {
    if (!r.outline) {
      Scenario s;
      s.name = r.name;
      s.line = r.line;
      s.tags = r.tags;
      s.steps = background;
      s.steps.insert(s.steps.end(), r.steps.begin(), r.steps.end());
      s.problem = r.problem;
      feature.scenarios.push_back(std::move(s));
      continue;
    }
    int index = 0;
    bool any = false;
    for (const ExamplesBlock& ex : r.examples) {
      for (std::size_t row = 0; row < ex.rows.size(); ++row) {
        any = true;
        Scenario s;
        s.name = r.name;
        s.line = ex.rowLines[row];
        s.exampleIndex = ++index;
        s.tags = r.tags;
        s.tags.insert(s.tags.end(), ex.tags.begin(), ex.tags.end());
        s.problem = r.problem;
        s.steps = background;
        for (Step st : r.steps) {
          st.text = replacePlaceholders(st.text, ex.header, ex.rows[row]);
          st.docString = replacePlaceholders(st.docString, ex.header, ex.rows[row]);
          for (auto& tr : st.table)
            for (auto& c : tr) c = replacePlaceholders(c, ex.header, ex.rows[row]);
          s.steps.push_back(std::move(st));
        }
        feature.scenarios.push_back(std::move(s));
      }
    }
    if (!any) {  // an outline without examples still shows up, as a scenario that cannot run
      Scenario s;
      s.name = r.name;
      s.line = r.line;
      s.tags = r.tags;
      s.steps = background;
      s.steps.insert(s.steps.end(), r.steps.begin(), r.steps.end());
      s.problem = "Scenario Outline without Examples rows";
      feature.scenarios.push_back(std::move(s));
    }
  }
  return feature;
}

Feature readFeatureFile(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = "cannot read " + path;
    Feature f;
    f.path = path;
    return f;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return parseFeature(ss.str(), path);
}

}  // namespace tck
