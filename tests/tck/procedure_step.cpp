// The `there exists a procedure` step (procedure_step.h).
#include "procedure_step.h"

#include "tck_value.h"

#include <stdexcept>

namespace tck {

namespace {

const std::string kPrefix = "there exists a procedure ";

bool blankHeader(const Table& table) {
  if (table.empty()) return true;
  for (const auto& cell : table.front())
    if (!cell.empty()) return false;
  return true;
}

}  // namespace

bool registerTableProcedure(kgq::Database& db, const std::string& stepText, const Table& table) {
  if (stepText.compare(0, kPrefix.size(), kPrefix) != 0) return false;
  std::string text = stepText.substr(kPrefix.size());
  while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.pop_back();
  kgq::ProcedureSignature signature = kgq::ProcedureSignature::parse(text, "TCK table procedure");
  const std::size_t inputs = signature.inputs.size(), outputs = signature.outputs.size();
  std::vector<std::vector<kgq::Value>> rows;
  if (!blankHeader(table)) {
    const auto& header = table.front();
    bool matches = header.size() == inputs + outputs;
    for (std::size_t i = 0; matches && i < header.size(); ++i)
      matches = header[i] == (i < inputs ? signature.inputs[i].name : signature.outputs[i - inputs].name);
    if (!matches) throw std::invalid_argument("procedure table header must name the inputs, then the outputs: " + text);
    for (std::size_t r = 1; r < table.size(); ++r) {
      std::vector<kgq::Value> row;
      for (const auto& cell : table[r]) row.push_back(toKgq(parseValue(cell)));
      rows.push_back(std::move(row));
    }
  } else if (inputs + outputs != 0) {
    throw std::invalid_argument("procedure table has no header: " + text);
  }
  db.registerProcedure(std::move(signature), [rows, inputs](const std::vector<kgq::Value>& args, kgq::ProcedureRows& out) {
    for (const auto& row : rows) {
      bool selected = true;
      for (std::size_t i = 0; selected && i < inputs; ++i) selected = row[i] == args[i];
      if (selected) out.add(std::vector<kgq::Value>(row.begin() + static_cast<std::ptrdiff_t>(inputs), row.end()));
    }
  });
  return true;
}

}  // namespace tck
