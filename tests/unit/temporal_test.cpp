// Temporal values at the edges (graph/temporal.h): leap years and leap seconds, DST gaps and
// overlaps, month-end arithmetic, negative durations, year 0 and the ±999999999 limits; ordering
// and hashing across kinds; the tagged JSON form loaded and written back.
#include <catch2/catch.hpp>

#include "graph/json_writer.h"
#include "graph/temporal.h"
#include "graph/value_semantics.h"
#include "loaders/json_loader.h"

#include <kgq/kgq.h>

#include <sstream>

using namespace kgq;
namespace t = kgq::temporal;

namespace {

Value date(const char* s) { return t::parse(ValueKind::Date, s); }
Value datetime(const char* s) { return t::parse(ValueKind::DateTime, s); }
Value localdatetime(const char* s) { return t::parse(ValueKind::LocalDateTime, s); }
Duration duration(const char* s) { return t::parse(ValueKind::Duration, s).asDuration(); }
std::string iso(const Value& v) { return t::toIso(v); }
std::string iso(const Duration& d) { return t::toIso(Value(d)); }

// The result of one query, first row and column, as text.
std::string one(const std::string& query) {
  Database db;
  Connection conn(db);
  Result r = conn.run(query);
  REQUIRE(r.rows().size() == 1);
  return r.rows()[0][0].toCypher();
}

}  // namespace

TEST_CASE("temporal: leap years", "[temporal]") {
  CHECK(iso(date("2024-02-29")) == "2024-02-29");
  CHECK(iso(date("2000-02-29")) == "2000-02-29");
  CHECK_THROWS_WITH(date("2023-02-29"), "day 29 is out of range for 2023-2 (1 to 28)");
  CHECK_THROWS_WITH(date("1900-02-29"), "day 29 is out of range for 1900-2 (1 to 28)");
  CHECK(iso(date("2024-366")) == "2024-12-31");
  CHECK_THROWS_WITH(date("2023-366"), "ordinalDay 366 is out of range for 2023 (1 to 365)");
  CHECK(iso(t::add(date("2024-02-29"), duration("P1Y"), +1)) == "2025-02-28");
  CHECK(iso(t::add(date("2024-02-29"), duration("P4Y"), +1)) == "2028-02-29");
  CHECK(iso(t::between(date("2024-02-28"), date("2024-03-01"), t::BetweenUnit::Days)) == "P2D");
  CHECK(iso(t::between(date("2023-02-28"), date("2023-03-01"), t::BetweenUnit::Days)) == "P1D");
}

TEST_CASE("temporal: leap seconds are not counted, as in java.time and Neo4j", "[temporal]") {
  // 2016-12-31T23:59:60Z was a leap second; UTC time scales without it, like Neo4j.
  CHECK_THROWS_WITH(t::parse(ValueKind::LocalTime, "23:59:60"), "'23:59:60' is not a valid localtime string");
  CHECK(iso(t::between(datetime("2016-12-31T23:59:59Z"), datetime("2017-01-01T00:00:00Z"), t::BetweenUnit::Seconds)) ==
        "PT1S");
  CHECK(t::component(datetime("2017-01-01T00:00Z"), "epochSeconds") == Value(std::int64_t{1483228800}));
}

