// kgq-gen — the standard benchmark graph generator: a C++ port of ../shared/bench/gen.py for
// users who do not have that script.
//
//   kgq-gen --scale T|S|L --out DIR [--seed N] [--no-json]
//
// Promise: for the same scale and seed, every file it writes (nodes_*.csv, edges_*.csv,
// graph.json, params.json) is byte-identical to what `python3 gen.py` writes (checked with cmp at
// T, S and L; the T hashes are pinned by the ctest bench/kgq_gen_T). That is why the code below
// follows gen.py step by step: every random draw happens in the same order through PyRandom
// (CPython's Mersenne Twister and random.py methods), and every number is formatted the way
// Python formats it. Changing the order of any two draws changes the whole graph.
//
// Unlike gen.py it keeps names in one string arena and streams the output files through a
// buffer, so L (10^6 nodes, 5*10^6 edges) needs about 200 MB instead of 2 GB.
#include "gen/py_format.h"
#include "gen/py_random.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using kgq::gen::PyRandom;

// ------------------------------------------------------------------------------------------------
// The constants of gen.py, verbatim.

constexpr uint32_t kSrcC = 123;  // the query anchor company c123

struct Scale {
  const char* name;
  uint32_t nodes;
  uint32_t edges;
};
constexpr Scale kScales[] = {{"T", 10'000, 50'000}, {"S", 100'000, 500'000}, {"L", 1'000'000, 5'000'000}};

// Python's list("...") splits a str into code points; these split the UTF-8 text the same way.
std::vector<std::string> codePoints(std::string_view utf8) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const std::size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    out.emplace_back(utf8.substr(i, len));
    i += len;
  }
  return out;
}

const std::vector<std::string> kProv = {
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆",
    "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门"};
const std::vector<std::string> kCh = codePoints(
    "华中国东南西北新兴盛泰安和平宏远达隆昌瑞祥富源丰鑫信诚明德光辉金银山海天江河湖云龙凤"
    "春秋永嘉康宁福乐长顺通成晨星汇博聚创联合恒越腾飞智慧数据科电能源材料汽车医药生物");
const std::vector<std::string> kSurname =
    codePoints("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁");
const std::vector<std::string> kCoSuffix = {"科技有限公司", "集团股份有限公司", "实业有限公司",
                                            "信息技术有限公司", "制造有限公司", "投资控股有限公司"};
const std::vector<std::string> kIndustry = {
    "新能源汽车", "集成电路", "人工智能", "生物医药", "高端装备", "新材料", "数字经济", "现代农业",
    "文化旅游", "金融服务", "物流", "纺织服装", "化工", "钢铁", "电子信息", "航空航天", "海洋经济",
    "节能环保", "软件服务", "现代物流"};
const std::vector<std::string> kProgram = {"产业扶持计划", "人才引进计划", "科技创新专项", "招商引资项目",
                                           "乡村振兴工程", "数字化转型行动", "专精特新培育", "绿色低碳示范"};

// ------------------------------------------------------------------------------------------------
// The generated graph.

// All names of one label in a single buffer: a million small std::strings would cost ~80 MB.
class StringTable {
 public:
  void add(std::string_view s) {
    chars_ += s;
    ends_.push_back(chars_.size());
  }
  std::string_view operator[](std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(chars_).substr(begin, ends_[i] - begin);
  }
  std::size_t size() const { return ends_.size(); }

 private:
  std::string chars_;
  std::vector<std::size_t> ends_;
};

struct NodeGroup {
  std::string label;
  std::string prefix;  // id = prefix + index
  StringTable names;
  // Company only: founded and revenue (already round(..., 2)).
  std::vector<int> founded;
  std::vector<double> revenue;
};

struct Edge {
  uint32_t from;
  uint32_t to;
};

struct EdgeGroup {
  std::string type;
  const NodeGroup* fromGroup;  // into Graph::nodes, whose elements never move once built
  const NodeGroup* toGroup;
  std::vector<Edge> rows;
  std::vector<uint16_t> since;  // PARTNERS_WITH only, one per row
};

struct Graph {
  // Declaration order = gen.py's dict insertion order = file and JSON order.
  std::vector<NodeGroup> nodes;
  std::vector<EdgeGroup> edges;

  const NodeGroup& node(std::string_view label) const {
    for (const auto& g : nodes) {
      if (g.label == label) return g;
    }
    throw std::logic_error("no node label " + std::string(label));
  }
  NodeGroup& node(std::string_view label) {
    return const_cast<NodeGroup&>(static_cast<const Graph&>(*this).node(label));
  }
  const EdgeGroup& edgesOfType(std::string_view type) const {
    for (const auto& eg : edges) {
      if (eg.type == type) return eg;
    }
    throw std::logic_error("no edge type " + std::string(type));
  }
};

