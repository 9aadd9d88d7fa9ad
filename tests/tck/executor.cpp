// Step executor (see executor.h).
#include "executor.h"

#include "comparator.h"
#include "procedure_step.h"
#include "tck_value.h"

#include <kgq/kgq.h>

#include <chrono>
#include <condition_variable>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

namespace tck {
namespace {

// Calls conn.interrupt() once the deadline passes, and keeps calling it (every 20 ms) until the
// scenario ends: Connection::run clears the flag when a query starts, so a single call could land
// between two queries and be lost.
class Watchdog {
 public:
  Watchdog(kgq::Connection& conn, double seconds)
      : conn_(conn),
        deadline_(std::chrono::steady_clock::now() +
                  std::chrono::milliseconds(static_cast<long long>(seconds * 1000))),
        thread_([this] { loop(); }) {}
  ~Watchdog() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  bool fired() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return fired_;
  }

 private:
  void loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    if (cv_.wait_until(lock, deadline_, [this] { return stop_; })) return;
    fired_ = true;
    while (!stop_) {
      conn_.interrupt();
      cv_.wait_for(lock, std::chrono::milliseconds(20), [this] { return stop_; });
    }
  }

  kgq::Connection& conn_;
  std::chrono::steady_clock::time_point deadline_;
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  bool stop_ = false;
  bool fired_ = false;
  std::thread thread_;
};

const char* kindText(kgq::ErrorKind k) {
  switch (k) {
    case kgq::ErrorKind::Syntax: return "Syntax";
    case kgq::ErrorKind::Semantic: return "Semantic";
    case kgq::ErrorKind::Runtime: return "Runtime";
    case kgq::ErrorKind::Load: return "Load";
    case kgq::ErrorKind::Io: return "Io";
    case kgq::ErrorKind::Interrupted: return "Interrupted";
    case kgq::ErrorKind::ResourceLimit: return "ResourceLimit";
  }
  return "?";
}

std::string firstLine(const std::string& s, std::size_t max = 200) {
  std::string l = s.substr(0, s.find('\n'));
  return l.size() > max ? l.substr(0, max) + "..." : l;
}

std::string indent(const std::string& text, const std::string& pad = "      ") {
  std::string out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) out += pad + line + "\n";
  return out;
}

// What one query did.
struct QueryRun {
  bool ran = false;
  bool ok = false;
  kgq::Result result;
  kgq::ErrorKind errorKind = kgq::ErrorKind::Runtime;
  std::string error;  // message, if !ok
  std::string query;
};

// The graph as the TCK observes it for side effects: the distinct labels, and each property as
// (entity, key, value). Relationships are identified by type and end ids rather than by handle,
// because a handle is a table index that deletions may shift.
struct Snapshot {
  bool ok = false;
  std::string error;
  std::set<std::string> labels;
  std::multiset<std::string> properties;
  std::multiset<std::string> nodes;          // id, labels, properties
  std::multiset<std::string> relationships;  // type, from, to, properties
};

Snapshot takeSnapshot(kgq::Connection& conn) {
  Snapshot s;
  std::map<std::string, std::string> content;  // node id -> id and content
  try {
    kgq::Result nodes = conn.run("MATCH (n) RETURN n");
    for (const auto& row : nodes.rows()) {
      if (row.empty() || row[0].kind() != kgq::ValueKind::Node) continue;
      const kgq::Node& n = row[0].asNode();
      content[n.id] = n.id + "\x1f" + formatActual(row[0]);
      s.nodes.insert(content[n.id]);
      for (const auto& l : n.labels) s.labels.insert(l);
      for (const auto& [k, v] : n.properties) s.properties.insert("n\x1f" + n.id + "\x1f" + k + "\x1f" + formatActual(v));
    }
    kgq::Result rels = conn.run("MATCH ()-[r]->() RETURN r");
    for (const auto& row : rels.rows()) {
      if (row.empty() || row[0].kind() != kgq::ValueKind::Relationship) continue;
      const kgq::Relationship& r = row[0].asRelationship();
      // Ends by id and content: kgq may reuse a deleted node's id for a node the same query creates.
      s.relationships.insert(content[r.from] + "\x1f" + content[r.to] + "\x1f" + formatActual(row[0]));
      for (const auto& [k, v] : r.properties)
        s.properties.insert("r\x1f" + r.type + "\x1f" + r.from + "\x1f" + r.to + "\x1f" + k + "\x1f" + formatActual(v));
    }
    s.ok = true;
  } catch (const std::exception& e) {
    s.error = e.what();
  }
  return s;
}

