// Helpers of the mapping tests: reading a fixture or a shared file, mapping it as the app does,
// and looking up what a column was mapped to.
#pragma once
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "core/ingest/file_reader.h"
#include "core/mapping/apply_mapping.h"
#include "core/mapping/column_profile.h"
#include "core/mapping/detection.h"
#include "core/mapping/mapping_builder.h"
#include "test_support.h"
#include "core/time/time_test_support.h"

namespace carescore::testing {

inline std::string fixturePath(std::string_view name) {
  return std::string(CARESCORE_SOURCE_DIR) + "/tests/core/mapping/fixtures/" + std::string(name);
}

inline ReadResult readPath(const std::string& path) {
  const std::vector<std::uint8_t> bytes = readFile(path);
  REQUIRE_MESSAGE(!bytes.empty(), path);
  ReadOptions options;
  options.fileName = path.substr(path.find_last_of('/') + 1);
  return readBuffer(bytes, options);
}

inline ReadResult readText(std::string_view text, std::string fileName = "inline.csv") {
  ReadOptions options;
  options.fileName = std::move(fileName);
  return readBuffer(bytesOf(text), options);
}

// A file read, detected and mapped with the best candidate.
struct MappedFixture {
  ReadResult read;
  std::vector<ColumnProfile> columns;
  Detection detection;
  Mapping mapping;

  explicit MappedFixture(ReadResult result) : read(std::move(result)) {
    columns = profileColumns(read);
    detection = detectSource(read, columns);
    mapping = buildMapping(read, columns, detection.best(), {.sourceName = "test"});
  }

  // The field a column feeds ("" when unused); fails the test when the file has no such column.
  std::string fieldOf(std::string_view column) const {
    const ColumnMapping* found = mapping.find(column);
    REQUIRE_MESSAGE(found != nullptr, column);
    return found->field;
  }

  MappedRows apply(std::string_view defaultZone = "UTC") const {
    return applyMapping(read.table, mapping, {.zones = &zoneDatabase(), .defaultZone = std::string(defaultZone)});
  }
};

inline MappedFixture mapFixture(std::string_view name) { return MappedFixture(readPath(fixturePath(name))); }
inline MappedFixture mapShared(std::string_view relative) {
  return MappedFixture(readPath(sharedPath("data/" + std::string(relative))));
}

// The value of a canonical column at a row, for exact checks.
inline const Column& fieldColumn(const MappedRows& rows, RecordKind kind, std::string_view key) {
  const Column* column = rows.records.of(kind).find(key);
  REQUIRE_MESSAGE(column != nullptr, key);
  return *column;
}

inline std::size_t issueCount(const MappedRows& rows, ApplyCode code) {
  std::size_t count = 0;
  for (const ApplyIssue& issue : rows.issues)
    if (issue.code == code) count += issue.count;
  return count;
}

} // namespace carescore::testing
