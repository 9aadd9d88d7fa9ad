#include "graph/property_store.h"

#include <algorithm>
#include <utility>

namespace kgq {

namespace {
// A sparse column turns dense once it holds this many values and at least a quarter of the slots
// up to its largest: below that, a dense column would be mostly empty space.
constexpr std::size_t kDenseMinimum = 16;
constexpr std::size_t kDenseFraction = 4;

bool bitAt(const std::vector<std::uint64_t>& bits, std::uint32_t slot) {
  return (bits[slot >> 6] >> (slot & 63)) & 1;
}
}  // namespace

PropertyColumn::Kind PropertyColumn::kindOf(const Value& v) {
  switch (v.kind()) {
    case ValueKind::Int: return Kind::Int;
    case ValueKind::Float: return Kind::Float;
    case ValueKind::Bool: return Kind::Bool;
    case ValueKind::String: return Kind::String;
    case ValueKind::Date: return Kind::Date;
    default: return Kind::Mixed;
  }
}

bool PropertyColumn::fits(const Value& v) const { return kind_ == Kind::Mixed || kindOf(v) == kind_; }

Value PropertyColumn::get(std::uint32_t slot) const {
  if (!dense_) {
    auto it = sparse_.find(slot);
    return it == sparse_.end() ? Value() : it->second;
  }
  if (slot >= size_ || !bitAt(present_, slot)) return Value();
  switch (kind_) {
    case Kind::Int: return Value(ints_[slot]);
    case Kind::Bool: return Value(ints_[slot] != 0);
    case Kind::Date: return Value(Date{ints_[slot]});
    case Kind::Float: return Value(floats_[slot]);
    case Kind::String: return Value(std::string(strings_.get(slot)));
    case Kind::Mixed: return values_[slot];
    case Kind::Empty: break;
  }
  return Value();
}

void PropertyColumn::growTo(std::size_t slots) {
  std::size_t size = std::max(slots, size_ + size_ / 2);
  present_.resize((size + 63) / 64, 0);
  switch (kind_) {
    case Kind::Int:
    case Kind::Bool:
    case Kind::Date: ints_.resize(size); break;
    case Kind::Float: floats_.resize(size); break;
    case Kind::String: strings_.resize(size); break;
    case Kind::Mixed: values_.resize(size); break;
    case Kind::Empty: break;
  }
  size_ = size;
}

void PropertyColumn::store(std::uint32_t slot, Value&& v) {
  switch (kind_) {
    case Kind::Int: ints_[slot] = v.asInt(); break;
    case Kind::Bool: ints_[slot] = v.asBool() ? 1 : 0; break;
    case Kind::Date: ints_[slot] = v.asDate().days; break;
    case Kind::Float: floats_[slot] = v.asFloat(); break;
    case Kind::String: strings_.set(slot, v.asString()); break;
    case Kind::Mixed: values_[slot] = std::move(v); break;
    case Kind::Empty: break;
  }
}

void PropertyColumn::makeDense() {
  kind_ = Kind::Empty;
  for (const auto& [slot, v] : sparse_) {
    Kind k = kindOf(v);
    if (kind_ == Kind::Empty) kind_ = k;
    else if (kind_ != k) kind_ = Kind::Mixed;
  }
  std::unordered_map<std::uint32_t, Value> sparse;
  sparse.swap(sparse_);
  dense_ = true;
  size_ = 0;
  growTo(static_cast<std::size_t>(maxSlot_) + 1);
  for (auto& [slot, v] : sparse) {
    present_[slot >> 6] |= std::uint64_t{1} << (slot & 63);
    store(slot, std::move(v));
  }
}

void PropertyColumn::makeMixed() {
  std::vector<Value> values(size_);
  for (std::uint32_t s = 0; s < size_; ++s)
    if (bitAt(present_, s)) values[s] = get(s);
  values_.swap(values);
  std::vector<std::int64_t>().swap(ints_);
  std::vector<double>().swap(floats_);
  strings_ = StringColumn();
  kind_ = Kind::Mixed;
}

Value PropertyColumn::set(std::uint32_t slot, Value value) {
  if (!dense_) {
    if (value.isNull()) {
      auto it = sparse_.find(slot);
      if (it == sparse_.end()) return Value();
      Value previous = std::move(it->second);
      sparse_.erase(it);
      --count_;
      return previous;
    }
    maxSlot_ = std::max(maxSlot_, slot);
    auto [it, inserted] = sparse_.try_emplace(slot);
    Value previous = inserted ? Value() : std::move(it->second);
    it->second = std::move(value);
    if (inserted) ++count_;
    if (count_ >= kDenseMinimum && count_ * kDenseFraction > maxSlot_) makeDense();
    return previous;
  }
  Value previous = has(slot) ? get(slot) : Value();  // (get would copy a string only to learn it is absent)
  if (value.isNull()) {
    if (previous.isNull()) return previous;
    present_[slot >> 6] &= ~(std::uint64_t{1} << (slot & 63));
    if (kind_ == Kind::String) strings_.clear(slot);
    if (kind_ == Kind::Mixed) values_[slot] = Value();
    --count_;
    return previous;
  }
  if (!fits(value)) makeMixed();
  if (slot >= size_) growTo(static_cast<std::size_t>(slot) + 1);
  store(slot, std::move(value));
  if (previous.isNull()) {
    present_[slot >> 6] |= std::uint64_t{1} << (slot & 63);
    ++count_;
  }
  return previous;
}

void PropertyColumn::truncate(std::size_t slots) {
  if (!dense_) {
    for (auto it = sparse_.begin(); it != sparse_.end();) {
      if (it->first >= slots) {
        it = sparse_.erase(it);
        --count_;
      } else {
        ++it;
      }
    }
    return;
  }
  if (slots >= size_) return;
  for (std::size_t s = slots; s < size_; ++s)
    if (bitAt(present_, static_cast<std::uint32_t>(s))) --count_;
  size_ = slots;
  present_.resize((size_ + 63) / 64);
  if (size_ % 64) present_.back() &= (std::uint64_t{1} << (size_ % 64)) - 1;
  ints_.resize(std::min(ints_.size(), size_));
  floats_.resize(std::min(floats_.size(), size_));
  strings_.resize(std::min(strings_.size(), size_));
  values_.resize(std::min(values_.size(), size_));
}

Value PropertyStore::set(std::uint32_t slot, KeyId key, Value value) {
  if (key >= columns_.size()) {
    if (value.isNull()) return Value();
    columns_.resize(key + 1);
  }
  if (!columns_[key]) {
    if (value.isNull()) return Value();
    columns_[key] = std::make_unique<PropertyColumn>();
  }
  return columns_[key]->set(slot, std::move(value));
}

PropertyBag PropertyStore::properties(std::uint32_t slot) const {
  PropertyBag out;
  for (std::size_t key = 0; key < columns_.size(); ++key) {
    if (!columns_[key] || !columns_[key]->has(slot)) continue;
    out.push_back(Property{static_cast<KeyId>(key), columns_[key]->get(slot)});
  }
  return out;
}

std::size_t PropertyStore::count(std::uint32_t slot) const {
  std::size_t n = 0;
  for (const auto& column : columns_)
    if (column && column->has(slot)) ++n;
  return n;
}

void PropertyStore::truncate(std::size_t slots, std::size_t keys) {
  if (columns_.size() > keys) columns_.resize(keys);
  for (auto& column : columns_)
    if (column) column->truncate(slots);
}

}  // namespace kgq
