// How the module runs engine work: one kgq::Database shared by the Python objects that use it,
// a lock per database, the GIL released while the engine works, and Ctrl-C turned into
// Connection::interrupt().
//
// Promises: all work on one database (queries from any connection, loads, saves, exports) runs
// one call at a time, because a kgq::Database is not safe for concurrent use (kgq/kgq.h); work on
// different databases runs in parallel. Other Python threads run while the engine works. A
// thread waiting for the lock still answers Ctrl-C. A SIGINT that arrives while the main thread
// runs a query interrupts that query and then reaches Python's own handler, so the caller gets
// KeyboardInterrupt as for any other long call.
#pragma once

#include <pybind11/pybind11.h>

#include "errors.h"

#include <kgq/kgq.h>

#include <exception>
#include <mutex>
#include <optional>
#include <utility>

namespace kgqpy {

namespace py = pybind11;

struct SharedDatabase {
  kgq::Database db;
  std::timed_mutex lock;
};

// Holds the database's lock; while it waits, the GIL is released and pending signals are run.
class DatabaseLock {
 public:
  explicit DatabaseLock(SharedDatabase& shared);
  ~DatabaseLock() { shared_.lock.unlock(); }
  DatabaseLock(const DatabaseLock&) = delete;
  DatabaseLock& operator=(const DatabaseLock&) = delete;

 private:
  SharedDatabase& shared_;
};

// While alive on the main thread (and SIGINT goes to Python's handler), SIGINT first calls
// connection->interrupt(), then the handler that was there. A no-op elsewhere.
class SigintBridge {
 public:
  explicit SigintBridge(kgq::Connection* connection);
  ~SigintBridge();
  SigintBridge(const SigintBridge&) = delete;
  SigintBridge& operator=(const SigintBridge&) = delete;

 private:
  bool installed_ = false;
};

// Remembers which thread is Python's main thread (the one that gets KeyboardInterrupt), as
// threading.main_thread().ident. Called once when the module is imported.
void rememberMainThread(unsigned long ident);

// Runs `work` (which must return a value) on the locked database without the GIL; a failure is
// rethrown as rethrowForPython says. `connection`, when given, is what Ctrl-C interrupts.
template <class Work>
auto runOnDatabase(SharedDatabase& shared, kgq::Connection* connection, Work&& work) {
  using Out = decltype(work());
  std::optional<Out> out;
  std::exception_ptr failure;
  {
    DatabaseLock lock(shared);
    py::gil_scoped_release release;
    SigintBridge bridge(connection);
    try {
      out.emplace(work());
    } catch (...) {
      failure = std::current_exception();
    }
  }
  if (failure) rethrowForPython(failure);
  return std::move(*out);
}

}  // namespace kgqpy
