#include "graph/temporal.h"

#include <date/date.h>
#include <date/iso_week.h>
#include <date/tz.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>
#include <tuple>

namespace kgq::temporal {
namespace {

using i128 = __int128;
constexpr std::int64_t kNanosPerSecond = 1000000000;
constexpr std::int64_t kSecondsPerDay = 86400;
constexpr std::int64_t kNanosPerDay = kSecondsPerDay * kNanosPerSecond;
constexpr std::int64_t kMaxYear = 999999999;
// Days and years of one Gregorian cycle: the calendar (and ISO week numbering) repeats exactly.
constexpr std::int64_t kCycleDays = 146097;
constexpr std::int64_t kCycleYears = 400;

[[noreturn]] void fail(const std::string& message) { throw TemporalError(message); }

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
std::int64_t floorMod(std::int64_t a, std::int64_t b) { return a - floorDiv(a, b) * b; }
i128 floorDiv128(i128 a, i128 b) {
  i128 q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

std::int64_t narrow(i128 v, const char* what) {
  if (v > INT64_MAX || v < INT64_MIN) fail(std::string(what) + " is out of range");
  return static_cast<std::int64_t>(v);
}

// ---- calendar (date.h, shifted by whole 400-year cycles outside its range) ----

struct Civil {
  std::int64_t year;
  unsigned month;
  unsigned day;
};

Civil civilFromDays(std::int64_t days) {
  std::int64_t cycles = floorDiv(days, kCycleDays);
  std::int64_t rest = days - cycles * kCycleDays;  // 1970-01-01 .. 2369-12-31
  date::year_month_day ymd{date::sys_days{date::days{static_cast<int>(rest)}}};
  return {static_cast<int>(ymd.year()) + cycles * kCycleYears, static_cast<unsigned>(ymd.month()),
          static_cast<unsigned>(ymd.day())};
}

void checkYear(std::int64_t year) {
  if (year < -kMaxYear || year > kMaxYear)
    fail("year " + std::to_string(year) + " is out of range (-999999999 to 999999999)");
}

std::int64_t daysFromCivil(std::int64_t year, std::int64_t month, std::int64_t day) {
  checkYear(year);
  if (month < 1 || month > 12) fail("month " + std::to_string(month) + " is out of range (1 to 12)");
  std::int64_t cycles = floorDiv(year - 1970, kCycleYears);
  int y = static_cast<int>(year - cycles * kCycleYears);
  date::year_month_day_last last{date::year{y} / date::month{static_cast<unsigned>(month)} / date::last};
  if (day < 1 || day > static_cast<unsigned>(last.day()))
    fail("day " + std::to_string(day) + " is out of range for " + std::to_string(year) + "-" +
         std::to_string(month) + " (1 to " + std::to_string(static_cast<unsigned>(last.day())) + ")");
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(month)}, date::day{static_cast<unsigned>(day)}};
  return date::sys_days{ymd}.time_since_epoch().count() + cycles * kCycleDays;
}

unsigned lastDayOfMonth(std::int64_t year, unsigned month) {
  std::int64_t cycles = floorDiv(year - 1970, kCycleYears);
  int y = static_cast<int>(year - cycles * kCycleYears);
  return static_cast<unsigned>(date::year_month_day_last{date::year{y} / date::month{month} / date::last}.day());
}

struct WeekDate {
  std::int64_t weekYear;
  unsigned week;
  unsigned dayOfWeek;  // Monday 1 .. Sunday 7
};

WeekDate weekDateFromDays(std::int64_t days) {
  std::int64_t cycles = floorDiv(days, kCycleDays);
  std::int64_t rest = days - cycles * kCycleDays;
  iso_week::year_weeknum_weekday w{date::sys_days{date::days{static_cast<int>(rest)}}};
  return {static_cast<int>(w.year()) + cycles * kCycleYears, static_cast<unsigned>(w.weeknum()),
          static_cast<unsigned>(w.weekday())};
}

std::int64_t daysFromWeekDate(std::int64_t weekYear, std::int64_t week, std::int64_t dayOfWeek) {
  checkYear(weekYear);
  if (dayOfWeek < 1 || dayOfWeek > 7) fail("dayOfWeek " + std::to_string(dayOfWeek) + " is out of range (1 to 7)");
  std::int64_t cycles = floorDiv(weekYear - 1970, kCycleYears);
  int y = static_cast<int>(weekYear - cycles * kCycleYears);
  unsigned weeks = static_cast<unsigned>(iso_week::year_lastweek_weekday{iso_week::year{y}, iso_week::weekday{1u}}.weeknum());
  if (week < 1 || week > weeks)
    fail("week " + std::to_string(week) + " is out of range for " + std::to_string(weekYear) + " (1 to " +
         std::to_string(weeks) + ")");
  iso_week::year_weeknum_weekday w{iso_week::year{y}, iso_week::weeknum{static_cast<unsigned>(week)},
                                   iso_week::weekday{static_cast<unsigned>(dayOfWeek)}};
  return date::sys_days{w}.time_since_epoch().count() + cycles * kCycleDays;
}

std::int64_t daysFromOrdinal(std::int64_t year, std::int64_t ordinal) {
  std::int64_t first = daysFromCivil(year, 1, 1);
  std::int64_t length = daysFromCivil(year, 12, 31) - first + 1;
  if (ordinal < 1 || ordinal > length)
    fail("ordinalDay " + std::to_string(ordinal) + " is out of range for " + std::to_string(year) + " (1 to " +
         std::to_string(length) + ")");
  return first + ordinal - 1;
}

std::int64_t daysFromQuarter(std::int64_t year, std::int64_t quarter, std::int64_t dayOfQuarter) {
  if (quarter < 1 || quarter > 4) fail("quarter " + std::to_string(quarter) + " is out of range (1 to 4)");
  std::int64_t first = daysFromCivil(year, (quarter - 1) * 3 + 1, 1);
  std::int64_t next = quarter == 4 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, quarter * 3 + 1, 1);
  if (dayOfQuarter < 1 || dayOfQuarter > next - first)
    fail("dayOfQuarter " + std::to_string(dayOfQuarter) + " is out of range (1 to " + std::to_string(next - first) + ")");
  return first + dayOfQuarter - 1;
}

// Adds calendar months, keeping the day unless the month is shorter (Jan 31 + 1 month = Feb 28/29).
std::int64_t addMonths(std::int64_t days, std::int64_t months) {
  if (months == 0) return days;
  Civil c = civilFromDays(days);
  i128 total = static_cast<i128>(c.year) * 12 + (c.month - 1) + months;
  std::int64_t year = narrow(floorDiv128(total, 12), "year");
  unsigned month = static_cast<unsigned>(total - static_cast<i128>(year) * 12) + 1;
  checkYear(year);
  return daysFromCivil(year, month, std::min(c.day, lastDayOfMonth(year, month)));
}

// ---- zones (tz.h over the system tzdata) ----

struct Zone {
  bool present = false;
  std::int32_t offset = 0;  // fixed offset, or the named zone's offset at the value's instant
  std::string name;         // IANA name, or "" for a fixed offset
};

const date::time_zone* findZone(const std::string& name) {
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    fail("unknown time zone '" + name + "'");
  }
}

// tz.h's rules work within its year range; far instants take the offset at the range's edge.
std::int64_t clampForZone(std::int64_t seconds) {
  constexpr std::int64_t limit = 900000000000;  // about ±28500 years around 1970
  return std::max(-limit, std::min(limit, seconds));
}

std::int32_t offsetAt(const std::string& name, std::int64_t utcSeconds) {
  auto info = findZone(name)->get_info(date::sys_seconds{std::chrono::seconds{clampForZone(utcSeconds)}});
  return static_cast<std::int32_t>(info.offset.count());
}

// The UTC instant of a local wall-clock time in `zone`. In a gap (spring forward) the time moves
// forward by the gap's length; in an overlap (fall back) the earlier offset wins unless
// `preferred` is one of the two, as java.time (and so Neo4j) resolves them.
std::int64_t utcFromLocal(const Zone& zone, std::int64_t localSeconds, std::optional<std::int32_t> preferred = {}) {
  if (zone.name.empty()) return localSeconds - zone.offset;
  std::int64_t clamped = clampForZone(localSeconds);
  auto info = findZone(zone.name)->get_info(date::local_seconds{std::chrono::seconds{clamped}});
  std::int64_t offset = info.first.offset.count();
  if (info.result == date::local_info::ambiguous && preferred && *preferred == info.second.offset.count())
    offset = info.second.offset.count();
  return localSeconds - offset;
}