template <class Set>
std::size_t countMissingFrom(const Set& a, const Set& b) {  // |a \ b| as multisets
  std::size_t n = 0;
  Set rest = b;
  for (const auto& x : a) {
    auto it = rest.find(x);
    if (it == rest.end()) ++n;
    else rest.erase(it);
  }
  return n;
}

bool isNotSupported(const std::string& message) { return message.find("not supported") != std::string::npos; }

class ScenarioRun {
 public:
  ScenarioRun(const Scenario& sc, const ExecOptions& opt) : sc_(sc), opt_(opt) {}

  Outcome run() {
    kgq::Connection conn(db_);
    conn_ = &conn;
    Watchdog watchdog(conn, opt_.timeoutSeconds);
    try {
      if (!sc_.problem.empty()) {
        fail("cannot read scenario: " + sc_.problem);
      } else {
        for (const Step& step : sc_.steps) {
          if (!doStep(step)) break;
        }
        if (out_.reason.empty() && !main_.ran) fail("scenario has no 'executing query' step");
      }
    } catch (const std::exception& e) {
      fail(std::string("harness error: ") + e.what());
    } catch (...) {
      fail("harness error: unknown exception");
    }
    if (watchdog.fired()) {
      out_.timedOut = true;
      out_.passed = false;
      out_.reason = "timed out after " + formatDouble(opt_.timeoutSeconds) + " s";
    } else {
      out_.passed = out_.reason.empty();
    }
    out_.query = main_.ran ? main_.query : out_.query;
    out_.details = details_;
    return out_;
  }

 private:
  const Scenario& sc_;
  const ExecOptions& opt_;
  kgq::Database db_;
  kgq::Connection* conn_ = nullptr;
  Outcome out_;
  std::string details_;
  kgq::Params params_;
  QueryRun main_;     // the query under test
  QueryRun current_;  // the last query run (the main one or a control query): what results refer to
  bool errorExpected_ = false;  // an error expectation step accepted the main query's error
  Snapshot before_, after_;

  bool fail(const std::string& reason) {
    if (out_.reason.empty()) out_.reason = reason;
    return false;
  }

  QueryRun runQuery(const std::string& text) {
    QueryRun q;
    q.ran = true;
    q.query = text;
    try {
      q.result = conn_->run(text, params_);
      q.ok = true;
    } catch (const kgq::Error& e) {
      q.errorKind = e.kind();
      q.error = e.what();
    } catch (const std::exception& e) {
      q.errorKind = kgq::ErrorKind::Runtime;
      q.error = std::string("non-kgq exception: ") + e.what();
    }
    return q;
  }

  std::string queryText(const Step& step, const std::string& afterColon) {
    if (step.hasDocString) return step.docString;
    return afterColon;
  }

  bool setupQuery(const std::string& script, const std::string& what) {
    std::vector<std::string> statements;
    try {
      for (const auto& st : kgq::splitStatements(script)) statements.push_back(st.text);
    } catch (const std::exception&) {
      statements = {script};
    }
    for (const auto& text : statements) {
      QueryRun q;
      q.ran = true;
      q.query = text;
      try {
        conn_->run(text, {});
        q.ok = true;
      } catch (const std::exception& e) {
        out_.errorMessage = e.what();
        out_.query = text;
        details_ += "    " + what + " failed:\n" + indent(text) + "    error: " + firstLine(e.what(), 1000) + "\n";
        return fail("setup failed (" + what + "): " + firstLine(e.what()));
      }
    }
    return true;
  }

  // <tckRoot>/graphs/<name>/<name>.cypher; failing that, the build's default graphs folder (the
  // openCypher TCK's standard named graphs), so feature files copied elsewhere still find them.
  bool loadNamedGraph(const std::string& name) {
    std::vector<std::string> dirs;
    if (!opt_.tckRoot.empty()) dirs.push_back(opt_.tckRoot + "/graphs");
#ifdef KGQ_TCK_DEFAULT_GRAPHS
    dirs.push_back(KGQ_TCK_DEFAULT_GRAPHS);
#endif
    for (const auto& dir : dirs) {
      std::ifstream in(dir + "/" + name + "/" + name + ".cypher");
      if (!in) continue;
      std::ostringstream ss;
      ss << in.rdbuf();
      return setupQuery(ss.str(), "graph " + name);
    }
    return fail("named graph '" + name + "' not found (looked for graphs/" + name + "/" + name + ".cypher in " +
                (opt_.tckRoot.empty() ? std::string("no TCK root") : opt_.tckRoot) + ")");
  }

