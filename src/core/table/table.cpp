#include "core/table/table.h"

namespace carescore {

const Column* Table::find(std::string_view name) const {
  for (const Column& column : columns)
    if (column.name == name) return &column;
  return nullptr;
}

Column* Table::find(std::string_view name) {
  return const_cast<Column*>(static_cast<const Table*>(this)->find(name));
}

Column& Table::add(std::string name, ValueType type) {
  Column& column = columns.emplace_back();
  column.name = std::move(name);
  column.type = type;
  return column;
}

std::size_t Table::memoryBytes() const {
  std::size_t bytes = 0;
  for (const Column& column : columns) bytes += column.memoryBytes() + column.name.capacity();
  return bytes;
}

} // namespace carescore
