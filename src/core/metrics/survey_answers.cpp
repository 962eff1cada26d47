// Distribution by one pass over the selected rows; comment search folds each distinct comment of
// the dictionary once, so a search costs one fold per distinct text, not per row.
#include "core/metrics/survey_answers.h"

#include <algorithm>
#include <cmath>

#include "core/text/search_folding.h"

namespace carescore {

namespace {

std::string needsField(std::string_view field) { return "needs field " + std::string(field) + " of surveys"; }

} // namespace

ScoreDistribution scoreDistribution(SelectionSet& selections, std::string_view field, int minScore, int maxScore) {
  ScoreDistribution out;
  out.minScore = minScore;
  out.maxScore = std::max(minScore, maxScore);
  out.counts.assign(static_cast<std::size_t>(out.maxScore - out.minScore + 1), 0);
  const Column* column = selections.context().data().field(RecordKind::Survey, field);
  if (!column || !column->isNumeric()) {
    out.missingInputs.push_back(needsField(field));
    return out;
  }
  const Selection& selection = selections.of(RecordKind::Survey);
  for (const std::string& problem : selection.problems) out.missingInputs.push_back(problem);
  for (const std::uint32_t row : selection.rows) {
    if (!column->hasValue(row)) continue;
    const double value = column->numbers[row];
    if (value != std::floor(value) || value < out.minScore || value > out.maxScore) {
      ++out.outOfScale;
      continue;
    }
    ++out.counts[static_cast<std::size_t>(value - out.minScore)];
    ++out.answered;
  }
  return out;
}

CommentSearch searchComments(SelectionSet& selections, std::string_view query, std::string_view scoreField, std::size_t limit) {
  CommentSearch out;
  const Dataset& data = selections.context().data();
  const Column* comments = data.field(RecordKind::Survey, "comment");
  if (!comments || !comments->isText()) {
    out.missingInputs.push_back(needsField("comment"));
    return out;
  }
  const Column* submitted = data.field(RecordKind::Survey, "submitted_at");
  if (submitted && submitted->type != ValueType::Timestamp) submitted = nullptr;
  const Column* score = data.field(RecordKind::Survey, scoreField);
  if (score && !score->isNumeric()) score = nullptr;

  const std::string needle = foldForSearch(query);
  std::vector<char> matches(comments->dictionary.size(), 0);  // per dictionary code
  std::string folded;
  for (std::uint32_t code = 0; code < comments->dictionary.size(); ++code) {
    foldForSearch(comments->dictionary.at(code), folded);
    matches[code] = containsFolded(folded, needle) ? 1 : 0;
  }
  const Selection& selection = selections.of(RecordKind::Survey);
  for (const std::string& problem : selection.problems) out.missingInputs.push_back(problem);
  for (const std::uint32_t row : selection.rows) {
    if (!comments->hasValue(row)) continue;
    ++out.withComment;
    if (comments->text(row).empty() || !matches[comments->codes[row]]) continue;
    ++out.matched;
    SurveyComment comment;
    comment.row = row;
    comment.text = comments->text(row);
    if (submitted && submitted->hasValue(row)) comment.submittedMs = submitted->epochMs[row];
    if (score && score->hasValue(row)) comment.score = score->numbers[row];
    out.comments.push_back(comment);
  }
  // Newest first (undated last), then keep the limit.
  std::stable_sort(out.comments.begin(), out.comments.end(), [](const SurveyComment& a, const SurveyComment& b) {
    return a.submittedMs.value_or(INT64_MIN) > b.submittedMs.value_or(INT64_MIN);
  });
  if (out.comments.size() > limit) out.comments.resize(limit);
  return out;
}

} // namespace carescore
