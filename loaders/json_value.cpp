#include "loaders/json_value.h"

#include "graph/utf8.h"

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

namespace kgq {
namespace {

// Whether a finite JSON number's text (valid by the grammar) is beyond the double range rather
// than below it: the decimal exponent of its first non-zero digit is positive.
bool aboveDoubleRange(std::string_view t) {
  std::size_t i = t.empty() || t[0] != '-' ? 0 : 1;
  long long magnitude = 0;  // the decimal exponent of the first non-zero significand digit
  std::size_t digits = 0;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++digits, ++i;
  bool nonZeroInteger = !(digits == 1 && t[i - 1] == '0');
  if (nonZeroInteger) {
    magnitude = static_cast<long long>(digits) - 1;
  } else if (i < t.size() && t[i] == '.') {
    ++i;
    long long zeros = 0;
    while (i < t.size() && t[i] == '0') ++zeros, ++i;
    magnitude = -(zeros + 1);
  }
  std::size_t e = t.find_first_of("eE");
  if (e != std::string_view::npos) {
    std::size_t j = e + 1;
    bool negative = j < t.size() && t[j] == '-';
    if (j < t.size() && (t[j] == '-' || t[j] == '+')) ++j;
    long long exponent = 0;
    for (; j < t.size(); ++j) exponent = std::min(exponent * 10 + (t[j] - '0'), 1'000'000'000'000LL);
    magnitude += negative ? -exponent : exponent;
  }
  return magnitude > 0;
}

// Builds the Value of one JSON text from RapidJSON's events, with an explicit stack of the
// arrays and objects still open.
class ValueBuilder {
 public:
  ValueBuilder(bool allowNanAndInfinity, const rapidjson::MemoryStream& is)
      : allowNanAndInfinity_(allowNanAndInfinity), is_(is) {}

  bool Null() { return add(Value()); }
  bool Bool(bool b) { return add(Value(b)); }
  // Numbers arrive as text (kParseNumbersAsStringsFlag), never as these.
  bool Int(int) { return false; }
  bool Uint(unsigned) { return false; }
  bool Int64(std::int64_t) { return false; }
  bool Uint64(std::uint64_t) { return false; }
  bool Double(double) { return false; }
  bool RawNumber(const char* str, rapidjson::SizeType length, bool) {
    std::string_view t(str, length);
    if (allowNanAndInfinity_) {
      std::string_view magnitudeText = !t.empty() && t[0] == '-' ? t.substr(1) : t;
      if (!magnitudeText.empty() && magnitudeText[0] == 'N') return add(Value(std::numeric_limits<double>::quiet_NaN()));
      if (!magnitudeText.empty() && magnitudeText[0] == 'I')
        return add(Value(t[0] == '-' ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity()));
    }
    if (std::optional<Value> v = jsonNumberValue(t)) return add(std::move(*v));
    // An integer beyond int64: a float, as a JSON reader would read it.
    double d = 0;
    std::from_chars(t.data(), t.data() + t.size(), d);
    return add(Value(d));
  }
  // kParseValidateEncodingFlag checks the bytes, not what escapes decode to: a lone surrogate
  // (\udc00) decodes to bytes that are not UTF-8, and such a text is no JSON value kgq takes.
  bool String(const char* str, rapidjson::SizeType length, bool) {
    if (firstInvalidUtf8(std::string_view(str, length)) != std::string_view::npos) return false;
    return add(Value(std::string(str, length)));
  }
  bool StartObject() { return open(true); }
  bool Key(const char* str, rapidjson::SizeType length, bool) {
    if (firstInvalidUtf8(std::string_view(str, length)) != std::string_view::npos) return false;
    open_.back().key.assign(str, length);
    return true;
  }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool StartArray() { return open(false); }
  bool EndArray(rapidjson::SizeType) { return close(); }

  bool tooDeep() const { return tooDeep_; }
  std::size_t tooDeepAt() const { return tooDeepAt_; }
  Value take() { return std::move(result_); }

 private:
  struct Open {
    bool object;
    List list;
    Map map;
    std::string key;
  };

  bool open(bool object) {
    if (open_.size() >= kMaxJsonDepth) {
      tooDeep_ = true;
      tooDeepAt_ = is_.Tell();  // the bracket's offset: the parser reports it before taking it
      return false;
    }
    open_.push_back(Open{object, {}, {}, {}});
    return true;
  }
  bool close() {
    Open done = std::move(open_.back());
    open_.pop_back();
    return add(done.object ? Value(std::move(done.map)) : Value(std::move(done.list)));
  }
  bool add(Value v) {
    if (open_.empty()) {
      result_ = std::move(v);
      return true;
    }
    Open& into = open_.back();
    if (into.object) into.map[into.key] = std::move(v);  // a repeated key: the last one counts
    else into.list.push_back(std::move(v));
    return true;
  }

  bool allowNanAndInfinity_;
  const rapidjson::MemoryStream& is_;
  std::vector<Open> open_;
  Value result_;
  bool tooDeep_ = false;
  std::size_t tooDeepAt_ = 0;
};

}  // namespace

std::optional<Value> jsonNumberValue(std::string_view t) {
  const char* begin = t.data();
  const char* end = t.data() + t.size();
  if (t.find_first_of(".eE") == std::string_view::npos) {
    std::int64_t i = 0;
    auto [ptr, ec] = std::from_chars(begin, end, i);
    if (ec == std::errc() && ptr == end) return Value(i);
    return std::nullopt;  // out of range
  }
  double d = 0;
  auto [ptr, ec] = std::from_chars(begin, end, d);
  if (ec == std::errc::result_out_of_range) {
    bool negative = !t.empty() && t[0] == '-';
    if (aboveDoubleRange(t)) d = negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    else d = negative ? -0.0 : 0.0;
  }
  return Value(d);
}

std::optional<Value> parseJsonValue(std::string_view text, bool allowNanAndInfinity, std::string* tooDeep) {
  constexpr unsigned kFlags =
      rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseValidateEncodingFlag;
  rapidjson::MemoryStream is(text.data() ? text.data() : "", text.size());
  ValueBuilder builder(allowNanAndInfinity, is);
  rapidjson::Reader reader;
  rapidjson::ParseResult result = allowNanAndInfinity ? reader.Parse<kFlags | rapidjson::kParseNanAndInfFlag>(is, builder)
                                                      : reader.Parse<kFlags>(is, builder);
  if (builder.tooDeep()) {
    if (tooDeep)
      *tooDeep = "JSON nested more than " + std::to_string(kMaxJsonDepth) + " deep (at byte " +
                 std::to_string(builder.tooDeepAt() + 1) + ")";
    return std::nullopt;
  }
  // The stream reads a NUL byte as the end of input: anything after one is not JSON.
  if (result.IsError() || is.Tell() != text.size()) return std::nullopt;
  return builder.take();
}

}  // namespace kgq
