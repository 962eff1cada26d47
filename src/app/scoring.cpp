#include "app/scoring.h"

#include "app/app_state.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/views/scorecard_text.h"

namespace carescore {

namespace {

constexpr std::int64_t kWeeklyTrendsFromMs = 92 * kMsPerDay;  // longer periods trend by week, not day

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
  if (!cache.scorecard || cache.generation != analysis.generation()) {
    cache.scorecard = evaluateProfile(analysis.context(), analysis.profile(), scorecardOptions(analysis));
    cache.generation = analysis.generation();
  }
  state.liveSummary = summarySentence(*cache.scorecard, analysis);  // the language may have changed
  return *cache.scorecard;
}

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
