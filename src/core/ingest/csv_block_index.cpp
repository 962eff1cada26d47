#include "core/ingest/csv_block_index.h"

namespace carescore {

CsvBlockMasks classifyBlockScalar(const char* p, char delimiter, char quote) {
  CsvBlockMasks m;
  for (int i = 0; i < 64; ++i) {
    const std::uint64_t bit = std::uint64_t{1} << i;
    const char c = p[i];
    if (quote != '\0' && c == quote) m.quote |= bit;
    if (c == delimiter) m.delimiter |= bit;
    if (c == '\n') m.lf |= bit;
    if (c == '\r') m.cr |= bit;
    if (c == '\0') m.nul |= bit;
  }
  return m;
}

} // namespace carescore
