// The scorecard of what the analysis holds now: evaluated once per analysis generation (a click
// that changes the period, a filter, the profile, the data), never on an idle frame — its verdicts
// in the frame that asks, its trends, drivers and goals a few steps per frame after (a period's
// trends and drivers cost twice its verdicts); and its one-sentence summary for the screen-reader
// live region. Not the drawing (views/).
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "core/scorecard/scorecard.h"

namespace carescore {

struct AppState;
class Analysis;

struct ScorecardCache {
  std::uint64_t generation = 0;  // of the analysis the scorecard was evaluated for
  std::optional<ScorecardInProgress> scorecard;
};

// The options the global controls give: period, comparison, filters, trend buckets.
ScorecardOptions scorecardOptions(Analysis& analysis);

// Evaluates the verdicts when the analysis moved since the last call, and updates
// AppState::liveSummary. Trends, drivers and goals as far as advanceScorecard has come.
const Scorecard& currentScorecard(AppState& state);
// All of it, now: for exports and the page's API.
const Scorecard& completeScorecard(AppState& state);
// The card's trends and drivers, now: for the drill-down that shows them.
void detailStandard(AppState& state, const StandardCard& card);
// Whether the card still waits for its trend and drivers (its card keeps room for them).
bool awaitsDetails(const AppState& state, const StandardCard& card);

// Adds details until `budgetMs` of this frame are spent (at least one step): after each frame.
void advanceScorecard(AppState& state, double budgetMs);
// Whether details remain for the scorecard of the current analysis: the app asks for frames.
bool scorecardPending(const AppState& state);

// "Scorecard for Sep 2026: 11 of 16 standards met. 3 failing, 1 at risk, 1 without data."
std::string summarySentence(const Scorecard& scorecard, Analysis& analysis);

} // namespace carescore
