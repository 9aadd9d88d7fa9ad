// How much of the calling thread's call stack is left, for the guards that bound recursion, and
// running work that may recurse as deep as kgq's bounds allow where there is room for it.
// The bounds are counts (expression depth, value nesting) chosen so that the deepest input they
// allow fits an ordinary stack; but a frame's size depends on the build (ASan's red zones make
// frames several times larger) and the stack's size on the host (an embedding program's worker
// thread may get 256 KiB). So the guards that count levels also ask stackNearlyExhausted(), and
// fail the way one level too many does before the stack overflows, whatever the build or the
// thread: the stack pointer against the thread's stack limit, as Postgres's check_stack_depth.
#pragma once

#include <cstddef>
#include <functional>
#include <thread>

namespace kgq {

// What stays free when a guard refuses to go deeper: room to build the error, throw it and run
// the destructors on the way out (ASan's frames and its own reports need more).
#if defined(__SANITIZE_ADDRESS__)  // g++
#define KGQ_STACK_ASAN 1
#elif defined(__has_feature)  // clang (the fuzz build)
#if __has_feature(address_sanitizer)
#define KGQ_STACK_ASAN 1
#endif
#endif
#ifdef KGQ_STACK_ASAN
constexpr std::size_t kStackReserve = 256 * 1024;
#else
constexpr std::size_t kStackReserve = 64 * 1024;
#endif

// Bytes of the calling thread's stack below the caller's frame (stacks grow down on every
// platform kgq builds on); the most a std::size_t holds when the thread's stack is unknown.
std::size_t stackLeft();

inline bool stackNearlyExhausted() { return stackLeft() < kStackReserve; }

// The stack the deepest statement kgq's bounds let through needs: 500 brackets or CASEs (ANTLR's
// recursive descent), 1000 operators in a chain (binder, planner, evaluator). Measured with
// Connection::run on threads of shrinking stacks: at most 1.3 MiB in a release build, 8.4 MiB
// under ASan+UBSan (a 999-term `1 + 1 + ...`: the binder's typeOf frames grow tenfold).
#ifdef KGQ_STACK_ASAN
constexpr std::size_t kDeepWorkStack = 16 * 1024 * 1024;
#else
constexpr std::size_t kDeepWorkStack = 4 * 1024 * 1024;
#endif

// Runs `work` on the calling thread when at least `needed` bytes of its stack are left (an
// ordinary 8 MiB main or std::thread stack in a release build), else on a thread of its own with
// a stack of twice `needed`, waiting for it; what `work` throws is rethrown here. So a host that
// calls kgq from a thread with a small stack gets errors, never a stack overflow.
void runWithStack(std::size_t needed, const std::function<void()>& work);

// Runs `work` on a new thread with a stack of `stackBytes`, waits for it and rethrows what it
// threw. Throws kgq::Error(Runtime) if the thread cannot start. The new thread acts for the
// caller (actingThread): the caller waits meanwhile, so locks that know which thread holds them
// treat the work as the caller's own (a statement of the caller's open transaction must not wait
// for the lock the caller holds).
void runOnThreadWithStack(std::size_t stackBytes, const std::function<void()>& work);

// The thread the calling thread acts for: itself, or inside runOnThreadWithStack its caller.
std::thread::id actingThread();

}  // namespace kgq
