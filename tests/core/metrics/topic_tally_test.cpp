#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/metrics/metrics_test_support.h"
#include "core/metrics/topic_tally.h"
#include "core/text/topic_normalization.h"

using namespace carescore;
using namespace carescore::testing;

TEST_SUITE("core/metrics") {

// The dense (segment × topic) table and the sorted keys are two ways to one tally.
TEST_CASE("topic tally: dense counts per segment equal the sorted keys, and the hand count") {
  // 9 contacts in 3 segments (row % 3), topics by row:
  //   0 "refund", 1 "Refund!", 2 "late", 3 "refund", 4 (none), 5 "late", 6 "late", 7 "Late", 8 "refund"
  // normalized: refund = code 0, late = code 1 (first seen order).
  //   segment 0 (rows 0 3 6): refund 2, late 1
  //   segment 1 (rows 1 4 7): refund 1, late 1, 1 without a topic
  //   segment 2 (rows 2 5 8): late 2, refund 1
  Dataset data;
  addTexts(data.of(RecordKind::Contact), "topic",
           {"refund", "Refund!", "late", "refund", kNA, "late", "late", "Late", "refund"}, ValueType::Text);
  MetricContext context(data);
  SelectionSet all(context, {});
  const Selection& selection = all.of(RecordKind::Contact);
  const std::vector<std::uint32_t> groups = {0, 1, 2, 0, 1, 2, 0, 1, 2};
  const TopicIndex& index = context.topics(RecordKind::Contact);
  REQUIRE(index.normalized.size() == 2);
  const std::uint32_t refund = index.normalized[0] == normalizeTopic("refund") ? 0 : 1;
  const std::uint32_t late = 1 - refund;

  TallyOptions sorted;
  sorted.maxDenseCells = 0;  // every split through the sorted keys
  const std::vector<TopicTally> dense = tallyTopics(context, selection, &groups, 3);
  const std::vector<TopicTally> keys = tallyTopics(context, selection, &groups, 3, sorted);
  REQUIRE(dense.size() == 3);
  REQUIRE(keys.size() == 3);
  for (std::size_t g = 0; g < 3; ++g) {
    CAPTURE(g);
    CHECK(dense[g].withTopic == keys[g].withTopic);
    CHECK(dense[g].withoutTopic == keys[g].withoutTopic);
    REQUIRE(dense[g].topics.size() == keys[g].topics.size());
    for (std::size_t i = 0; i < dense[g].topics.size(); ++i) {
      CHECK(dense[g].topics[i].topic == keys[g].topics[i].topic);
      CHECK(dense[g].topics[i].count == keys[g].topics[i].count);
    }
  }
  const auto countOf = [&](std::size_t g, std::uint32_t topic) -> std::uint64_t {
    for (const TopicCount& entry : dense[g].topics)
      if (entry.topic == topic) return entry.count;
    return 0;
  };
  CHECK(countOf(0, refund) == 2);
  CHECK(countOf(0, late) == 1);
  CHECK(countOf(1, refund) == 1);
  CHECK(countOf(1, late) == 1);
  CHECK(dense[1].withoutTopic == 1);
  CHECK(countOf(2, refund) == 1);
  CHECK(countOf(2, late) == 2);
  CHECK(dense[0].topics.front().topic < dense[0].topics.back().topic);  // code order
}

} // TEST_SUITE
