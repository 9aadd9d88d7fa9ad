// The text of part of a statement as written (an expression's, for column names and messages),
// shared by the AST and the bound query.
//
// Promises: copying a SourceText copies no characters. Every expression node names its text, and
// in a chain such as 1 + 1 + ... each node spans all the terms before it: copying the characters
// into each node cost the square of the statement's length (10,000 terms: 1.8 GB). A SourceText
// made by the parser shares the statement's text and keeps a byte range; the characters are
// copied only when a message or a column name needs them (str(), or a conversion to
// std::string). A text a later stage makes up ("$x", "[r:T]") owns its characters.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace kgq {

class SourceText {
 public:
  SourceText() = default;
  SourceText(std::string text)
      : source_(std::make_shared<const std::string>(std::move(text))), begin_(0), end_(source_->size()) {}
  SourceText(const char* text) : SourceText(std::string(text)) {}
  // Bytes [begin, end) of `statement`.
  SourceText(std::shared_ptr<const std::string> statement, std::size_t begin, std::size_t end)
      : source_(std::move(statement)), begin_(begin), end_(end) {}

  std::string_view view() const {
    return source_ ? std::string_view(*source_).substr(begin_, end_ - begin_) : std::string_view();
  }
  std::string str() const { return std::string(view()); }
  operator std::string() const { return str(); }
  bool empty() const { return begin_ == end_; }
  std::size_t size() const { return end_ - begin_; }

  friend std::string operator+(std::string a, const SourceText& b) { return a.append(b.view()); }
  friend std::string operator+(const char* a, const SourceText& b) { return std::string(a).append(b.view()); }
  friend std::string operator+(const SourceText& a, const std::string& b) { return a.str().append(b); }
  friend std::string operator+(const SourceText& a, const char* b) { return a.str().append(b); }
  friend bool operator==(const SourceText& a, const SourceText& b) { return a.view() == b.view(); }
  friend bool operator==(const SourceText& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const std::string& a, const SourceText& b) { return a == b.view(); }
  friend bool operator!=(const SourceText& a, const SourceText& b) { return !(a == b); }
  friend bool operator!=(const SourceText& a, const std::string& b) { return !(a == b); }
  friend bool operator!=(const std::string& a, const SourceText& b) { return !(a == b); }

 private:
  std::shared_ptr<const std::string> source_;
  std::size_t begin_ = 0, end_ = 0;
};

}  // namespace kgq
