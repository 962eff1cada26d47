// Surveys: NPS per period bucket as stacked detractors / passives / promoters, the 0–10 answers,
// the CSAT and CES distributions with their headline values and intervals, SERVQUAL gaps per
// dimension when the data has them, and the comments, searchable ignoring case and diacritics.
// Reads the analysis; owns its choices and a cache keyed by the analysis generation.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/metrics/metric_result.h"
#include "core/metrics/segmenter.h"
#include "core/metrics/survey_answers.h"

namespace carescore {

class Analysis;
struct AppState;

struct SurveysViewState {
  SegmentBy bucket = SegmentBy::Week;
  std::string query;
  // The cache.
  std::uint64_t generation = 0;
  SegmentBy cachedBucket = SegmentBy::Week;
  std::string cachedQuery;
  std::vector<std::int64_t> bucketStartMs;  // local wall-clock ms of each NPS bucket
  std::vector<double> promoters, passives, detractors;
  MetricResult nps, csat, ces, servqual;
  ScoreDistribution npsAnswers, csatAnswers, cesAnswers;
  CommentSearch comments;
};

void drawSurveysView(Analysis& analysis, SurveysViewState& view, AppState& state);

} // namespace carescore
