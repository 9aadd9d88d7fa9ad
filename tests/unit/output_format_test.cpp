// Unit tests of the command's output formats (cli/output_format.h).
#include <catch2/catch.hpp>

#include "cli/output_format.h"

#include <sstream>

using namespace kgq;

namespace {
Result query(const std::string& q) {
  static Database db;
  Connection conn(db);
  return conn.run(q);
}
}  // namespace

TEST_CASE("CSV quotes only what needs quoting and ends lines with CRLF", "[output]") {
  std::ostringstream out;
  cli::writeCsv(out, query("RETURN 'plain' AS a, 'x,y' AS b, 'say \"hi\"' AS c, null AS d, 1.0 AS e, [1, 'a'] AS f"));
  CHECK(out.str() == "a,b,c,d,e,f\r\nplain,\"x,y\",\"say \"\"hi\"\"\",,1.0,\"[1,\"\"a\"\"]\"\r\n");
}

TEST_CASE("JSON escapes strings and keeps column order", "[output]") {
  std::ostringstream out;
  cli::writeJson(out, query("RETURN 'tab\\there \"q\" \u00e9' AS z, 2 AS a, 0.5 / 0 AS inf"));
  CHECK(out.str() == "[\n{\"z\":\"tab\\there \\\"q\\\" \u00e9\",\"a\":2,\"inf\":\"Infinity\"}\n]\n");
}

TEST_CASE("tables align columns, count rows and cut wide cells with an ellipsis", "[output]") {
  std::ostringstream out;
  cli::writeTable(out, query("RETURN 'ab' AS x, 1 AS longer_name"));
  CHECK(out.str() ==
        "+------+-------------+\n"
        "| x    | longer_name |\n"
        "+------+-------------+\n"
        "| 'ab' | 1           |\n"
        "+------+-------------+\n"
        "1 row\n");
  std::ostringstream wide;
  cli::writeTable(wide, query("RETURN '" + std::string(100, 'w') + "' AS w"));
  CHECK(wide.str().find("'" + std::string(58, 'w') + "\u2026 |") != std::string::npos);
}

TEST_CASE("parameter text parses as JSON, else it is not JSON", "[output]") {
  CHECK(cli::parseJsonValue("42")->asInt() == 42);
  CHECK(cli::parseJsonValue("[1, \"a\"]")->asList().size() == 2);
  CHECK(cli::parseJsonValue("{\"k\": null}")->asMap().at("k").isNull());
  CHECK_FALSE(cli::parseJsonValue("Alpha").has_value());
}