  bool readParameters(const Step& step) {
    for (const auto& row : step.table) {
      if (row.size() != 2) return fail("parameter table rows need 2 cells");
      try {
        params_[row[0]] = toKgq(parseValue(row[1]));
      } catch (const std::exception& e) {
        return fail(std::string("bad parameter value: ") + e.what());
      }
    }
    return true;
  }

  bool executeMain(const std::string& text) {
    before_ = takeSnapshot(*conn_);
    main_ = runQuery(text);
    current_ = main_;
    after_ = takeSnapshot(*conn_);
    details_ += "    query:\n" + indent(text);
    if (!params_.empty()) {
      details_ += "    parameters:";
      for (const auto& [k, v] : params_) details_ += " $" + k + " = " + formatActual(v) + ";";
      details_ += "\n";
    }
    if (!main_.ok) details_ += "    error (" + std::string(kindText(main_.errorKind)) + "): " + firstLine(main_.error, 1000) + "\n";
    return true;
  }

  bool executeControl(const std::string& text) {
    current_ = runQuery(text);
    details_ += "    control query:\n" + indent(text);
    return true;
  }

  bool requireResult(const char* what) {
    if (!current_.ran) return fail(std::string(what) + " before any query");
    if (!current_.ok) {
      out_.errorMessage = current_.error;
      return fail(std::string(kindText(current_.errorKind)) + " error: " + firstLine(current_.error));
    }
    return true;
  }

  bool checkResult(const Step& step, bool inOrder, bool ignoreListOrder) {
    if (!requireResult("result check")) return false;
    ExpectedTable expected;
    if (step.table.empty()) return fail("result step without a table");
    expected.columns = step.table.front();
    for (std::size_t r = 1; r < step.table.size(); ++r) {
      std::vector<TValue> row;
      for (const auto& cell : step.table[r]) {
        try {
          row.push_back(parseValue(cell));
        } catch (const std::exception& e) {
          return fail(std::string("bad expected value: ") + e.what());
        }
      }
      expected.rows.push_back(std::move(row));
    }
    const kgq::Result& res = current_.result;
    TableComparison cmp = compareTables(expected, res.columns(), res.rows(), inOrder, ignoreListOrder);
    if (!cmp.equal) {
      details_ += "    expected" + std::string(inOrder ? " (in order)" : "") + ":\n" + formatExpectedTable(expected) +
                  "    actual:\n" + formatActualTable(res.columns(), res.rows());
      return fail("result mismatch: " + cmp.reason);
    }
    return true;
  }

  bool checkEmpty() {
    if (!requireResult("result check")) return false;
    if (!current_.result.rows().empty()) {
      details_ += "    expected: no rows\n    actual:\n" + formatActualTable(current_.result.columns(), current_.result.rows());
      return fail("expected an empty result, got " + std::to_string(current_.result.rows().size()) + " rows");
    }
    return true;
  }

