#include "core/ingest/cell_reader.h"

// Placeholder until type inference lands: every column is text. Keeps the pipeline whole so the
// readers can be built and tested against the final interface.
namespace carescore {

ColumnFormat inferColumnFormat(std::string_view, std::span<const std::string_view> sample, const InferenceOptions&) {
  for (std::string_view value : sample)
    if (!isMissingToken(value)) return {ValueType::Text, {}};
  return {ValueType::Empty, {}};
}

bool isMissingToken(std::string_view text) { return text.empty(); }

void CellReader::begin(Column& column) const {
  column.type = format_.type;
  column.format = format_.format;
}

void CellReader::append(Column& column, std::string_view text, std::uint64_t) {
  if (isMissingToken(text) || column.type == ValueType::Empty) column.appendMissing();
  else column.appendText(text);
}

} // namespace carescore
