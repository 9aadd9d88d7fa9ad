// ByteWriter / ByteReader: the little-endian binary encoding shared by the snapshot and the
// write-ahead log (fixed-width integers, length-prefixed strings, raw arrays, property Values).
//
// Promises: a ByteReader never reads past its buffer: a short or malformed input throws
// Error(Load) "FILE: offset N: WHAT", N counted from the start of the file, so a corrupt file is
// reported, never a crash. Values of the kinds a property can hold (null, bool, int, float,
// string, list, map) round-trip exactly; other kinds are refused when written.
#pragma once

#include <kgq/kgq.h>
#include <kgq/value.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace kgq::storage {

class ByteWriter {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) { raw(&v, sizeof v); }
  void u64(std::uint64_t v) { raw(&v, sizeof v); }
  void string(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    raw(s.data(), s.size());
  }
  // A vector of trivially copyable elements: its size, then its bytes.
  template <class T>
  void array(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    u64(v.size());
    raw(v.data(), v.size() * sizeof(T));
  }
  void value(const Value& v);
  void raw(const void* data, std::size_t size) {
    if (size != 0) out_.append(static_cast<const char*>(data), size);
  }

  std::string& bytes() { return out_; }
  std::size_t size() const { return out_.size(); }

 private:
  std::string out_;
};

class ByteReader {
 public:
  // Reads [data, data + size), which starts at byte `fileOffset` of `file` (for messages).
  ByteReader(const char* data, std::size_t size, std::string file, std::size_t fileOffset)
      : data_(data), size_(size), file_(std::move(file)), base_(fileOffset) {}

  std::uint8_t u8() { return fixed<std::uint8_t>(); }
  std::uint32_t u32() { return fixed<std::uint32_t>(); }
  std::uint64_t u64() { return fixed<std::uint64_t>(); }
  std::string string() {
    std::uint32_t n = u32();
    const char* p = take(n, "a string");
    return std::string(p, n);
  }
  template <class T>
  void array(std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    std::uint64_t n = u64();
    if (n > (size_ - pos_) / sizeof(T)) fail("an array of " + std::to_string(n) + " elements runs past the end");
    v.resize(n);
    const char* bytes = take(n * sizeof(T), "an array");
    if (n != 0) std::memcpy(v.data(), bytes, n * sizeof(T));  // (an empty vector's data() may be null)
  }
  Value value() { return value(0); }
  // `n` bytes, as a pointer into the buffer.
  const char* take(std::size_t n, const char* what) {
    if (n > size_ - pos_) fail(std::string("unexpected end of data reading ") + what);
    const char* p = data_ + pos_;
    pos_ += n;
    return p;
  }

  bool atEnd() const { return pos_ == size_; }
  std::size_t remaining() const { return size_ - pos_; }
  // The file offset of the next byte.
  std::size_t offset() const { return base_ + pos_; }
  [[noreturn]] void fail(const std::string& what) const { failAt(offset(), what); }
  // The same, naming file offset `at` (where the bad item began).
  [[noreturn]] void failAt(std::size_t at, const std::string& what) const;

 private:
  template <class T>
  T fixed() {
    T v;
    std::memcpy(&v, take(sizeof v, "a number"), sizeof v);
    return v;
  }
  Value value(int depth);

  const char* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
  std::string file_;
  std::size_t base_;
};

}  // namespace kgq::storage