// ------------------------------------------------------------------------------------------------
// Generation: gen.py's main() up to the CSV output, draw for draw.

// zipf_cum(): cumulative Zipf weights over n items whose ranks are a random permutation; pin puts
// one item at a fixed rank. The sum runs left to right in item order like itertools.accumulate,
// and pow is the C library's, as in Python's float ** float.
std::vector<double> zipfCum(uint32_t n, double a, PyRandom& rng,
                            std::optional<std::pair<uint32_t, uint32_t>> pin = std::nullopt) {
  std::vector<uint32_t> perm(n);
  std::iota(perm.begin(), perm.end(), 0u);
  rng.shuffle(perm);
  if (pin) {
    const auto [item, rank] = *pin;
    const auto it = std::find(perm.begin(), perm.end(), item);
    if (it == perm.end()) throw std::logic_error("zipf_cum: pinned item out of range");
    std::swap(*it, perm[rank]);
  }
  std::vector<double> w(n, 0.0);
  for (uint32_t rank = 0; rank < n; rank++) w[perm[rank]] = std::pow(static_cast<double>(rank + 1), -a);
  std::partial_sum(w.begin(), w.end(), w.begin());
  return w;
}

// sample(): bisect.bisect_right(cum, random() * cum[-1]).
uint32_t sample(const std::vector<double>& cum, PyRandom& rng) {
  const double x = rng.random() * cum.back();
  return static_cast<uint32_t>(std::upper_bound(cum.begin(), cum.end(), x) - cum.begin());
}

// Open-addressing set of the PARTNERS_WITH keys s*nc+d (up to 3.6e11 at L, 4.2 million of them):
// a Python set in gen.py; only membership matters, so any exact set gives the same edges.
class KeySet {
 public:
  explicit KeySet(std::size_t expected) {
    std::size_t cap = 16;
    while (cap < expected * 2) cap <<= 1;
    slots_.assign(cap, kEmpty);
  }
  // Inserts key; false if it was already there.
  bool insert(uint64_t key) {
    if (size_ * 2 >= slots_.size()) grow();
    return insertNoGrow(key);
  }

 private:
  static constexpr uint64_t kEmpty = ~uint64_t{0};  // never a key: s*nc+d < nc*nc

  static uint64_t mix(uint64_t x) {  // splitmix64 finalizer: keys are far from uniform
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
  }
  bool insertNoGrow(uint64_t key) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == key) return false;
      if (slots_[i] == kEmpty) {
        slots_[i] = key;
        size_++;
        return true;
      }
    }
  }
  void grow() {
    std::vector<uint64_t> old(slots_.size() * 2, kEmpty);
    old.swap(slots_);
    size_ = 0;
    for (const uint64_t key : old) {
      if (key != kEmpty) insertNoGrow(key);
    }
  }

  std::vector<uint64_t> slots_;
  std::size_t size_ = 0;
};

