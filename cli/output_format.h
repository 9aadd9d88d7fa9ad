// Result rendering for the kgq command: aligned tables for people, RFC 4180 CSV and JSON for
// programs (SPEC §4). Shared by batch mode and the REPL.
//
// Promises: CSV has a header row and CRLF line ends, quoting only where needed; JSON is an array
// with one object per row whose keys are the column names in order (nodes as
// {"id","labels","properties"}, relationships as {"type","from","to","properties"}, paths as
// {"nodes","edges"}; non-finite floats as the strings "NaN", "Infinity", "-Infinity").
#pragma once

#include <kgq/kgq.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kgq::cli {

enum class OutputFormat { Table, Csv, Json };

std::optional<OutputFormat> parseOutputFormat(std::string_view name);

// Table cells wider than this many columns are cut and end in an ellipsis.
constexpr std::size_t kMaxCellWidth = 60;

void writeTable(std::ostream& out, const Result& result);
void writeCsv(std::ostream& out, const Result& result);
void writeJson(std::ostream& out, const Result& result);
void writeResult(std::ostream& out, const Result& result, OutputFormat format);

// Rows that no query made (the REPL's :schema), printed exactly as a Result with these columns
// and rows would be.
struct RowSet {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
};
void writeResult(std::ostream& out, const RowSet& rows, OutputFormat format);

// A value as JSON text (the same encoding writeJson uses for one cell).
std::string toJson(const Value& value);

// Parses JSON text into a Value (objects become maps, arrays lists); nullopt if it is not JSON.
std::optional<Value> parseJsonValue(std::string_view text);

}  // namespace kgq::cli