// "+01:00", "-02:05:07", "Z".
std::string offsetText(std::int32_t offset) {
  if (offset == 0) return "Z";
  std::int32_t a = std::abs(offset);
  char buf[32];
  if (a % 60 != 0) std::snprintf(buf, sizeof buf, "%c%02d:%02d:%02d", offset < 0 ? '-' : '+', a / 3600, a / 60 % 60, a % 60);
  else std::snprintf(buf, sizeof buf, "%c%02d:%02d", offset < 0 ? '-' : '+', a / 3600, a / 60 % 60);
  return buf;
}

bool allDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::int64_t digitsValue(std::string_view s) {
  std::int64_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// An offset "+HH", "+HHMM", "+HH:MM", "+HH:MM:SS", "+HHMMSS" (or "-..."), or nullopt.
std::optional<std::int32_t> parseOffset(std::string_view s) {
  if (s.size() < 3 || (s[0] != '+' && s[0] != '-')) return std::nullopt;
  int sign = s[0] == '-' ? -1 : 1;
  std::string digits;
  std::string_view rest = s.substr(1);
  bool colons = rest.find(':') != std::string_view::npos;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == ':') {
      if (i % 3 != 2) return std::nullopt;
      continue;
    }
    if (rest[i] < '0' || rest[i] > '9') return std::nullopt;
    digits += rest[i];
  }
  if (colons && rest.size() != 5 && rest.size() != 8) return std::nullopt;
  if (digits.size() != 2 && digits.size() != 4 && digits.size() != 6) return std::nullopt;
  std::int64_t h = digitsValue(digits.substr(0, 2));
  std::int64_t m = digits.size() >= 4 ? digitsValue(digits.substr(2, 2)) : 0;
  std::int64_t sec = digits.size() == 6 ? digitsValue(digits.substr(4, 2)) : 0;
  if (m > 59 || sec > 59 || h * 3600 + m * 60 + sec > 18 * 3600)
    fail("time zone offset '" + std::string(s) + "' is out of range (-18:00 to +18:00)");
  return static_cast<std::int32_t>(sign * (h * 3600 + m * 60 + sec));
}

// A `timezone` field or the zone part of a string: an offset, "Z", or an IANA name.
Zone parseZone(std::string_view s) {
  Zone z;
  z.present = true;
  if (s == "Z" || s == "z") return z;
  if (auto offset = parseOffset(s)) {
    z.offset = *offset;
    return z;
  }
  z.name = std::string(s);
  findZone(z.name);  // throws for an unknown name
  return z;
}

// ---- values taken apart ----

// A temporal instant in local terms: a date, a time of day, a zone, each possibly absent.
struct Parts {
  bool hasDate = false;
  std::int64_t days = 0;
  bool hasTime = false;
  std::int64_t nanos = 0;  // of the day
  Zone zone;
};

Parts partsOf(const Value& v) {
  Parts p;
  auto splitLocal = [&p](std::int64_t localSeconds, std::int32_t nanos) {
    p.hasDate = p.hasTime = true;
    p.days = floorDiv(localSeconds, kSecondsPerDay);
    p.nanos = floorMod(localSeconds, kSecondsPerDay) * kNanosPerSecond + nanos;
  };
  switch (v.kind()) {
    case ValueKind::Date:
      p.hasDate = true;
      p.days = v.asDate().days;
      break;
    case ValueKind::LocalTime:
      p.hasTime = true;
      p.nanos = v.asLocalTime().nanos;
      break;
    case ValueKind::Time:
      p.hasTime = true;
      p.nanos = v.asTime().nanos;
      p.zone.present = true;
      p.zone.offset = v.asTime().offsetSeconds;
      break;
    case ValueKind::LocalDateTime: splitLocal(v.asLocalDateTime().seconds, v.asLocalDateTime().nanos); break;
    case ValueKind::DateTime: {
      const DateTime& d = v.asDateTime();
      splitLocal(d.seconds + d.offsetSeconds, d.nanos);
      p.zone.present = true;
      p.zone.offset = d.offsetSeconds;
      p.zone.name = d.zone;
      break;
    }
    default: fail(std::string("expected a temporal value but was ") + kindName(v.kind()));
  }
  return p;
}

std::int64_t localSecondsOf(const Parts& p) { return p.days * kSecondsPerDay + p.nanos / kNanosPerSecond; }

DateTime makeDateTime(std::int64_t utcSeconds, std::int32_t nanos, const Zone& zone) {
  DateTime d;
  d.seconds = utcSeconds;
  d.nanos = nanos;
  d.zone = zone.name;
  d.offsetSeconds = zone.name.empty() ? zone.offset : offsetAt(zone.name, utcSeconds);
  // The local date must be within the year range too (epoch values can be anything).
  i128 local = static_cast<i128>(utcSeconds) + d.offsetSeconds;
  checkYear(civilFromDays(narrow(floorDiv128(local, kSecondsPerDay), "instant")).year);
  return d;
}

// A named zone's offset for a time of day without a date: the offset it has now.
std::int32_t currentOffset(const Zone& z) {
  if (z.name.empty()) return z.offset;
  auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  return offsetAt(z.name, now.time_since_epoch().count());
}

bool kindHasDate(ValueKind k) { return k == ValueKind::Date || k == ValueKind::LocalDateTime || k == ValueKind::DateTime; }
bool kindHasTime(ValueKind k) { return k != ValueKind::Date && k != ValueKind::Duration; }
bool kindHasZone(ValueKind k) { return k == ValueKind::Time || k == ValueKind::DateTime; }

Value build(ValueKind kind, const Parts& p, std::optional<std::int32_t> preferredOffset = {}) {
  if (kindHasDate(kind)) checkYear(civilFromDays(p.days).year);  // a week date can cross the last year
  switch (kind) {
    case ValueKind::Date: return Value(Date{p.days});
    case ValueKind::LocalTime: return Value(LocalTime{p.nanos});
    case ValueKind::Time: {
      std::int32_t offset = 0;
      if (p.zone.present) {
        if (p.zone.name.empty()) offset = p.zone.offset;
        else if (p.hasDate) offset = offsetAt(p.zone.name, utcFromLocal(p.zone, localSecondsOf(p)));
        else offset = currentOffset(p.zone);
      }
      return Value(Time{p.nanos, offset});
    }
    case ValueKind::LocalDateTime:
      return Value(LocalDateTime{localSecondsOf(p), static_cast<std::int32_t>(p.nanos % kNanosPerSecond)});
    case ValueKind::DateTime: {
      Zone z = p.zone.present ? p.zone : Zone{true, 0, ""};
      std::int64_t utc = utcFromLocal(z, localSecondsOf(p), preferredOffset);
      return Value(makeDateTime(utc, static_cast<std::int32_t>(p.nanos % kNanosPerSecond), z));
    }
    default: fail("not a temporal instant kind");
  }
}


// ---- formatting ----

std::string two(std::int64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02lld", static_cast<long long>(v));
  return buf;
}

std::string yearText(std::int64_t y) {
  char buf[32];
  if (y > 9999) std::snprintf(buf, sizeof buf, "+%lld", static_cast<long long>(y));
  else if (y < 0) std::snprintf(buf, sizeof buf, "-%04lld", static_cast<long long>(-y));
  else std::snprintf(buf, sizeof buf, "%04lld", static_cast<long long>(y));
  return buf;
}

std::string dateText(std::int64_t days) {
  Civil c = civilFromDays(days);
  return yearText(c.year) + "-" + two(c.month) + "-" + two(c.day);
}

// Fractions in groups of three digits, as java.time prints them.
std::string fractionText(std::int64_t nanos) {
  char buf[32];
  if (nanos % 1000000 == 0) std::snprintf(buf, sizeof buf, ".%03lld", static_cast<long long>(nanos / 1000000));
  else if (nanos % 1000 == 0) std::snprintf(buf, sizeof buf, ".%06lld", static_cast<long long>(nanos / 1000));
  else std::snprintf(buf, sizeof buf, ".%09lld", static_cast<long long>(nanos));
  return buf;
}