Graph generate(const Scale& scale, PyRandom& rng) {
  const uint32_t N = scale.nodes;
  const uint32_t E = scale.edges;
  Graph g;
  const uint32_t nRegion = N / 1000, nCity = N / 100, nCompany = N * 60 / 100, nPerson = N * 20 / 100,
                 nIndustry = N * 5 / 1000;
  const uint32_t nProgram = N - (nRegion + nCity + nCompany + nPerson + nIndustry);
  for (const auto& [label, prefix] : {std::pair{"Region", "r"}, {"City", "ct"}, {"Company", "c"},
                                      {"Person", "p"}, {"Industry", "i"}, {"Program", "g"}}) {
    g.nodes.push_back(NodeGroup{label, prefix, {}, {}, {}});
  }
  NodeGroup& region = g.node("Region");
  NodeGroup& city = g.node("City");
  NodeGroup& company = g.node("Company");
  NodeGroup& person = g.node("Person");
  NodeGroup& industry = g.node("Industry");
  NodeGroup& program = g.node("Program");

  std::string name;
  auto rname = [&](uint32_t k) {  // appends k random characters to name
    for (uint32_t j = 0; j < k; j++) name += kCh[rng.choiceIndex(kCh.size())];
  };

  // ---------------- nodes ----------------
  for (uint32_t i = 0; i < nRegion; i++) {
    region.names.add(kProv[i % 34] + "第" + std::to_string(i / 34 + 1) + "经济区");
  }
  for (uint32_t i = 0; i < nCity; i++) {
    name.clear();
    rname(2);
    name += "市";
    city.names.add(name);
  }
  for (uint32_t i = 0; i < nCompany; i++) {
    // founded, then revenue, then the name's parts left to right: gen.py's evaluation order.
    const int founded = std::max(1950, 2024 - static_cast<int>(rng.expovariate(1 / 15.0)));
    const double revenue = kgq::gen::pyRound2(rng.lognormvariate(4.0, 1.5));
    name.clear();
    rname(2);
    rname(static_cast<uint32_t>(rng.randint(2, 3)));
    name += kCoSuffix[rng.choiceIndex(kCoSuffix.size())];
    company.names.add(name);
    company.founded.push_back(founded);
    company.revenue.push_back(revenue);
  }
  for (uint32_t i = 0; i < nPerson; i++) {
    name = kSurname[rng.choiceIndex(kSurname.size())];
    rname(static_cast<uint32_t>(rng.randint(1, 2)));
    person.names.add(name);
  }
  for (uint32_t i = 0; i < nIndustry; i++) {
    const std::size_t n = kIndustry.size();
    industry.names.add(kIndustry[i % n] + (i < n ? std::string() : std::to_string(i / n)));
  }
  for (uint32_t i = 0; i < nProgram; i++) {
    name.clear();
    rname(2);
    name += kProgram[rng.choiceIndex(kProgram.size())];
    program.names.add(name);
  }

  // ---------------- edges ----------------
  auto addEdges = [&](const char* type, const NodeGroup& from, const NodeGroup& to) -> EdgeGroup& {
    g.edges.push_back(EdgeGroup{type, &from, &to, {}, {}});
    return g.edges.back();
  };
  g.edges.reserve(9);  // the references handed out below must stay valid

  // LOCATED_IN Company->City (big cities host more companies), City->Region
  const auto cumCity = zipfCum(nCity, 0.9, rng);
  auto& companyCity = addEdges("LOCATED_IN", company, city);
  for (uint32_t i = 0; i < nCompany; i++) companyCity.rows.push_back({i, sample(cumCity, rng)});
  const auto cumReg = zipfCum(nRegion, 0.5, rng);
  auto& cityRegion = addEdges("LOCATED_IN", city, region);
  for (uint32_t i = 0; i < nCity; i++) cityRegion.rows.push_back({i, sample(cumReg, rng)});

  // WORKS_FOR Person->Company: 1 employer, 20% have a second one
  const auto cumEmp = zipfCum(nCompany, 0.9, rng, std::pair{kSrcC, nCompany / 1000});
  auto& worksFor = addEdges("WORKS_FOR", person, company);
  for (uint32_t p = 0; p < nPerson; p++) {
    const uint32_t a = sample(cumEmp, rng);
    worksFor.rows.push_back({p, a});
    if (rng.random() < 0.2) {
      const uint32_t b = sample(cumEmp, rng);
      if (b != a) worksFor.rows.push_back({p, b});
    }
  }

  // FOCUSES_ON Company/City/Region -> Industry
  const auto cumInd = zipfCum(nIndustry, 0.8, rng);
  std::vector<uint32_t> picked;
  auto pickDistinct = [&](std::size_t k) -> const std::vector<uint32_t>& {
    picked.clear();
    while (picked.size() < k) {
      const uint32_t x = sample(cumInd, rng);
      if (std::find(picked.begin(), picked.end(), x) == picked.end()) picked.push_back(x);
    }
    return picked;
  };
  auto& companyIndustry = addEdges("FOCUSES_ON", company, industry);
  for (uint32_t c = 0; c < nCompany; c++) {
    const double r = rng.random();
    const std::size_t k = r < 0.6 ? 1 : (r < 0.9 ? 2 : 3);
    for (const uint32_t x : pickDistinct(k)) companyIndustry.rows.push_back({c, x});
  }
  auto& cityIndustry = addEdges("FOCUSES_ON", city, industry);
  for (uint32_t c = 0; c < nCity; c++) {
    for (const uint32_t x : pickDistinct(3)) cityIndustry.rows.push_back({c, x});
  }
  auto& regionIndustry = addEdges("FOCUSES_ON", region, industry);
  for (uint32_t c = 0; c < nRegion; c++) {
    for (const uint32_t x : pickDistinct(5)) regionIndustry.rows.push_back({c, x});
  }

  // RUNS Region/City -> Program: every program run by exactly one region (10%) or city (90%)
  auto& runsRegion = addEdges("RUNS", region, program);
  auto& runsCity = addEdges("RUNS", city, program);
  for (uint32_t p = 0; p < nProgram; p++) {
    if (rng.random() < 0.1) {
      runsRegion.rows.push_back({rng.randrange(nRegion), p});
    } else {
      runsCity.rows.push_back({rng.randrange(nCity), p});
    }
  }

  // PARTNERS_WITH Company->Company: fill up to E edges; Zipf-skewed out- and in-degree, no self
  // loops or duplicates. A rejected pair still consumed its two draws, as in gen.py.
  std::size_t sofar = 0;
  for (const auto& eg : g.edges) sofar += eg.rows.size();
  if (sofar > E) throw std::logic_error("more edges than the scale allows before PARTNERS_WITH");
  const std::size_t m = E - sofar;
  const auto cumSrc = zipfCum(nCompany, 0.75, rng, std::pair{kSrcC, nCompany / 100});
  const auto cumDst = zipfCum(nCompany, 0.75, rng);
  auto& partners = addEdges("PARTNERS_WITH", company, company);
  partners.rows.reserve(m);
  partners.since.reserve(m);
  {
    KeySet seen(m);
    const uint64_t nc = nCompany;
    while (partners.rows.size() < m) {
      const uint32_t s = sample(cumSrc, rng);
      const uint32_t d = sample(cumDst, rng);
      if (s == d) continue;
      if (!seen.insert(s * nc + d)) continue;
      partners.rows.push_back({s, d});
      partners.since.push_back(static_cast<uint16_t>(rng.randint(1990, 2024)));
    }
  }
  return g;
}

