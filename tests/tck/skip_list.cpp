// Skip list reading, writing and reason inference (see skip_list.h).
#include "skip_list.h"

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace tck {
namespace {

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// The query with string literals blanked, upper-cased, so keywords inside strings do not count.
std::string queryShape(const std::string& q) {
  std::string out;
  char quote = 0;
  for (std::size_t i = 0; i < q.size(); ++i) {
    char c = q[i];
    if (quote) {
      if (c == '\\') { ++i; continue; }
      if (c == quote) { quote = 0; out += c; }
      continue;
    }
    if (c == '\'' || c == '"') quote = c;
    out += c;
  }
  return upper(out);
}

}  // namespace

std::string scenarioKey(const std::string& relativePath, const std::string& name, int exampleIndex) {
  std::string key = relativePath + ":" + name;
  if (exampleIndex > 0) key += " [example " + std::to_string(exampleIndex) + "]";
  return key;
}

SkipList parseSkipList(const std::string& text) {
  SkipList list;
  std::istringstream in(text);
  std::string raw;
  int lineNo = 0;
  while (std::getline(in, raw)) {
    ++lineNo;
    std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    SkipEntry e;
    e.line = lineNo;
    std::size_t hash = line.find("  # ");
    if (hash == std::string::npos) hash = line.rfind(" # ");
    if (hash == std::string::npos) {
      e.key = line;
      list.problems.push_back("line " + std::to_string(lineNo) + ": no '  # reason'");
    } else {
      e.key = trim(line.substr(0, hash));
      e.reason = trim(line.substr(hash + 3));
      if (e.reason.empty()) list.problems.push_back("line " + std::to_string(lineNo) + ": empty reason");
      if (e.reason.rfind("TODO", 0) == 0)
        list.problems.push_back("line " + std::to_string(lineNo) + ": reason not categorised yet (TODO)");
    }
    if (list.entries.count(e.key)) list.problems.push_back("line " + std::to_string(lineNo) + ": duplicate entry");
    list.entries[e.key] = e;
  }
  return list;
}

SkipList readSkipList(const std::string& path, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    if (error) *error = "cannot read skip list " + path;
    return {};
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return parseSkipList(ss.str());
}

std::string inferSkipReason(const Outcome& o) {
  std::smatch m;
  const std::string& msg = o.errorMessage;
  static const std::regex notSupported(R"((\S(?:.*?\S)?) (?:is|are) not supported yet)");
  if (std::regex_search(msg, m, notSupported)) {
    std::string what = m[1];
    std::string shape = upper(what);
    static const std::set<std::string> writes = {"CREATE", "MERGE", "SET", "DELETE", "DETACH DELETE", "REMOVE"};
    if (writes.count(shape)) return "writes: " + what + " not supported";
    return what + " not supported";
  }
  static const std::regex unknownFunction(R"(Unknown function '([^']+)')");
  if (std::regex_search(msg, m, unknownFunction)) {
    std::string f = m[1];
    static const std::set<std::string> temporal = {"date", "datetime", "localdatetime", "time", "localtime", "duration"};
    std::string lf = f;
    for (char& c : lf) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string base = lf.substr(0, lf.find('.'));
    if (temporal.count(base)) return "temporal types: function " + f + "() not supported";
    return "function " + f + "() not supported";
  }
  if (msg.find("A node id must be a string") != std::string::npos)
    return "integer property named id: kgq reserves n.id for the node's string id (SPEC section 2)";
  static const std::regex lateError(R"(^expected \w+ at compile time .*, got Runtime error: .*\(at runtime\)$)");
  if (std::regex_match(o.reason, lateError))
    return "compile-time type and argument checking: kgq raises this error at runtime";
  if (o.reason.rfind("unsupported step:", 0) == 0) {
    if (o.reason.find("procedure") != std::string::npos) return "CALL procedures: TCK procedure definitions not supported";
    return "TCK step not supported: " + o.reason.substr(18);
  }
  if (o.reason.find("Syntax error") != std::string::npos || msg.find("Syntax error") != std::string::npos) {
    const std::string shape = queryShape(o.query);
    struct Keyword { const char* text; const char* feature; };
    static const Keyword keywords[] = {
        {"FOREACH", "FOREACH"}, {"LOAD CSV", "LOAD CSV"}, {"REDUCE(", "reduce()"}, {"REDUCE (", "reduce()"},
        {"CALL ", "CALL procedures"}, {"EXISTS", "EXISTS"}, {"COUNT {", "COUNT subqueries"},
        {"SHORTESTPATH", "shortestPath"}, {"MERGE", "MERGE"}, {"OPTIONAL MATCH", "OPTIONAL MATCH"},
        {"DETACH DELETE", "DETACH DELETE"}, {"REMOVE", "REMOVE"}, {"USE ", "USE (multiple graphs)"}};
    for (const auto& k : keywords)
      if (shape.find(k.text) != std::string::npos) return std::string(k.feature) + " syntax not supported";
  }
  return "";
}

bool writeSkipList(const std::string& path, const std::vector<SkipEntry>& entries) {
  std::ofstream out(path);
  if (!out) return false;
  out << "# kgq TCK skip list: scenarios the CI run does not count, one a line:\n"
         "#   <path relative to the TCK root>:<scenario name>[ [example N]]  # <reason: the unsupported feature>\n"
         "# Generated by kgq-tck --write-skip-list, then reviewed by hand. It may only shrink:\n"
         "# run kgq-tck --check-skips to find entries that pass now, and delete them.\n";
  for (const auto& e : entries) out << e.key << "  # " << (e.reason.empty() ? "TODO: categorise" : e.reason) << "\n";
  return static_cast<bool>(out);
}

}  // namespace tck