  // Side effects of the query under test. Nodes and relationships come from kgq's WriteStats,
  // with one correction: the TCK counts only changes observable after the query, so a node or
  // relationship created and deleted by the same query counts for nothing, while WriteStats counts
  // it as +1 and -1; when fewer new entities are observed than WriteStats created, the difference
  // is taken off both counts. An entity is "new" if its id and content were not there before
  // (content too, because kgq may give a new node the id of one deleted by the same query). Labels and properties cannot come from WriteStats: it counts labels
  // per node (the TCK counts distinct labels that appear or disappear in the graph) and has no
  // count of removed properties (the TCK counts a changed value as one removal plus one addition).
  // So those are measured the TCK's way, by observing the graph before and after the query. If an
  // observation query fails, everything falls back to WriteStats (+labels = labelsAdded, -labels =
  // labelsRemoved, +properties = propertiesSet) and -properties is not compared.
  bool checkSideEffects(const std::map<std::string, long long>& expected) {
    if (!main_.ran) return fail("side effects checked before any query");
    if (!main_.ok && !errorExpected_) {
      out_.errorMessage = main_.error;
      return fail(std::string(kindText(main_.errorKind)) + " error: " + firstLine(main_.error));
    }
    auto ll = [](std::size_t n) { return static_cast<long long>(n); };
    const bool observed = before_.ok && after_.ok;
    std::map<std::string, long long> actual;
    if (main_.ok) {
      const kgq::WriteStats& st = main_.result.stats();
      actual["+nodes"] = ll(st.nodesCreated);
      actual["-nodes"] = ll(st.nodesDeleted);
      actual["+relationships"] = ll(st.relationshipsCreated);
      actual["-relationships"] = ll(st.relationshipsDeleted);
      if (observed) {
        auto transient = [&](const char* plus, const char* minus, long long seenNew) {
          long long gone = actual[plus] - seenNew;  // created by the query but no longer there
          if (gone > 0 && actual[minus] >= gone) {
            actual[plus] -= gone;
            actual[minus] -= gone;
          }
        };
        transient("+nodes", "-nodes", ll(countMissingFrom(after_.nodes, before_.nodes)));
        transient("+relationships", "-relationships", ll(countMissingFrom(after_.relationships, before_.relationships)));
      } else {
        actual["+labels"] = ll(st.labelsAdded);
        actual["-labels"] = ll(st.labelsRemoved);
        actual["+properties"] = ll(st.propertiesSet);
      }
    } else if (observed) {
      // The query failed as expected, so there are no WriteStats: observe everything (kgq promises
      // that a failed query leaves the graph unchanged, and the TCK expects no side effects).
      actual["+nodes"] = ll(countMissingFrom(after_.nodes, before_.nodes));
      actual["-nodes"] = ll(countMissingFrom(before_.nodes, after_.nodes));
      actual["+relationships"] = ll(countMissingFrom(after_.relationships, before_.relationships));
      actual["-relationships"] = ll(countMissingFrom(before_.relationships, after_.relationships));
    }
    if (observed) {
      actual["+labels"] = ll(countMissingFrom(after_.labels, before_.labels));
      actual["-labels"] = ll(countMissingFrom(before_.labels, after_.labels));
      actual["+properties"] = ll(countMissingFrom(after_.properties, before_.properties));
      actual["-properties"] = ll(countMissingFrom(before_.properties, after_.properties));
    }
    std::string diff;
    for (const char* key : {"+nodes", "-nodes", "+relationships", "-relationships", "+labels", "-labels",
                            "+properties", "-properties"}) {
      auto e = expected.find(key);
      long long want = e == expected.end() ? 0 : e->second;
      auto a = actual.find(key);
      if (a == actual.end()) continue;  // not measurable
      if (a->second != want)
        diff += std::string(diff.empty() ? "" : ", ") + key + " expected " + std::to_string(want) + " got " +
                std::to_string(a->second);
    }
    if (!diff.empty()) return fail("side effects differ: " + diff);
    return true;
  }

  bool sideEffectsTable(const Step& step) {
    std::map<std::string, long long> expected;
    static const std::set<std::string> known = {"+nodes", "-nodes", "+relationships", "-relationships",
                                                "+labels", "-labels", "+properties", "-properties"};
    for (const auto& row : step.table) {
      if (row.size() != 2) return fail("side effect rows need 2 cells");
      if (!known.count(row[0])) return fail("unknown side effect '" + row[0] + "'");
      try {
        expected[row[0]] = std::stoll(row[1]);
      } catch (const std::exception&) {
        return fail("bad side effect count '" + row[1] + "'");
      }
    }
    return checkSideEffects(expected);
  }

  bool expectError(const std::string& type, const std::string& phase, const std::string& detail) {
    if (!current_.ran) return fail("error expectation before any query");
    if (current_.ok) {
      details_ += "    expected: " + type + " at " + phase + ": " + detail + "\n    actual:\n" +
                  formatActualTable(current_.result.columns(), current_.result.rows());
      return fail("expected " + type + " at " + phase + " (" + detail + "), but the query succeeded");
    }
    std::string why;
    if (!errorMatches(type, phase, current_.errorKind, current_.error, &why)) {
      out_.errorMessage = current_.error;
      return fail("expected " + type + " at " + phase + " (" + detail + "), got " + why);
    }
    if (!current_.ok && current_.query == main_.query) errorExpected_ = true;
    return true;
  }

