// The temporal function family: the constructors date, localtime, time, localdatetime, datetime
// and duration (from a string, a map, another temporal value, or the clock), their
// .transaction/.statement/.realtime clocks and .truncate, datetime.fromepoch(millis), and
// duration.between/inMonths/inDays/inSeconds. The rules themselves are in graph/temporal.h;
// this file checks arguments and names the call in every error.
#include "query/function/function_families.h"

#include "query/exec/evaluator.h"

#include "graph/temporal.h"

#include <chrono>

namespace kgq {
namespace {

using Args = std::vector<Value>;

[[noreturn]] void temporalError(const temporal::TemporalError& e, const BoundExpr& call) {
  throw Error(ErrorKind::Runtime, std::string(e.what()) + " in `" + call.text + "`");
}

// The clock reading of this statement (the same for every call in one query) or of now.
std::pair<std::int64_t, std::int32_t> clockReading(EvalContext& ctx, bool realtime) {
  auto read = [] {
    auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    std::int64_t s = ns / 1000000000;
    std::int64_t n = ns % 1000000000;
    if (n < 0) n += 1000000000, s -= 1;
    return std::pair<std::int64_t, std::int32_t>(s, static_cast<std::int32_t>(n));
  };
  if (realtime) return read();
  if (!ctx.statementClock) ctx.statementClock = read();
  return *ctx.statementClock;
}

// timestamp(): the statement's clock in milliseconds since 1970-01-01T00:00Z, the same for every
// call in one query (as Neo4j's).
Value fnTimestamp(std::vector<Value>&, const BoundExpr&, EvalContext& ctx) {
  auto [seconds, nanos] = clockReading(ctx, false);
  return Value(seconds * 1000 + nanos / 1000000);
}

Value current(ValueKind kind, const Value* zoneArg, const BoundExpr& call, EvalContext& ctx, bool realtime) {
  std::string zone;
  if (zoneArg && !zoneArg->isNull()) {
    if (zoneArg->isString()) zone = zoneArg->asString();
    else if (zoneArg->isMap()) {
      auto it = zoneArg->asMap().find("timezone");
      if (it != zoneArg->asMap().end() && it->second.isString()) zone = it->second.asString();
      else if (it != zoneArg->asMap().end() && !it->second.isNull()) typeMismatch("STRING", it->second, call);
    } else {
      typeMismatch("STRING", *zoneArg, call);
    }
  }
  auto [s, n] = clockReading(ctx, realtime);
  try {
    return temporal::now(kind, zone, s, n);
  } catch (const temporal::TemporalError& e) {
    temporalError(e, call);
  }
}

template <ValueKind K>
Value fnConstruct(Args& a, const BoundExpr& call, EvalContext& ctx) {
  if (a.empty()) {
    if (K == ValueKind::Duration) throw Error(ErrorKind::Runtime, "duration() needs an argument: a string or a map in `" + call.text + "`");
    return current(K, nullptr, call, ctx, false);
  }
  const Value& v = a[0];
  if (v.isNull()) return v;
  try {
    if (v.isString()) return temporal::parse(K, v.asString());
    if (v.isMap()) {
      if (K != ValueKind::Duration && temporal::mapMeansNow(v.asMap())) return current(K, &v, call, ctx, false);
      if (K == ValueKind::Duration && v.asMap().empty())
        throw Error(ErrorKind::Runtime, "duration() needs at least one component in `" + call.text + "`");
      return temporal::fromMap(K, v.asMap());
    }
    if (v.isTemporal()) return temporal::convert(K, v);
  } catch (const temporal::TemporalError& e) {
    temporalError(e, call);
  }
  typeMismatch("STRING, MAP or a temporal value", v, call);
}

template <ValueKind K, bool Realtime>
Value fnClock(Args& a, const BoundExpr& call, EvalContext& ctx) {
  if (!a.empty() && a[0].isNull()) return Value();
  return current(K, a.empty() ? nullptr : &a[0], call, ctx, Realtime);
}

template <ValueKind K>
Value fnTruncate(Args& a, const BoundExpr& call, EvalContext&) {
  if (a[0].isNull() || a[1].isNull()) return Value();
  if (!a[0].isString()) typeMismatch("STRING", a[0], call);
  Map overrides;
  if (a.size() > 2 && !a[2].isNull()) {
    if (!a[2].isMap()) typeMismatch("MAP", a[2], call);
    overrides = a[2].asMap();
  }
  try {
    return temporal::truncate(K, a[0].asString(), a[1], overrides);
  } catch (const temporal::TemporalError& e) {
    temporalError(e, call);
  }
}

Value fnFromEpoch(Args& a, const BoundExpr& call, EvalContext&) {
  if (a[0].isNull() || a[1].isNull()) return Value();
  if (!a[0].isInt()) typeMismatch("INTEGER", a[0], call);
  if (!a[1].isInt()) typeMismatch("INTEGER", a[1], call);
  try {
    return temporal::fromEpoch(a[0].asInt(), a[1].asInt());
  } catch (const temporal::TemporalError& e) {
    temporalError(e, call);
  }
}

Value fnFromEpochMillis(Args& a, const BoundExpr& call, EvalContext&) {
  if (a[0].isNull()) return Value();
  if (!a[0].isInt()) typeMismatch("INTEGER", a[0], call);
  std::int64_t ms = a[0].asInt();
  std::int64_t s = ms / 1000, rest = ms % 1000;
  if (rest < 0) rest += 1000, s -= 1;
  try {
    return temporal::fromEpoch(s, rest * 1000000);
  } catch (const temporal::TemporalError& e) {
    temporalError(e, call);
  }
}

template <temporal::BetweenUnit U>
Value fnBetween(Args& a, const BoundExpr& call, EvalContext&) {
  if (a[0].isNull() || a[1].isNull()) return Value();
  for (const Value& v : a)
    if (!v.isTemporal() || v.kind() == ValueKind::Duration) typeMismatch("a temporal instant", v, call);
  try {
    return Value(temporal::between(a[0], a[1], U));
  } catch (const temporal::TemporalError& e) {
    temporalError(e, call);
  }
}

}  // namespace

const std::vector<FunctionEntry>& temporalFunctions() {
  using temporal::BetweenUnit;
  static const std::vector<FunctionEntry> functions = {
      {"date", 0, 1, false, fnConstruct<ValueKind::Date>},
      {"localtime", 0, 1, false, fnConstruct<ValueKind::LocalTime>},
      {"time", 0, 1, false, fnConstruct<ValueKind::Time>},
      {"localdatetime", 0, 1, false, fnConstruct<ValueKind::LocalDateTime>},
      {"datetime", 0, 1, false, fnConstruct<ValueKind::DateTime>},
      {"timestamp", 0, 0, false, fnTimestamp},
      {"duration", 1, 1, false, fnConstruct<ValueKind::Duration>},
      {"date.transaction", 0, 1, false, fnClock<ValueKind::Date, false>},
      {"date.statement", 0, 1, false, fnClock<ValueKind::Date, false>},
      {"date.realtime", 0, 1, false, fnClock<ValueKind::Date, true>},
      {"localtime.transaction", 0, 1, false, fnClock<ValueKind::LocalTime, false>},
      {"localtime.statement", 0, 1, false, fnClock<ValueKind::LocalTime, false>},
      {"localtime.realtime", 0, 1, false, fnClock<ValueKind::LocalTime, true>},
      {"time.transaction", 0, 1, false, fnClock<ValueKind::Time, false>},
      {"time.statement", 0, 1, false, fnClock<ValueKind::Time, false>},
      {"time.realtime", 0, 1, false, fnClock<ValueKind::Time, true>},
      {"localdatetime.transaction", 0, 1, false, fnClock<ValueKind::LocalDateTime, false>},
      {"localdatetime.statement", 0, 1, false, fnClock<ValueKind::LocalDateTime, false>},
      {"localdatetime.realtime", 0, 1, false, fnClock<ValueKind::LocalDateTime, true>},
      {"datetime.transaction", 0, 1, false, fnClock<ValueKind::DateTime, false>},
      {"datetime.statement", 0, 1, false, fnClock<ValueKind::DateTime, false>},
      {"datetime.realtime", 0, 1, false, fnClock<ValueKind::DateTime, true>},
      {"date.truncate", 2, 3, false, fnTruncate<ValueKind::Date>},
      {"localtime.truncate", 2, 3, false, fnTruncate<ValueKind::LocalTime>},
      {"time.truncate", 2, 3, false, fnTruncate<ValueKind::Time>},
      {"localdatetime.truncate", 2, 3, false, fnTruncate<ValueKind::LocalDateTime>},
      {"datetime.truncate", 2, 3, false, fnTruncate<ValueKind::DateTime>},
      {"datetime.fromepoch", 2, 2, false, fnFromEpoch},
      {"datetime.fromepochmillis", 1, 1, false, fnFromEpochMillis},
      {"duration.between", 2, 2, false, fnBetween<BetweenUnit::All>},
      {"duration.inmonths", 2, 2, false, fnBetween<BetweenUnit::Months>},
      {"duration.indays", 2, 2, false, fnBetween<BetweenUnit::Days>},
      {"duration.inseconds", 2, 2, false, fnBetween<BetweenUnit::Seconds>},
  };
  return functions;
}

}  // namespace kgq
