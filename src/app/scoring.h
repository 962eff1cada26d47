// The scorecard of what the analysis holds now: evaluated once per analysis generation (a click
// that changes the period, a filter, the profile, the data), never on an idle frame; and its
// one-sentence summary for the screen-reader live region. Not the drawing (views/).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "core/scorecard/scorecard.h"

namespace carescore {

struct AppState;
class Analysis;

struct ScorecardCache {
  std::uint64_t generation = 0;  // of the analysis the scorecard was evaluated for
  std::optional<Scorecard> scorecard;
};

// The options the global controls give: period, comparison, filters, trend buckets.
ScorecardOptions scorecardOptions(Analysis& analysis);

// Evaluates when the analysis moved since the last call, and updates AppState::liveSummary.
const Scorecard& currentScorecard(AppState& state);

// "Scorecard for Sep 2026: 11 of 16 standards met. 3 failing, 1 at risk, 1 without data."
std::string summarySentence(const Scorecard& scorecard, Analysis& analysis);

} // namespace carescore