TEST_CASE("temporal: DST gaps move forward, overlaps keep the earlier offset", "[temporal]") {
  // Europe/Stockholm: 2017-03-26 02:00 -> 03:00 (gap), 2017-10-29 03:00 -> 02:00 (overlap).
  CHECK(iso(datetime("2017-03-26T02:30[Europe/Stockholm]")) == "2017-03-26T03:30+02:00[Europe/Stockholm]");
  CHECK(iso(datetime("2017-10-29T02:30[Europe/Stockholm]")) == "2017-10-29T02:30+02:00[Europe/Stockholm]");
  // An offset given with the zone picks the later of the two instants of an overlap.
  CHECK(iso(datetime("2017-10-29T02:30+01:00[Europe/Stockholm]")) == "2017-10-29T02:30+01:00[Europe/Stockholm]");
  // A day is a calendar day; 24 hours are 24 hours.
  Value noon = datetime("2017-03-25T12:00[Europe/Stockholm]");
  CHECK(iso(t::add(noon, duration("P1D"), +1)) == "2017-03-26T12:00+02:00[Europe/Stockholm]");
  CHECK(iso(t::add(noon, duration("PT24H"), +1)) == "2017-03-26T13:00+02:00[Europe/Stockholm]");
  CHECK(iso(t::between(noon, datetime("2017-03-26T12:00[Europe/Stockholm]"), t::BetweenUnit::All)) == "P1D");
  CHECK(iso(t::between(noon, datetime("2017-03-26T12:00[Europe/Stockholm]"), t::BetweenUnit::Seconds)) == "PT23H");
  CHECK(one("RETURN datetime({year: 2017, month: 3, day: 26, hour: 2, minute: 30, timezone: 'America/New_York'})") ==
        "2017-03-26T02:30-04:00[America/New_York]");
}

TEST_CASE("temporal: month-end arithmetic clamps to the last day", "[temporal]") {
  CHECK(iso(t::add(date("2024-01-31"), duration("P1M"), +1)) == "2024-02-29");
  CHECK(iso(t::add(date("2023-01-31"), duration("P1M"), +1)) == "2023-02-28");
  CHECK(iso(t::add(date("2024-03-31"), duration("P1M"), -1)) == "2024-02-29");
  CHECK(iso(t::add(date("2024-05-31"), duration("P1M1D"), +1)) == "2024-07-01");
  // Between: Jan 31 to Feb 29 is not a whole month.
  CHECK(iso(t::between(date("2024-01-31"), date("2024-02-29"), t::BetweenUnit::All)) == "P29D");
  CHECK(iso(t::between(date("2024-01-31"), date("2024-03-31"), t::BetweenUnit::All)) == "P2M");
  CHECK(iso(t::add(localdatetime("2024-01-31T23:59:59.999999999"), duration("PT0.000000001S"), +1)) == "2024-02-01T00:00");
}

TEST_CASE("temporal: negative durations", "[temporal]") {
  CHECK(iso(duration("-P1DT2H")) == "P-1DT-2H");
  CHECK(iso(duration("PT-0.5S")) == "PT-0.5S");
  Duration half = duration("PT-0.5S");
  CHECK(half.seconds == -1);
  CHECK(half.nanos == 500000000);
  CHECK(t::component(Value(half), "seconds") == Value(std::int64_t{-1}));
  CHECK(t::component(Value(half), "nanosecondsOfSecond") == Value(std::int64_t{500000000}));
  CHECK(t::component(Value(half), "milliseconds") == Value(std::int64_t{-500}));
  CHECK(iso(t::addDurations(duration("PT1S"), duration("PT1.5S"), -1)) == "PT-0.5S");
  CHECK(iso(t::scale(duration("P1M1DT1S"), -2, false)) == "P-2M-2DT-2S");
  CHECK(iso(t::scale(duration("P1D"), 2, true)) == "PT12H");
  CHECK_THROWS_WITH(t::scale(duration("P1D"), 0, true), "division of a duration by zero");
  CHECK(iso(t::between(date("2020-03-15"), date("2019-01-20"), t::BetweenUnit::All)) == "P-1Y-1M-26D");
  CHECK(iso(t::add(date("2020-03-15"), duration("P-1Y-1M-26D"), +1)) == "2019-01-20");
}

