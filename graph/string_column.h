// StringColumn: the strings of one dense property column (graph/property_store.h), one per slot,
// in 16 bytes a slot plus the bytes of the longer strings.
//
// Why: a std::vector<std::string> costs 32 bytes a slot, and every string past 15 bytes is also
// its own heap block (at least 32 bytes more). A graph's string properties are mostly set once and
// then read, so a slot here keeps up to 15 bytes inline and longer strings point into one arena of
// 1 MiB chunks, filled front to back (no per-string allocation, no copying when it grows). At L
// (10^6 nodes: an `id` and a `name` each) that is ~50 MB less than std::string slots.
//
// Promises: get() returns exactly the bytes last set (any bytes, embedded NULs included; empty for
// a slot never set or cleared) and stays valid until the next change to the column. Bytes of
// overwritten long strings are reclaimed by compacting the arena once they outweigh the live ones,
// so the arena never holds more than about twice the live bytes (plus one chunk). Not thread-safe
// for writes.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace kgq {

class StringColumn {
 public:
  std::size_t size() const { return slots_.size(); }
  // Grows with empty slots, or drops the slots past `size`.
  void resize(std::size_t size);
  std::string_view get(std::size_t slot) const {
    const Slot& s = slots_[slot];
    if (s.bytes[kTag] != kLong) return std::string_view(s.bytes, static_cast<unsigned char>(s.bytes[kTag]));
    Long l = s.asLong();
    return std::string_view(chunks_[l.chunk].data.get() + l.offset, l.length);
  }
  void set(std::size_t slot, std::string_view value);
  void clear(std::size_t slot) { set(slot, std::string_view()); }
  // The arena's bytes (live and reclaimable), for tests and memory accounting.
  std::size_t arenaBytes() const;

 private:
  static constexpr std::size_t kInline = 15;  // bytes 0..14 hold an inline string
  static constexpr std::size_t kTag = 15;     // byte 15: the inline length, or kLong
  static constexpr char kLong = static_cast<char>(0xFF);
  static constexpr std::size_t kChunk = std::size_t{1} << 20;

  struct Long {
    std::uint32_t chunk, offset, length;
  };
  struct Slot {
    char bytes[16] = {};  // all zero: the empty inline string
    Long asLong() const {
      Long l;
      std::memcpy(&l, bytes, sizeof l);
      return l;
    }
  };
  static_assert(sizeof(Long) < 16 && sizeof(Slot) == 16, "a slot is 16 bytes");
  struct Chunk {
    std::unique_ptr<char[]> data;
    std::uint32_t capacity = 0, used = 0;
  };

  Long append(std::string_view value);  // copies value into the arena
  void release(const Slot& s) {         // its long bytes become reclaimable
    if (s.bytes[kTag] == kLong) garbage_ += s.asLong().length;
  }
  void compact();

  std::vector<Slot> slots_;
  std::vector<Chunk> chunks_;
  std::size_t live_ = 0, garbage_ = 0;  // long bytes in use / overwritten
};

}  // namespace kgq
