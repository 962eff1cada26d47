#include <doctest/doctest.h>

#include "core/metrics/metrics_test_support.h"
#include "core/metrics/survey_answers.h"

using namespace carescore;
using namespace carescore::testing;

TEST_SUITE("core/metrics") {

TEST_CASE("score distribution: whole answers on the scale counted per score, the rest left out") {
  // 10, 9, 9, 7, 0, blank, 11 (off), 8.5 (not whole): counts 0→1, 7→1, 9→2, 10→1; answered 5; out of scale 2.
  Dataset data;
  addNumbers(data.of(RecordKind::Survey), "nps", {10, 9, 9, 7, 0, kNA, 11, 8.5}, ValueType::Decimal);
  MetricContext context(data, smallSampleSettings());
  SelectionSet selections(context, Filter{});
  const ScoreDistribution d = scoreDistribution(selections, "nps", 0, 10);
  REQUIRE(d.counts.size() == 11);
  CHECK(d.counts[0] == 1);
  CHECK(d.counts[7] == 1);
  CHECK(d.counts[9] == 2);
  CHECK(d.counts[10] == 1);
  CHECK(d.counts[8] == 0);
  CHECK(d.answered == 5);
  CHECK(d.outOfScale == 2);
  CHECK(d.missingInputs.empty());
  const ScoreDistribution none = scoreDistribution(selections, "csat", 1, 5);
  CHECK(none.answered == 0);
  REQUIRE(none.missingInputs.size() == 1);
  CHECK(none.missingInputs[0] == "needs field csat of surveys");
}

TEST_CASE("comment search ignores case and diacritics, newest first, with the score and the limit") {
  Dataset data;
  Table& surveys = data.of(RecordKind::Survey);
  addTimes(surveys, "submitted_at", {utc(2026, 3, 1), utc(2026, 3, 3), utc(2026, 3, 2), kNA, utc(2026, 3, 4)});
  addTexts(surveys, "comment", {"Cảm ơn, rất nhanh", "CAM ON nhieu", "Всё отлично", "cảm ơn!", kNA}, ValueType::Text);
  addNumbers(surveys, "nps", {9, 10, kNA, 3, 8}, ValueType::Integer);
  MetricContext context(data, smallSampleSettings());
  SelectionSet selections(context, Filter{});

  const CommentSearch thanks = searchComments(selections, "cam on");
  CHECK(thanks.withComment == 4);
  CHECK(thanks.matched == 3);
  REQUIRE(thanks.comments.size() == 3);
  CHECK(thanks.comments[0].text == "CAM ON nhieu");  // Mar 3
  CHECK(thanks.comments[1].text == "Cảm ơn, rất nhanh");  // Mar 1
  CHECK(thanks.comments[2].text == "cảm ơn!");  // undated: last
  CHECK(thanks.comments[0].score == 10);
  CHECK_FALSE(thanks.comments[2].submittedMs.has_value());

  CHECK(searchComments(selections, "ВСЕ").matched == 1);   // ё folds to е, upper to lower
  CHECK(searchComments(selections, "").matched == 4);      // empty: every comment
  const CommentSearch limited = searchComments(selections, "", "nps", 2);
  CHECK(limited.matched == 4);
  CHECK(limited.comments.size() == 2);
  CHECK(searchComments(selections, "nothing like this").comments.empty());

  Dataset bare;
  addNumbers(bare.of(RecordKind::Survey), "nps", {9}, ValueType::Integer);
  MetricContext bareContext(bare, smallSampleSettings());
  SelectionSet bareSelections(bareContext, Filter{});
  CHECK(searchComments(bareSelections, "x").missingInputs == std::vector<std::string>{"needs field comment of surveys"});
}

}
