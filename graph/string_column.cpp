#include "graph/string_column.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace kgq {

void StringColumn::resize(std::size_t size) {
  for (std::size_t s = size; s < slots_.size(); ++s) {
    if (slots_[s].bytes[kTag] == kLong) {
      live_ -= slots_[s].asLong().length;
      release(slots_[s]);
    }
  }
  slots_.resize(size);
  if (garbage_ > kChunk && garbage_ > live_) compact();
}

std::size_t StringColumn::arenaBytes() const {
  std::size_t n = 0;
  for (const Chunk& c : chunks_) n += c.capacity;
  return n;
}

StringColumn::Long StringColumn::append(std::string_view value) {
  if (value.size() > std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("a string property of 4 GiB or more");
  const auto length = static_cast<std::uint32_t>(value.size());
  // A string larger than a chunk gets a chunk of its own; otherwise the last chunk, or a new one.
  if (chunks_.empty() || chunks_.back().capacity - chunks_.back().used < length) {
    Chunk c;
    c.capacity = static_cast<std::uint32_t>(std::max<std::size_t>(kChunk, length));
    c.data = std::make_unique<char[]>(c.capacity);
    chunks_.push_back(std::move(c));
  }
  Chunk& c = chunks_.back();
  Long l{static_cast<std::uint32_t>(chunks_.size() - 1), c.used, length};
  std::memcpy(c.data.get() + c.used, value.data(), length);
  c.used += length;
  live_ += length;
  return l;
}

void StringColumn::set(std::size_t slot, std::string_view value) {
  Slot& s = slots_[slot];
  if (s.bytes[kTag] == kLong) {
    live_ -= s.asLong().length;
    release(s);
  }
  Slot fresh;
  if (value.size() <= kInline) {
    if (!value.empty()) std::memcpy(fresh.bytes, value.data(), value.size());  // (an empty view's data() may be null)
    fresh.bytes[kTag] = static_cast<char>(value.size());
  } else {
    Long l = append(value);
    std::memcpy(fresh.bytes, &l, sizeof l);
    fresh.bytes[kTag] = kLong;
  }
  s = fresh;
  if (garbage_ > kChunk && garbage_ > live_) compact();
}

// Copies every live long string into fresh chunks, in slot order, and drops the old ones.
void StringColumn::compact() {
  std::vector<Chunk> old;
  old.swap(chunks_);
  live_ = 0;
  garbage_ = 0;
  for (Slot& s : slots_) {
    if (s.bytes[kTag] != kLong) continue;
    Long was = s.asLong();
    Long now = append(std::string_view(old[was.chunk].data.get() + was.offset, was.length));
    std::memcpy(s.bytes, &now, sizeof now);
  }
}

}  // namespace kgq
