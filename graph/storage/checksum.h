// CRC-32C (Castagnoli), the checksum of every snapshot section and log record: it detects flipped
// bytes and torn writes. Uses the SSE 4.2 crc32 instruction when the CPU has it (several GB/s, so
// checking a large snapshot costs little next to reading it), else a table.
//
// Promises: crc32c(data, n, crc32c(a, m)) over consecutive buffers equals crc32c over their
// concatenation; the standard check value crc32c("123456789") == 0xE3069283.
#pragma once

#include <cstddef>
#include <cstdint>

namespace kgq::storage {

std::uint32_t crc32c(const void* data, std::size_t size, std::uint32_t previous = 0);

}  // namespace kgq::storage