TEST_CASE("temporal: year 0 and the limits of the year range", "[temporal]") {
  CHECK(iso(date("0000-01-01")) == "0000-01-01");
  CHECK(iso(t::add(date("-0001-12-31"), duration("P1D"), +1)) == "0000-01-01");
  CHECK(iso(date("0000-02-29")) == "0000-02-29");  // year 0 is a leap year (proleptic Gregorian)
  CHECK(t::component(date("-0044-03-15"), "year") == Value(std::int64_t{-44}));
  Value last = date("+999999999-12-31");
  Value first = date("-999999999-01-01");
  CHECK(iso(last) == "+999999999-12-31");
  CHECK(iso(first) == "-999999999-01-01");
  CHECK(t::component(last, "dayOfWeek") == Value(std::int64_t{5}));  // a Friday, as java.time says
  CHECK_THROWS_WITH(t::add(last, duration("P1D"), +1), "year 1000000000 is out of range (-999999999 to 999999999)");
  CHECK_THROWS_WITH(t::add(first, duration("P1D"), -1), "year -1000000000 is out of range (-999999999 to 999999999)");
  CHECK_THROWS_WITH(date("+1000000000-01-01"), "'+1000000000-01-01' is not a valid date string");
  CHECK(iso(t::between(first, last, t::BetweenUnit::All)) == "P1999999998Y11M30D");
  CHECK(iso(t::parse(ValueKind::Date, "+10000-01-01")) == "+10000-01-01");
  // Week dates far out: the 400-year cycle repeats ISO weeks exactly.
  CHECK(iso(t::fromMap(ValueKind::Date, Map{{"year", Value(std::int64_t{400002017})}, {"week", Value(1)}})) ==
        "+400002017-01-02");
}

TEST_CASE("temporal: bad input names what is wrong", "[temporal]") {
  CHECK_THROWS_WITH(date("2024-13-01"), "month 13 is out of range (1 to 12)");
  CHECK_THROWS_WITH(date("24-01-01"), "'24-01-01' is not a valid date string");
  CHECK_THROWS_WITH(datetime("2024-01-01T10:00[Nowhere/Atlantis]"), "unknown time zone 'Nowhere/Atlantis'");
  CHECK_THROWS_WITH(datetime("2024-01-01T10:00+19:00"), "time zone offset '+19:00' is out of range (-18:00 to +18:00)");
  CHECK_THROWS_WITH(t::parse(ValueKind::Duration, "P1H"), "'P1H' is not a valid duration string");
  CHECK_THROWS_WITH(t::fromMap(ValueKind::Date, Map{{"month", Value(2)}}), "year must be given");
  CHECK_THROWS_WITH(t::fromMap(ValueKind::Date, Map{{"year", Value(2024)}, {"hour", Value(1)}}),
                    "'hour' is not a component of date");
  CHECK_THROWS_WITH(t::component(date("2024-01-01"), "hour"), "DATE has no component 'hour'");
  CHECK_THROWS_WITH(one("RETURN date('2024-02-30')"), "day 30 is out of range for 2024-2 (1 to 29) in `date('2024-02-30')`");
  CHECK_THROWS_WITH(one("RETURN date('2024-01-01') + 1"),
                    "Type mismatch: cannot add DATE and INTEGER in `date('2024-01-01') + 1`");
}

TEST_CASE("temporal: ordering across kinds, equality and hashing", "[temporal]") {
  std::vector<Value> order = {datetime("2024-01-01T00:00Z"), localdatetime("2024-01-01T00:00"), date("2024-01-01"),
                              t::parse(ValueKind::Time, "12:00Z"), t::parse(ValueKind::LocalTime, "12:00"),
                              Value(duration("P1D")), Value("a string"), Value(true), Value(1)};
  for (std::size_t i = 0; i + 1 < order.size(); ++i) {
    INFO(order[i].toCypher() << " before " << order[i + 1].toCypher());
    CHECK(orderCompare(order[i], order[i + 1]) < 0);
    CHECK(orderCompare(order[i + 1], order[i]) > 0);
  }
  // Zoned values order by instant.
  CHECK(orderCompare(datetime("2024-01-01T10:00+08:00"), datetime("2024-01-01T03:00Z")) < 0);
  int c = 0;
  CHECK(cypherCompare(date("2024-01-01"), date("2024-01-02"), c));
  CHECK(c < 0);
  CHECK_FALSE(cypherCompare(date("2024-01-01"), localdatetime("2024-01-02T00:00"), c));  // different kinds
  CHECK_FALSE(cypherCompare(Value(duration("P1D")), Value(duration("PT24H")), c));     // durations have no order
  CHECK(cypherEquals(Value(duration("PT70S")), Value(duration("PT1M10S"))) == Value(true));
  CHECK(cypherEquals(Value(duration("P1D")), Value(duration("PT24H"))) == Value(false));
  CHECK(cypherEquals(date("2024-01-01"), Value("2024-01-01")) == Value(false));
  CHECK(equivalent(date("2024-01-01"), date("2024-001")));
  CHECK(equivalenceHash(date("2024-01-01")) == equivalenceHash(date("2024-001")));
  CHECK(equivalenceHash(datetime("2024-01-01T10:00[Asia/Shanghai]")) == equivalenceHash(datetime("2024-01-01T10:00+08:00[Asia/Shanghai]")));
}

