// ProcedureRegistry (query/procedures/registry.h).
#include "query/procedures/registry.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace kgq {

namespace {

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool isDottedName(const std::string& name) {
  if (name.empty() || name.front() == '.' || name.back() == '.') return false;
  char previous = '.';
  for (char c : name) {
    if (c == '.' && previous == '.') return false;
    if (c != '.' && c != '_' && !std::isalnum(static_cast<unsigned char>(c))) return false;
    if (previous == '.' && std::isdigit(static_cast<unsigned char>(c))) return false;
    previous = c;
  }
  return true;
}

// Checks every row's width before handing it on.
class CheckedRows : public ProcedureRows {
 public:
  CheckedRows(const ProcedureSignature& signature, ProcedureRows& out) : signature_(signature), out_(out) {}
  void add(std::vector<Value> row) override {
    if (row.size() != signature_.outputs.size())
      throw Error(ErrorKind::Runtime, "Procedure " + signature_.name + " yielded a row of " +
                                          std::to_string(row.size()) + " values; its signature declares " +
                                          std::to_string(signature_.outputs.size()) + " columns");
    out_.add(std::move(row));
  }

 private:
  const ProcedureSignature& signature_;
  ProcedureRows& out_;
};

}  // namespace

void ProcedureRegistry::add(ProcedureSignature signature, ProcedureImplementation run) {
  if (!isDottedName(signature.name))
    throw Error(ErrorKind::Semantic, "Invalid procedure name `" + signature.name + "`: expected names separated by dots");
  std::string key = lowered(signature.name);
  if (byName_.count(key)) throw Error(ErrorKind::Semantic, "A procedure named " + signature.name + " already exists");
  std::set<std::string> seen;
  for (const auto& in : signature.inputs)
    if (!seen.insert(in.name).second)
      throw Error(ErrorKind::Semantic, "Procedure " + signature.name + " declares the input `" + in.name + "` twice");
  bool defaults = false;
  for (const auto& in : signature.inputs) {
    if (defaults && !in.defaultValue)
      throw Error(ErrorKind::Semantic, "Procedure " + signature.name + ": input `" + in.name +
                                           "` has no default but follows one that has");
    defaults = defaults || in.defaultValue.has_value();
  }
  seen.clear();
  for (const auto& out : signature.outputs)
    if (!seen.insert(out.name).second)
      throw Error(ErrorKind::Semantic, "Procedure " + signature.name + " declares the output `" + out.name + "` twice");
  byName_.emplace(std::move(key), std::make_unique<Procedure>(Procedure{std::move(signature), std::move(run)}));
}

const Procedure* ProcedureRegistry::find(std::string_view name) const {
  auto it = byName_.find(lowered(name));
  return it == byName_.end() ? nullptr : it->second.get();
}

std::vector<const Procedure*> ProcedureRegistry::all() const {
  std::vector<const Procedure*> out;
  for (const auto& [key, procedure] : byName_) out.push_back(procedure.get());
  std::sort(out.begin(), out.end(),
            [](const Procedure* a, const Procedure* b) { return a->signature.name < b->signature.name; });
  return out;
}

std::vector<Value> ProcedureRegistry::bindArguments(const Procedure& procedure, std::vector<Value> args) {
  const ProcedureSignature& s = procedure.signature;
  std::size_t required = 0;
  for (const auto& in : s.inputs) required += !in.defaultValue;
  if (args.size() < required || args.size() > s.inputs.size()) {
    std::string expected = required == s.inputs.size()
                               ? std::to_string(required)
                               : std::to_string(required) + " to " + std::to_string(s.inputs.size());
    throw Error(ErrorKind::Semantic, "Procedure call " + s.name + " takes " + expected + " argument" +
                                         (s.inputs.size() == 1 && required == 1 ? "" : "s") + ", got " +
                                         std::to_string(args.size()) + ": " + s.toString());
  }
  for (std::size_t i = 0; i < args.size(); ++i)
    if (!s.inputs[i].type.accepts(args[i]))
      throw Error(ErrorKind::Semantic, "Procedure call " + s.name + ": argument `" + s.inputs[i].name + "` must be " +
                                           s.inputs[i].type.toString() + ", got " + kindName(args[i].kind()) +
                                           " " + args[i].toCypher());
  for (std::size_t i = args.size(); i < s.inputs.size(); ++i) args.push_back(*s.inputs[i].defaultValue);
  return args;
}

void ProcedureRegistry::call(const Procedure& procedure, const ProcedureContext& context, std::vector<Value> args,
                             ProcedureRows& rows) {
  std::vector<Value> bound = bindArguments(procedure, std::move(args));
  CheckedRows checked(procedure.signature, rows);
  try {
    procedure.run(context, bound, checked);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw Error(ErrorKind::Runtime, "Procedure " + procedure.signature.name + " failed: " + e.what());
  }
}

}  // namespace kgq