// ------------------------------------------------------------------------------------------------
// Output.

// A write-only file with a large buffer; integers go through to_chars. Any I/O error throws.
class OutFile {
 public:
  explicit OutFile(const std::filesystem::path& path) : path_(path) {
    file_ = std::fopen(path.c_str(), "wb");
    if (file_ == nullptr) fail("cannot open");
    buf_.reserve(kBufSize);
  }
  OutFile(const OutFile&) = delete;
  OutFile& operator=(const OutFile&) = delete;
  ~OutFile() {
    if (file_ != nullptr) std::fclose(file_);
  }

  OutFile& operator<<(std::string_view s) {
    if (buf_.size() + s.size() > kBufSize) flush();
    buf_ += s;
    return *this;
  }
  OutFile& operator<<(char c) { return *this << std::string_view(&c, 1); }
  OutFile& operator<<(int64_t v) {
    char tmp[24];
    const auto res = std::to_chars(tmp, tmp + sizeof tmp, v);
    return *this << std::string_view(tmp, static_cast<std::size_t>(res.ptr - tmp));
  }
  OutFile& operator<<(uint32_t v) { return *this << static_cast<int64_t>(v); }
  OutFile& operator<<(int v) { return *this << static_cast<int64_t>(v); }

  void close() {
    flush();
    const int rc = std::fclose(file_);
    file_ = nullptr;
    if (rc != 0) fail("cannot write");
  }

 private:
  static constexpr std::size_t kBufSize = std::size_t{1} << 20;

  void flush() {
    if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), file_) != buf_.size()) fail("cannot write");
    buf_.clear();
  }
  [[noreturn]] void fail(const char* what) {
    throw std::runtime_error(std::string(what) + " " + path_.string() + ": " + std::strerror(errno));
  }

  std::filesystem::path path_;
  std::FILE* file_ = nullptr;
  std::string buf_;
};

void writeCsv(const Graph& g, const std::filesystem::path& dir) {
  for (const auto& ng : g.nodes) {
    OutFile f(dir / ("nodes_" + ng.label + ".csv"));
    const bool company = !ng.founded.empty();
    f << (company ? "id,name,founded,revenue\n" : "id,name\n");
    for (std::size_t i = 0; i < ng.names.size(); i++) {
      f << ng.prefix << static_cast<int64_t>(i) << ',' << ng.names[i];
      if (company) f << ',' << ng.founded[i] << ',' << kgq::gen::pyFloatRepr(ng.revenue[i]);
      f << '\n';
    }
    f.close();
  }
  for (const auto& eg : g.edges) {
    const auto& pa = eg.fromGroup->prefix;
    const auto& pb = eg.toGroup->prefix;
    OutFile f(dir / ("edges_" + eg.type + "_" + eg.fromGroup->label + "_" + eg.toGroup->label + ".csv"));
    const bool since = eg.type == "PARTNERS_WITH";
    f << (since ? "from,to,since\n" : "from,to\n");
    for (std::size_t i = 0; i < eg.rows.size(); i++) {
      f << pa << eg.rows[i].from << ',' << pb << eg.rows[i].to;
      if (since) f << ',' << static_cast<int>(eg.since[i]);
      f << '\n';
    }
    f.close();
  }
}

