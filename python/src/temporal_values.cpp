#include "temporal_values.h"

#if KGQ_PYTHON_TEMPORAL

#include <datetime.h>

#include <cstdint>

namespace kgqpy {

namespace py = pybind11;

namespace {

constexpr std::int64_t kEpochOrdinal = 719163;  // date(1970, 1, 1).toordinal()
constexpr std::int64_t kNanosPerSecond = 1000000000;

// Floor division and its remainder, for instants before 1970.
std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
std::int64_t floorMod(std::int64_t a, std::int64_t b) { return a - floorDiv(a, b) * b; }

py::module_& datetimeModule() {
  // Never destroyed: a static py::object would be released after the interpreter has finalized.
  static auto* m = new py::module_(py::module_::import("datetime"));
  return *m;
}

void importCapi() {
  if (!PyDateTimeAPI) {
    PyDateTime_IMPORT;
    if (!PyDateTimeAPI) throw py::error_already_set();
  }
}

py::object fixedZone(std::int64_t offsetSeconds) {
  py::module_& dt = datetimeModule();
  return dt.attr("timezone")(dt.attr("timedelta")(py::arg("seconds") = offsetSeconds));
}

py::object timeOfDay(std::int64_t nanos, py::object tzinfo) {
  std::int64_t s = nanos / kNanosPerSecond;
  return datetimeModule().attr("time")(s / 3600, s / 60 % 60, s % 60, nanos % kNanosPerSecond / 1000, tzinfo);
}

// The naive datetime `seconds` (and `nanos`) after 1970-01-01T00:00.
py::object wallClock(const kgq::Value& v, std::int64_t seconds, std::int64_t nanos) {
  std::int64_t ordinal = floorDiv(seconds, 86400) + kEpochOrdinal;
  if (ordinal < 1 || ordinal > 3652059)
    throw py::value_error(v.toCypher() + " is outside the years 1..9999 that Python's datetime holds");
  py::module_& dt = datetimeModule();
  py::object day = dt.attr("datetime").attr("fromordinal")(ordinal);
  return day + dt.attr("timedelta")(py::arg("seconds") = floorMod(seconds, 86400), py::arg("microseconds") = nanos / 1000);
}

std::int64_t nanosOfDay(py::handle t) {
  return ((PyDateTime_TIME_GET_HOUR(t.ptr()) * 60 + PyDateTime_TIME_GET_MINUTE(t.ptr())) * 60 +
          PyDateTime_TIME_GET_SECOND(t.ptr())) * kNanosPerSecond +
         PyDateTime_TIME_GET_MICROSECOND(t.ptr()) * std::int64_t{1000};
}

std::int64_t offsetOf(py::handle value, const std::string& where) {
  py::object offset = value.attr("utcoffset")();
  if (offset.is_none()) throw py::value_error(where + ": its tzinfo gives no UTC offset");
  return PyDateTime_DELTA_GET_DAYS(offset.ptr()) * std::int64_t{86400} + PyDateTime_DELTA_GET_SECONDS(offset.ptr());
}

}  // namespace

py::object temporalToPython(const kgq::Value& v) {
  py::module_& dt = datetimeModule();
  switch (v.kind()) {
    case kgq::ValueKind::Date: {
      std::int64_t ordinal = v.asDate().days + kEpochOrdinal;
      if (ordinal < 1 || ordinal > 3652059)
        throw py::value_error(v.toCypher() + " is outside the years 1..9999 that Python's datetime holds");
      return dt.attr("date").attr("fromordinal")(ordinal);
    }
    case kgq::ValueKind::LocalTime: return timeOfDay(v.asLocalTime().nanos, py::none());
    case kgq::ValueKind::Time: return timeOfDay(v.asTime().nanos, fixedZone(v.asTime().offsetSeconds));
    case kgq::ValueKind::LocalDateTime: return wallClock(v, v.asLocalDateTime().seconds, v.asLocalDateTime().nanos);
    case kgq::ValueKind::DateTime: {
      const kgq::DateTime& t = v.asDateTime();
      py::object zone = t.zone.empty() ? fixedZone(t.offsetSeconds) : py::module_::import("zoneinfo").attr("ZoneInfo")(t.zone);
      // The wall-clock time at the instant's offset, then the zone: fold and DST come out right.
      py::object local = wallClock(v, t.seconds + t.offsetSeconds, t.nanos);
      return local.attr("replace")(py::arg("tzinfo") = fixedZone(t.offsetSeconds)).attr("astimezone")(zone);
    }
    case kgq::ValueKind::Duration: {
      const kgq::Duration& d = v.asDuration();
      return py::module_::import("kgq.temporal").attr("Duration")(d.months, d.days, d.seconds, d.nanos);
    }
    default: break;
  }
  throw py::value_error(std::string("not a temporal value: ") + kgq::kindName(v.kind()));
}

std::optional<kgq::Value> temporalFromPython(py::handle o, const std::string& where) {
  importCapi();
  PyObject* p = o.ptr();
  if (PyDateTime_Check(p)) {  // before PyDate_Check: a datetime is a date
    std::int64_t days = static_cast<std::int64_t>(py::int_(o.attr("toordinal")())) - kEpochOrdinal;
    std::int64_t local = days * 86400 + (PyDateTime_DATE_GET_HOUR(p) * 60 + PyDateTime_DATE_GET_MINUTE(p)) * 60 +
                         PyDateTime_DATE_GET_SECOND(p);
    auto nanos = static_cast<std::int32_t>(PyDateTime_DATE_GET_MICROSECOND(p) * 1000);
    py::object tzinfo = o.attr("tzinfo");
    if (tzinfo.is_none()) return kgq::Value(kgq::LocalDateTime{local, nanos});
    std::int64_t offset = offsetOf(o, where);
    kgq::DateTime t;
    t.seconds = local - offset;
    t.nanos = nanos;
    t.offsetSeconds = static_cast<std::int32_t>(offset);
    py::object zoneInfo = py::module_::import("zoneinfo").attr("ZoneInfo");
    if (py::isinstance(tzinfo, zoneInfo)) t.zone = py::str(tzinfo.attr("key"));
    return kgq::Value(std::move(t));
  }
  if (PyDate_Check(p))
    return kgq::Value(kgq::Date{static_cast<std::int64_t>(py::int_(o.attr("toordinal")())) - kEpochOrdinal});
  if (PyTime_Check(p)) {
    if (o.attr("tzinfo").is_none()) return kgq::Value(kgq::LocalTime{nanosOfDay(o)});
    return kgq::Value(kgq::Time{nanosOfDay(o), static_cast<std::int32_t>(offsetOf(o, where))});
  }
  if (PyDelta_Check(p))
    return kgq::Value(kgq::Duration{0, PyDateTime_DELTA_GET_DAYS(p), PyDateTime_DELTA_GET_SECONDS(p),
                                    static_cast<std::int32_t>(PyDateTime_DELTA_GET_MICROSECONDS(p) * 1000)});
  py::object durationClass = py::module_::import("kgq.temporal").attr("Duration");
  if (py::isinstance(o, durationClass)) {
    auto field = [&](const char* name) { return static_cast<std::int64_t>(py::int_(o.attr(name))); };
    return kgq::Value(kgq::Duration{field("months"), field("days"), field("seconds"),
                                    static_cast<std::int32_t>(field("nanoseconds"))});
  }
  return std::nullopt;
}

}  // namespace kgqpy

#endif