TEST_CASE("temporal: the tagged JSON form loads and is written back unchanged", "[temporal][loader]") {
  const std::string doc = R"({"format": "kgq-graph", "version": 1, "nodes": [
    {"id": "e", "properties": {"d": {"$date": "2024-03-01"}, "ds": [{"$date": "2024-03-02"}, "text"],
      "lt": {"$localtime": "12:00:01.5"}, "t": {"$time": "12:00+01:00"}, "ldt": {"$localdatetime": "2024-03-01T10:00"},
      "dt": {"$datetime": "2024-03-01T10:00+08:00[Asia/Shanghai]"}, "p": {"$duration": "P1Y2M3DT4H"}}}]})";
  PropertyGraph g;
  loadGraphJson(g, doc, "tagged.json");
  NodeIndex n = *g.findNode("e");
  auto prop = [&](const char* k) { return g.nodeProperty(n, *g.keyNames().find(k)); };
  CHECK(prop("d") == date("2024-03-01"));
  CHECK(prop("ds") == Value(List{date("2024-03-02"), Value("text")}));
  CHECK(prop("lt").kind() == ValueKind::LocalTime);
  CHECK(prop("t").kind() == ValueKind::Time);
  CHECK(prop("ldt") == localdatetime("2024-03-01T10:00"));
  CHECK(prop("dt") == datetime("2024-03-01T10:00+08:00[Asia/Shanghai]"));
  CHECK(prop("p") == Value(duration("P1Y2M3DT4H")));
  std::ostringstream out;
  writeGraphJson(g, out);
  CHECK(out.str().find(R"("d":{"$date":"2024-03-01"})") != std::string::npos);
  CHECK(out.str().find(R"("dt":{"$datetime":"2024-03-01T10:00+08:00[Asia/Shanghai]"})") != std::string::npos);
  PropertyGraph again;
  loadGraphJson(again, out.str(), "again.json");
  NodeIndex m = *again.findNode("e");
  for (const char* k : {"d", "ds", "lt", "t", "ldt", "dt", "p"})
    CHECK(again.nodeProperty(m, *again.keyNames().find(k)) == prop(k));
}