std::string timeText(std::int64_t nanosOfDay) {
  std::int64_t s = nanosOfDay / kNanosPerSecond, n = nanosOfDay % kNanosPerSecond;
  std::string out = two(s / 3600) + ":" + two(s / 60 % 60);
  if (s % 60 != 0 || n != 0) out += ":" + two(s % 60);
  if (n != 0) out += fractionText(n);
  return out;
}

std::string durationText(const Duration& d) {
  std::string out = "P";
  std::int64_t years = d.months / 12, months = d.months % 12;
  if (years) out += std::to_string(years) + "Y";
  if (months) out += std::to_string(months) + "M";
  if (d.days) out += std::to_string(d.days) + "D";
  if (d.seconds != 0 || d.nanos != 0) {
    out += "T";
    // Toward zero: -59.999 s is seconds -59 and nanos -999000000, printed "-59.999S".
    std::int64_t total = d.seconds, nanos = d.nanos;
    if (total < 0 && nanos > 0) {
      total += 1;
      nanos -= kNanosPerSecond;
    }
    std::int64_t hours = total / 3600, minutes = total % 3600 / 60, seconds = total % 60;
    bool negative = seconds < 0 || nanos < 0;
    seconds = std::abs(seconds);
    nanos = std::abs(nanos);
    if (hours) out += std::to_string(hours) + "H";
    if (minutes) out += std::to_string(minutes) + "M";
    if (seconds != 0 || nanos != 0) {
      if (negative) out += "-";
      out += std::to_string(seconds);
      if (nanos != 0) {
        char buf[32];
        std::snprintf(buf, sizeof buf, ".%09lld", static_cast<long long>(nanos));
        std::string f = buf;
        while (f.back() == '0') f.pop_back();
        out += f;
      }
      out += "S";
    }
  }
  if (out == "P") out = "PT0S";
  return out;
}

// ---- parsing ----

[[noreturn]] void badText(ValueKind kind, std::string_view text) {
  fail("'" + std::string(text) + "' is not a valid " + constructorName(kind) + " string");
}

// A date: 2015-07-21, 20150721, 2015-07, 201507, 2015-W30-2, 2015W302, 2015-W30, 2015-202, 2015202, 2015,
// with a signed year of more than four digits (+999999999-12-31).
std::int64_t parseDatePart(std::string_view s, ValueKind kind, std::string_view whole) {
  std::size_t i = 0;
  int sign = 1;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    sign = s[0] == '-' ? -1 : 1;
    ++i;
  }
  std::size_t yearEnd = i;
  while (yearEnd < s.size() && std::isdigit(static_cast<unsigned char>(s[yearEnd]))) ++yearEnd;
  std::size_t yearDigits = yearEnd - i;
  if (yearDigits < 4) badText(kind, whole);
  if (i == 0 && yearDigits > 4) yearDigits = 4;  // unsigned: the year is four digits (20150721)
  if (yearDigits > 9) badText(kind, whole);
  std::int64_t year = sign * digitsValue(s.substr(i, yearDigits));
  std::string_view rest = s.substr(i + yearDigits);
  if (rest.empty()) return daysFromCivil(year, 1, 1);
  bool dashed = rest[0] == '-';
  if (dashed) rest.remove_prefix(1);
  if (!rest.empty() && (rest[0] == 'W' || rest[0] == 'w')) {
    rest.remove_prefix(1);
    if (rest.size() < 2 || !allDigits(rest.substr(0, 2))) badText(kind, whole);
    std::int64_t week = digitsValue(rest.substr(0, 2));
    rest.remove_prefix(2);
    std::int64_t dow = 1;
    if (!rest.empty()) {
      if (dashed) {
        if (rest[0] != '-') badText(kind, whole);
        rest.remove_prefix(1);
      }
      if (rest.size() != 1 || !allDigits(rest)) badText(kind, whole);
      dow = digitsValue(rest);
    }
    return daysFromWeekDate(year, week, dow);
  }
  if (!dashed && !allDigits(rest)) badText(kind, whole);
  if (rest.size() == 3 && allDigits(rest)) return daysFromOrdinal(year, digitsValue(rest));
  if (rest.size() < 2 || !allDigits(rest.substr(0, 2))) badText(kind, whole);
  std::int64_t month = digitsValue(rest.substr(0, 2));
  rest.remove_prefix(2);
  if (rest.empty()) return daysFromCivil(year, month, 1);
  if (dashed) {
    if (rest[0] != '-') badText(kind, whole);
    rest.remove_prefix(1);
  }
  if (rest.size() != 2 || !allDigits(rest)) badText(kind, whole);
  return daysFromCivil(year, month, digitsValue(rest));
}

// A time of day: 21:40:32.142, 214032.142, 21:40, 2140, 21 (fraction with '.' or ',').
std::int64_t parseTimePart(std::string_view s, ValueKind kind, std::string_view whole) {
  std::int64_t fields[3] = {0, 0, 0};
  std::int64_t nanos = 0;
  std::size_t i = 0;
  int count = 0;
  bool colons = s.find(':') != std::string_view::npos;
  while (count < 3) {
    if (i + 2 > s.size() || !allDigits(s.substr(i, 2))) badText(kind, whole);
    fields[count++] = digitsValue(s.substr(i, 2));
    i += 2;
    if (i == s.size()) break;
    if (s[i] == '.' || s[i] == ',') break;
    if (colons) {
      if (s[i] != ':') badText(kind, whole);
      ++i;
    }
  }
  if (i < s.size()) {
    if ((s[i] != '.' && s[i] != ',') || count != 3) badText(kind, whole);
    std::string_view f = s.substr(i + 1);
    if (f.empty() || f.size() > 9 || !allDigits(f)) badText(kind, whole);
    nanos = digitsValue(f);
    for (std::size_t k = f.size(); k < 9; ++k) nanos *= 10;
  }
  if (fields[0] > 23 || fields[1] > 59 || fields[2] > 59) badText(kind, whole);
  return ((fields[0] * 60 + fields[1]) * 60 + fields[2]) * kNanosPerSecond + nanos;
}

// Splits "12:00+01:00[Europe/Stockholm]" into the time and its zone.
std::string_view splitZone(std::string_view s, Zone& zone) {
  std::string_view name;
  if (!s.empty() && s.back() == ']') {
    std::size_t open = s.find('[');
    if (open == std::string_view::npos) fail("'" + std::string(s) + "' has an unclosed time zone name");
    name = s.substr(open + 1, s.size() - open - 2);
    s = s.substr(0, open);
  }
  std::size_t at = s.find_first_of("Zz+-");
  if (at != std::string_view::npos) {
    zone = parseZone(s.substr(at));
    s = s.substr(0, at);
  }
  if (!name.empty()) {
    std::optional<std::int32_t> given = zone.present ? std::optional<std::int32_t>(zone.offset) : std::nullopt;
    zone = parseZone(name);
    if (given) zone.offset = *given;  // checked against the zone once the instant is known
  }
  return s;
}

Duration normalizeDuration(i128 months, i128 days, i128 nanos) {
  Duration d;
  d.months = narrow(months, "duration months");
  d.days = narrow(days, "duration days");
  i128 seconds = floorDiv128(nanos, kNanosPerSecond);
  d.seconds = narrow(seconds, "duration seconds");
  d.nanos = static_cast<std::int32_t>(nanos - seconds * kNanosPerSecond);
  return d;
}

// Sums duration components of mixed integer and fractional amounts; fractions cascade down
// (a month is 30.436875 days, as in Neo4j; a day is 86400 seconds).
class DurationBuilder {
 public:
  enum Unit { Months, Days, Nanos };
  void addInt(i128 amount, Unit u, std::int64_t multiplier) { exact_[u] += amount * multiplier; }
  void addFloat(long double amount, Unit u, std::int64_t multiplier) {
    if (!std::isfinite(amount)) fail("a duration component must be finite");
    long double x = amount * static_cast<long double>(multiplier);
    if (std::fabs(x) > 1.7e38L) fail("duration is out of range");
    long double whole = std::trunc(x);
    exact_[u] += static_cast<i128>(whole);
    fraction_[u] += x - whole;
  }
  void add(const Value& v, Unit u, std::int64_t multiplier, const std::string& field) {
    if (v.isInt()) addInt(v.asInt(), u, multiplier);
    else if (v.isFloat()) addFloat(v.asFloat(), u, multiplier);
    else fail("duration component '" + field + "' must be a number but was " + kindName(v.kind()));
  }
  Duration finish() const {
    long double days = fraction_[Months] * 30.436875L + fraction_[Days];
    long double wholeDays = std::trunc(days);
    long double nanos = (days - wholeDays) * static_cast<long double>(kNanosPerDay) + fraction_[Nanos];
    return normalizeDuration(exact_[Months], exact_[Days] + static_cast<i128>(wholeDays),
                             exact_[Nanos] + static_cast<i128>(std::llround(nanos)));
  }

