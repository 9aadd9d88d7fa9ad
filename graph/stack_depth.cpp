#include "graph/stack_depth.h"

#include <thread>

#include <kgq/kgq.h>

#include <pthread.h>

#include <cstdint>
#include <cstring>
#include <exception>
#include <limits>
#include <string>

namespace kgq {
namespace {

// The lowest address of the calling thread's stack (its guard page included), asked once per
// thread; 0 when the system does not say.
std::uintptr_t stackBottom() {
  thread_local const std::uintptr_t bottom = [] {
    std::uintptr_t low = 0;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      void* address = nullptr;
      std::size_t size = 0;
      if (pthread_attr_getstack(&attr, &address, &size) == 0) low = reinterpret_cast<std::uintptr_t>(address);
      pthread_attr_destroy(&attr);
    }
    return low;
  }();
  return bottom;
}

}  // namespace

std::size_t stackLeft() {
  std::uintptr_t bottom = stackBottom();
  if (bottom == 0) return std::numeric_limits<std::size_t>::max();
  auto here = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
  return here > bottom ? here - bottom : 0;
}

namespace {
// The thread a worker of runOnThreadWithStack acts for (default: none, itself).
thread_local std::thread::id actingFor;
}  // namespace

std::thread::id actingThread() { return actingFor == std::thread::id() ? std::this_thread::get_id() : actingFor; }

void runOnThreadWithStack(std::size_t stackBytes, const std::function<void()>& work) {
  struct Job {
    const std::function<void()>* work;
    std::exception_ptr error;
    std::thread::id caller;
  } job{&work, nullptr, actingThread()};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, stackBytes);
  pthread_t thread;
  int failed = pthread_create(
      &thread, &attr,
      [](void* p) -> void* {
        auto* j = static_cast<Job*>(p);
        actingFor = j->caller;
        try {
          (*j->work)();
        } catch (...) {
          j->error = std::current_exception();
        }
        return nullptr;
      },
      &job);
  pthread_attr_destroy(&attr);
  if (failed)
    throw Error(ErrorKind::Runtime, "cannot start a thread with a stack of " + std::to_string(stackBytes / 1024) +
                                        " KiB: " + std::strerror(failed));
  pthread_join(thread, nullptr);
  if (job.error) std::rethrow_exception(job.error);
}

void runWithStack(std::size_t needed, const std::function<void()>& work) {
  if (stackLeft() >= needed)
    work();
  else
    runOnThreadWithStack(2 * needed, work);
}

}  // namespace kgq