  bool doStep(const Step& step) {
    const std::string& t = step.text;
    static const std::regex graphRe(R"(^the (\S+) graph$)");
    static const std::regex errorRe(R"(^an? (\w+) should be raised at (compile time|runtime|any time):?\s*(.*)$)");
    static const std::regex resultRe(
        R"(^the result should be(, in any order|, in order)?( \(ignoring element order for lists\))?:$)");
    std::smatch m;
    auto afterColon = [&]() {
      auto p = t.find(':');
      if (p == std::string::npos) return std::string();
      std::string rest = t.substr(p + 1);
      auto b = rest.find_first_not_of(" \t");
      return b == std::string::npos ? std::string() : rest.substr(b);
    };
    if (t == "an empty graph" || t == "any graph") return true;
    if (std::regex_match(t, m, graphRe)) return loadNamedGraph(m[1]);
    if (t == "having executed:" || t == "after having executed:") {
      std::string q = queryText(step, afterColon());
      return setupQuery(q, "having executed");
    }
    if (t == "parameters are:" || t == "parameter values are:") return readParameters(step);
    try {
      if (registerTableProcedure(db_, t, step.table)) return true;
    } catch (const std::exception& e) {
      return fail("the procedure of step '" + firstLine(t, 80) + "' could not be registered: " + e.what());
    }
    if (t.rfind("executing query:", 0) == 0) {
      std::string q = queryText(step, afterColon());
      if (q.empty()) return fail("executing query step without a query");
      return executeMain(q);
    }
    if (t.rfind("executing control query:", 0) == 0) {
      std::string q = queryText(step, afterColon());
      if (q.empty()) return fail("executing control query step without a query");
      return executeControl(q);
    }
    if (std::regex_match(t, m, resultRe)) {
      bool inOrder = m[1].matched && m[1].str() == ", in order";
      return checkResult(step, inOrder, m[2].matched);
    }
    if (t == "the result should be empty") return checkEmpty();
    if (t == "no side effects") return checkSideEffects({});
    if (t == "the side effects should be:") return sideEffectsTable(step);
    if (std::regex_match(t, m, errorRe)) return expectError(m[1], m[2], m[3]);
    return fail("unsupported step: " + step.keyword + " " + firstLine(t, 120));
  }
};

}  // namespace

bool errorMatches(const std::string& type, const std::string& phase, kgq::ErrorKind kind, const std::string& message,
                  std::string* why) {
  auto reject = [&](const std::string& w) {
    if (why) *why = w;
    return false;
  };
  const std::string got = std::string(kindText(kind)) + " error: " + firstLine(message);
  if (kind == kgq::ErrorKind::Interrupted || kind == kgq::ErrorKind::ResourceLimit || kind == kgq::ErrorKind::Load ||
      kind == kgq::ErrorKind::Io)
    return reject(got);
  // "X is not supported yet" says the engine does not know the construct at all; counting it as the
  // expected error would make unsupported features look like passes.
  if (isNotSupported(message)) return reject(got);
  const bool compileKind = kind == kgq::ErrorKind::Syntax || kind == kgq::ErrorKind::Semantic;
  if (phase == "any time") return true;
  if (phase == "compile time") return compileKind ? true : reject(got + " (at runtime)");
  // Runtime expectations. kgq's checker reports some errors before running when the operands'
  // types are evident from the query text (literal operands, misplaced parameters), which
  // openCypher allows: an implementation may raise an error earlier than the TCK's phase if it can
  // prove it will happen (Neo4j does the same for literal type errors). So a Semantic error is
  // accepted for the error types a static check can prove: TypeError, ArgumentError, SyntaxError,
  // SemanticError, ParameterMissing. A Syntax error is not: a parse failure means the query was
  // not understood at all. Data-dependent types (EntityNotFound, ConstraintVerificationFailed, ...)
  // need a Runtime error.
  if (kind == kgq::ErrorKind::Runtime) return true;
  static const std::set<std::string> staticallyProvable = {"TypeError", "ArgumentError", "SyntaxError",
                                                           "SemanticError", "ParameterMissing"};
  if (kind == kgq::ErrorKind::Semantic && staticallyProvable.count(type)) return true;
  return reject(got + " (at compile time)");
}

Outcome runScenario(const Scenario& scenario, const ExecOptions& options) {
  try {
    ScenarioRun run(scenario, options);
    return run.run();
  } catch (const std::exception& e) {
    Outcome o;
    o.reason = std::string("harness error: ") + e.what();
    return o;
  } catch (...) {
    Outcome o;
    o.reason = "harness error: unknown exception";
    return o;
  }
}

}  // namespace tck
