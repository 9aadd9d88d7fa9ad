// kgq-golden: runs golden test files (tests/golden/**/*.test) through the public API and compares
// the exact output. The format is described in tests/golden/README.md:
//
//   graph PATH              load a kgq-graph file (relative to the .test file) into the database
//   param NAME JSON         set a query parameter for the cases that follow
//   query [rowsort]         a query, then `----`, then the expected header and rows
//   error                   a query that must fail, then `----`, then the exact error message
//   (a query that changes the graph ends its output with a line "changes: +nodes 1 ...")
//   load error PATH         a load that must fail, then `----`, then the exact error message
//
// After every failing query or load the runner also checks that the graph is unchanged.
// Usage: kgq-golden [--update] FILE...   (--update rewrites the expected blocks in place)
#include <kgq/kgq.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Case {
  std::string kind;      // query, error, load error
  bool rowsort = false;
  std::size_t line = 0;  // where the case starts
  std::string body;      // the query text, or the path for load error
  std::vector<std::string> expected;
  std::size_t expectedBegin = 0, expectedEnd = 0;  // line indexes of the expected block
};

std::string trimRight(const std::string& s) {
  std::size_t e = s.find_last_not_of(" \t\r");
  return e == std::string::npos ? "" : s.substr(0, e + 1);
}

std::string directoryOf(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

std::vector<std::string> splitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(trimRight(line));
  return lines;
}

// What a write query changed, TCK style: "changes: +nodes 1 +labels 1 +properties 2".
std::string renderChanges(const kgq::WriteStats& s) {
  std::string out = "changes:";
  auto add = [&](const char* name, std::size_t n) {
    if (n) out += std::string(" ") + name + " " + std::to_string(n);
  };
  add("+nodes", s.nodesCreated);
  add("-nodes", s.nodesDeleted);
  add("+relationships", s.relationshipsCreated);
  add("-relationships", s.relationshipsDeleted);
  add("+labels", s.labelsAdded);
  add("-labels", s.labelsRemoved);
  add("+properties", s.propertiesSet);
  add("-properties", s.propertiesRemoved);
  return out;
}

std::vector<std::string> renderResult(const kgq::Result& result, bool rowsort) {
  std::vector<std::string> out;
  std::string header;
  for (std::size_t i = 0; i < result.columns().size(); ++i) header += (i ? " | " : "") + result.columns()[i];
  out.push_back(header.empty() ? "(no columns)" : header);
  std::vector<std::string> rows;
  for (const auto& row : result.rows()) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) line += (i ? " | " : "") + row[i].toCypher();
    rows.push_back(trimRight(line));
  }
  if (rowsort) std::sort(rows.begin(), rows.end());
  out.insert(out.end(), rows.begin(), rows.end());
  if (result.stats().containsUpdates()) out.push_back(renderChanges(result.stats()));
  return out;
}

// Everything in the graph, as text: a failed query or load must leave it identical.
std::string fingerprint(kgq::Database& db) {
  kgq::Connection conn(db);
  std::string out = std::to_string(db.nodeCount()) + " nodes, " + std::to_string(db.edgeCount()) + " edges\n";
  for (const char* q : {"MATCH (n) RETURN n ORDER BY n.id", "MATCH (a)-[r]->(b) RETURN a.id, r, b.id"}) {
    kgq::Result r = conn.run(q);
    for (const auto& line : renderResult(r, true)) out += line + "\n";
  }
  return out;
}

class GoldenFile {
 public:
  explicit GoldenFile(std::string path) : path_(std::move(path)), directory_(directoryOf(path_)) {}

  // Runs every case; returns the number of failures (and -1 if the file itself is malformed).
  int run(bool update);

 private:
  std::string path_, directory_;
  std::vector<std::string> lines_;
  kgq::Database db_;
  kgq::Params params_;

  void report(const Case& c, const std::vector<std::string>& actual, const std::string& note = "") const {
    std::cerr << path_ << ":" << c.line << ": " << c.kind << " failed" << (note.empty() ? "" : " (" + note + ")")
              << "\n  query: " << c.body << "\n  expected:\n";
    for (const auto& l : c.expected) std::cerr << "    " << l << "\n";
    std::cerr << "  actual:\n";
    for (const auto& l : actual) std::cerr << "    " << l << "\n";
  }
};

