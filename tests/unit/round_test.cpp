// round(value, precision, mode) against exact integer arithmetic: every value n / 1000 for n in
// [-3000, 3000] (decimal values with short representations, ties among them), at precisions 0 to
// 3 and -1, in every mode, must equal the decimal result computed on n itself.
#include <catch2/catch.hpp>

#include <kgq/kgq.h>

#include <charconv>
#include <cstdlib>
#include <string>

using namespace kgq;

namespace {

// n / 1000 rounded to 10^-precision (precision <= 3) by `mode`, as the decimal string m e -p.
double expected(long n, int precision, const std::string& mode) {
  long step = 1;
  for (int i = precision; i < 3; ++i) step *= 10;
  long q = n / step, r = n % step;  // toward zero; r has n's sign
  const long twice = 2 * std::labs(r);
  const bool negative = n < 0, inexact = r != 0;
  bool away = false;
  if (mode == "UP") away = inexact;
  else if (mode == "CEILING") away = inexact && !negative;
  else if (mode == "FLOOR") away = inexact && negative;
  else if (mode == "HALF_UP") away = twice >= step;
  else if (mode == "HALF_DOWN") away = twice > step;
  else if (mode == "HALF_EVEN") away = twice > step || (twice == step && std::labs(q) % 2 == 1);
  if (away) q += negative ? -1 : 1;
  const std::string text = std::to_string(q) + "e" + std::to_string(-precision);
  double out = 0;
  std::from_chars(text.data(), text.data() + text.size(), out);
  return out == 0 ? 0.0 : out;
}

}  // namespace

TEST_CASE("round with a precision and a mode is decimal rounding of the value's digits", "[functions][round]") {
  Database db;
  Connection conn(db);
  for (const std::string mode : {"UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN"}) {
    for (int precision : {-1, 0, 1, 2, 3}) {
      Result r = conn.run("UNWIND range(-3000, 3000) AS n RETURN n, round(n / 1000.0, $p, $m) AS v",
                          {{"p", Value(std::int64_t{precision})}, {"m", Value(mode)}});
      REQUIRE(r.size() == 6001);
      std::size_t wrong = 0;
      for (const auto& row : r.rows()) {
        const long n = static_cast<long>(row[0].asInt());
        if (row[1].asFloat() != expected(n, precision, mode)) {
          if (wrong++ < 3) FAIL_CHECK(mode << " at " << precision << ": " << n << "/1000 gave " << row[1].asFloat()
                                            << ", expected " << expected(n, precision, mode));
        }
      }
      CHECK(wrong == 0);
    }
  }
  // Without a mode: HALF_UP, except at precision 0, where ties go towards positive infinity.
  Result r = conn.run("RETURN round(-0.5, 0) AS a, round(-0.05, 1) AS b, round(0.5, 0) AS c");
  CHECK(r.rows()[0][0].asFloat() == 0.0);
  CHECK(r.rows()[0][1].asFloat() == -0.1);
  CHECK(r.rows()[0][2].asFloat() == 1.0);
}
