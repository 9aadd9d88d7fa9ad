// PyRandom — CPython's random.Random (3.x, MT19937 in Modules/_randommodule.c + Lib/random.py),
// reproduced bit for bit for the calls bench/gen.py makes: seeding from an int, random(),
// getrandbits(k <= 32), randbelow / randrange / randint / choice / shuffle, expovariate and
// lognormvariate. Same seed => the same stream of numbers as Python, so kgq-gen can write files
// byte-identical to gen.py's.
//
// The float methods call the C library's log/exp exactly as CPython's math module does, so the
// results match only if this file is compiled without -ffast-math and without FMA contraction
// (bench/CMakeLists.txt passes -ffp-contract=off for that reason).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace kgq::gen {

class PyRandom {
 public:
  // key = the 32-bit words of abs(seed), least significant first, at least one word (what
  // random_seed in _randommodule.c passes to init_by_array; seed 0 gives the key {0}).
  explicit PyRandom(const std::vector<uint32_t>& key) { initByArray(key); }

  uint32_t genrandUint32() {
    static constexpr uint32_t kMag01[2] = {0x0u, 0x9908b0dfu};
    if (index_ >= kN) {
      int kk = 0;
      for (; kk < kN - kM; kk++) {
        const uint32_t y = (mt_[kk] & kUpper) | (mt_[kk + 1] & kLower);
        mt_[kk] = mt_[kk + kM] ^ (y >> 1) ^ kMag01[y & 0x1u];
      }
      for (; kk < kN - 1; kk++) {
        const uint32_t y = (mt_[kk] & kUpper) | (mt_[kk + 1] & kLower);
        mt_[kk] = mt_[kk + (kM - kN)] ^ (y >> 1) ^ kMag01[y & 0x1u];
      }
      const uint32_t y = (mt_[kN - 1] & kUpper) | (mt_[0] & kLower);
      mt_[kN - 1] = mt_[kM - 1] ^ (y >> 1) ^ kMag01[y & 0x1u];
      index_ = 0;
    }
    uint32_t y = mt_[index_++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
  }

  // random(): 53 random bits from two draws (27 + 26 bits), the first draw high.
  double random() {
    const uint32_t a = genrandUint32() >> 5;
    const uint32_t b = genrandUint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  // getrandbits(k) for 0 <= k <= 32: the top k bits of one draw.
  uint32_t getrandbits(int k) {
    if (k == 0) return 0;
    return genrandUint32() >> (32 - k);
  }

  // Random._randbelow_with_getrandbits: rejection sampling on bit_length(n) bits. Every
  // rejected draw consumes a word of the stream, so the loop must be exactly this one.
  uint32_t randbelow(uint32_t n) {
    const int k = bitLength(n);
    uint32_t r = getrandbits(k);
    while (r >= n) r = getrandbits(k);
    return r;
  }

  // randrange(n) and randint(a, b) = a + randbelow(b - a + 1).
  uint32_t randrange(uint32_t n) { return randbelow(n); }
  int64_t randint(int64_t a, int64_t b) { return a + randbelow(static_cast<uint32_t>(b - a + 1)); }

  // choice(seq) returns seq[randbelow(len(seq))]; this returns the index.
  std::size_t choiceIndex(std::size_t size) { return randbelow(static_cast<uint32_t>(size)); }

  // shuffle(x): Fisher-Yates from the end, as in Lib/random.py.
  template <typename T>
  void shuffle(std::vector<T>& x) {
    for (std::size_t i = x.size(); i-- > 1;) {
      const std::size_t j = randbelow(static_cast<uint32_t>(i + 1));
      std::swap(x[i], x[j]);
    }
  }

  // expovariate(lambd) = -log(1.0 - random()) / lambd (Python 3.11; 3.12 only adds a default).
  double expovariate(double lambd) { return -std::log(1.0 - random()) / lambd; }

  // normalvariate: Kinderman and Monahan ratio-of-uniforms loop, term by term as in random.py.
  double normalvariate(double mu, double sigma) {
    double z = 0.0;
    for (;;) {
      const double u1 = random();
      const double u2 = 1.0 - random();
      z = nvMagicConst() * (u1 - 0.5) / u2;
      const double zz = z * z / 4.0;
      if (zz <= -std::log(u2)) break;
    }
    return mu + z * sigma;
  }

  double lognormvariate(double mu, double sigma) { return std::exp(normalvariate(mu, sigma)); }

 private:
  static constexpr int kN = 624;
  static constexpr int kM = 397;
  static constexpr uint32_t kUpper = 0x80000000u;
  static constexpr uint32_t kLower = 0x7fffffffu;

  static int bitLength(uint32_t n) {
    int k = 0;
    while (n != 0) {
      ++k;
      n >>= 1;
    }
    return k;
  }

  // NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0), computed at run time by the C library like
  // Python does, rather than folded by the compiler (whose exp may round differently).
  static double nvMagicConst() {
    static const double value = [] {
      volatile double half = -0.5;
      volatile double two = 2.0;
      return 4 * std::exp(half) / std::sqrt(two);
    }();
    return value;
  }

  void initGenrand(uint32_t s) {
    mt_[0] = s;
    for (int i = 1; i < kN; i++) {
      mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<uint32_t>(i);
    }
    index_ = kN;
  }

  void initByArray(const std::vector<uint32_t>& key) {
    const std::size_t keyLength = key.empty() ? 1 : key.size();
    auto keyAt = [&](std::size_t j) { return key.empty() ? 0u : key[j]; };
    initGenrand(19650218u);
    std::size_t i = 1;
    std::size_t j = 0;
    for (std::size_t k = (kN > keyLength ? kN : keyLength); k != 0; k--) {
      mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525u)) + keyAt(j) +
               static_cast<uint32_t>(j);
      i++;
      j++;
      if (i >= kN) {
        mt_[0] = mt_[kN - 1];
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (std::size_t k = kN - 1; k != 0; k--) {
      mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
      i++;
      if (i >= kN) {
        mt_[0] = mt_[kN - 1];
        i = 1;
      }
    }
    mt_[0] = 0x80000000u;  // MSB is 1, assuring a non-zero initial array
  }

  uint32_t mt_[kN] = {};
  int index_ = kN + 1;
};

}  // namespace kgq::gen
