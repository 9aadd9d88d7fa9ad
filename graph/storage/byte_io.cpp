#include "graph/storage/byte_io.h"

#include "graph/temporal.h"

namespace kgq::storage {
namespace {
// Temporal values are their kind and ISO text (temporal::toIso), read back by temporal::parse,
// which checks them as it checks a query's literal: exact, and safe on a damaged file.
enum Tag : std::uint8_t { Null, False, True, Int, Float, String, ListTag, MapTag, TemporalTag };
// Deeper lists than any query can build; bounds the reader's recursion on corrupt input.
constexpr int kMaxDepth = 64;
}  // namespace

void ByteWriter::value(const Value& v) {
  switch (v.kind()) {
    case ValueKind::Null: u8(Null); return;
    case ValueKind::Bool: u8(v.asBool() ? True : False); return;
    case ValueKind::Int: u8(Int); u64(static_cast<std::uint64_t>(v.asInt())); return;
    case ValueKind::Float: {
      u8(Float);
      double d = v.asFloat();
      raw(&d, sizeof d);
      return;
    }
    case ValueKind::String: u8(String); string(v.asString()); return;
    case ValueKind::List:
      u8(ListTag);
      u32(static_cast<std::uint32_t>(v.asList().size()));
      for (const Value& item : v.asList()) value(item);
      return;
    case ValueKind::Map:
      u8(MapTag);
      u32(static_cast<std::uint32_t>(v.asMap().size()));
      for (const auto& [key, item] : v.asMap()) {
        string(key);
        value(item);
      }
      return;
    default:
      if (v.isTemporal()) {
        u8(TemporalTag);
        u8(static_cast<std::uint8_t>(v.kind()));
        string(temporal::toIso(v));
        return;
      }
      throw Error(ErrorKind::Runtime, std::string("cannot store a value of kind ") + kindName(v.kind()));
  }
}

Value ByteReader::value(int depth) {
  if (depth > kMaxDepth) fail("values nested too deep");
  std::size_t at = offset();
  switch (u8()) {
    case Null: return Value();
    case False: return Value(false);
    case True: return Value(true);
    case Int: return Value(static_cast<std::int64_t>(u64()));
    case Float: {
      double d;
      std::memcpy(&d, take(sizeof d, "a float"), sizeof d);
      return Value(d);
    }
    case String: return Value(string());
    case ListTag: {
      std::uint32_t n = u32();
      if (n > remaining()) fail("a list of " + std::to_string(n) + " values runs past the end");
      List list;
      list.reserve(n);
      for (std::uint32_t i = 0; i < n; ++i) list.push_back(value(depth + 1));
      return Value(std::move(list));
    }
    case MapTag: {
      std::uint32_t n = u32();
      if (n > remaining()) fail("a map of " + std::to_string(n) + " entries runs past the end");
      Map map;
      for (std::uint32_t i = 0; i < n; ++i) {
        std::string key = string();
        map.emplace(std::move(key), value(depth + 1));
      }
      return Value(std::move(map));
    }
    case TemporalTag: {
      auto kind = static_cast<ValueKind>(u8());
      std::string text = string();
      switch (kind) {
        case ValueKind::Date:
        case ValueKind::LocalTime:
        case ValueKind::Time:
        case ValueKind::LocalDateTime:
        case ValueKind::DateTime:
        case ValueKind::Duration: break;
        default: failAt(at, "unknown temporal kind");
      }
      try {
        return temporal::parse(kind, text);
      } catch (const Error& e) {
        failAt(at, std::string("a damaged temporal value: ") + e.what());
      }
    }
    default:
      failAt(at, "unknown value tag");
  }
}

void ByteReader::failAt(std::size_t at, const std::string& what) const {
  throw Error(ErrorKind::Load, file_ + ": offset " + std::to_string(at) + ": " + what);
}

}  // namespace kgq::storage
