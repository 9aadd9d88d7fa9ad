// Small pieces shared by kgq-bench's standard part (kgq_bench.cpp) and its workload part
// (workloads.cpp): wall-clock helpers, medians, and the watchdog that interrupts a runaway run.
// Header-only; nothing here is timed or asserted.
#pragma once

#include <kgq/kgq.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <time.h>
#include <thread>
#include <vector>

namespace bench {

using Clock = std::chrono::steady_clock;

inline double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of the calling thread so far, in ms: on a machine shared with other jobs, the figure
// that an idle machine's wall time approaches (the engine runs a query on the caller's thread).
inline double threadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

inline double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

inline double minimum(const std::vector<double>& v) { return v.empty() ? 0 : *std::min_element(v.begin(), v.end()); }

// Interrupts the connection if one run exceeds the limit, so a runaway query cannot hang the bench.
class Watchdog {
 public:
  Watchdog(kgq::Connection& conn, double limitSeconds) : conn_(conn), limit_(limitSeconds) {
    thread_ = std::thread([this] { loop(); });
  }
  ~Watchdog() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  void arm() {
    std::lock_guard<std::mutex> lock(mu_);
    deadline_ = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(limit_));
    armed_ = true;
    cv_.notify_all();
  }
  void disarm() {
    std::lock_guard<std::mutex> lock(mu_);
    armed_ = false;
  }

 private:
  void loop() {
    std::unique_lock<std::mutex> lock(mu_);
    while (!stop_) {
      if (!armed_) {
        cv_.wait(lock);
      } else if (cv_.wait_until(lock, deadline_) == std::cv_status::timeout && armed_ && Clock::now() >= deadline_) {
        conn_.interrupt();
        armed_ = false;
      }
    }
  }
  kgq::Connection& conn_;
  double limit_;
  std::mutex mu_;
  std::condition_variable cv_;
  Clock::time_point deadline_;
  bool armed_ = false, stop_ = false;
  std::thread thread_;
};

}  // namespace bench
