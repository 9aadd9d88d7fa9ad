// Python's text conventions that bench/gen.py's output depends on, reproduced exactly:
// repr(float), round(float, 2), json.dumps string escaping with ensure_ascii=False, and int()
// parsing of a decimal command-line argument (any size) into the key random.seed() uses.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kgq::gen {

// repr(x) for a float (also what json.dumps writes for a finite float): the shortest digits that
// read back as x (std::to_chars finds the same digits as CPython's dtoa mode 0), laid out by
// CPython's 'r' rules: positional if -4 < decimal-point position <= 16, else d.ddde[+-]XX with
// at least two exponent digits; an integral value keeps a ".0".
inline std::string pyFloatRepr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  const std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));  // "-d.ddde+XX"
  std::string out;
  std::size_t pos = 0;
  if (sci[pos] == '-') {
    out += '-';
    pos++;
  }
  const std::size_t ePos = sci.find('e');
  std::string digits;
  for (std::size_t i = pos; i < ePos; i++) {
    if (sci[i] != '.') digits += sci[i];
  }
  const int exponent = std::atoi(std::string(sci.substr(ePos + 1)).c_str());
  const int decpt = exponent + 1;  // digits d1 d2 ... mean 0.d1d2... * 10^decpt
  const int n = static_cast<int>(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (n > 1) {
      out += '.';
      out.append(digits, 1, std::string::npos);
    }
    char expBuf[16];
    std::snprintf(expBuf, sizeof expBuf, "e%+.02d", exponent);
    out += expBuf;
  } else if (decpt <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-decpt), '0');
    out += digits;
  } else if (decpt >= n) {
    out += digits;
    out.append(static_cast<std::size_t>(decpt - n), '0');
    out += ".0";
  } else {
    out.append(digits, 0, static_cast<std::size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<std::size_t>(decpt), std::string::npos);
  }
  return out;
}

// round(x, 2): CPython rounds the exact binary value to 2 decimals (dtoa mode 3, ties to even)
// and reads that decimal back. glibc's printf is also exact with ties to even, and strtod is
// correctly rounded, so the two steps give the same double.
inline double pyRound2(double x) {
  if (!std::isfinite(x)) return x;
  char buf[512];  // %.2f of the largest double has 309 integer digits
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return std::strtod(buf, nullptr);
}

// A JSON string literal as json.dumps(..., ensure_ascii=False) writes it: only '"', '\\' and the
// C0 controls are escaped (short forms for \b \f \n \r \t, \u00xx in lower-case hex otherwise);
// everything else, UTF-8 included, is copied as is.
inline void appendJsonString(std::string& out, std::string_view s) {
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char esc[8];
          std::snprintf(esc, sizeof esc, "\\u%04x", c);
          out += esc;
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

// A Python int given in decimal, as int(text) accepts it from argparse: optional surrounding
// whitespace, optional sign, ASCII digits with single underscores between them, no size limit
// below CPython's 4300-digit conversion cap.
struct PyInt {
  std::string decimal;              // canonical form, as str(int(text)) prints it
  std::vector<uint32_t> magnitude;  // abs value in 32-bit words, least significant first, >= 1 word
};

inline std::optional<PyInt> parsePyInt(std::string_view text) {
  auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  bool negative = false;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  std::string digits;
  for (std::size_t i = 0; i < text.size(); i++) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == '_' && i > 0 && i + 1 < text.size() && text[i - 1] != '_' && text[i + 1] != '_') {
      continue;
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty() || digits.size() > 4300) return std::nullopt;

  PyInt result;
  result.magnitude = {0};
  for (const char d : digits) {  // magnitude = magnitude * 10 + d, word by word
    uint64_t carry = static_cast<uint64_t>(d - '0');
    for (uint32_t& word : result.magnitude) {
      const uint64_t v = static_cast<uint64_t>(word) * 10 + carry;
      word = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    if (carry != 0) result.magnitude.push_back(static_cast<uint32_t>(carry));
  }
  while (result.magnitude.size() > 1 && result.magnitude.back() == 0) result.magnitude.pop_back();

  const std::size_t firstNonZero = digits.find_first_not_of('0');
  if (firstNonZero == std::string::npos) {
    result.decimal = "0";
  } else {
    result.decimal = (negative ? "-" : "") + digits.substr(firstNonZero);
  }
  return result;
}

}  // namespace kgq::gen