// graph.json exactly as gen.py streams it: one node or edge per line, groups in insertion order,
// ",\n" between entries, and an empty group contributes nothing (not even a separator).
void writeGraphJson(const Graph& g, const std::filesystem::path& path) {
  OutFile f(path);
  f << "{\"format\":\"kgq-graph\",\"version\":1,\"nodes\":[\n";
  bool first = true;
  std::string props;
  for (const auto& ng : g.nodes) {
    const bool company = !ng.founded.empty();
    for (std::size_t i = 0; i < ng.names.size(); i++) {
      if (!first) f << ",\n";
      first = false;
      // json.dumps(r, ensure_ascii=False, separators=(",", ":")) of {"name"[, "founded", "revenue"]}
      props = "{\"name\":";
      kgq::gen::appendJsonString(props, ng.names[i]);
      if (company) {
        props += ",\"founded\":" + std::to_string(ng.founded[i]);
        props += ",\"revenue\":" + kgq::gen::pyFloatRepr(ng.revenue[i]);
      }
      props += '}';
      f << "{\"id\":\"" << ng.prefix << static_cast<int64_t>(i) << "\",\"labels\":[\"" << ng.label
        << "\"],\"properties\":" << props << '}';
    }
  }
  f << "\n],\"edges\":[\n";
  first = true;
  for (const auto& eg : g.edges) {
    const auto& pa = eg.fromGroup->prefix;
    const auto& pb = eg.toGroup->prefix;
    const bool since = eg.type == "PARTNERS_WITH";
    for (std::size_t i = 0; i < eg.rows.size(); i++) {
      if (!first) f << ",\n";
      first = false;
      f << "{\"type\":\"" << eg.type << "\",\"from\":\"" << pa << eg.rows[i].from << "\",\"to\":\"" << pb
        << eg.rows[i].to << "\",\"properties\":{";
      if (since) f << "\"since\":" << static_cast<int>(eg.since[i]);
      f << "}}";
    }
  }
  f << "\n]}\n";
  f.close();
}

// json.dump(obj, f, indent=1, ensure_ascii=False) for nested dicts and lists of ints and strings:
// "[" or "{", each item on its own line indented one space per level, ", " never (the item
// separator is "," + newline), ": " after keys, "[]" / "{}" when empty, no final newline.
class IndentedJson {
 public:
  void beginObject() { open('{'); }
  void endObject() { close('}'); }
  void beginArray() { open('['); }
  void endArray() { close(']'); }
  void key(std::string_view k) {
    itemPrefix();
    kgq::gen::appendJsonString(out_, k);
    out_ += ": ";
    afterKey_ = true;
  }
  void value(int64_t v) { rawNumber(std::to_string(v)); }
  void value(std::string_view s) {
    valuePrefix();
    kgq::gen::appendJsonString(out_, s);
  }
  void rawNumber(std::string_view digits) {
    valuePrefix();
    out_ += digits;
  }
  void field(std::string_view k, int64_t v) {
    key(k);
    value(v);
  }
  void field(std::string_view k, std::string_view s) {
    key(k);
    value(s);
  }
  const std::string& text() const { return out_; }

 private:
  void itemPrefix() {
    if (!empty_.back()) out_ += ',';
    empty_.back() = false;
    out_ += '\n';
    out_.append(empty_.size(), ' ');
  }
  void valuePrefix() {
    if (afterKey_) {
      afterKey_ = false;
    } else if (!empty_.empty()) {
      itemPrefix();
    }
  }
  void open(char c) {
    valuePrefix();
    out_ += c;
    empty_.push_back(true);
  }
  void close(char c) {
    const bool wasEmpty = empty_.back();
    empty_.pop_back();
    if (!wasEmpty) {
      out_ += '\n';
      out_.append(empty_.size(), ' ');
    }
    out_ += c;
  }

  std::string out_;
  std::vector<bool> empty_;  // per open container: nothing written into it yet
  bool afterKey_ = false;
};

