// Building a typed, columnar Table from rows of text cells, streamed: each column first collects
// a sample of its cells, hands it to type inference (cell_reader.h) once, then reads every cell
// with that column's CellReader straight into the typed vector. Columns may appear late (a JSON
// key first seen in row 5,000): the rows before are missing. Not a parser: cells come in as text.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/cell_reader.h"
#include "core/table/table.h"

namespace carescore {

struct TableBuildOptions {
  InferenceOptions inference;
  std::size_t sampleRows = 1000;      // cells of a column read before its format is decided …
  std::size_t sampleMinValues = 20;   // … or more, until this many are not missing …
  std::size_t sampleMaxRows = 20000;  // … but never more than this
};

class TableBuilder {
public:
  explicit TableBuilder(const TableBuildOptions& options = {});

  // A new column, last; returns its index. Rows already appended are missing in it.
  std::size_t addColumn(std::string name);
  std::size_t columnCount() const { return table_.columns.size(); }
  const std::string& columnName(std::size_t column) const { return table_.columns[column].name; }

  // One row: cells[i] is column i's text; columns past cells.size() are missing.
  void appendRow(std::span<const std::string_view> cells);
  // Rows of `width` cells each, back to back: typed column by column (each column's cells in a
  // tight loop with its reader). The same table as appendRow for each row.
  void appendRows(std::span<const std::string_view> cells, std::size_t width);
  std::uint64_t rowCount() const { return rows_; }

  // Inference options for the columns still to be decided (a reader learns some from the file:
  // a ';'-separated file suggests decimal commas).
  void setInference(const InferenceOptions& inference) { options_.inference = inference; }

  // The number of rows expected in all (from the file size): typed vectors are reserved once
  // instead of doubling, which halves the peak memory of the biggest columns. Any time; once.
  void expectRows(std::uint64_t rows);

  // Decides the columns still sampling and hands over the table.
  Table finish();

private:
  struct ColumnState {
    std::uint64_t firstRow = 0;            // rows before it are missing
    bool sampling = true;
    std::string sampleBytes;               // the sampled cells, back to back
    std::vector<std::uint32_t> sampleEnds; // end of each sampled cell in sampleBytes
    std::size_t sampleValues = 0;          // sampled cells that are not missing
    std::optional<CellReader> reader;
  };

  void sample(std::size_t column, std::string_view text);
  void decide(std::size_t column);
  void reserve(Column& column) const;

  TableBuildOptions options_;
  Table table_;
  std::vector<ColumnState> states_;
  std::vector<std::string_view> sampleViews_;  // reused when deciding
  std::uint64_t rows_ = 0;
  std::uint64_t expectedRows_ = 0;
  std::size_t sampling_ = 0;                   // columns still sampling
};

} // namespace carescore
