// The scorecard as a JSON document ("carescore-scorecard", version 1; FORMAT.md beside this file):
// what the app's export, the browser tests and the CLI golden test read. Stable key order; numbers
// rounded so native and WebAssembly builds write the same bytes. Not reading it back.
#pragma once
#include <string>

#include "core/scorecard/scorecard.h"

namespace carescore {

inline constexpr int kScorecardFormatVersion = 1;

struct ScorecardJsonOptions {
  int indent = 2;            // -1: one line
  bool trends = true;        // the per-bucket series
  bool notes = true;         // the metric's record notes (rows left out and why)
};

std::string scorecardJson(const Scorecard& scorecard, const ScorecardJsonOptions& options = {});

} // namespace carescore
