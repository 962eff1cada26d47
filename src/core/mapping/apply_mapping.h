// Applying a mapping to a read table: canonical records of the mapping's kind (and survey answers a
// contact file carries, "survey.csat"), typed as model/fields.h says — wall-clock times converted to
// UTC with the zone the header names, the vendor documents or the user chose (DST gaps and overlaps
// counted), bare numbers scaled by their unit, labelled values through their value maps, merged
// columns combined, excluded rows left out — each row keeping its `source` and `source_row`. Every
// cell that could not be converted is counted in an issue. Not the multi-file dataset (dataset_builder.h).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/mapping/apply_issue.h"
#include "core/mapping/mapping.h"
#include "core/model/dataset.h"
#include "core/table/table.h"
#include "core/time/zone_database.h"

namespace carescore {

struct ApplyContext {
  const ZoneDatabase* zones = nullptr;  // needed to resolve named zones; offsets and UTC work without
  std::string defaultZone = "UTC";      // when the mapping names none (the app passes the user's zone)
  std::string sourceName = {};          // every row's `source`; empty: the mapping's source, else its vendor
};

struct MappedRows {
  Dataset records;                 // the mapped rows of this file, by kind
  std::uint64_t rowsRead = 0;
  std::uint64_t rowsMapped = 0;    // rows of the mapping's kind
  std::uint64_t rowsExcluded = 0;
  std::uint64_t surveyRows = 0;    // survey answers the file carried beside its contacts
  std::string zoneUsed;            // the zone wall-clock times were read in
  std::vector<ApplyIssue> issues;
  bool ok() const;                 // no error-severity issue
};

MappedRows applyMapping(const Table& table, const Mapping& mapping, const ApplyContext& context = {});

} // namespace carescore
