#include "cli/completion.h"

#include <editline/readline.h>

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>

namespace kgq::cli {
namespace {

const char* const kKeywords[] = {
    "MATCH", "OPTIONAL", "WHERE", "WITH", "UNWIND", "RETURN", "DISTINCT", "ORDER", "BY", "ASC", "ASCENDING",
    "DESC", "DESCENDING", "SKIP", "LIMIT", "UNION", "ALL", "AS", "AND", "OR", "XOR", "NOT", "IS", "NULL", "IN",
    "STARTS", "ENDS", "CONTAINS", "CASE", "WHEN", "THEN", "ELSE", "END", "TRUE", "FALSE", "CREATE", "MERGE", "SET",
    "REMOVE", "DELETE", "DETACH", "CALL", "YIELD", "EXPLAIN", "PROFILE", "EXISTS", "ANY", "NONE", "SINGLE"};
const char* const kFunctions[] = {"abs(", "avg(", "coalesce(", "collect(", "count(", "endNode(", "head(", "id(",
                                  "keys(", "labels(", "last(", "length(", "max(", "min(", "nodes(", "properties(",
                                  "range(", "relationships(", "round(", "size(", "startNode(", "sum(", "toFloat(",
                                  "toInteger(", "toLower(", "toString(", "toUpper(", "trim(", "type("};
const char* const kCommands[] = {":help", ":schema", ":load", ":save", ":export", ":param",
                                 ":params", ":format", ":timing", ":maxhops", ":quit"};
const char* const kExportFormats[] = {"graphml", "json", "csv", "cypher", "dot", "svg", "png"};

bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

bool startsWithNoCase(const std::string& s, const std::string& prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }

std::vector<std::string> words(const std::string& line) {
  std::vector<std::string> out;
  std::string current;
  for (char c : line) {
    if (c == ' ' || c == '\t') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  out.push_back(current);  // the word being typed (maybe empty)
  return out;
}

std::vector<std::string> fileNames(const std::string& partial) {
  std::size_t slash = partial.rfind('/');
  std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : partial.substr(0, slash));
  std::string prefix = slash == std::string::npos ? "" : partial.substr(0, slash + 1);
  std::string base = slash == std::string::npos ? partial : partial.substr(slash + 1);
  if (!prefix.empty() && prefix[0] == '~') {
    const char* home = std::getenv("HOME");
    if (home) dir = std::string(home) + dir.substr(1);
  }
  std::vector<std::string> out;
  DIR* d = opendir(dir.c_str());
  if (!d) return out;
  while (dirent* entry = readdir(d)) {
    std::string name = entry->d_name;
    if (name == "." || name == ".." || !startsWith(name, base)) continue;
    if (name[0] == '.' && (base.empty() || base[0] != '.')) continue;
    struct stat st;
    bool isDir = stat((dir + "/" + name).c_str(), &st) == 0 && S_ISDIR(st.st_mode);
    out.push_back(prefix + name + (isDir ? "/" : ""));
  }
  closedir(d);
  return out;
}

// Whether the innermost unclosed bracket before `end` is '[' (else '(' or none).
char openBracket(const std::string& line, std::size_t end) {
  int depth = 0;
  for (std::size_t i = end; i-- > 0;) {
    char c = line[i];
    if (c == ')' || c == ']' || c == '}') ++depth;
    else if (c == '(' || c == '[' || c == '{') {
      if (depth == 0) return c;
      --depth;
    }
  }
  return 0;
}

}  // namespace

std::size_t wordStart(const std::string& line) {
  std::string trimmed = line.substr(line.find_first_not_of(" \t") == std::string::npos ? line.size()
                                                                                          : line.find_first_not_of(" \t"));
  std::vector<std::string> w = words(trimmed);
  bool exportQuery = w.size() > 3 && w[0] == ":export";  // the query of :export is Cypher
  if (!trimmed.empty() && trimmed[0] == ':' && !exportQuery) {  // a command: words are space-separated
    std::size_t space = line.find_last_of(" \t");
    return space == std::string::npos ? line.find(':') : space + 1;
  }
  std::size_t i = line.size();
  while (i > 0 && isWordChar(line[i - 1])) --i;
  return i;
}

std::vector<std::string> completeWord(const std::string& line, std::size_t start, const CompletionVocabulary& vocab) {
  std::string word = line.substr(start);
  std::string before = line.substr(0, start);
  std::vector<std::string> out;
  std::size_t firstNonSpace = line.find_first_not_of(" \t");
  if (firstNonSpace != std::string::npos && line[firstNonSpace] == ':') {
    std::vector<std::string> w = words(line.substr(firstNonSpace));
    if (w.size() == 1) {
      for (const char* c : kCommands)
        if (startsWith(c, word)) out.push_back(c);
    } else if (w[0] == ":export" && w.size() == 2) {
      for (const char* f : kExportFormats)
        if (startsWith(f, word)) out.push_back(f);
    } else if ((w[0] == ":load" || w[0] == ":save") && w.size() == 2) {
      out = fileNames(word);
    } else if (w[0] == ":export" && w.size() == 3) {
      out = fileNames(word);
    } else if (w[0] == ":format" && w.size() == 2) {
      for (const char* f : {"table", "csv", "json"})
        if (startsWith(f, word)) out.push_back(f);
    } else if (w[0] == ":timing" && w.size() == 2) {
      for (const char* f : {"on", "off"})
        if (startsWith(f, word)) out.push_back(f);
    } else if (w[0] == ":export" && w.size() > 3) {
      // the query of :export: complete it as Cypher below
      firstNonSpace = std::string::npos;
    }
    if (firstNonSpace != std::string::npos) {
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
      return out;
    }
  }
  char previous = start > 0 ? line[start - 1] : ' ';
  if (previous == ':') {
    const auto& names = openBracket(line, start - 1) == '[' ? vocab.types : vocab.labels;
    for (const std::string& n : names)
      if (startsWith(n, word)) out.push_back(n);
  } else if (previous == '.') {
    for (const std::string& k : vocab.keys)
      if (startsWith(k, word)) out.push_back(k);
  } else if (previous == '{' || (previous == ' ' && !before.empty() && openBracket(line, start) == '{')) {
    for (const std::string& k : vocab.keys)
      if (startsWith(k, word)) out.push_back(k);
  } else if (!word.empty()) {
    for (const char* k : kKeywords)
      if (startsWithNoCase(k, word)) out.push_back(k);
    for (const char* f : kFunctions)
      if (startsWithNoCase(f, word)) out.push_back(f);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

std::function<CompletionVocabulary()> vocabularySource;
std::vector<std::string> pending;

char* nextCandidate(const char*, int state) {
  static std::size_t index;
  if (state == 0) index = 0;
  if (index >= pending.size()) return nullptr;
  return strdup(pending[index++].c_str());
}

char** attemptCompletion(const char* text, int start, int end) {
  rl_attempted_completion_over = 1;
  std::string line(rl_line_buffer, static_cast<std::size_t>(std::max(end, 0)));
  std::size_t ours = wordStart(line);
  CompletionVocabulary vocab = vocabularySource ? vocabularySource() : CompletionVocabulary{};
  std::vector<std::string> candidates = completeWord(line, ours, vocab);
  // libedit replaces line[start, end) with the candidate; our word may start earlier (file names
  // with '.' or '/'), so drop the part before `start` (and skip candidates that do not share it).
  pending.clear();
  std::size_t skip = static_cast<std::size_t>(start) > ours ? static_cast<std::size_t>(start) - ours : 0;
  std::string typed = line.substr(ours, skip);
  for (const std::string& c : candidates)
    if (c.compare(0, skip, typed) == 0) pending.push_back(c.substr(skip));
  bool noSpace = !pending.empty() && (pending[0].back() == '/' || pending[0].back() == '(');
  rl_completion_append_character = noSpace && pending.size() == 1 ? '\0' : ' ';
  if (pending.empty()) return nullptr;
  return rl_completion_matches(text, nextCandidate);
}

}  // namespace

void installCompletion(std::function<CompletionVocabulary()> vocabulary) {
  vocabularySource = std::move(vocabulary);
  static char breaks[] = " \t\n()[]{},;=<>+-*/%^.:\"'|$!~";
  rl_completer_word_break_characters = breaks;
  rl_basic_word_break_characters = breaks;
  rl_attempted_completion_function = attemptCompletion;
}

}  // namespace kgq::cli
