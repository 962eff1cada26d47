// Everything loaded, mapped to canonical records: one table per record kind, whose columns are
// named by the canonical field keys of model/fields.h and typed as listed there (timestamps in
// UTC, durations in seconds). Mapping (mapping/) fills it from the files read; metrics read it.
// Tables are shared, copied on write: a dataset made of one file's rows holds that file's tables,
// not copies of a million rows. Single-threaded, as the engine is.
#pragma once
#include <array>
#include <cstddef>
#include <memory>

#include "core/model/fields.h"
#include "core/table/table.h"

namespace carescore {

class Dataset {
public:
  Dataset();

  const Table& of(RecordKind kind) const;
  // For writing: a table another holder shares is copied first, so the other holder never sees
  // the change. Read through a const Dataset to avoid that copy.
  Table& of(RecordKind kind);

  // The kind's table as it is, to be shared by another dataset without a copy.
  std::shared_ptr<const Table> shared(RecordKind kind) const { return tables_[index(kind)]; }
  void share(RecordKind kind, std::shared_ptr<const Table> table);

  // The column of a canonical field, or null when no loaded file provides it.
  const Column* field(RecordKind kind, std::string_view key) const { return of(kind).find(key); }

private:
  static std::size_t index(RecordKind kind) { return static_cast<std::size_t>(kind); }
  // Null only in a moved-from dataset (read as empty). Written only when this dataset is the sole
  // holder (use_count 1), else copied first.
  std::array<std::shared_ptr<Table>, std::size(kRecordKinds)> tables_;
};

} // namespace carescore