// params.json: the expected query answers, computed from the PARTNERS_WITH edges as gen.py does.
std::string paramsJson(const Graph& g, const Scale& scale, const std::string& seedDecimal) {
  const EdgeGroup& pw = g.edgesOfType("PARTNERS_WITH");
  const uint32_t nc = static_cast<uint32_t>(g.node("Company").names.size());
  const uint32_t src = kSrcC;

  // Adjacency in edge order (CSR), like gen.py's adj lists.
  std::vector<uint32_t> start(nc + 1, 0);
  for (const Edge& e : pw.rows) start[e.from + 1]++;
  for (uint32_t i = 0; i < nc; i++) start[i + 1] += start[i];
  std::vector<uint32_t> adj(pw.rows.size());
  {
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (const Edge& e : pw.rows) adj[fill[e.from]++] = e.to;
  }
  auto outdegOf = [&](uint32_t u) { return start[u + 1] - start[u]; };

  // Q5: distinct companies reachable by a walk of length 1..3 (src counted only via a cycle).
  std::vector<bool> reached(nc, false);
  std::size_t q5 = 0;
  std::vector<uint32_t> frontier;
  for (uint32_t k = start[src]; k < start[src + 1]; k++) {
    if (!reached[adj[k]]) {
      reached[adj[k]] = true;
      q5++;
      frontier.push_back(adj[k]);
    }
  }
  for (int lvl = 1; !frontier.empty() && lvl < 3; lvl++) {
    std::vector<uint32_t> next;
    for (const uint32_t u : frontier) {
      for (uint32_t k = start[u]; k < start[u + 1]; k++) {
        if (!reached[adj[k]]) {
          reached[adj[k]] = true;
          q5++;
          next.push_back(adj[k]);
        }
      }
    }
    frontier.swap(next);
  }

  // Q6: plain BFS from src; target = smallest-index company at the most common distance <= 10.
  std::vector<int64_t> bd(nc, -1);
  bd[src] = 0;
  std::vector<uint32_t> queue{src};
  for (std::size_t head = 0; head < queue.size(); head++) {
    const uint32_t u = queue[head];
    for (uint32_t k = start[u]; k < start[u + 1]; k++) {
      if (bd[adj[k]] < 0) {
        bd[adj[k]] = bd[u] + 1;
        queue.push_back(adj[k]);
      }
    }
  }
  std::vector<int64_t> hist;  // hist[x] = companies at distance x > 0
  for (const int64_t x : bd) {
    if (x > 0) {
      if (hist.size() <= static_cast<std::size_t>(x)) hist.resize(static_cast<std::size_t>(x) + 1, 0);
      hist[static_cast<std::size_t>(x)]++;
    }
  }
  // max((count, -x)) over x <= 10: the highest count, ties to the smaller distance.
  int64_t maxd = -1;
  for (std::size_t x = 1; x < hist.size() && x <= 10; x++) {
    if (hist[x] > 0 && (maxd < 0 || hist[x] > hist[static_cast<std::size_t>(maxd)])) maxd = static_cast<int64_t>(x);
  }
  if (maxd < 0) throw std::runtime_error("c123 reaches no company within 10 hops");
  int64_t tgt = -1;
  for (uint32_t i = 0; i < nc && tgt < 0; i++) {
    if (bd[i] == maxd && i != src) tgt = i;
  }

  int64_t q2 = 0;
  for (const auto& eg : g.edges) {
    if (eg.type != "WORKS_FOR") continue;
    for (const Edge& e : eg.rows) q2 += e.to == src;
  }
  std::vector<std::pair<std::string, int64_t>> q7;  // per type, in first-seen order
  for (const auto& eg : g.edges) {
    auto it = std::find_if(q7.begin(), q7.end(), [&](const auto& kv) { return kv.first == eg.type; });
    if (it == q7.end()) {
      q7.emplace_back(eg.type, 0);
      it = q7.end() - 1;
    }
    it->second += static_cast<int64_t>(eg.rows.size());
  }
  std::vector<uint32_t> outdeg(nc), indeg(nc, 0);
  for (uint32_t u = 0; u < nc; u++) outdeg[u] = outdegOf(u);
  for (const Edge& e : pw.rows) indeg[e.to]++;
  std::sort(outdeg.begin(), outdeg.end(), std::greater<>());
  std::sort(indeg.begin(), indeg.end(), std::greater<>());
  int64_t reachable = 0;
  for (const int64_t c : hist) reachable += c;

  IndentedJson j;
  j.beginObject();
  j.field("scale", scale.name);
  j.key("seed");
  j.rawNumber(seedDecimal);  // any size: gen.py takes --seed as a Python int
  j.field("nodes", scale.nodes);
  j.field("edges", scale.edges);
  j.key("node_counts");
  j.beginObject();
  for (const auto& ng : g.nodes) j.field(ng.label, static_cast<int64_t>(ng.names.size()));
  j.endObject();
  j.field("q_source", "c" + std::to_string(src));
  j.field("q6_target", "c" + std::to_string(tgt));
  j.field("q6_target_dist", maxd);
  j.key("expected");
  j.beginObject();
  j.field("Q2", q2);
  j.field("Q5", static_cast<int64_t>(q5));
  j.field("Q6", maxd);
  j.key("Q7");
  j.beginObject();
  for (const auto& [type, count] : q7) j.field(type, count);
  j.endObject();
  j.endObject();
  j.key("partners_with_stats");
  j.beginObject();
  j.field("c123_outdeg", outdegOf(src));
  j.field("max_outdeg", outdeg.at(0));
  j.field("max_indeg", indeg.at(0));
  j.key("top5_outdeg");
  j.beginArray();
  for (std::size_t i = 0; i < 5 && i < outdeg.size(); i++) j.value(outdeg[i]);
  j.endArray();
  j.key("top5_indeg");
  j.beginArray();
  for (std::size_t i = 0; i < 5 && i < indeg.size(); i++) j.value(indeg[i]);
  j.endArray();
  j.field("reachable_from_c123", reachable);
  j.key("bfs_level_hist");
  j.beginObject();
  for (std::size_t x = 1; x < hist.size(); x++) {
    if (hist[x] > 0) j.field(std::to_string(x), hist[x]);
  }
  j.endObject();
  j.endObject();
  j.endObject();
  return j.text();
}

