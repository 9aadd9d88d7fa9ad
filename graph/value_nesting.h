// A bound on the recursion of the functions that walk into a value's lists and maps (Cypher
// comparison, equivalence and hashing, structural ==, printing, JSON writing). A value built at
// run time can nest without bound (reduce(a = [], i IN range(1, 100000) | [a])), deeper than the
// call stack allows; those functions take a ValueNestingGuard per level they descend, and one
// level too many throws kgq::Error(Runtime) naming the operation instead of overflowing the stack.
// (Destroying such a value needs no bound: ~Value takes nested lists and maps apart iteratively.)
// A level fits in well under 1 KiB of stack in a release build, but several times that under
// ASan, and the calling thread may have a small stack: so a guard also refuses, with the same
// error, when the stack is nearly used up (graph/stack_depth.h), before it overflows.
#pragma once

#include <kgq/kgq.h>

#include "graph/stack_depth.h"

#include <string>

namespace kgq {

// The deepest nesting of lists and maps those functions descend, also what a query may return.
constexpr int kMaxValueNesting = 1000;

class ValueNestingGuard {
 public:
  // `what` completes "cannot WHAT a value ...": "compare", "hash", "print".
  explicit ValueNestingGuard(const char* what) {
    if (++depth_ > kMaxValueNesting || stackNearlyExhausted()) {
      --depth_;
      throw Error(ErrorKind::Runtime, std::string("cannot ") + what + " a value with lists or maps nested more than " +
                                          std::to_string(kMaxValueNesting) + " deep");
    }
  }
  ~ValueNestingGuard() { --depth_; }
  ValueNestingGuard(const ValueNestingGuard&) = delete;
  ValueNestingGuard& operator=(const ValueNestingGuard&) = delete;

 private:
  static inline thread_local int depth_ = 0;
};

}  // namespace kgq