int GoldenFile::run(bool update) {
  std::ifstream in(path_);
  if (!in) {
    std::cerr << path_ << ": cannot read\n";
    return -1;
  }
  std::stringstream text;
  text << in.rdbuf();
  lines_ = splitLines(text.str());

  int failures = 0, cases = 0;
  std::vector<std::pair<Case, std::vector<std::string>>> rewrites;
  std::size_t i = 0;
  auto malformed = [&](const std::string& what) {
    std::cerr << path_ << ":" << i + 1 << ": " << what << "\n";
    return -1;
  };
  while (i < lines_.size()) {
    const std::string& line = lines_[i];
    if (line.empty() || line[0] == '#') {
      ++i;
      continue;
    }
    if (line.rfind("graph ", 0) == 0) {
      std::string file = directory_ + "/" + line.substr(6);
      try {
        db_.loadJsonFile(file);
      } catch (const kgq::Error& e) {
        return malformed(std::string("cannot load graph: ") + e.what());
      }
      ++i;
      continue;
    }
    if (line.rfind("param ", 0) == 0) {
      std::string rest = line.substr(6);
      std::size_t space = rest.find(' ');
      if (space == std::string::npos) return malformed("param needs NAME JSON");
      kgq::Connection conn(db_);
      try {
        kgq::Result r = conn.run("RETURN " + rest.substr(space + 1) + " AS v");
        params_[rest.substr(0, space)] = r.at(0, 0);
      } catch (const kgq::Error& e) {
        return malformed(std::string("bad param value: ") + e.what());
      }
      ++i;
      continue;
    }
    Case c;
    c.line = i + 1;
    if (line == "query" || line == "query rowsort") {
      c.kind = "query";
      c.rowsort = line == "query rowsort";
    } else if (line == "error") {
      c.kind = "error";
    } else if (line.rfind("load error ", 0) == 0) {
      c.kind = "load error";
      c.body = line.substr(11);
    } else {
      return malformed("unknown directive: " + line);
    }
    ++i;
    if (c.kind != "load error") {
      std::string query;
      while (i < lines_.size() && lines_[i] != "----") query += (query.empty() ? "" : "\n") + lines_[i++];
      c.body = query;
    }
    if (i >= lines_.size() || lines_[i] != "----") return malformed("missing ---- after the case starting at line " + std::to_string(c.line));
    ++i;
    c.expectedBegin = i;
    while (i < lines_.size() && !lines_[i].empty()) c.expected.push_back(lines_[i++]);
    c.expectedEnd = i;
    ++cases;

    std::vector<std::string> actual;
    std::string note;
    if (c.kind == "query") {
      try {
        kgq::Connection conn(db_);
        actual = renderResult(conn.run(c.body, params_), c.rowsort);
      } catch (const kgq::Error& e) {
        actual = splitLines(std::string("ERROR: ") + e.what());
      }
      if (c.rowsort && c.expected.size() > 1) {
        // The changes line stays last; only the rows between header and it are sorted.
        auto end = c.expected.end();
        if (c.expected.back().rfind("changes:", 0) == 0) --end;
        std::sort(c.expected.begin() + 1, end);
      }
    } else {
      std::string before = fingerprint(db_);
      try {
        if (c.kind == "error") {
          kgq::Connection conn(db_);
          conn.run(c.body, params_);
        } else {
          db_.loadJsonFile(directory_ + "/" + c.body);
        }
        actual = {"NO ERROR"};
      } catch (const kgq::Error& e) {
        std::string message = e.what();
        if (c.kind == "load error") {
          // Messages name the file as the loader was given it: show it as the test wrote it.
          std::string given = directory_ + "/" + c.body;
          if (message.rfind(given, 0) == 0) message = c.body + message.substr(given.size());
        }
        actual = splitLines(message);
      }
      if (fingerprint(db_) != before) note = "the graph changed";
    }
    bool same = actual == c.expected && note.empty();
    if (!same) {
      if (update && note.empty()) {
        rewrites.emplace_back(c, actual);
      } else {
        ++failures;
        report(c, actual, note);
      }
    }
  }
  if (update && !rewrites.empty()) {
    std::vector<std::string> out;
    std::size_t next = 0;
    for (const auto& [c, actual] : rewrites) {
      out.insert(out.end(), lines_.begin() + static_cast<long>(next), lines_.begin() + static_cast<long>(c.expectedBegin));
      out.insert(out.end(), actual.begin(), actual.end());
      next = c.expectedEnd;
    }
    out.insert(out.end(), lines_.begin() + static_cast<long>(next), lines_.end());
    std::ofstream rewrite(path_);
    for (const auto& l : out) rewrite << l << "\n";
    std::cerr << path_ << ": updated " << rewrites.size() << " case(s)\n";
  }
  std::cout << path_ << ": " << (cases - failures) << " passed, " << failures << " failed\n";
  return failures;
}

}  // namespace

int main(int argc, char** argv) {
  bool update = false;
  std::vector<std::string> files;
  for (int a = 1; a < argc; ++a) {
    std::string arg = argv[a];
    if (arg == "--update") update = true;
    else files.push_back(arg);
  }
  if (files.empty()) {
    std::cerr << "usage: kgq-golden [--update] FILE.test...\n";
    return 2;
  }
  int failed = 0;
  for (const auto& f : files) {
    int result = GoldenFile(f).run(update);
    if (result != 0) failed = 1;
  }
  return failed;
}
