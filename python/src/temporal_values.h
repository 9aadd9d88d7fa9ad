// Temporal kgq values <-> Python's datetime objects. Compiled only when include/kgq/value.h has
// the temporal kinds (python/CMakeLists.txt defines KGQ_PYTHON_TEMPORAL then).
//
// Promises: Date <-> datetime.date; LocalTime <-> datetime.time without tzinfo; Time <->
// datetime.time with a fixed-offset tzinfo; LocalDateTime <-> naive datetime.datetime; DateTime
// <-> aware datetime.datetime (tzinfo zoneinfo.ZoneInfo for a named zone, else a fixed
// datetime.timezone); Duration -> kgq.Duration (months, days, seconds, nanoseconds: a month has
// no fixed length, so no timedelta can hold one), and datetime.timedelta or kgq.Duration ->
// Duration. Python keeps microseconds: digits below them are dropped on the way out. A value
// outside Python's years 1..9999 raises ValueError naming it. Needs the GIL.
#pragma once

#if KGQ_PYTHON_TEMPORAL

#include <pybind11/pybind11.h>

#include <kgq/value.h>

#include <optional>
#include <string>

namespace kgqpy {

// `value` is one of the temporal kinds.
pybind11::object temporalToPython(const kgq::Value& value);
// The kgq value of a datetime.date/time/datetime/timedelta or kgq.Duration; nullopt for anything else.
std::optional<kgq::Value> temporalFromPython(pybind11::handle object, const std::string& where);

}  // namespace kgqpy

#endif
