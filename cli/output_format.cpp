#include "cli/output_format.h"

#include "graph/utf8.h"
#include "loaders/json_value.h"
#include "graph/value_render.h"

#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

namespace kgq::cli {

std::optional<OutputFormat> parseOutputFormat(std::string_view name) {
  if (name == "table") return OutputFormat::Table;
  if (name == "csv") return OutputFormat::Csv;
  if (name == "json") return OutputFormat::Json;
  return std::nullopt;
}

namespace {

// ---- table ----


// Terminal columns of a code point: East Asian wide characters take two.
std::size_t columnsOf(std::uint32_t cp) {
  bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
              (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
              (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  return wide ? 2 : 1;
}

std::size_t displayWidth(const std::string& s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) width += columnsOf(decodeUtf8(s, i));
  return width;
}

// Cuts `s` to at most `limit` columns, ending in "…" when cut; newlines shown as \n already.
std::string fitCell(const std::string& s) {
  if (displayWidth(s) <= kMaxCellWidth) return s;
  std::string out;
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    std::size_t w = columnsOf(decodeUtf8(s, i));
    if (width + w > kMaxCellWidth - 1) break;
    width += w;
    out.append(s, start, i - start);
  }
  return out + "\u2026";
}

std::string cellText(const Value& v) { return fitCell(v.toCypher()); }

// ---- JSON ----

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void writeJsonValue(JsonWriter& w, const Value& v);

void writeJsonMap(JsonWriter& w, const Map& map) {
  w.StartObject();
  for (const auto& [key, value] : map) {
    w.Key(key.c_str(), static_cast<rapidjson::SizeType>(key.size()));
    writeJsonValue(w, value);
  }
  w.EndObject();
}

void writeJsonNode(JsonWriter& w, const Node& n) {
  w.StartObject();
  w.Key("id");
  w.String(n.id.c_str(), static_cast<rapidjson::SizeType>(n.id.size()));
  w.Key("labels");
  w.StartArray();
  for (const auto& l : n.labels) w.String(l.c_str(), static_cast<rapidjson::SizeType>(l.size()));
  w.EndArray();
  w.Key("properties");
  writeJsonMap(w, n.properties);
  w.EndObject();
}

void writeJsonRelationship(JsonWriter& w, const Relationship& r) {
  w.StartObject();
  w.Key("type");
  w.String(r.type.c_str(), static_cast<rapidjson::SizeType>(r.type.size()));
  w.Key("from");
  w.String(r.from.c_str(), static_cast<rapidjson::SizeType>(r.from.size()));
  w.Key("to");
  w.String(r.to.c_str(), static_cast<rapidjson::SizeType>(r.to.size()));
  w.Key("properties");
  writeJsonMap(w, r.properties);
  w.EndObject();
}

void writeJsonValue(JsonWriter& w, const Value& v) {
  switch (v.kind()) {
    case ValueKind::Null: w.Null(); break;
    case ValueKind::Bool: w.Bool(v.asBool()); break;
    case ValueKind::Int: w.Int64(v.asInt()); break;
    case ValueKind::Float:
      if (std::isfinite(v.asFloat())) {
        w.Double(v.asFloat());
      } else {
        std::string s = formatFloat(v.asFloat());
        w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
      }
      break;
    case ValueKind::String: w.String(v.asString().c_str(), static_cast<rapidjson::SizeType>(v.asString().size())); break;
    case ValueKind::List:
      w.StartArray();
      for (const Value& item : v.asList()) writeJsonValue(w, item);
      w.EndArray();
      break;
    case ValueKind::Map: writeJsonMap(w, v.asMap()); break;
    case ValueKind::Node: writeJsonNode(w, v.asNode()); break;
    case ValueKind::Relationship: writeJsonRelationship(w, v.asRelationship()); break;
    case ValueKind::Path:
      w.StartObject();
      w.Key("nodes");
      w.StartArray();
      for (const Node& n : v.asPath().nodes) writeJsonNode(w, n);
      w.EndArray();
      w.Key("edges");
      w.StartArray();
      for (const Relationship& r : v.asPath().relationships) writeJsonRelationship(w, r);
      w.EndArray();
      w.EndObject();
      break;
    default: {
      std::string s = v.toCypher();  // temporal values as ISO 8601 strings; engine handles never reach results
      w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
    }
  }
}

// ---- CSV ----

std::string csvField(const Value& v) {
  std::string text;
  switch (v.kind()) {
    case ValueKind::Null: return "";
    case ValueKind::String: text = v.asString(); break;
    case ValueKind::Bool: text = v.asBool() ? "true" : "false"; break;
    case ValueKind::Int: text = std::to_string(v.asInt()); break;
    case ValueKind::Float: text = formatFloat(v.asFloat()); break;
    default: text = v.isTemporal() ? v.toCypher() : toJson(v); break;  // temporal: the ISO 8601 string
  }
  bool quote = text.find_first_of(",\"\r\n") != std::string::npos;
  if (!quote) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string toJson(const Value& value) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  writeJsonValue(writer, value);
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::optional<Value> parseJsonValue(std::string_view text) { return kgq::parseJsonValue(text); }

namespace {

using Columns = std::vector<std::string>;
using Rows = std::vector<std::vector<Value>>;

void writeTable(std::ostream& out, const Columns& columns, const Rows& rows) {
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> widths;
  for (const auto& c : columns) widths.push_back(displayWidth(fitCell(c)));
  for (const auto& row : rows) {
    cells.emplace_back();
    for (std::size_t i = 0; i < row.size(); ++i) {
      cells.back().push_back(cellText(row[i]));
      widths[i] = std::max(widths[i], displayWidth(cells.back().back()));
    }
  }
  std::string rule = "+";
  for (std::size_t w : widths) rule += std::string(w + 2, '-') + "+";
  auto line = [&](const std::vector<std::string>& values) {
    out << "|";
    for (std::size_t i = 0; i < values.size(); ++i)
      out << " " << values[i] << std::string(widths[i] - displayWidth(values[i]), ' ') << " |";
    out << "\n";
  };
  if (!columns.empty()) {
    std::vector<std::string> header;
    for (const auto& c : columns) header.push_back(fitCell(c));
    out << rule << "\n";
    line(header);
    out << rule << "\n";
    for (const auto& row : cells) line(row);
    out << rule << "\n";
  }
  out << rows.size() << (rows.size() == 1 ? " row" : " rows") << "\n";
}

void writeCsv(std::ostream& out, const Columns& columns, const Rows& rows) {
  for (std::size_t i = 0; i < columns.size(); ++i) out << (i ? "," : "") << csvField(Value(columns[i]));
  out << "\r\n";
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << csvField(row[i]);
    out << "\r\n";
  }
}

void writeJson(std::ostream& out, const Columns& columns, const Rows& rows) {
  out << "[";
  bool first = true;
  for (const auto& row : rows) {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    for (std::size_t i = 0; i < row.size(); ++i) {
      w.Key(columns[i].c_str(), static_cast<rapidjson::SizeType>(columns[i].size()));
      writeJsonValue(w, row[i]);
    }
    w.EndObject();
    out << (first ? "\n" : ",\n") << buffer.GetString();
    first = false;
  }
  out << (first ? "]\n" : "\n]\n");
}

void writeRows(std::ostream& out, const Columns& columns, const Rows& rows, OutputFormat format) {
  switch (format) {
    case OutputFormat::Table: writeTable(out, columns, rows); break;
    case OutputFormat::Csv: writeCsv(out, columns, rows); break;
    case OutputFormat::Json: writeJson(out, columns, rows); break;
  }
}

}  // namespace

void writeTable(std::ostream& out, const Result& result) { writeTable(out, result.columns(), result.rows()); }
void writeCsv(std::ostream& out, const Result& result) { writeCsv(out, result.columns(), result.rows()); }
void writeJson(std::ostream& out, const Result& result) { writeJson(out, result.columns(), result.rows()); }

void writeResult(std::ostream& out, const Result& result, OutputFormat format) {
  writeRows(out, result.columns(), result.rows(), format);
}

void writeResult(std::ostream& out, const RowSet& rows, OutputFormat format) {
  writeRows(out, rows.columns, rows.rows, format);
}

}  // namespace kgq::cli
