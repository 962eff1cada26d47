// Everything loaded, mapped to canonical records: one table per record kind, whose columns are
// named by the canonical field keys of model/fields.h and typed as listed there (timestamps in
// UTC, durations in seconds). Mapping (mapping/) fills it from the files read; metrics read it.
#pragma once
#include <array>
#include <cstddef>

#include "core/model/fields.h"
#include "core/table/table.h"

namespace carescore {

struct Dataset {
  std::array<Table, std::size(kRecordKinds)> tables;

  Table& of(RecordKind kind) { return tables[static_cast<std::size_t>(kind)]; }
  const Table& of(RecordKind kind) const { return tables[static_cast<std::size_t>(kind)]; }

  // The column of a canonical field, or null when no loaded file provides it.
  const Column* field(RecordKind kind, std::string_view key) const { return of(kind).find(key); }
};

} // namespace carescore
