// Temporal values: the calendar and time-zone rules behind kgq's Date, LocalTime, Time,
// LocalDateTime, DateTime and Duration (include/kgq/value.h), as openCypher and Neo4j define them:
// ISO 8601 strings both ways, construction from component maps (calendar, week, quarter and
// ordinal dates; named IANA zones and offsets), selection from other temporal values, component
// accessors, arithmetic with durations, truncation, duration.between, ordering and hashing.
//
// The calendar and zone arithmetic is Howard Hinnant's date/tz library over the system tzdata;
// years beyond its range (|year| > 32767) are shifted by whole 400-year Gregorian cycles, which
// repeat days of the week and week numbering exactly.
//
// Promises: every function either returns a valid value or throws TemporalError with a message
// that names the offending text, field or value (callers add where it happened); nothing here
// reads a clock except `now`.
#pragma once

#include <kgq/value.h>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kgq::temporal {

class TemporalError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The ISO 8601 text Neo4j prints: 2015-07-21, 12:31:14.645876123, 12:00+01:00,
// 2015-07-21T21:40:32.142, 2017-08-08T12:31:14+02:00[Europe/Stockholm], P1Y2M3DT4H5M6.5S.
std::string toIso(const Value& v);

// Parses `text` as a value of `kind` (one of the temporal kinds).
Value parse(ValueKind kind, std::string_view text);

// Builds a value of `kind` from a component map ({year: 1984, week: 10, dayOfWeek: 3},
// {date: d, hour: 12, timezone: 'Europe/Stockholm'}, {epochMillis: ...}, {days: 1.5} ...).
// A map with no component other than `timezone` means "now" and is answered by `now`.
Value fromMap(ValueKind kind, const Map& fields);
bool mapMeansNow(const Map& fields);

// `kind`'s selection from another temporal value: date(datetime) is its date, time(localtime)
// takes the default zone (UTC), datetime(date) is its midnight, and so on.
Value convert(ValueKind kind, const Value& from);

// The current instant as `kind`, in `zone` (empty: UTC). `epochNanos` is the clock reading.
Value now(ValueKind kind, std::string_view zone, std::int64_t epochSeconds, std::int32_t nanos);

// datetime.fromepoch(seconds, nanos) and datetime.fromepochmillis(millis), in UTC.
Value fromEpoch(std::int64_t seconds, std::int64_t nanos);

// A component (d.year, t.timezone, dur.minutes, ...). Throws for a name the kind does not have.
Value component(const Value& v, std::string_view name);

// t + d (sign +1) or t - d (sign -1) for a temporal instant t; d1 + d2 and d1 - d2 for durations.
Value add(const Value& t, const Duration& d, int sign);
Duration addDurations(const Duration& a, const Duration& b, int sign);
// d * factor, or d / factor when `divide`; fractions cascade to smaller units.
Duration scale(const Duration& d, double factor, bool divide);

enum class BetweenUnit { All, Months, Days, Seconds };
// duration.between(a, b) and duration.inMonths/inDays/inSeconds.
Duration between(const Value& a, const Value& b, BetweenUnit unit);

// kind.truncate(unit, v, overrides): v truncated to `unit` ('millennium' ... 'microsecond'), as a
// value of `kind`, with the fields of `overrides` then set.
Value truncate(ValueKind kind, std::string_view unit, const Value& v, const Map& overrides);

// The total order within one temporal kind (instants first for zoned values, then offset and
// zone; durations by months, days, seconds, nanos) and a hash that agrees with equality.
int compare(const Value& a, const Value& b);
std::size_t hash(const Value& v);

// The Cypher function that makes `kind` ("date", "localtime", "time", "localdatetime",
// "datetime", "duration"), for writing a value as Cypher text: date('2015-07-21').
const char* constructorName(ValueKind kind);

}  // namespace kgq::temporal
