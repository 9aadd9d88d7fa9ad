#include "graph/property_index.h"

#include "graph/value_semantics.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace kgq {

std::uint32_t PropertyIndex::hashOf(const Value& value) { return spreadHash(equivalenceHash(value)); }

std::size_t PropertyIndex::slotOf(const Value& value, std::uint32_t hash, const ValueOf& valueOf) const {
  if (slots_.empty()) return std::string::npos;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.ref == kEmpty) return std::string::npos;
    if (slot.hash != hash) continue;
    const bool same = slot.ref & kGroupBit ? equivalent(groups_[slot.ref & ~kGroupBit].value, value)
                                           : equivalent(valueOf(slot.ref), value);
    if (same) return i;
  }
}

std::uint32_t PropertyIndex::newGroup(Value value, std::vector<std::uint32_t> nodes) {
  if (!freeGroups_.empty()) {
    std::uint32_t g = freeGroups_.back();
    freeGroups_.pop_back();
    groups_[g] = Group{std::move(value), std::move(nodes)};
    return g;
  }
  if (groups_.size() >= kGroupBit) throw std::length_error("property index: too many shared values");
  groups_.push_back(Group{std::move(value), std::move(nodes)});
  return static_cast<std::uint32_t>(groups_.size() - 1);
}

void PropertyIndex::place(Slot slot) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = slot.hash & mask;
  while (slots_[i].ref != kEmpty) i = (i + 1) & mask;
  slots_[i] = slot;
  ++used_;
}

void PropertyIndex::grow(std::size_t minSlots) {
  std::size_t size = slots_.empty() ? 16 : slots_.size();
  while (size < minSlots) size *= 2;
  if (size == slots_.size()) return;
  std::vector<Slot> old(size, Slot{0, kEmpty});
  old.swap(slots_);
  used_ = 0;
  for (const Slot& slot : old)
    if (slot.ref != kEmpty) place(slot);
}

void PropertyIndex::insert(const Value& value, std::uint32_t node, const ValueOf& valueOf) {
  if (value.isNull()) return;
  if (node & kGroupBit) throw std::length_error("property index: node index beyond 2^31");
  const std::uint32_t hash = hashOf(value);
  std::size_t at = slotOf(value, hash, valueOf);
  if (at == std::string::npos) {
    if ((used_ + 1) * 2 > slots_.size()) grow((used_ + 1) * 2);
    place(Slot{hash, node});
    ++entries_;
    return;
  }
  Slot& slot = slots_[at];
  if (!(slot.ref & kGroupBit)) {  // a second node with this value: the value gets a group
    if (slot.ref == node) return;
    std::vector<std::uint32_t> nodes{std::min(slot.ref, node), std::max(slot.ref, node)};
    slot.ref = newGroup(value, std::move(nodes)) | kGroupBit;
    ++entries_;
    return;
  }
  std::vector<std::uint32_t>& nodes = groups_[slot.ref & ~kGroupBit].nodes;
  auto pos = std::lower_bound(nodes.begin(), nodes.end(), node);
  if (pos != nodes.end() && *pos == node) return;
  nodes.insert(pos, node);
  ++entries_;
}

void PropertyIndex::erase(const Value& value, std::uint32_t node) {
  if (value.isNull() || slots_.empty()) return;
  const std::uint32_t hash = hashOf(value);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.ref == kEmpty) return;
    if (slot.hash != hash) continue;
    if (!(slot.ref & kGroupBit)) {
      // A node holds one value of the key: its own slot needs no comparison.
      if (slot.ref != node) continue;
      removeSlot(i);
      --entries_;
      return;
    }
    const std::uint32_t g = slot.ref & ~kGroupBit;
    if (!equivalent(groups_[g].value, value)) continue;
    std::vector<std::uint32_t>& nodes = groups_[g].nodes;
    auto pos = std::lower_bound(nodes.begin(), nodes.end(), node);
    if (pos == nodes.end() || *pos != node) return;
    nodes.erase(pos);
    --entries_;
    if (nodes.empty()) {
      groups_[g] = Group{};
      freeGroups_.push_back(g);
      removeSlot(i);
    }
    return;
  }
}

void PropertyIndex::removeSlot(std::size_t i) {
  // Moves back each later slot of the run that may sit at i (its home is not in (i, j]).
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t j = (i + 1) & mask; slots_[j].ref != kEmpty; j = (j + 1) & mask) {
    const std::size_t home = slots_[j].hash & mask;
    const bool homeInGap = i <= j ? (home > i && home <= j) : (home > i || home <= j);
    if (homeInGap) continue;
    slots_[i] = slots_[j];
    i = j;
  }
  slots_[i] = Slot{0, kEmpty};
  --used_;
}

NodeSpan PropertyIndex::find(const Value& value, const ValueOf& valueOf) const {
  if (value.isNull()) return {};
  std::size_t at = slotOf(value, hashOf(value), valueOf);
  if (at == std::string::npos) return {};
  const Slot& slot = slots_[at];
  if (!(slot.ref & kGroupBit)) return NodeSpan(&slot.ref, 1);
  const std::vector<std::uint32_t>& nodes = groups_[slot.ref & ~kGroupBit].nodes;
  return NodeSpan(nodes.data(), nodes.size());
}

void PropertyIndex::clear() {
  slots_.clear();
  groups_.clear();
  freeGroups_.clear();
  used_ = entries_ = 0;
}

}  // namespace kgq
