// The files of `carescore score` read and mapped into one Dataset, with what to tell about each.
// A separate translation unit from the scoring: mapping/detection.h and metrics/metric_result.h
// both declare carescore::Evidence, so no file may include both (reported to the lead).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/dataset.h"

namespace carescore::cli {

struct LoadedSource {
  std::string name, description;
  std::uint64_t rows = 0;
  std::vector<std::string> messages;
};

struct LoadedFiles {
  Dataset dataset;
  std::vector<LoadedSource> sources;
  bool allGood = true;  // false: a file unreadable, with errors or not recognized (messages on stderr)
  std::string fatal;    // a mapping file that cannot be used: nothing was scored
};

// Reads each file in chunks with FileReader, detects and maps it (a mapping from `mappingPath`
// wins for files with its header signature), wall-clock times in `zone` unless a mapping names one.
LoadedFiles loadFiles(const std::vector<std::string>& paths, const std::string& mappingPath, const std::string& zone);

} // namespace carescore::cli
