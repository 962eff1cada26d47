// Turning a detection candidate into a Mapping document: the signature's rules for the columns it
// knows (field, unit, definition, value map, zone), generic synonyms for the rest, the zone and its
// source, constants such as a call log's channel, and a warning wherever the mapper had to assume
// something (a unit the header does not name, dates that read both ways, ids that repeat).
#pragma once
#include <span>
#include <string>

#include "core/ingest/file_reader.h"
#include "core/mapping/column_profile.h"
#include "core/mapping/detection.h"
#include "core/mapping/mapping.h"

namespace carescore {

struct MappingOptions {
  std::string sourceName;  // the `source` value of a generic file (its file name); vendors use their name
};

Mapping buildMapping(const ReadResult& read, std::span<const ColumnProfile> columns, const SourceCandidate& candidate,
                     const MappingOptions& options = {});

// A generic candidate of the given kind (the user says "these are survey answers").
SourceCandidate genericCandidate(const ReadResult& read, std::span<const ColumnProfile> columns, RecordKind kind);

// Detects and builds with the best candidate.
Mapping mapFile(const ReadResult& read, const MappingOptions& options = {});

} // namespace carescore
