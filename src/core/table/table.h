// A table: named, typed columns of equal length, as read from one file. The engine's unit of
// data between reading (ingest/) and mapping to canonical records (model/).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/table/column.h"

namespace carescore {

class Table {
public:
  std::vector<Column> columns;

  std::size_t rowCount() const { return columns.empty() ? rowsWithoutColumns_ : columns.front().size(); }
  void setRowCountWithoutColumns(std::size_t rows) { rowsWithoutColumns_ = rows; }

  const Column* find(std::string_view name) const;
  Column* find(std::string_view name);
  Column& add(std::string name, ValueType type);

  std::size_t memoryBytes() const;

private:
  std::size_t rowsWithoutColumns_ = 0;
};

} // namespace carescore
