// A program outside kgq's tree that uses only the installed package (find_package(kgq)).
#include <kgq/kgq.h>

#include <iostream>

int main() {
  kgq::Database db;
  db.loadJsonText(R"({"format": "kgq-graph", "version": 1,
                      "nodes": [{"id": "a", "labels": ["City"], "properties": {"name": "Wuhan"}}]})",
                  "inline");
  kgq::Connection conn(db);
  kgq::Result r = conn.run("MATCH (c:City) RETURN c.name AS name");
  std::cout << r.at(0, 0).asString() << "\n";
  return r.at(0, 0).asString() == "Wuhan" ? 0 : 1;
}
