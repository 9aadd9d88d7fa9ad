#include "graph/storage/snapshot.h"

#include "graph/atomic_file.h"
#include "graph/storage/byte_io.h"
#include "graph/storage/checksum.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ostream>

namespace kgq::storage {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'Q', '-', 'S', 'N', 'A', 'P'};
constexpr std::size_t kHeaderSize = 20;
constexpr std::size_t kSectionHeaderSize = 16;
// Constraints came later: a snapshot without that last section (kgq before it) reads as having none.
enum Section : std::uint32_t { Meta = 1, Names, Nodes, Edges, NodeProperties, EdgeProperties, Indexes, Constraints, kSectionEnd };
const char* sectionName(std::uint32_t s) {
  static const char* names[] = {"?", "meta", "names", "nodes", "edges", "node properties", "edge properties", "indexes", "constraints"};
  return s < kSectionEnd ? names[s] : "?";
}

// A read-only mapping of the whole file, unmapped when done (its pages leave the resident set).
class MappedFile {
 public:
  explicit MappedFile(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(ErrorKind::Io, "cannot read " + path + ": " + std::strerror(errno));
    struct stat st;
    if (::fstat(fd, &st) != 0) {
      int e = errno;
      ::close(fd);
      throw Error(ErrorKind::Io, "cannot read " + path + ": " + std::strerror(e));
    }
    size_ = static_cast<std::size_t>(st.st_size);
    if (size_ > 0) {
      void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
      if (p == MAP_FAILED) {
        int e = errno;
        ::close(fd);
        throw Error(ErrorKind::Io, "cannot map " + path + ": " + std::strerror(e));
      }
      data_ = static_cast<const char*>(p);
      ::madvise(p, size_, MADV_SEQUENTIAL);
    }
    ::close(fd);
  }
  ~MappedFile() {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  const char* data() const { return data_; }
  // Gives back the pages of [p, p + n) that lie wholly inside (they are read again if touched).
  void drop(const char* p, std::size_t n) const {
    const std::size_t page = 4096;
    auto begin = (reinterpret_cast<std::uintptr_t>(p) + page - 1) & ~(page - 1);
    auto end = (reinterpret_cast<std::uintptr_t>(p) + n) & ~(page - 1);
    if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
  }
  std::size_t size() const { return size_; }

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace

// Reads and writes PropertyGraph's private tables (a friend of the graph and its stores).
class SnapshotCodec {
 public:
  static void writeMeta(const PropertyGraph& g, std::uint64_t sequence, ByteWriter& w) {
    w.u64(sequence);
    w.u64(g.generatedIds_);
  }
  static void writeNames(const PropertyGraph& g, ByteWriter& w) {
    for (const Interner* names : {&g.labelNames_, &g.typeNames_, &g.keyNames_}) {
      w.u32(static_cast<std::uint32_t>(names->size()));
      for (std::size_t i = 0; i < names->size(); ++i) w.string(names->name(static_cast<NameId>(i)));
    }
  }
  static void writeNodes(const PropertyGraph& g, ByteWriter& w) {
    std::vector<std::uint32_t> lengths;
    std::string blob;
    lengths.reserve(g.nodeIds_.size());
    for (std::size_t n = 0; n < g.nodeIds_.size(); ++n) {
      std::string_view id = g.nodeIds_.get(n);
      lengths.push_back(static_cast<std::uint32_t>(id.size()));
      blob += id;
    }
    w.array(lengths);
    w.u64(blob.size());
    w.raw(blob.data(), blob.size());
    w.array(g.nodeLabelSet_);
    w.array(g.nodeLive_);
    w.u32(static_cast<std::uint32_t>(g.labelSets_.size()));
    for (const auto& set : g.labelSets_) w.array(set);
  }
  static void writeEdges(const PropertyGraph& g, ByteWriter& w) {
    w.array(g.edgeFrom_);
    w.array(g.edgeTo_);
    w.array(g.edgeType_);
    w.array(g.edgeLive_);
    // The adjacencies as they are, or as a rebuild would make them if edges wait in overflow lists.
    writeAdjacency(g.out_, g, g.edgeFrom_, g.edgeTo_, w);
    writeAdjacency(g.in_, g, g.edgeTo_, g.edgeFrom_, w);
  }
  static void writeAdjacency(const Adjacency& a, const PropertyGraph& g, const std::vector<std::uint32_t>& at,
                             const std::vector<std::uint32_t>& other, ByteWriter& w) {
    if (a.overflowCount_ == 0 && a.entries_.size() == g.edgeType_.size()) {
      w.array(a.offsets_);
      w.array(a.entries_);
      return;
    }
    Adjacency fresh;
    fresh.rebuild(g.nodeIds_.size(), g.edgeType_.size(), at, other, g.edgeType_);
    w.array(fresh.offsets_);
    w.array(fresh.entries_);
  }
  static void readAdjacency(Adjacency& a, const PropertyGraph& g, ByteReader& r) {
    std::size_t at = r.offset();
    a.clearOverflow();
    r.array(a.offsets_);
    r.array(a.entries_);
    const auto& o = a.offsets_;
    if (a.entries_.size() != g.edgeType_.size() || o.size() > g.nodeIds_.size() + 1 ||
        (o.empty() ? !a.entries_.empty() : o[0] != 0 || o.back() != a.entries_.size()))  // (no edges yet: no offsets)
      r.failAt(at, "adjacency does not match the edge table");
    for (std::size_t n = 1; n < o.size(); ++n)
      if (o[n] < o[n - 1]) r.failAt(at, "adjacency offsets decrease");
    std::size_t nodes = g.nodeIds_.size(), edges = g.edgeType_.size(), types = g.typeNames_.size();
    for (const AdjacencyEntry& e : a.entries_)
      if (e.edge >= edges || e.other >= nodes || e.type >= types) r.failAt(at, "adjacency entry out of range");
  }
  static void writeStore(const PropertyStore& store, ByteWriter& w) {
    std::uint32_t columns = 0;
    for (const auto& c : store.columns_) columns += c ? 1 : 0;
    w.u32(columns);
    for (std::size_t key = 0; key < store.columns_.size(); ++key)
      if (store.columns_[key]) {
        w.u32(static_cast<std::uint32_t>(key));
        writeColumn(*store.columns_[key], w);
      }
  }
  static void writeIndexes(const PropertyGraph& g, ByteWriter& w) {
    w.u32(static_cast<std::uint32_t>(g.propertyIndexes_.size()));
    for (const auto& slot : g.propertyIndexes_) {
      w.u32(slot.index.label());
      w.u32(slot.index.key());
    }
  }

  static std::uint64_t readMeta(PropertyGraph& g, ByteReader& r) {
    std::uint64_t sequence = r.u64();
    g.generatedIds_ = r.u64();
    return sequence;
  }
  static void readNames(PropertyGraph& g, ByteReader& r) {
    for (Interner* names : {&g.labelNames_, &g.typeNames_, &g.keyNames_}) {
      names->truncate(0);
      std::uint32_t n = r.u32();
      for (std::uint32_t i = 0; i < n; ++i) {
        std::size_t at = r.offset();
        if (names->intern(r.string()) != i) r.failAt(at, "a name appears twice");
      }
    }
  }
  static void readNodes(PropertyGraph& g, ByteReader& r) {
    std::vector<std::uint32_t> lengths;
    r.array(lengths);
    std::uint64_t blobSize = r.u64();
    const char* blob = r.take(blobSize, "node ids");
    g.nodeIds_ = StringColumn();
    g.nodeIds_.resize(lengths.size());
    std::uint64_t at = 0;
    for (std::size_t i = 0; i < lengths.size(); ++i) {
      if (lengths[i] > blobSize - at) r.fail("node id lengths exceed the id bytes");
      g.nodeIds_.set(i, std::string_view(blob + at, lengths[i]));
      at += lengths[i];
    }
    std::size_t tablesAt = r.offset();
    r.array(g.nodeLabelSet_);
    r.array(g.nodeLive_);
    if (g.nodeLabelSet_.size() != lengths.size() || g.nodeLive_.size() != lengths.size())
      r.failAt(tablesAt, "node tables of different lengths");
    std::uint32_t sets = r.u32();
    g.labelSets_.clear();
    g.labelSetBits_.clear();
    g.labelSetIds_.clear();
    for (std::uint32_t s = 0; s < sets; ++s) {
      std::size_t setAt = r.offset();
      std::vector<LabelId> labels;
      r.array(labels);
      for (LabelId l : labels)
        if (l >= g.labelNames_.size()) r.failAt(setAt, "label set names an unknown label");
      if (g.labelSetOf(labels) != s) r.failAt(setAt, "a label set appears twice");
    }
    g.labelIndex_.assign(g.labelNames_.size(), {});
    g.liveNodes_ = 0;
    for (std::size_t n = 0; n < g.nodeIds_.size(); ++n) {
      if (g.nodeLabelSet_[n] >= sets) r.failAt(tablesAt, "node " + std::to_string(n) + " has an unknown label set");
      if (g.nodeLive_[n] > 1) r.failAt(tablesAt, "node liveness is not 0 or 1");
      if (!g.nodeLive_[n]) continue;
      ++g.liveNodes_;
      for (LabelId l : g.labelSets_[g.nodeLabelSet_[n]]) g.labelIndex_[l].push_back(static_cast<NodeIndex>(n));
    }
    NodeIndex duplicate = g.rebuildIdIndex();
    if (duplicate != PropertyGraph::kEmptySlot) r.failAt(tablesAt, "two live nodes have the id '" + std::string(g.nodeIds_.get(duplicate)) + "'");
  }
  // What is derived from several sections: the tracking of `id` properties that are not keys
  // needs the nodes and their properties.
  static void finish(PropertyGraph& g) { g.retrackIds(); }
  static void readEdges(PropertyGraph& g, ByteReader& r) {
    std::size_t tablesAt = r.offset();
    r.array(g.edgeFrom_);
    r.array(g.edgeTo_);
    r.array(g.edgeType_);
    r.array(g.edgeLive_);
    std::size_t edges = g.edgeFrom_.size();
    if (g.edgeTo_.size() != edges || g.edgeType_.size() != edges || g.edgeLive_.size() != edges)
      r.failAt(tablesAt, "edge tables of different lengths");
    g.typeCounts_.assign(g.typeNames_.size(), 0);
    g.liveEdges_ = g.deadEdges_ = 0;
    for (std::size_t e = 0; e < edges; ++e) {
      if (g.edgeFrom_[e] >= g.nodeIds_.size() || g.edgeTo_[e] >= g.nodeIds_.size() ||
          g.edgeType_[e] >= g.typeNames_.size() || g.edgeLive_[e] > 1)
        r.failAt(tablesAt, "edge " + std::to_string(e) + " names an unknown node or type");
      if (!g.edgeLive_[e]) {
        ++g.deadEdges_;
        continue;
      }
      if (!g.nodeLive_[g.edgeFrom_[e]] || !g.nodeLive_[g.edgeTo_[e]])
        r.failAt(tablesAt, "live edge " + std::to_string(e) + " has a deleted end node");
      ++g.liveEdges_;
      ++g.typeCounts_[g.edgeType_[e]];
    }
    readAdjacency(g.out_, g, r);
    readAdjacency(g.in_, g, r);
    g.listedEdges_ = edges;
  }
  static void readStore(PropertyStore& store, std::size_t slots, std::size_t keys, ByteReader& r) {
    store.columns_.clear();
    std::uint32_t columns = r.u32();
    for (std::uint32_t i = 0; i < columns; ++i) {
      std::size_t at = r.offset();
      std::uint32_t key = r.u32();
      if (key >= keys || (key < store.columns_.size() && store.columns_[key])) r.failAt(at, "unknown or repeated property key");
      if (key >= store.columns_.size()) store.columns_.resize(key + 1);
      store.columns_[key] = std::make_unique<PropertyColumn>();
      readColumn(*store.columns_[key], slots, r);
    }
  }
  static void writeConstraints(const PropertyGraph& g, ByteWriter& w) {
    w.u32(static_cast<std::uint32_t>(g.uniqueConstraints().size()));
    for (const auto& c : g.uniqueConstraints()) {
      w.u32(c.label);
      w.u32(c.key);
      w.string(c.name);
    }
  }

  static void readConstraints(PropertyGraph& g, ByteReader& r) {
    std::uint32_t n = r.u32();
    for (std::uint32_t i = 0; i < n; ++i) {
      std::size_t at = r.offset();
      LabelId label = r.u32();
      KeyId key = r.u32();
      std::string name = r.string();
      if (label >= g.labelNames_.size() || key >= g.keyNames_.size())
        r.failAt(at, "a constraint on an unknown label or key");
      try {
        if (!g.createUniqueConstraint(label, key, name)) r.failAt(at, "a repeated constraint");
      } catch (const Error& e) {
        r.failAt(at, e.what());
      }
    }
  }

  static void readIndexes(PropertyGraph& g, ByteReader& r) {
    g.propertyIndexes_.clear();
    std::uint32_t n = r.u32();
    for (std::uint32_t i = 0; i < n; ++i) {
      std::size_t at = r.offset();
      LabelId label = r.u32();
      KeyId key = r.u32();
      if ((label != PropertyIndex::kAnyLabel && label >= g.labelNames_.size()) || key >= g.keyNames_.size() ||
          !g.createIndex(label, key))
        r.failAt(at, "an index on an unknown or repeated label and key");
    }
  }

  static std::size_t nodeSlots(const PropertyGraph& g) { return g.nodeIds_.size(); }
  static std::size_t edgeSlots(const PropertyGraph& g) { return g.edgeType_.size(); }
  static std::size_t keyCount(const PropertyGraph& g) { return g.keyNames_.size(); }
  static const PropertyStore& nodeStore(const PropertyGraph& g) { return g.nodeProperties_; }
  static const PropertyStore& edgeStore(const PropertyGraph& g) { return g.edgeProperties_; }
  static PropertyStore& nodeStore(PropertyGraph& g) { return g.nodeProperties_; }
  static PropertyStore& edgeStore(PropertyGraph& g) { return g.edgeProperties_; }

 private:
  using Kind = PropertyColumn::Kind;
  static void writeColumn(const PropertyColumn& c, ByteWriter& w) {
    w.u8(c.dense_ ? 1 : 0);
    w.u8(static_cast<std::uint8_t>(c.kind_));
    w.u64(c.count_);
    w.u32(c.maxSlot_);
    if (!c.dense_) {
      w.u64(c.sparse_.size());
      for (const auto& [slot, v] : c.sparse_) {
        w.u32(slot);
        w.value(v);
      }
      return;
    }
    w.u64(c.size_);
    w.array(c.present_);
    switch (c.kind_) {
      case Kind::Int:
      case Kind::Bool:
      case Kind::Date: w.array(c.ints_); break;
      case Kind::Float: w.array(c.floats_); break;
      case Kind::String: {
        std::vector<std::uint32_t> lengths;
        lengths.reserve(c.size_);
        std::uint64_t total = 0;
        for (std::size_t s = 0; s < c.strings_.size(); ++s) {
          lengths.push_back(static_cast<std::uint32_t>(c.strings_.get(s).size()));
          total += lengths.back();
        }
        w.array(lengths);
        w.u64(total);
        for (std::size_t s = 0; s < c.strings_.size(); ++s) w.raw(c.strings_.get(s).data(), lengths[s]);
        break;
      }
      case Kind::Mixed:
        for (std::size_t s = 0; s < c.size_; ++s)
          if (c.has(static_cast<std::uint32_t>(s))) w.value(c.values_[s]);
        break;
      case Kind::Empty: break;
    }
  }

  static void readColumn(PropertyColumn& c, std::size_t slots, ByteReader& r) {
    std::size_t at = r.offset();
    std::uint8_t dense = r.u8();
    std::uint8_t kind = r.u8();
    if (dense > 1 || kind > static_cast<std::uint8_t>(Kind::Mixed)) r.failAt(at, "unknown column layout");
    c.dense_ = dense == 1;
    c.kind_ = static_cast<Kind>(kind);
    c.count_ = r.u64();
    c.maxSlot_ = r.u32();
    if (!c.dense_) {
      std::uint64_t n = r.u64();
      if (n != c.count_ || n > r.remaining()) r.failAt(at, "column count does not match its values");
      c.sparse_.reserve(n);
      for (std::uint64_t i = 0; i < n; ++i) {
        std::uint32_t slot = r.u32();
        Value v = r.value();
        if (slot >= slots || slot > c.maxSlot_ || v.isNull() || !c.sparse_.emplace(slot, std::move(v)).second)
          r.failAt(at, "column value at a bad slot");
      }
      return;
    }
    c.size_ = r.u64();
    r.array(c.present_);
    if (c.present_.size() != (c.size_ + 63) / 64) r.failAt(at, "column bitmap of the wrong size");
    std::size_t present = 0;
    for (std::size_t word = 0; word < c.present_.size(); ++word) {
      std::uint64_t bits = c.present_[word];
      present += static_cast<std::size_t>(__builtin_popcountll(bits));
      if (bits != 0 && word * 64 + 63 - static_cast<std::size_t>(__builtin_clzll(bits)) >= slots)
        r.failAt(at, "column value beyond the last element");
    }
    if (present != c.count_) r.failAt(at, "column count does not match its bitmap");
    switch (c.kind_) {
      case Kind::Int:
      case Kind::Bool:
      case Kind::Date: r.array(c.ints_); if (c.ints_.size() != c.size_) r.failAt(at, "column of the wrong size"); break;
      case Kind::Float: r.array(c.floats_); if (c.floats_.size() != c.size_) r.failAt(at, "column of the wrong size"); break;
      case Kind::String: {
        std::vector<std::uint32_t> lengths;
        r.array(lengths);
        if (lengths.size() != c.size_) r.failAt(at, "column of the wrong size");
        std::uint64_t total = r.u64();
        const char* bytes = r.take(total, "column strings");
        c.strings_.resize(c.size_);
        std::uint64_t used = 0;
        for (std::size_t s = 0; s < c.size_; ++s) {
          if (lengths[s] > total - used) r.failAt(at, "column string lengths exceed its bytes");
          c.strings_.set(s, std::string_view(bytes + used, lengths[s]));
          used += lengths[s];
        }
        break;
      }
      case Kind::Mixed:
        c.values_.resize(c.size_);
        for (std::size_t s = 0; s < c.size_; ++s)
          if (c.has(static_cast<std::uint32_t>(s))) {
            c.values_[s] = r.value();
            if (c.values_[s].isNull()) r.failAt(at, "a null value stored in a column");
          }
        break;
      case Kind::Empty:
        if (c.count_ != 0) r.failAt(at, "an empty column with values");
        break;
    }
  }
};

namespace {

void writeSection(std::ostream& out, std::uint32_t tag, ByteWriter& payload) {
  ByteWriter header;
  header.u32(tag);
  header.u32(crc32c(payload.bytes().data(), payload.size()));
  header.u64(payload.size());
  out.write(header.bytes().data(), static_cast<std::streamsize>(header.size()));
  out.write(payload.bytes().data(), static_cast<std::streamsize>(payload.size()));
  payload.bytes().clear();
  payload.bytes().shrink_to_fit();
}

}  // namespace

void writeSnapshot(const PropertyGraph& graph, std::uint64_t sequence, const std::string& path) {
  writeFileAtomically(path, [&](std::ostream& out) {
    ByteWriter header;
    header.raw(kMagic, sizeof kMagic);
    header.u32(kSnapshotVersion);
    header.u32(kSectionEnd - 1);
    header.u32(crc32c(header.bytes().data(), header.size()));
    out.write(header.bytes().data(), static_cast<std::streamsize>(header.size()));
    ByteWriter w;
    SnapshotCodec::writeMeta(graph, sequence, w);
    writeSection(out, Meta, w);
    SnapshotCodec::writeNames(graph, w);
    writeSection(out, Names, w);
    SnapshotCodec::writeNodes(graph, w);
    writeSection(out, Nodes, w);
    SnapshotCodec::writeEdges(graph, w);
    writeSection(out, Edges, w);
    SnapshotCodec::writeStore(SnapshotCodec::nodeStore(graph), w);
    writeSection(out, NodeProperties, w);
    SnapshotCodec::writeStore(SnapshotCodec::edgeStore(graph), w);
    writeSection(out, EdgeProperties, w);
    SnapshotCodec::writeIndexes(graph, w);
    writeSection(out, Indexes, w);
    SnapshotCodec::writeConstraints(graph, w);
    writeSection(out, Constraints, w);
  });
}

std::uint64_t readSnapshot(const std::string& path, PropertyGraph& graph) {
  MappedFile file(path);
  ByteReader top(file.data(), file.size(), path, 0);
  if (file.size() < kHeaderSize) top.fail("too short to be a kgq snapshot (" + std::to_string(file.size()) + " bytes)");
  if (std::memcmp(file.data(), kMagic, sizeof kMagic) != 0) top.fail("not a kgq snapshot (wrong magic number)");
  top.take(sizeof kMagic, "the magic number");
  std::uint32_t version = top.u32();
  if (version != kSnapshotVersion)
    top.failAt(8, "snapshot format version " + std::to_string(version) + ", this kgq reads version " +
                      std::to_string(kSnapshotVersion));
  std::uint32_t sections = top.u32();
  std::uint32_t headerCrc = top.u32();
  if (headerCrc != crc32c(file.data(), 16)) top.failAt(0, "header checksum mismatch");
  if (sections != kSectionEnd - 1 && sections != Constraints - 1)
    top.failAt(12, "unexpected section count " + std::to_string(sections));

  std::uint64_t sequence = 0;
  for (std::uint32_t expected = Meta; expected <= sections; ++expected) {
    std::size_t at = top.offset();
    if (top.remaining() < kSectionHeaderSize)
      top.fail(std::string("truncated: the ") + sectionName(expected) + " section is missing");
    std::uint32_t tag = top.u32();
    std::uint32_t crc = top.u32();
    std::uint64_t length = top.u64();
    if (tag != expected) top.failAt(at, std::string("expected the ") + sectionName(expected) + " section, found tag " + std::to_string(tag));
    if (length > top.remaining())
      top.failAt(at, std::string("truncated: the ") + sectionName(expected) + " section needs " + std::to_string(length) +
                         " bytes, " + std::to_string(top.remaining()) + " remain");
    std::size_t payloadAt = top.offset();
    const char* payload = top.take(length, "a section");
    if (crc32c(payload, length) != crc)
      top.failAt(at, std::string("checksum mismatch in the ") + sectionName(expected) + " section (" +
                         std::to_string(length) + " bytes from offset " + std::to_string(payloadAt) + ")");
    ByteReader r(payload, length, path, payloadAt);
    struct DropPages {  // parsed sections leave the resident set: peak memory is the graph's, not graph + file
      const char* p;
      std::size_t n;
      ~DropPages() { file.drop(p, n); }
      const MappedFile& file;
    } drop{payload, length, file};
    switch (expected) {
      case Meta: sequence = SnapshotCodec::readMeta(graph, r); break;
      case Names: SnapshotCodec::readNames(graph, r); break;
      case Nodes: SnapshotCodec::readNodes(graph, r); break;
      case Edges: SnapshotCodec::readEdges(graph, r); break;
      case NodeProperties:
        SnapshotCodec::readStore(SnapshotCodec::nodeStore(graph), SnapshotCodec::nodeSlots(graph),
                                 SnapshotCodec::keyCount(graph), r);
        break;
      case EdgeProperties:
        SnapshotCodec::readStore(SnapshotCodec::edgeStore(graph), SnapshotCodec::edgeSlots(graph),
                                 SnapshotCodec::keyCount(graph), r);
        break;
      case Indexes: SnapshotCodec::readIndexes(graph, r); break;
      case Constraints: SnapshotCodec::readConstraints(graph, r); break;
    }
    if (!r.atEnd()) r.fail(std::string("unexpected bytes at the end of the ") + sectionName(expected) + " section");
  }
  if (!top.atEnd()) top.fail("unexpected bytes after the last section");
  SnapshotCodec::finish(graph);
  return sequence;
}

}  // namespace kgq::storage
