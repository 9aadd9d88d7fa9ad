// kgq-crash-writer DIR full|relaxed — the victim of the crash test (crash_test.cpp): opens the
// database directory DIR and commits forever, printing the number of each commit on standard
// output once commit() has returned (an acknowledged commit). Commit i creates (:W {seq: i,
// part: 1}) and (:W {seq: i, part: 2}) and sets the counter node to i, in one explicit
// transaction (even i) or one statement (odd i); a small checkpoint size makes checkpoints
// frequent, so that kills land in them too.
#include <kgq/kgq.h>

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: kgq-crash-writer DIR full|relaxed\n");
    return 2;
  }
  try {
    kgq::DurabilityOptions options;
    options.sync = std::strcmp(argv[2], "relaxed") == 0 ? kgq::DurabilityOptions::Sync::Relaxed
                                                        : kgq::DurabilityOptions::Sync::EveryCommit;
    options.checkpointLogBytes = 8192;
    kgq::Database db;
    db.open(argv[1], options);
    kgq::Connection c(db);
    kgq::Result last = c.run("MATCH (c:Counter) RETURN c.value");
    std::int64_t i = last.size() == 0 ? 0 : last.at(0, 0).asInt();
    for (;;) {
      ++i;
      kgq::Params p{{"i", kgq::Value(i)}};
      if (i % 2 == 0) {
        c.begin();
        c.run("CREATE (:W {seq: $i, part: 1})", p);
        c.run("CREATE (:W {seq: $i, part: 2})", p);
        c.run("MERGE (c:Counter {id: 'counter'}) SET c.value = $i", p);
        c.commit();
      } else {
        c.run("MERGE (c:Counter {id: 'counter'}) SET c.value = $i CREATE (:W {seq: $i, part: 1}), (:W {seq: $i, part: 2})", p);
      }
      std::string ack = std::to_string(i) + "\n";
      if (::write(1, ack.data(), ack.size()) != static_cast<ssize_t>(ack.size())) return 1;
    }
  } catch (const kgq::Error& e) {
    std::fprintf(stderr, "kgq-crash-writer: %s\n", e.what());
    return 1;
  }
}
