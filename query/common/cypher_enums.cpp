#include "query/common/cypher_enums.h"

namespace kgq {

const char* binaryOpText(BinaryOp op) {
  switch (op) {
    case BinaryOp::Or: return "OR";
    case BinaryOp::Xor: return "XOR";
    case BinaryOp::And: return "AND";
    case BinaryOp::Eq: return "=";
    case BinaryOp::Neq: return "<>";
    case BinaryOp::Lt: return "<";
    case BinaryOp::Gt: return ">";
    case BinaryOp::Le: return "<=";
    case BinaryOp::Ge: return ">=";
    case BinaryOp::Add: return "+";
    case BinaryOp::Sub: return "-";
    case BinaryOp::Mul: return "*";
    case BinaryOp::Div: return "/";
    case BinaryOp::Mod: return "%";
    case BinaryOp::Pow: return "^";
    case BinaryOp::In: return "IN";
    case BinaryOp::StartsWith: return "STARTS WITH";
    case BinaryOp::EndsWith: return "ENDS WITH";
    case BinaryOp::Contains: return "CONTAINS";
    case BinaryOp::RegexMatch: return "=~";
  }
  return "?";
}

}  // namespace kgq
