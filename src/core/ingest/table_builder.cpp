#include "core/ingest/table_builder.h"

#include <cassert>

namespace carescore {

TableBuilder::TableBuilder(const TableBuildOptions& options) : options_(options) {}

std::size_t TableBuilder::addColumn(std::string name) {
  table_.add(std::move(name), ValueType::Empty);
  ColumnState& state = states_.emplace_back();
  state.firstRow = rows_;
  ++sampling_;
  return states_.size() - 1;
}

void TableBuilder::appendRow(std::span<const std::string_view> cells) {
  const std::size_t columns = states_.size();
  if (sampling_ == 0) {  // the steady state: every column typed, one CellReader call per cell
    for (std::size_t c = 0; c < columns; ++c)
      states_[c].reader->append(table_.columns[c], c < cells.size() ? cells[c] : std::string_view{}, rows_);
  } else {
    for (std::size_t c = 0; c < columns; ++c) {
      const std::string_view text = c < cells.size() ? cells[c] : std::string_view{};
      ColumnState& state = states_[c];
      if (state.sampling) sample(c, text);
      else state.reader->append(table_.columns[c], text, rows_);
    }
  }
  ++rows_;
}

void TableBuilder::appendRows(std::span<const std::string_view> cells, std::size_t width) {
  assert(width != 0 && cells.size() % width == 0);
  const std::size_t rows = cells.size() / width;
  if (width != states_.size()) {  // not one cell per column: row by row
    for (std::size_t r = 0; r < rows; ++r) appendRow(cells.subspan(r * width, width));
    return;
  }
  for (std::size_t c = 0; c < width; ++c) {
    ColumnState& state = states_[c];
    std::size_t r = 0;
    for (; r < rows && state.sampling; ++r) sample(c, cells[r * width + c]);  // rows_ + r: its sampled row
    if (r < rows) state.reader->appendColumn(table_.columns[c], cells.data() + r * width + c, width, rows - r, rows_ + r);
  }
  rows_ += rows;
}

void TableBuilder::sample(std::size_t column, std::string_view text) {
  ColumnState& state = states_[column];
  state.sampleBytes.append(text);
  state.sampleEnds.push_back(static_cast<std::uint32_t>(state.sampleBytes.size()));
  state.sampleValues += !isMissingToken(text);
  const std::size_t rows = state.sampleEnds.size();
  const bool enough = state.sampleValues >= options_.sampleMinValues || rows >= options_.sampleMaxRows;
  // The sample's bytes are bounded too: a few huge cells decide as well as many small ones.
  if ((rows >= options_.sampleRows && enough) || state.sampleBytes.size() >= (std::size_t{64} << 20)) decide(column);
}

void TableBuilder::decide(std::size_t column) {
  ColumnState& state = states_[column];
  assert(state.sampling);
  Column& target = table_.columns[column];
  sampleViews_.clear();
  std::uint32_t begin = 0;
  for (std::uint32_t end : state.sampleEnds) {
    sampleViews_.push_back(std::string_view(state.sampleBytes).substr(begin, end - begin));
    begin = end;
  }
  state.reader.emplace(inferColumnFormat(target.name, sampleViews_, options_.inference));
  state.reader->begin(target);
  for (std::uint64_t row = 0; row < state.firstRow; ++row) state.reader->append(target, {}, row);
  for (std::size_t i = 0; i < sampleViews_.size(); ++i) state.reader->append(target, sampleViews_[i], state.firstRow + i);
  reserve(target);  // after the sample: a text column's distinct share is known
  state.sampling = false;
  --sampling_;
  std::string().swap(state.sampleBytes);
  std::vector<std::uint32_t>().swap(state.sampleEnds);
  sampleViews_.clear();
}

void TableBuilder::expectRows(std::uint64_t rows) {
  if (expectedRows_ != 0) return;
  expectedRows_ = rows;
  for (std::size_t c = 0; c < states_.size(); ++c)
    if (!states_[c].sampling) reserve(table_.columns[c]);
}

void TableBuilder::reserve(Column& column) const {
  if (expectedRows_ <= rows_) return;
  const auto rows = static_cast<std::size_t>(expectedRows_);
  column.valid.reserve(rows);
  if (column.isNumeric()) column.numbers.reserve(rows);
  else if (column.type == ValueType::Timestamp) column.epochMs.reserve(rows);
  else if (column.isText()) column.codes.reserve(rows);
  // Free text (ids, subjects) gains distinct values all along: room for as many as the share
  // read so far predicts, so the hash table is not regrown and re-placed a dozen times.
  const std::size_t values = column.type == ValueType::Text ? column.valueCount() : 0;
  if (values == 0) return;
  const StringDictionary& known = column.dictionary;
  std::size_t knownBytes = 0;
  for (std::uint32_t code = 0; code < known.size(); ++code) knownBytes += known.at(code).size();
  const double perRow = static_cast<double>(rows) / static_cast<double>(values);
  column.dictionary.reserve(static_cast<std::size_t>(static_cast<double>(known.size()) * perRow),
                            static_cast<std::size_t>(static_cast<double>(knownBytes) * perRow));
}

Table TableBuilder::finish() {
  for (std::size_t c = 0; c < states_.size(); ++c)
    if (states_[c].sampling) decide(c);
  table_.setRowCountWithoutColumns(static_cast<std::size_t>(rows_));
  // Nothing adds text to a read table: its hash tables go (a million subjects' is 16 MB), and so
  // does the room reserved from the sample's share of distinct values, which guesses high for
  // free text that repeats later in the file (3 MB of a million subjects'). The tables go first,
  // so the shrinking copies never sit beside them.
  for (Column& column : table_.columns) {
    column.dictionary.releaseIndex();
    column.dictionary.shrinkToFit();
  }
  Table table = std::move(table_);
  table_ = Table();
  states_.clear();
  rows_ = 0;
  return table;
}

} // namespace carescore
