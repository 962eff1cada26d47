#include "core/model/dataset.h"

namespace carescore {

Dataset::Dataset() {
  for (auto& table : tables_) table = std::make_shared<Table>();
}

const Table& Dataset::of(RecordKind kind) const {
  static const Table kEmpty;
  const std::shared_ptr<Table>& table = tables_[index(kind)];
  return table ? *table : kEmpty;
}

Table& Dataset::of(RecordKind kind) {
  std::shared_ptr<Table>& table = tables_[index(kind)];
  if (!table) table = std::make_shared<Table>();
  else if (table.use_count() > 1) table = std::make_shared<Table>(*table);
  return *table;
}

void Dataset::share(RecordKind kind, std::shared_ptr<const Table> table) {
  // Held as writable, but of() copies before any write while another holder exists.
  tables_[index(kind)] = std::const_pointer_cast<Table>(std::move(table));
}

} // namespace carescore
