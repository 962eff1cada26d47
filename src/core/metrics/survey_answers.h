// Survey answers themselves, beyond the survey metrics' statistics: how many selected surveys gave
// each whole-number score of a scale (the 0–10 NPS distribution, CSAT 1–5, CES 1–7), and the free-text
// comments matching a search (case- and diacritics-insensitive), newest first with their score.
// Not the NPS/CSAT/CES statistics (compute_surveys.cpp).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/metrics/selection.h"

namespace carescore {

struct ScoreDistribution {
  int minScore = 0, maxScore = 0;
  std::vector<std::uint64_t> counts;  // one per score, minScore first
  std::uint64_t answered = 0;         // counted answers
  std::uint64_t outOfScale = 0;       // answers off the scale or not whole numbers, left out
  std::vector<std::string> missingInputs;
};

// Answers of the survey field `field` ("nps", "csat", "ces", …) in the selected surveys.
ScoreDistribution scoreDistribution(SelectionSet& selections, std::string_view field, int minScore, int maxScore);

struct SurveyComment {
  std::uint32_t row = 0;
  std::optional<std::int64_t> submittedMs;
  std::optional<double> score;
  std::string_view text;  // valid while the dataset is
};

struct CommentSearch {
  std::vector<SurveyComment> comments;  // newest first, at most `limit`
  std::uint64_t matched = 0;            // all matches, beyond the limit too
  std::uint64_t withComment = 0;        // selected surveys that have a comment
  std::vector<std::string> missingInputs;
};

// Comments of the selected surveys containing `query` (folded, search_folding.h); each with the
// survey's `scoreField` answer when it has one.
CommentSearch searchComments(SelectionSet& selections, std::string_view query, std::string_view scoreField = "nps",
                             std::size_t limit = 200);

} // namespace carescore