 private:
  i128 exact_[3] = {0, 0, 0};
  long double fraction_[3] = {0, 0, 0};
};

// One "12.5H"-style number of a duration string: the digits are read exactly (seconds to the
// nanosecond); a fraction of a larger unit cascades down (DurationBuilder).
void durationNumber(std::string_view& s, DurationBuilder& b, DurationBuilder::Unit u, std::int64_t mult, std::string_view whole) {
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  std::size_t intBegin = i;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  std::string_view intDigits = s.substr(intBegin, i - intBegin);
  if (intDigits.empty()) badText(ValueKind::Duration, whole);
  std::string_view fracDigits;
  if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
    std::size_t fracBegin = ++i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    fracDigits = s.substr(fracBegin, i - fracBegin);
  }
  while (intDigits.size() > 1 && intDigits[0] == '0') intDigits.remove_prefix(1);
  if (intDigits.size() > 20) fail("a duration component in '" + std::string(whole) + "' is out of range");
  i128 whole128 = 0;
  for (char c : intDigits) whole128 = whole128 * 10 + (c - '0');
  i128 sign = negative ? -1 : 1;
  b.addInt(sign * whole128, u, mult);
  if (!fracDigits.empty()) {
    // The fraction to nine digits, exactly, as nanoseconds of the unit.
    std::string nine(fracDigits.substr(0, 9));
    while (nine.size() < 9) nine += '0';
    i128 fracNanos = digitsValue(nine);
    if (u == DurationBuilder::Nanos) b.addInt(sign * fracNanos * (mult / kNanosPerSecond), u, 1);
    else b.addFloat(static_cast<long double>(sign * fracNanos) / kNanosPerSecond, u, mult);
  }
  s.remove_prefix(i);
}

Duration parseDuration(std::string_view text) {
  std::string_view s = text;
  int sign = 1;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    sign = s[0] == '-' ? -1 : 1;
    s.remove_prefix(1);
  }
  if (s.empty() || (s[0] != 'P' && s[0] != 'p')) badText(ValueKind::Duration, text);
  s.remove_prefix(1);
  DurationBuilder b;
  // The alternative form P2012-02-02T14:37:21.545.
  if (s.size() >= 10 && s[4] == '-' && allDigits(s.substr(0, 4))) {
    std::size_t t = s.find_first_of("Tt");
    std::string_view datePart = s.substr(0, t);
    if (datePart.size() != 10 || datePart[7] != '-' || !allDigits(datePart.substr(5, 2)) || !allDigits(datePart.substr(8, 2)))
      badText(ValueKind::Duration, text);
    b.addInt(digitsValue(datePart.substr(0, 4)) * 12 + digitsValue(datePart.substr(5, 2)), DurationBuilder::Months, 1);
    b.addInt(digitsValue(datePart.substr(8, 2)), DurationBuilder::Days, 1);
    if (t != std::string_view::npos) b.addInt(parseTimePart(s.substr(t + 1), ValueKind::Duration, text), DurationBuilder::Nanos, 1);
  } else {
    bool inTime = false;
    bool any = false;
    const char* order = "YMWD";
    const char* timeOrder = "HMS";
    std::size_t at = 0;
    while (!s.empty()) {
      if (s[0] == 'T' || s[0] == 't') {
        if (inTime) badText(ValueKind::Duration, text);
        inTime = true;
        at = 0;
        s.remove_prefix(1);
        if (s.empty()) badText(ValueKind::Duration, text);
        continue;
      }
      std::string_view before = s;
      std::size_t i = 0;
      while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '-' || s[i] == '+' || s[i] == '.' || s[i] == ','))
        ++i;
      if (i == s.size()) badText(ValueKind::Duration, text);
      char designator = static_cast<char>(std::toupper(static_cast<unsigned char>(s[i])));
      const char* units = inTime ? timeOrder : order;
      const char* found = std::strchr(units + at, designator);
      if (designator == 0 || found == nullptr) badText(ValueKind::Duration, text);
      at = static_cast<std::size_t>(found - units) + 1;
      std::string_view number = s.substr(0, i);
      DurationBuilder::Unit unit = DurationBuilder::Nanos;
      std::int64_t mult = 1;
      if (!inTime) {
        switch (designator) {
          case 'Y': unit = DurationBuilder::Months, mult = 12; break;
          case 'M': unit = DurationBuilder::Months, mult = 1; break;
          case 'W': unit = DurationBuilder::Days, mult = 7; break;
          default: unit = DurationBuilder::Days, mult = 1; break;
        }
      } else {
        mult = designator == 'H' ? 3600 * kNanosPerSecond : designator == 'M' ? 60 * kNanosPerSecond : kNanosPerSecond;
      }
      durationNumber(number, b, unit, mult, text);
      if (!number.empty()) badText(ValueKind::Duration, text);
      s = before.substr(i + 1);
      any = true;
    }
    if (!any) badText(ValueKind::Duration, text);
  }
  Duration d = b.finish();
  if (sign < 0) d = addDurations(Duration{}, d, -1);
  return d;
}

// ---- construction from maps ----

std::optional<std::int64_t> intField(const Map& m, const char* name) {
  auto it = m.find(name);
  if (it == m.end() || it->second.isNull()) return std::nullopt;
  if (!it->second.isInt()) fail(std::string("'") + name + "' must be an integer but was " + kindName(it->second.kind()));
  return it->second.asInt();
}

std::int64_t checkedRange(std::optional<std::int64_t> v, std::int64_t fallback, std::int64_t lo, std::int64_t hi, const char* name) {
  std::int64_t x = v.value_or(fallback);
  if (x < lo || x > hi)
    fail(std::string(name) + " " + std::to_string(x) + " is out of range (" + std::to_string(lo) + " to " + std::to_string(hi) + ")");
  return x;
}

const char* const kDateFields[] = {"year", "month", "day", "week", "dayOfWeek", "quarter", "dayOfQuarter", "ordinalDay", "weekYear"};
const char* const kTimeFields[] = {"hour", "minute", "second", "millisecond", "microsecond", "nanosecond"};

bool hasAny(const Map& m, std::initializer_list<const char*> names) {
  for (const char* n : names)
    if (m.count(n)) return true;
  return false;
}

