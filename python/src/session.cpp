#include "session.h"

#include <atomic>
#include <chrono>
#include <csignal>

#include <pythread.h>

namespace kgqpy {

namespace {

unsigned long mainThread = 0;
// The connection running a query on the main thread, and the SIGINT action we replaced.
std::atomic<kgq::Connection*> interruptible{nullptr};
struct sigaction previousAction;

void onSigint(int signal, siginfo_t* info, void* context) {
  // Async-signal-safe: interrupt() is an atomic store, the rest is a call through a pointer.
  if (kgq::Connection* c = interruptible.load()) c->interrupt();
  if (previousAction.sa_flags & SA_SIGINFO) {
    if (previousAction.sa_sigaction) previousAction.sa_sigaction(signal, info, context);
  } else if (previousAction.sa_handler != SIG_DFL && previousAction.sa_handler != SIG_IGN) {
    previousAction.sa_handler(signal);
  }
}

}  // namespace

void rememberMainThread(unsigned long ident) { mainThread = ident; }

DatabaseLock::DatabaseLock(SharedDatabase& shared) : shared_(shared) {
  if (shared.lock.try_lock()) return;
  for (;;) {
    {
      py::gil_scoped_release release;
      if (shared.lock.try_lock_for(std::chrono::milliseconds(50))) return;
    }
    if (PyErr_CheckSignals() != 0) throw py::error_already_set();
  }
}

SigintBridge::SigintBridge(kgq::Connection* connection) {
  if (!connection || PyThread_get_thread_ident() != mainThread) return;
  struct sigaction current;
  if (sigaction(SIGINT, nullptr, &current) != 0) return;
  bool pythonHandles = (current.sa_flags & SA_SIGINFO) ? current.sa_sigaction != nullptr
                                                         : current.sa_handler != SIG_DFL && current.sa_handler != SIG_IGN;
  if (!pythonHandles) return;  // the program asked for the default (or to ignore it): leave it be
  previousAction = current;
  interruptible.store(connection);
  struct sigaction ours = {};
  ours.sa_sigaction = onSigint;
  ours.sa_flags = (current.sa_flags & ~SA_RESETHAND) | SA_SIGINFO;  // keep Python's SA_ONSTACK
  ours.sa_mask = current.sa_mask;
  if (sigaction(SIGINT, &ours, nullptr) != 0) {
    interruptible.store(nullptr);
    return;
  }
  installed_ = true;
}

SigintBridge::~SigintBridge() {
  if (!installed_) return;
  sigaction(SIGINT, &previousAction, nullptr);
  interruptible.store(nullptr);
}

}  // namespace kgqpy
