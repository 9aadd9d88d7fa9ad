#include "loaders/json_value.h"

#include <rapidjson/document.h>

namespace kgq {
namespace {

Value fromJson(const rapidjson::Value& j) {
  if (j.IsNull()) return Value();
  if (j.IsBool()) return Value(j.GetBool());
  if (j.IsInt64()) return Value(static_cast<std::int64_t>(j.GetInt64()));
  if (j.IsNumber()) return Value(j.GetDouble());
  if (j.IsString()) return Value(std::string(j.GetString(), j.GetStringLength()));
  if (j.IsArray()) {
    List out;
    for (const auto& item : j.GetArray()) out.push_back(fromJson(item));
    return Value(std::move(out));
  }
  Map out;
  for (const auto& member : j.GetObject())
    out[std::string(member.name.GetString(), member.name.GetStringLength())] = fromJson(member.value);
  return Value(std::move(out));
}

}  // namespace

std::optional<Value> parseJsonValue(std::string_view text, bool allowNanAndInfinity) {
  rapidjson::Document doc;
  if (allowNanAndInfinity)
    doc.Parse<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNanAndInfFlag>(
        text.data(), text.size());
  else
    doc.Parse<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  if (doc.HasParseError()) return std::nullopt;
  return fromJson(doc);
}

}  // namespace kgq
