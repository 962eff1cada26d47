#include "app/scoring.h"

#include <chrono>

#include "app/app_state.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/views/scorecard_text.h"

namespace carescore {

namespace {

constexpr std::int64_t kWeeklyTrendsFromMs = 92 * kMsPerDay;  // longer periods trend by week, not day

// The scorecard's index of `card`, when it is one of the current scorecard's cards.
std::optional<std::size_t> indexOf(const ScorecardCache& cache, const StandardCard& card) {
  if (!cache.scorecard) return std::nullopt;
  const std::vector<StandardCard>& cards = cache.scorecard->scorecard().standards;
  for (std::size_t i = 0; i < cards.size(); ++i)
    if (&cards[i] == &card) return i;
  return std::nullopt;
}

bool current(const AppState& state) {
  return state.scoring.scorecard && state.scoring.generation == state.analysis.generation();
}

} // namespace

ScorecardOptions scorecardOptions(Analysis& analysis) {
  ScorecardOptions options;
  options.period = analysis.periodRange();
  options.compare = analysis.period().compare;
  if (options.compare && analysis.period().compareFirst) options.comparisonPeriod = analysis.comparisonRange();
  options.filters = analysis.filters();
  if (options.period && options.period->lengthMs() > kWeeklyTrendsFromMs) options.trendBucket = SegmentBy::Week;
  return options;
}

const Scorecard& currentScorecard(AppState& state) {
  ScorecardCache& cache = state.scoring;
  Analysis& analysis = state.analysis;
  if (!current(state)) {
    cache.scorecard.reset();  // it holds the context it was evaluated on, which may be gone
    cache.scorecard.emplace(analysis.context(), analysis.profile(), scorecardOptions(analysis));
    cache.generation = analysis.generation();
  }
  state.liveSummary = summarySentence(cache.scorecard->scorecard(), analysis);  // the language may have changed
  return cache.scorecard->scorecard();
}

const Scorecard& completeScorecard(AppState& state) {
  currentScorecard(state);
  state.scoring.scorecard->finish();
  return state.scoring.scorecard->scorecard();
}

void detailStandard(AppState& state, const StandardCard& card) {
  if (const auto index = indexOf(state.scoring, card)) state.scoring.scorecard->detailStandard(*index);
}

bool awaitsDetails(const AppState& state, const StandardCard& card) {
  const auto index = indexOf(state.scoring, card);
  return index && !state.scoring.scorecard->detailed(*index);
}

void advanceScorecard(AppState& state, double budgetMs) {
  if (!scorecardPending(state)) return;
  using Clock = std::chrono::steady_clock;
  const Clock::time_point start = Clock::now();
  ScorecardInProgress& scorecard = *state.scoring.scorecard;
  do scorecard.step();
  while (!scorecard.finished() && std::chrono::duration<double, std::milli>(Clock::now() - start).count() < budgetMs);
}

bool scorecardPending(const AppState& state) { return current(state) && !state.scoring.scorecard->finished(); }

std::string summarySentence(const Scorecard& scorecard, Analysis& analysis) {
  const VerdictCounts& counts = scorecard.compliance.verdicts;
  const auto period = analysis.periodRange();
  const std::string when = period ? periodLabel(*period, analysis.zone()) : std::string(tr(Text::PeriodNone));
  if (counts.evaluated() == 0) return tr(Text::SummaryNoneEvaluated);
  const std::string met = trCount(Counted::OfStandards, counts.evaluated(), {formatCount(counts.met())});
  const std::uint32_t noData = counts.of(Verdict::NoData) + counts.of(Verdict::InsufficientData) + counts.of(Verdict::Invalid);
  const std::string rest = trCount(Counted::Failing, counts.of(Verdict::Fail)) + ", " + trCount(Counted::AtRisk, counts.of(Verdict::AtRisk)) +
                           ", " + trCount(Counted::NoData, noData);
  return trFormat(Text::LiveSummary, {when, met, rest});
}

} // namespace carescore
