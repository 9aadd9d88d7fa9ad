// Tab completion for the REPL (libedit): Cypher keywords and functions, the graph's labels,
// relationship types and property keys, :commands and their arguments, and file names.
//
// Promises: completeWord is a pure function of the line, so it is tested without a terminal;
// keywords match case-insensitively and complete in upper case; names match case-sensitively;
// after ':' inside (...) come labels, inside [...] relationship types, after '.' property keys;
// candidates are sorted and unique.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace kgq::cli {

struct CompletionVocabulary {
  std::vector<std::string> labels;
  std::vector<std::string> types;
  std::vector<std::string> keys;
};

// Candidates replacing line[start, cursor), where `line` is the text up to the cursor.
std::vector<std::string> completeWord(const std::string& line, std::size_t start, const CompletionVocabulary& vocabulary);

// Where the word under the cursor starts, for a line up to the cursor (the rules completeWord uses).
std::size_t wordStart(const std::string& line);

// Installs libedit's completion hooks; `vocabulary` is asked each time Tab is pressed.
void installCompletion(std::function<CompletionVocabulary()> vocabulary);

}  // namespace kgq::cli
