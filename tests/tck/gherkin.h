// Gherkin reader for TCK feature files.
//
// Reads the subset of Gherkin the openCypher TCK uses: Feature, Background, Scenario (and its
// synonym Example), Scenario Outline / Scenario Template with `<placeholder>`s and one or more
// Examples / Scenarios tables, Rule (scenarios inside it are read as usual), tags (`@x`), `#`
// comments, doc strings delimited by `"""` or ``` (indentation stripped relative to the opening
// delimiter, optional content type ignored) and data tables with `|` cells (escapes `\|`, `\\`,
// `\n` as in Cucumber).
//
// Promises: readFeature never throws on odd input; text it does not understand outside a scenario
// is ignored, and a malformed construct inside a scenario (an unterminated doc string, a ragged
// table) is recorded in Scenario::problem so the runner can fail that one scenario. Outlines come
// out already expanded: one Scenario per Examples row, placeholders replaced in step text, doc
// strings and table cells, `exampleIndex` counting rows 1.. across all Examples blocks of the
// outline. Background steps are prepended to every scenario.
#pragma once

#include <string>
#include <vector>

namespace tck {

using Table = std::vector<std::vector<std::string>>;

struct Step {
  std::string keyword;  // Given / When / Then / And / But / *
  std::string text;     // the rest of the line, trimmed
  int line = 0;
  bool hasDocString = false;
  std::string docString;
  Table table;  // empty if the step has none
};

struct Scenario {
  std::string name;      // as written (for outlines, the unexpanded name)
  int line = 0;          // the Scenario line, or for an outline example the Examples row line
  int exampleIndex = 0;  // 0 for a plain scenario; 1.. for expanded outline rows
  std::vector<std::string> tags;  // feature, rule, scenario and Examples tags, without '@'
  std::vector<Step> steps;        // background steps first
  std::string problem;            // non-empty if the reader could not read the scenario properly
};

struct Feature {
  std::string path;
  std::string name;
  std::vector<Scenario> scenarios;
};

// Reads a feature from its text; `path` is only recorded.
Feature parseFeature(const std::string& text, const std::string& path);
// Reads a feature file; an unreadable file gives a Feature with no scenarios and `error` set.
Feature readFeatureFile(const std::string& path, std::string* error);

}  // namespace tck