// Applies the date and time fields of `m` to `p` (whose date and time, if present, are the base
// the fields override).
void applyFields(ValueKind kind, const Map& m, Parts& p) {
  for (const auto& field : m) {
    // (Not a structured binding: C++17 lambdas cannot capture one, and clang says so.)
    const std::string& key = field.first;
    bool dateField = std::find_if(std::begin(kDateFields), std::end(kDateFields), [&](const char* f) { return key == f; }) != std::end(kDateFields);
    bool timeField = std::find_if(std::begin(kTimeFields), std::end(kTimeFields), [&](const char* f) { return key == f; }) != std::end(kTimeFields);
    bool known = dateField || timeField || key == "timezone" || key == "date" || key == "time" || key == "datetime";
    if (!known) fail("'" + key + "' is not a component of " + constructorName(kind));
    if (dateField && !kindHasDate(kind)) fail("'" + key + "' is not a component of " + constructorName(kind));
    if (timeField && !kindHasTime(kind)) fail("'" + key + "' is not a component of " + constructorName(kind));
    if (key == "timezone" && !kindHasZone(kind)) fail("'timezone' is not a component of " + std::string(constructorName(kind)));
  }
  if (kindHasDate(kind)) {
    auto year = intField(m, "year");
    if (hasAny(m, {"week", "dayOfWeek", "weekYear"})) {
      WeekDate base = p.hasDate ? weekDateFromDays(p.days) : WeekDate{0, 1, 1};
      if (!p.hasDate && !year) fail("year must be given with week and dayOfWeek");
      auto weekYear = intField(m, "weekYear");
      std::int64_t y = year.value_or(weekYear.value_or(base.weekYear));
      p.days = daysFromWeekDate(y, intField(m, "week").value_or(base.week), intField(m, "dayOfWeek").value_or(base.dayOfWeek));
    } else if (m.count("ordinalDay")) {
      if (!p.hasDate && !year) fail("year must be given with ordinalDay");
      std::int64_t y = year.value_or(p.hasDate ? civilFromDays(p.days).year : 0);
      p.days = daysFromOrdinal(y, *intField(m, "ordinalDay"));
    } else if (hasAny(m, {"quarter", "dayOfQuarter"})) {
      if (!p.hasDate && !year) fail("year must be given with quarter");
      std::int64_t y = year.value_or(0), q = 1, dq = 1;
      if (p.hasDate) {
        Civil c = civilFromDays(p.days);
        if (!year) y = c.year;
        q = (c.month - 1) / 3 + 1;
        dq = p.days - daysFromCivil(c.year, (q - 1) * 3 + 1, 1) + 1;
      }
      p.days = daysFromQuarter(y, intField(m, "quarter").value_or(q), intField(m, "dayOfQuarter").value_or(dq));
    } else if (hasAny(m, {"year", "month", "day"})) {
      if (!p.hasDate && !year) fail("year must be given");
      Civil c = p.hasDate ? civilFromDays(p.days) : Civil{0, 1, 1};
      if (!p.hasDate && m.count("day") && !m.count("month")) fail("month must be given with day");
      p.days = daysFromCivil(year.value_or(c.year), intField(m, "month").value_or(c.month), intField(m, "day").value_or(c.day));
    } else if (!p.hasDate) {
      fail(std::string(constructorName(kind)) + " needs a date: give year (and month, day, ...) or date");
    }
    p.hasDate = true;
  }
  if (kindHasTime(kind)) {
    std::int64_t base = p.hasTime ? p.nanos : 0;
    std::int64_t bs = base / kNanosPerSecond;
    std::int64_t h = checkedRange(intField(m, "hour"), bs / 3600, 0, 23, "hour");
    std::int64_t mi = checkedRange(intField(m, "minute"), bs / 60 % 60, 0, 59, "minute");
    std::int64_t s = checkedRange(intField(m, "second"), bs % 60, 0, 59, "second");
    if (!p.hasTime) {
      if (m.count("minute") && !m.count("hour")) fail("hour must be given with minute");
      if (m.count("second") && !m.count("minute")) fail("minute must be given with second");
    }
    // Each sub-second field replaces its own digits of the base's fraction (a nanosecond below
    // 1000 keeps the base's milliseconds and microseconds), as Neo4j's truncate-then-adjust does.
    std::int64_t fraction = base % kNanosPerSecond;
    if (auto ms = intField(m, "millisecond")) fraction = checkedRange(ms, 0, 0, 999, "millisecond") * 1000000 + fraction % 1000000;
    if (auto us = intField(m, "microsecond")) {
      std::int64_t u = checkedRange(us, 0, 0, 999999, "microsecond");
      fraction = (u < 1000 ? fraction / 1000000 * 1000000 : 0) + u * 1000 + fraction % 1000;
    }
    if (auto ns = intField(m, "nanosecond")) {
      std::int64_t n = checkedRange(ns, 0, 0, 999999999, "nanosecond");
      fraction = n < 1000 ? fraction / 1000 * 1000 + n : n < 1000000 ? fraction / 1000000 * 1000000 + n : n;
    }
    p.nanos = ((h * 60 + mi) * 60 + s) * kNanosPerSecond + fraction;
    p.hasTime = true;
  }
}

// Moves `p` (in its own zone) to `to`, keeping the instant.
void convertZone(Parts& p, const Zone& to) {
  if (p.hasDate) {
    std::int64_t utc = utcFromLocal(p.zone, localSecondsOf(p));
    std::int32_t offset = to.name.empty() ? to.offset : offsetAt(to.name, utc);
    std::int64_t local = utc + offset;
    std::int64_t fraction = p.nanos % kNanosPerSecond;
    p.days = floorDiv(local, kSecondsPerDay);
    p.nanos = floorMod(local, kSecondsPerDay) * kNanosPerSecond + fraction;
  } else {
    std::int64_t shift = static_cast<std::int64_t>(currentOffset(to) - currentOffset(p.zone)) * kNanosPerSecond;
    p.nanos = floorMod(p.nanos + shift, kNanosPerDay);
  }
  p.zone = to;
}

Value fromFields(ValueKind kind, const Map& m, Parts p, bool assignZone) {
  applyFields(kind, m, p);
  auto tz = m.find("timezone");
  if (tz != m.end() && !tz->second.isNull()) {
    if (!tz->second.isString()) fail(std::string("'timezone' must be a string but was ") + kindName(tz->second.kind()));
    Zone z = parseZone(tz->second.asString());
    if (p.zone.present && !assignZone) convertZone(p, z);
    else p.zone = z;
  }
  return build(kind, p);
}

Duration durationFromMap(const Map& m) {
  struct UnitSpec {
    const char* name;
    DurationBuilder::Unit unit;
    std::int64_t multiplier;
  };
  static const UnitSpec units[] = {
      {"years", DurationBuilder::Months, 12}, {"quarters", DurationBuilder::Months, 3},
      {"months", DurationBuilder::Months, 1}, {"weeks", DurationBuilder::Days, 7},
      {"days", DurationBuilder::Days, 1}, {"hours", DurationBuilder::Nanos, 3600 * kNanosPerSecond},
      {"minutes", DurationBuilder::Nanos, 60 * kNanosPerSecond}, {"seconds", DurationBuilder::Nanos, kNanosPerSecond},
      {"milliseconds", DurationBuilder::Nanos, 1000000}, {"microseconds", DurationBuilder::Nanos, 1000},
      {"nanoseconds", DurationBuilder::Nanos, 1}};
  DurationBuilder b;
  for (const auto& [key, value] : m) {
    const UnitSpec* spec = nullptr;
    for (const UnitSpec& u : units)
      if (key == u.name) spec = &u;
    if (!spec) fail("'" + key + "' is not a component of duration");
    if (value.isNull()) continue;
    b.add(value, spec->unit, spec->multiplier, key);
  }
  return b.finish();
}

// ---- between ----

struct Point {
  bool hasDate = false;
  bool hasTime = false;
  i128 local = 0;  // local nanoseconds since 1970-01-01T00:00 (or of the day without a date)
  Zone zone;
};

i128 localNanos(const Parts& p) { return static_cast<i128>(p.days) * kNanosPerDay + p.nanos; }

i128 utcNanos(const Zone& z, i128 local, std::optional<std::int32_t> preferred = {}) {
  if (!z.present) return local;
  i128 seconds = floorDiv128(local, kNanosPerSecond);
  i128 fraction = local - seconds * kNanosPerSecond;
  return static_cast<i128>(utcFromLocal(z, narrow(seconds, "instant"), preferred)) * kNanosPerSecond + fraction;
}

i128 localFromUtc(const Zone& z, i128 utc) {
  if (!z.present) return utc;
  std::int64_t seconds = narrow(floorDiv128(utc, kNanosPerSecond), "instant");
  std::int32_t offset = z.name.empty() ? z.offset : offsetAt(z.name, seconds);
  return utc + static_cast<i128>(offset) * kNanosPerSecond;
}

// java.time's until(): whole months from a to b, where a partial month does not count.
i128 monthsBetween(i128 a, i128 b) {
  std::int64_t da = narrow(floorDiv128(a, kNanosPerDay), "date"), db = narrow(floorDiv128(b, kNanosPerDay), "date");
  i128 ta = a - static_cast<i128>(da) * kNanosPerDay, tb = b - static_cast<i128>(db) * kNanosPerDay;
  Civil ca = civilFromDays(da), cb = civilFromDays(db);
  i128 months = (static_cast<i128>(cb.year) * 12 + cb.month) - (static_cast<i128>(ca.year) * 12 + ca.month);
  // Compare the day-and-time within the month.
  auto rest = [](const Civil& c, i128 t) { return static_cast<i128>(c.day) * kNanosPerDay + t; };
  if (months > 0 && rest(cb, tb) < rest(ca, ta)) --months;
  else if (months < 0 && rest(cb, tb) > rest(ca, ta)) ++months;
  return months;
}