// workloads.json (only with --workloads; gen.py writes no such file): the inputs of the workload
// queries W1-W6 of kgq-bench and their answers, computed here from the generated graph itself so
// that the bench checks the engine against facts it did not compute. The picks use their own
// generator (splitmix64, fixed seed) after the graph is complete, so the graph files stay
// byte-identical to gen.py's.
//   W2: 10^4 distinct existing company ids and their names.
//   W3: 10^5 upsert rows, the first half existing ids (new names and revenues), the second half
//       new ids c<nCompany+i>; the company count after it.
//   W4: 10^5 distinct (a, b) pairs of existing companies, a != b; the edge count after it.
//   W5: how many (Person, Industry) pairs share a name.
//   W6: (name, workers) of companies founded in 2018, grouped by name, ordered by workers
//       descending then name (byte order, which is code point order for UTF-8).
std::string workloadsJson(const Graph& g, const Scale& scale) {
  const NodeGroup& company = g.node("Company");
  const uint32_t nc = static_cast<uint32_t>(company.names.size());
  uint64_t state = 0x6b67712d776f726bULL;  // "kgq-work"
  auto next = [&state] {                   // splitmix64
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  };
  // k distinct company indexes in random order (a partial Fisher-Yates shuffle).
  auto distinctCompanies = [&](uint32_t k) {
    std::vector<uint32_t> all(nc);
    std::iota(all.begin(), all.end(), 0u);
    for (uint32_t i = 0; i < k; i++) std::swap(all[i], all[i + next() % (nc - i)]);
    all.resize(k);
    return all;
  };
  auto id = [](uint32_t i) { return "c" + std::to_string(i); };
  std::string out = "{\n\"scale\": \"" + std::string(scale.name) + "\",\n";
  auto str = [&out](std::string_view s) { kgq::gen::appendJsonString(out, s); };

  constexpr uint32_t kW2 = 10'000, kW3 = 100'000, kW4 = 100'000;
  if (nc < kW3 / 2 || nc < 2) throw std::logic_error("workloads need at least 50,000 companies (scale S or L)");
  out += "\"W2\": {\"ids\": [";
  const std::vector<uint32_t> w2 = distinctCompanies(kW2);
  for (uint32_t i = 0; i < kW2; i++) out += (i ? ",\"" : "\"") + id(w2[i]) + "\"";
  out += "],\n  \"names\": [";
  for (uint32_t i = 0; i < kW2; i++) {
    if (i) out += ',';
    str(company.names[w2[i]]);
  }
  out += "]},\n";

  out += "\"W3\": {\"rows\": [";
  const std::vector<uint32_t> w3 = distinctCompanies(kW3 / 2);
  for (uint32_t i = 0; i < kW3; i++) {
    const uint32_t c = i < kW3 / 2 ? w3[i] : nc + (i - kW3 / 2);
    out += (i ? ",\n{\"id\": \"" : "\n{\"id\": \"") + id(c) + "\", \"name\": ";
    str("upsert " + std::to_string(i));
    out += ", \"revenue\": " + std::to_string(i % 10'000) + ".5}";  // exact in binary
  }
  out += "],\n  \"existing\": " + std::to_string(kW3 / 2) +
         ", \"companies_after\": " + std::to_string(nc + kW3 / 2) + "},\n";

  out += "\"W4\": {\"pairs\": [";
  {
    KeySet seen(kW4);
    for (uint32_t i = 0; i < kW4;) {
      const uint32_t a = static_cast<uint32_t>(next() % nc), b = static_cast<uint32_t>(next() % nc);
      if (a == b || !seen.insert(uint64_t{a} * nc + b)) continue;
      out += (i++ ? ",\n[\"" : "\n[\"") + id(a) + "\", \"" + id(b) + "\"]";
    }
  }
  std::size_t edges = 0;
  for (const auto& eg : g.edges) edges += eg.rows.size();
  out += "],\n  \"edges_after\": " + std::to_string(edges + kW4) + "},\n";

  {
    const NodeGroup& person = g.node("Person");
    const NodeGroup& industry = g.node("Industry");
    std::vector<std::string_view> names;
    for (std::size_t i = 0; i < industry.names.size(); i++) names.push_back(industry.names[i]);
    std::sort(names.begin(), names.end());
    int64_t pairs = 0;
    for (std::size_t i = 0; i < person.names.size(); i++) {
      const auto [lo, hi] = std::equal_range(names.begin(), names.end(), person.names[i]);
      pairs += hi - lo;
    }
    out += "\"W5\": {\"count\": " + std::to_string(pairs) + "},\n";
  }

  {
    std::vector<int64_t> workers(nc, 0);
    for (const Edge& e : g.edgesOfType("WORKS_FOR").rows) workers[e.to]++;
    std::map<std::string_view, int64_t> byName;
    for (uint32_t c = 0; c < nc; c++) {
      if (company.founded[c] == 2018 && workers[c] > 0) byName[company.names[c]] += workers[c];
    }
    std::vector<std::pair<std::string_view, int64_t>> rows(byName.begin(), byName.end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
    out += "\"W6\": {\"rows\": [";
    for (std::size_t i = 0; i < rows.size(); i++) {
      out += i ? ",\n[" : "\n[";
      str(rows[i].first);
      out += ", " + std::to_string(rows[i].second) + "]";
    }
    out += "]}\n}\n";
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "kgq-gen: writes the standard benchmark graph (graph.json, CSVs, params.json) into DIR,\n"
      "byte-identical to ../shared/bench/gen.py for the same scale and seed.\n"
      "Scales: T = 10^4 nodes / 5*10^4 edges, S = 10^5 / 5*10^5, L = 10^6 / 5*10^6."};
  std::string scaleName;
  std::string outDir;
  std::string seedText = "42";
  bool noJson = false;
  app.add_option("--scale", scaleName, "Graph size")->required()->check(CLI::IsMember({"L", "S", "T"}));
  app.add_option("--out", outDir, "Output directory (created if missing)")->required();
  app.add_option("--seed", seedText, "Random seed, any integer (default 42)")
      ->check(CLI::Validator(
          [](std::string& text) {
            return kgq::gen::parsePyInt(text) ? std::string() : "invalid int value: '" + text + "'";
          },
          "INT"));
  app.add_flag("--no-json", noJson, "Skip graph.json");
  bool workloads = false;
  app.add_flag("--workloads", workloads,
               "Also write workloads.json: inputs and answers of kgq-bench's W1-W6 (scale S or L)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // Usage errors exit 2, like gen.py's argparse and the kgq command.
    std::fprintf(stderr, "kgq-gen: %s\nRun 'kgq-gen --help' for usage.\n", e.what());
    return 2;
  }

  try {
    const auto t0 = std::chrono::steady_clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); };
    const Scale& scale = *std::find_if(std::begin(kScales), std::end(kScales),
                                       [&](const Scale& s) { return scaleName == s.name; });
    const kgq::gen::PyInt seed = *kgq::gen::parsePyInt(seedText);
    const std::filesystem::path dir(outDir);
    std::filesystem::create_directories(dir);

    PyRandom rng(seed.magnitude);
    const Graph g = generate(scale, rng);
    std::fprintf(stderr, "[kgq-gen] generated in %.1fs\n", elapsed());
    writeCsv(g, dir);
    std::fprintf(stderr, "[kgq-gen] csv written at %.1fs\n", elapsed());
    if (!noJson) {
      writeGraphJson(g, dir / "graph.json");
      std::fprintf(stderr, "[kgq-gen] json written at %.1fs\n", elapsed());
    }
    OutFile params(dir / "params.json");
    params << paramsJson(g, scale, seed.decimal);
    params.close();
    if (workloads) {
      OutFile w(dir / "workloads.json");
      w << workloadsJson(g, scale);
      w.close();
    }
    std::fprintf(stderr, "[kgq-gen] done in %.1fs: %s\n", elapsed(), dir.c_str());
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kgq-gen: %s\n", e.what());
    return 1;
  }
}
