#include "core/mapping/table_fingerprint.h"

#include <cstdint>
#include <cstring>
#include <vector>

#include "core/mapping/header_text.h"

namespace carescore {

namespace {

// A word at a time (multiply, then carry the high bits down), not byte-wise FNV: a million rows of
// a dozen columns cost one multiply per cell. Fingerprints are compared within a session only.
std::uint64_t mix(std::uint64_t hash, std::uint64_t value) {
  hash = (hash ^ value) * 0x9E3779B97F4A7C15ULL;
  return hash ^ (hash >> 29);
}

std::uint64_t hashColumn(const Column& column, std::uint64_t hash) {
  hash = stableHash(column.name, hash);
  hash = mix(hash, static_cast<std::uint64_t>(column.type));
  hash = mix(hash, column.size());
  // Text cells by their string (hashed once per dictionary entry), so the hash does not depend on
  // the order codes were handed out in.
  std::vector<std::uint64_t> textHashes;
  if (column.isText()) {
    textHashes.reserve(column.dictionary.size());
    for (std::uint32_t code = 0; code < column.dictionary.size(); ++code) textHashes.push_back(stableHash(column.dictionary.at(code)));
  }
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (!column.hasValue(row)) {
      hash = mix(hash, 0x9e3779b97f4a7c15ULL);
      continue;
    }
    if (column.isText()) hash = mix(hash, textHashes[column.codes[row]]);
    else if (column.type == ValueType::Timestamp) hash = mix(hash, static_cast<std::uint64_t>(column.epochMs[row]));
    else if (column.isNumeric()) {
      std::uint64_t bits = 0;  // std::memcpy: Emscripten 3.1.6's libc++ has no std::bit_cast
      std::memcpy(&bits, &column.numbers[row], sizeof bits);
      hash = mix(hash, bits);
    }
  }
  return hash;
}

} // namespace

std::string tableFingerprint(const Table& table) {
  std::uint64_t hash = stableHash("carescore-table");
  hash = mix(hash, table.rowCount());
  for (const Column& column : table.columns) hash = hashColumn(column, hash);
  return hexDigits(hash);
}

} // namespace carescore