i128 daysBetween(i128 a, i128 b) {
  i128 da = floorDiv128(a, kNanosPerDay), db = floorDiv128(b, kNanosPerDay);
  i128 ta = a - da * kNanosPerDay, tb = b - db * kNanosPerDay;
  i128 days = db - da;
  if (days > 0 && tb < ta) --days;
  else if (days < 0 && tb > ta) ++days;
  return days;
}

i128 addMonthsLocal(i128 local, i128 months) {
  std::int64_t d = narrow(floorDiv128(local, kNanosPerDay), "date");
  i128 t = local - static_cast<i128>(d) * kNanosPerDay;
  return static_cast<i128>(addMonths(d, narrow(months, "months"))) * kNanosPerDay + t;
}

Duration negate(const Duration& d) {
  i128 nanos = -(static_cast<i128>(d.seconds) * kNanosPerSecond + d.nanos);
  return normalizeDuration(-static_cast<i128>(d.months), -static_cast<i128>(d.days), nanos);
}

std::size_t mix(std::size_t seed, std::size_t h) { return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)); }

int cmp(i128 a, i128 b) { return a < b ? -1 : a > b ? 1 : 0; }

template <class T>
int order(const T& a, const T& b) { return a < b ? -1 : b < a ? 1 : 0; }

}  // namespace

const char* constructorName(ValueKind kind) {
  switch (kind) {
    case ValueKind::Date: return "date";
    case ValueKind::LocalTime: return "localtime";
    case ValueKind::Time: return "time";
    case ValueKind::LocalDateTime: return "localdatetime";
    case ValueKind::DateTime: return "datetime";
    case ValueKind::Duration: return "duration";
    default: return "temporal";
  }
}

std::string toIso(const Value& v) {
  switch (v.kind()) {
    case ValueKind::Date: return dateText(v.asDate().days);
    case ValueKind::LocalTime: return timeText(v.asLocalTime().nanos);
    case ValueKind::Time: return timeText(v.asTime().nanos) + offsetText(v.asTime().offsetSeconds);
    case ValueKind::LocalDateTime: {
      Parts p = partsOf(v);
      return dateText(p.days) + "T" + timeText(p.nanos);
    }
    case ValueKind::DateTime: {
      Parts p = partsOf(v);
      std::string out = dateText(p.days) + "T" + timeText(p.nanos) + offsetText(v.asDateTime().offsetSeconds);
      if (!v.asDateTime().zone.empty()) out += "[" + v.asDateTime().zone + "]";
      return out;
    }
    case ValueKind::Duration: return durationText(v.asDuration());
    default: return v.toCypher();
  }
}

Value parse(ValueKind kind, std::string_view text) {
  std::string_view s = text;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (s.empty()) badText(kind, text);
  if (kind == ValueKind::Duration) return Value(parseDuration(s));
  Parts p;
  if (kind == ValueKind::Date) {
    p.hasDate = true;
    p.days = parseDatePart(s, kind, text);
    return build(kind, p);
  }
  std::string_view datePart, timePart = s;
  if (kindHasDate(kind)) {
    std::size_t t = s.find_first_of("Tt");
    datePart = s.substr(0, t);
    timePart = t == std::string_view::npos ? std::string_view() : s.substr(t + 1);
    p.hasDate = true;
    p.days = parseDatePart(datePart, kind, text);
    if (t != std::string_view::npos && timePart.empty()) badText(kind, text);
  }
  Zone zone;
  timePart = splitZone(timePart, zone);
  if (zone.present && !kindHasZone(kind)) {
    // localtime('12:00+01:00') and localdatetime('...Z'): Neo4j ignores the zone.
    zone = Zone{};
  }
  p.hasTime = true;
  p.nanos = timePart.empty() ? 0 : parseTimePart(timePart, kind, text);
  p.zone = zone;
  if (kind == ValueKind::DateTime && zone.present && !zone.name.empty()) {
    // "...+01:00[Europe/Stockholm]": the offset picks the instant in an overlap.
    Value v = build(kind, p, zone.offset);
    return v;
  }
  return build(kind, p);
}

bool mapMeansNow(const Map& fields) {
  for (const auto& entry : fields)
    if (entry.first != "timezone") return false;
  return true;
}

Value fromMap(ValueKind kind, const Map& m) {
  if (kind == ValueKind::Duration) return Value(durationFromMap(m));
  Parts p;
  if (kind == ValueKind::DateTime && hasAny(m, {"epochSeconds", "epochMillis"})) {
    for (const auto& entry : m)
      if (entry.first != "epochSeconds" && entry.first != "epochMillis" && entry.first != "nanosecond" &&
          entry.first != "timezone" && entry.first != "millisecond" && entry.first != "microsecond")
        fail("'" + entry.first + "' cannot be combined with epochSeconds or epochMillis");
    i128 nanos = 0;
    if (auto s = intField(m, "epochSeconds")) nanos += static_cast<i128>(*s) * kNanosPerSecond;
    if (auto ms = intField(m, "epochMillis")) nanos += static_cast<i128>(*ms) * 1000000;
    nanos += static_cast<i128>(intField(m, "millisecond").value_or(0)) * 1000000 +
             static_cast<i128>(intField(m, "microsecond").value_or(0)) * 1000 + intField(m, "nanosecond").value_or(0);
    i128 seconds = floorDiv128(nanos, kNanosPerSecond);
    Zone z{true, 0, ""};
    auto tz = m.find("timezone");
    if (tz != m.end() && tz->second.isString()) z = parseZone(tz->second.asString());
    return Value(makeDateTime(narrow(seconds, "epoch seconds"), static_cast<std::int32_t>(nanos - seconds * kNanosPerSecond), z));
  }
  auto take = [&](const char* key, bool date, bool time) {
    auto it = m.find(key);
    if (it == m.end() || it->second.isNull()) return;
    if (!it->second.isTemporal() || it->second.kind() == ValueKind::Duration)
      fail(std::string("'") + key + "' must be a temporal value but was " + kindName(it->second.kind()));
    Parts q = partsOf(it->second);
    if (date) {
      if (!q.hasDate) fail(std::string("'") + key + "' must have a date but was " + kindName(it->second.kind()));
      p.hasDate = true;
      p.days = q.days;
    }
    if (time && q.hasTime) {
      p.hasTime = true;
      p.nanos = q.nanos;
      p.zone = q.zone;
    } else if (time && !date) {
      fail(std::string("'") + key + "' must have a time but was " + kindName(it->second.kind()));
    }
  };
  take("datetime", true, true);
  take("date", true, false);
  take("time", false, true);
  return fromFields(kind, m, p, false);
}

Value convert(ValueKind kind, const Value& from) {
  if (kind == ValueKind::Duration) {
    if (from.kind() == ValueKind::Duration) return from;
    fail(std::string("duration() cannot be made from a ") + kindName(from.kind()));
  }
  if (from.kind() == ValueKind::Duration) fail(std::string(constructorName(kind)) + "() cannot be made from a DURATION");
  Parts p = partsOf(from);
  if (kindHasDate(kind) && !p.hasDate)
    fail(std::string(constructorName(kind)) + "() cannot be made from a " + kindName(from.kind()) + ": it has no date");
  if (kindHasTime(kind) && !p.hasTime) {
    if (kind == ValueKind::LocalTime || kind == ValueKind::Time)
      fail(std::string(constructorName(kind)) + "() cannot be made from a " + kindName(from.kind()) + ": it has no time");
    p.hasTime = true;
    p.nanos = 0;
  }
  if (kind == ValueKind::DateTime && from.kind() == ValueKind::DateTime) return from;
  return build(kind, p, p.zone.present ? std::optional<std::int32_t>(p.zone.offset) : std::nullopt);
}

Value now(ValueKind kind, std::string_view zoneName, std::int64_t epochSeconds, std::int32_t nanos) {
  Zone z{true, 0, ""};
  if (!zoneName.empty()) z = parseZone(zoneName);
  DateTime instant = makeDateTime(epochSeconds, nanos, z);
  return kind == ValueKind::DateTime ? Value(instant) : convert(kind, Value(instant));
}