TEST_CASE("temporal: arbitrary text and extreme numbers give TemporalError, never another failure", "[temporal][robustness]") {
  const std::string alphabet = "0123456789-+:.,TWPYMDHSZz[]/ eE";
  const std::string samples[] = {"2024-02-29T12:00:00.123456789+01:00[Europe/Stockholm]", "P1Y2M3W4DT5H6M7.5S",
                                 "-999999999-01-01", "+999999999-W52-7", "PT99999999999999999999H", "P0.5Y"};
  std::uint64_t state = 12345;
  auto next = [&state] { return state = state * 6364136223846793005ULL + 1442695040888963407ULL; };
  std::size_t parsed = 0, rejected = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text = samples[next() % 6];
    for (int edits = static_cast<int>(next() % 4); edits >= 0; --edits) {
      std::size_t at = text.empty() ? 0 : next() % text.size();
      char c = alphabet[next() % alphabet.size()];
      switch (next() % 3) {
        case 0: if (!text.empty()) text[at] = c; break;
        case 1: text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), c); break;
        default: if (!text.empty()) text.erase(at, 1); break;
      }
    }
    for (ValueKind k : {ValueKind::Date, ValueKind::LocalTime, ValueKind::Time, ValueKind::LocalDateTime,
                        ValueKind::DateTime, ValueKind::Duration}) {
      try {
        Value v = t::parse(k, text);
        REQUIRE(v.kind() == k);
        CHECK(t::parse(k, t::toIso(v)) == v);  // what is printed reads back as the same value
        ++parsed;
      } catch (const t::TemporalError&) {
        ++rejected;
      }
    }
  }
  CHECK(parsed > 1000);
  CHECK(rejected > 1000);
  CHECK_THROWS_AS(t::fromEpoch(INT64_MAX, 0), t::TemporalError);
  CHECK_THROWS_AS(t::fromEpoch(INT64_MIN, -1), t::TemporalError);
  CHECK_THROWS_AS(t::fromMap(ValueKind::Duration, Map{{"years", Value(INT64_MAX)}}), t::TemporalError);
  CHECK_THROWS_AS(t::fromMap(ValueKind::Duration, Map{{"seconds", Value(1e300)}}), t::TemporalError);
  CHECK_THROWS_AS(t::scale(duration("P1D"), std::nan(""), false), t::TemporalError);
  CHECK_THROWS_AS(t::fromMap(ValueKind::Date, Map{{"year", Value(999999999)}, {"week", Value(52)}, {"dayOfWeek", Value(7)}}),
                  t::TemporalError);
  CHECK_THROWS_AS(t::add(Value(t::parse(ValueKind::DateTime, "+999999999-12-31T23:00Z")), duration("PT2H"), +1),
                  t::TemporalError);
}

TEST_CASE("temporal: values cross the embedding API as plain structs, both ways", "[temporal][api]") {
  Database db;
  Connection conn(db);
  // 2024-03-01 is day 19783 after 1970-01-01.
  Result r = conn.run("RETURN $d + duration('P1D') AS next, $d.dayOfWeek AS dow, datetime({date: $d, hour: 9, timezone: 'Asia/Shanghai'}) AS at",
                      {{"d", Value(Date{19783})}});
  REQUIRE(r.rows().size() == 1);
  const auto& row = r.rows()[0];
  REQUIRE(row[0].kind() == ValueKind::Date);
  CHECK(row[0].asDate().days == 19784);
  CHECK(row[1] == Value(std::int64_t{5}));
  REQUIRE(row[2].kind() == ValueKind::DateTime);
  CHECK(row[2].asDateTime().seconds == 19783LL * 86400 + 3600);  // 09:00 at +08:00 is 01:00Z
  CHECK(row[2].asDateTime().offsetSeconds == 8 * 3600);
  CHECK(row[2].asDateTime().zone == "Asia/Shanghai");
  CHECK(row[2].toCypher() == "2024-03-01T09:00+08:00[Asia/Shanghai]");
  Duration d;
  d.seconds = -1;
  d.nanos = 500000000;
  CHECK(conn.run("RETURN $d AS d, $d * 2 AS twice", {{"d", Value(d)}}).rows()[0][1].toCypher() == "PT-1S");
}

TEST_CASE("temporal: a duration component too large for an integer is an error, not a wrapped number", "[temporal]") {
  Duration long_ = duration("PT10000000000S");  // about 317 years of seconds
  CHECK(t::component(Value(long_), "seconds") == Value(std::int64_t{10000000000}));
  CHECK(t::component(Value(long_), "milliseconds") == Value(std::int64_t{10000000000000}));
  CHECK_THROWS_WITH(t::component(Value(long_), "nanoseconds"), "nanoseconds is out of range");
}
