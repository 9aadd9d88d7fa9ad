// The TCK's `there exists a procedure <signature>:` step: registers, on the scenario's
// kgq::Database, a procedure with that signature (Database::registerProcedure) whose rows are the
// step's table. The table's columns are the inputs, then the outputs; a call yields the output
// part of every row whose input cells equal its arguments (null equals null), in table order.
//
// Promises: returns false, registering nothing, when `stepText` is not this step; otherwise
// registers the procedure or throws (kgq::Error for a bad signature, ParseError for a bad cell,
// std::invalid_argument when the header does not name the inputs then the outputs).
#pragma once

#include "gherkin.h"

#include <kgq/kgq.h>

#include <string>

namespace tck {

bool registerTableProcedure(kgq::Database& db, const std::string& stepText, const Table& table);

}  // namespace tck