Value fromEpoch(std::int64_t seconds, std::int64_t nanos) {
  i128 total = static_cast<i128>(seconds) * kNanosPerSecond + nanos;
  i128 s = floorDiv128(total, kNanosPerSecond);
  return Value(makeDateTime(narrow(s, "epoch seconds"), static_cast<std::int32_t>(total - s * kNanosPerSecond), Zone{true, 0, ""}));
}

Value component(const Value& v, std::string_view name) {
  if (v.kind() == ValueKind::Duration) {
    const Duration& d = v.asDuration();
    // As Neo4j: seconds round down and the sub-second part is never negative (-0.1 s is
    // seconds -1, nanosecondsOfSecond 900000000).
    i128 totalNanos = static_cast<i128>(d.seconds) * kNanosPerSecond + d.nanos;
    i128 secondsTowardZero = d.seconds;
    i128 subsecond = d.nanos;
    auto i = [&name](i128 x) { return Value(narrow(x, std::string(name).c_str())); };
    if (name == "years") return i(d.months / 12);
    if (name == "quarters") return i(d.months / 3);
    if (name == "months") return i(d.months);
    if (name == "weeks") return i(d.days / 7);
    if (name == "days") return i(d.days);
    if (name == "hours") return i(secondsTowardZero / 3600);
    if (name == "minutes") return i(secondsTowardZero / 60);
    if (name == "seconds") return i(secondsTowardZero);
    if (name == "milliseconds") return i(totalNanos / 1000000);
    if (name == "microseconds") return i(totalNanos / 1000);
    if (name == "nanoseconds") return i(totalNanos);
    if (name == "quartersOfYear") return i(d.months / 3 % 4);
    if (name == "monthsOfQuarter") return i(d.months % 3);
    if (name == "monthsOfYear") return i(d.months % 12);
    if (name == "daysOfWeek") return i(d.days % 7);
    if (name == "minutesOfHour") return i(secondsTowardZero / 60 % 60);
    if (name == "secondsOfMinute") return i(secondsTowardZero % 60);
    if (name == "millisecondsOfSecond") return i(subsecond / 1000000);
    if (name == "microsecondsOfSecond") return i(subsecond / 1000);
    if (name == "nanosecondsOfSecond") return i(subsecond);
    fail("DURATION has no component '" + std::string(name) + "'");
  }
  Parts p = partsOf(v);
  if (p.hasDate) {
    Civil c = civilFromDays(p.days);
    if (name == "year") return Value(c.year);
    if (name == "month") return Value(static_cast<std::int64_t>(c.month));
    if (name == "day") return Value(static_cast<std::int64_t>(c.day));
    if (name == "quarter") return Value(static_cast<std::int64_t>((c.month - 1) / 3 + 1));
    if (name == "dayOfQuarter")
      return Value(p.days - daysFromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1) + 1);
    if (name == "ordinalDay") return Value(p.days - daysFromCivil(c.year, 1, 1) + 1);
    WeekDate w = weekDateFromDays(p.days);
    if (name == "week") return Value(static_cast<std::int64_t>(w.week));
    if (name == "weekYear") return Value(w.weekYear);
    if (name == "dayOfWeek" || name == "weekDay") return Value(static_cast<std::int64_t>(w.dayOfWeek));
  }
  if (p.hasTime) {
    std::int64_t s = p.nanos / kNanosPerSecond, n = p.nanos % kNanosPerSecond;
    if (name == "hour") return Value(s / 3600);
    if (name == "minute") return Value(s / 60 % 60);
    if (name == "second") return Value(s % 60);
    if (name == "millisecond") return Value(n / 1000000);
    if (name == "microsecond") return Value(n / 1000);
    if (name == "nanosecond") return Value(n);
  }
  if (p.zone.present) {
    if (name == "timezone") return Value(p.zone.name.empty() ? offsetText(p.zone.offset) : p.zone.name);
    if (name == "offset") return Value(offsetText(p.zone.offset));  // as java.time writes it: "Z" for UTC
    if (name == "offsetMinutes") return Value(static_cast<std::int64_t>(p.zone.offset / 60));
    if (name == "offsetSeconds") return Value(static_cast<std::int64_t>(p.zone.offset));
  }
  if (v.kind() == ValueKind::DateTime) {
    const DateTime& d = v.asDateTime();
    if (name == "epochSeconds") return Value(d.seconds);
    if (name == "epochMillis") return Value(narrow(static_cast<i128>(d.seconds) * 1000 + d.nanos / 1000000, "epochMillis"));
  }
  fail(std::string(kindName(v.kind())) + " has no component '" + std::string(name) + "'");
}

Duration addDurations(const Duration& a, const Duration& b, int sign) {
  i128 nanosA = static_cast<i128>(a.seconds) * kNanosPerSecond + a.nanos;
  i128 nanosB = static_cast<i128>(b.seconds) * kNanosPerSecond + b.nanos;
  return normalizeDuration(static_cast<i128>(a.months) + sign * static_cast<i128>(b.months),
                           static_cast<i128>(a.days) + sign * static_cast<i128>(b.days), nanosA + sign * nanosB);
}

Duration scale(const Duration& d, double factor, bool divide) {
  if (divide && factor == 0) fail("division of a duration by zero");
  long double f = divide ? 1.0L / static_cast<long double>(factor) : static_cast<long double>(factor);
  DurationBuilder b;
  if (!divide && factor == std::trunc(factor) && std::fabs(factor) < 9e15) {
    auto k = static_cast<i128>(factor);
    b.addInt(static_cast<i128>(d.months) * k, DurationBuilder::Months, 1);
    b.addInt(static_cast<i128>(d.days) * k, DurationBuilder::Days, 1);
    b.addInt((static_cast<i128>(d.seconds) * kNanosPerSecond + d.nanos) * k, DurationBuilder::Nanos, 1);
    return b.finish();
  }
  b.addFloat(static_cast<long double>(d.months) * f, DurationBuilder::Months, 1);
  b.addFloat(static_cast<long double>(d.days) * f, DurationBuilder::Days, 1);
  long double nanos = (static_cast<long double>(d.seconds) * kNanosPerSecond + d.nanos) * f;
  b.addFloat(nanos, DurationBuilder::Nanos, 1);
  return b.finish();
}

Value add(const Value& t, const Duration& dIn, int sign) {
  Duration d = sign < 0 ? negate(dIn) : dIn;
  i128 timeNanos = static_cast<i128>(d.seconds) * kNanosPerSecond + d.nanos;
  switch (t.kind()) {
    case ValueKind::Duration: return Value(addDurations(t.asDuration(), dIn, sign));
    case ValueKind::Date: {
      std::int64_t days = addMonths(t.asDate().days, d.months);
      i128 total = static_cast<i128>(days) + d.days + d.seconds / kSecondsPerDay;
      std::int64_t result = narrow(total, "date");
      checkYear(civilFromDays(result).year);
      return Value(Date{result});
    }
    case ValueKind::LocalTime: {
      i128 n = (t.asLocalTime().nanos + timeNanos) % kNanosPerDay;
      if (n < 0) n += kNanosPerDay;
      return Value(LocalTime{static_cast<std::int64_t>(n)});
    }
    case ValueKind::Time: {
      i128 n = (t.asTime().nanos + timeNanos) % kNanosPerDay;
      if (n < 0) n += kNanosPerDay;
      return Value(Time{static_cast<std::int64_t>(n), t.asTime().offsetSeconds});
    }
    case ValueKind::LocalDateTime:
    case ValueKind::DateTime: {
      Parts p = partsOf(t);
      i128 local = localNanos(p);
      local = addMonthsLocal(local, d.months) + static_cast<i128>(d.days) * kNanosPerDay;
      if (t.kind() == ValueKind::LocalDateTime) {
        local += timeNanos;
        std::int64_t days = narrow(floorDiv128(local, kNanosPerDay), "date");
        checkYear(civilFromDays(days).year);
        Parts q;
        q.hasDate = q.hasTime = true;
        q.days = days;
        q.nanos = static_cast<std::int64_t>(local - static_cast<i128>(days) * kNanosPerDay);
        return build(ValueKind::LocalDateTime, q);
      }
      // Months and days move the wall clock; the time part moves the instant.
      i128 utc = utcNanos(p.zone, local, p.zone.offset) + timeNanos;
      i128 seconds = floorDiv128(utc, kNanosPerSecond);
      DateTime out = makeDateTime(narrow(seconds, "instant"), static_cast<std::int32_t>(utc - seconds * kNanosPerSecond), p.zone);
      checkYear(civilFromDays(floorDiv(out.seconds + out.offsetSeconds, kSecondsPerDay)).year);
      return Value(out);
    }
    default: fail(std::string("cannot add a duration to a ") + kindName(t.kind()));
  }
}

