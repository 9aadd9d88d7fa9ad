// Tab completion (cli/completion.h): what Tab offers in each context, without a terminal.
#include "cli/completion.h"

#include <catch2/catch.hpp>

using kgq::cli::completeWord;
using kgq::cli::CompletionVocabulary;
using kgq::cli::wordStart;

namespace {

const CompletionVocabulary vocab{{"City", "Company", "Region"}, {"LOCATED_IN", "LAUNCHED"}, {"name", "note", "year"}};

std::vector<std::string> complete(const std::string& line) { return completeWord(line, wordStart(line), vocab); }

}  // namespace

TEST_CASE("completion: keywords case-insensitively, in upper case") {
  CHECK(complete("mat") == std::vector<std::string>{"MATCH"});
  CHECK(complete("MATCH (n) RET") == std::vector<std::string>{"RETURN"});
}

TEST_CASE("completion: labels after ':' in a node, types in a relationship") {
  CHECK(complete("MATCH (c:C") == std::vector<std::string>{"City", "Company"});
  CHECK(complete("MATCH (c)-[r:L") == std::vector<std::string>{"LAUNCHED", "LOCATED_IN"});
}

TEST_CASE("completion: property keys after '.' and in maps") {
  CHECK(complete("MATCH (c) RETURN c.n") == std::vector<std::string>{"name", "note"});
  CHECK(complete("MATCH (c {ye") == std::vector<std::string>{"year"});
}

TEST_CASE("completion: commands and their arguments") {
  CHECK(complete(":sc") == std::vector<std::string>{":schema"});
  CHECK(complete(":export gr") == std::vector<std::string>{"graphml"});
  CHECK(complete(":format c") == std::vector<std::string>{"csv"});
  CHECK(complete(":timing o") == std::vector<std::string>{"off", "on"});
  CHECK(complete(":export svg out.svg MATCH (x:Reg") == std::vector<std::string>{"Region"});
}