Duration between(const Value& a, const Value& b, BetweenUnit unit) {
  if (a.kind() == ValueKind::Duration || b.kind() == ValueKind::Duration || !a.isTemporal() || !b.isTemporal())
    fail("duration.between needs two temporal instants");
  Parts pa = partsOf(a), pb = partsOf(b);
  // A time without a date is taken on the other's date (and a date without a time at midnight).
  if (pa.hasDate != pb.hasDate) {
    Parts& dated = pa.hasDate ? pa : pb;
    Parts& undated = pa.hasDate ? pb : pa;
    undated.hasDate = true;
    undated.days = dated.days;
  }
  if (!pa.hasDate) {
    // Two times of day.
    if (unit == BetweenUnit::Months || unit == BetweenUnit::Days) return Duration{};
    i128 ta = pa.nanos, tb = pb.nanos;
    if (pa.zone.present && pb.zone.present) {
      ta -= static_cast<i128>(pa.zone.offset) * kNanosPerSecond;
      tb -= static_cast<i128>(pb.zone.offset) * kNanosPerSecond;
    }
    return normalizeDuration(0, 0, tb - ta);
  }
  // Both have dates: work in a's zone (or b's, when a has none); a value without a zone is
  // wall-clock time in that zone.
  Zone zone = pa.zone.present ? pa.zone : pb.zone;
  auto instant = [&zone](const Parts& p) {
    if (p.zone.present) return utcNanos(p.zone, localNanos(p), p.zone.offset);
    return utcNanos(zone, localNanos(p));
  };
  i128 ua = instant(pa), ub = instant(pb);
  if (unit == BetweenUnit::Seconds) return normalizeDuration(0, 0, ub - ua);
  i128 la = localNanos(pa);
  i128 lb = pb.zone.present && pa.zone.present ? localFromUtc(zone, ub) : localNanos(pb);
  if (unit == BetweenUnit::Days) return normalizeDuration(0, daysBetween(la, lb), 0);
  i128 months = monthsBetween(la, lb);
  if (unit == BetweenUnit::Months) return normalizeDuration(months, 0, 0);
  i128 afterMonths = addMonthsLocal(la, months);
  i128 days = daysBetween(afterMonths, lb);
  i128 afterDays = afterMonths + days * kNanosPerDay;
  std::optional<std::int32_t> preferred;
  if (zone.present) preferred = pa.zone.present ? pa.zone.offset : pb.zone.offset;
  return normalizeDuration(months, days, ub - utcNanos(zone, afterDays, preferred));
}

Value truncate(ValueKind kind, std::string_view unit, const Value& v, const Map& overrides) {
  if (!v.isTemporal() || v.kind() == ValueKind::Duration)
    fail(std::string("truncate needs a temporal instant but was ") + kindName(v.kind()));
  Parts p = partsOf(v);
  static const char* const dateUnits[] = {"millennium", "century", "decade", "year", "weekYear", "quarter", "month", "week", "day"};
  static const char* const timeUnits[] = {"hour", "minute", "second", "millisecond", "microsecond"};
  bool dateUnit = std::find_if(std::begin(dateUnits), std::end(dateUnits), [&](const char* u) { return unit == u; }) != std::end(dateUnits);
  bool timeUnit = std::find_if(std::begin(timeUnits), std::end(timeUnits), [&](const char* u) { return unit == u; }) != std::end(timeUnits);
  if (!dateUnit && !timeUnit) fail("'" + std::string(unit) + "' is not a unit to truncate to");
  if (dateUnit && !kindHasDate(kind) && unit != "day") fail("a " + std::string(constructorName(kind)) + " cannot be truncated to " + std::string(unit));
  if (kindHasDate(kind) && !p.hasDate) fail(std::string("cannot truncate a ") + kindName(v.kind()) + " to a " + constructorName(kind));
  if (dateUnit) {
    Civil c = civilFromDays(p.days);
    if (unit == "millennium") p.days = daysFromCivil(floorDiv(c.year, 1000) * 1000, 1, 1);
    else if (unit == "century") p.days = daysFromCivil(floorDiv(c.year, 100) * 100, 1, 1);
    else if (unit == "decade") p.days = daysFromCivil(floorDiv(c.year, 10) * 10, 1, 1);
    else if (unit == "year") p.days = daysFromCivil(c.year, 1, 1);
    else if (unit == "weekYear") p.days = daysFromWeekDate(weekDateFromDays(p.days).weekYear, 1, 1);
    else if (unit == "quarter") p.days = daysFromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1);
    else if (unit == "month") p.days = daysFromCivil(c.year, c.month, 1);
    else if (unit == "week") p.days -= weekDateFromDays(p.days).dayOfWeek - 1;
    p.nanos = 0;
  } else {
    std::int64_t step = unit == "hour" ? 3600 * kNanosPerSecond
                        : unit == "minute" ? 60 * kNanosPerSecond
                        : unit == "second" ? kNanosPerSecond
                        : unit == "millisecond" ? 1000000 : 1000;
    p.nanos -= p.nanos % step;
  }
  p.hasTime = true;
  bool assignZone = overrides.count("timezone") != 0;
  if (assignZone) p.zone = Zone{};
  return fromFields(kind, overrides, p, assignZone);
}

int compare(const Value& a, const Value& b) {
  switch (a.kind()) {
    case ValueKind::Date: return cmp(a.asDate().days, b.asDate().days);
    case ValueKind::LocalTime: return cmp(a.asLocalTime().nanos, b.asLocalTime().nanos);
    case ValueKind::Time: {
      i128 x = a.asTime().nanos - static_cast<i128>(a.asTime().offsetSeconds) * kNanosPerSecond;
      i128 y = b.asTime().nanos - static_cast<i128>(b.asTime().offsetSeconds) * kNanosPerSecond;
      if (int c = cmp(x, y)) return c;
      return cmp(a.asTime().offsetSeconds, b.asTime().offsetSeconds);
    }
    case ValueKind::LocalDateTime: {
      if (int c = cmp(a.asLocalDateTime().seconds, b.asLocalDateTime().seconds)) return c;
      return cmp(a.asLocalDateTime().nanos, b.asLocalDateTime().nanos);
    }
    case ValueKind::DateTime: {
      const DateTime& x = a.asDateTime();
      const DateTime& y = b.asDateTime();
      return order(std::tie(x.seconds, x.nanos, x.offsetSeconds, x.zone), std::tie(y.seconds, y.nanos, y.offsetSeconds, y.zone));
    }
    case ValueKind::Duration: {
      const Duration& x = a.asDuration();
      const Duration& y = b.asDuration();
      return order(std::tie(x.months, x.days, x.seconds, x.nanos), std::tie(y.months, y.days, y.seconds, y.nanos));
    }
    default: return 0;
  }
}

std::size_t hash(const Value& v) {
  std::hash<std::int64_t> h;
  std::size_t seed = static_cast<std::size_t>(v.kind()) * 0x1000193;
  switch (v.kind()) {
    case ValueKind::Date: return mix(seed, h(v.asDate().days));
    case ValueKind::LocalTime: return mix(seed, h(v.asLocalTime().nanos));
    case ValueKind::Time: return mix(mix(seed, h(v.asTime().nanos)), h(v.asTime().offsetSeconds));
    case ValueKind::LocalDateTime: return mix(mix(seed, h(v.asLocalDateTime().seconds)), h(v.asLocalDateTime().nanos));
    case ValueKind::DateTime: {
      const DateTime& d = v.asDateTime();
      return mix(mix(mix(seed, h(d.seconds)), h(d.nanos)), std::hash<std::string>()(d.zone) ^ h(d.offsetSeconds));
    }
    case ValueKind::Duration: {
      const Duration& d = v.asDuration();
      return mix(mix(mix(mix(seed, h(d.months)), h(d.days)), h(d.seconds)), h(d.nanos));
    }
    default: return seed;
  }
}

}  // namespace kgq::temporal
