#include <doctest/doctest.h>

#include "test_support.h"
#include "core/metrics/faq_topics.h"
#include "core/metrics/metrics_test_support.h"

using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

TEST_SUITE("core/metrics") {

TEST_CASE("faq candidates: topics of at least 3 %, with counts, shares and examples as written") {
  // 40 contacts with a topic: 12 × order status (7 "Where is my order?", 3 "where is my order",
  // 2 "Re: where is my order"), 2 × "Đổi trả hàng" (Vietnamese, 5 %), 1 × "Возврат денег"
  // (2.5 %: below 3 %), 25 others once each; 3 without a topic.
  Dataset data;
  Column& topic = data.of(RecordKind::Contact).add("topic", ValueType::Text);
  for (int i = 0; i < 7; ++i) topic.appendText("Where is my order?");
  for (int i = 0; i < 3; ++i) topic.appendText("where is my order");
  for (int i = 0; i < 2; ++i) topic.appendText("Re: where is my order");
  topic.appendText("Đổi trả hàng");
  topic.appendText("đổi trả hàng!");
  topic.appendText("Возврат денег");
  for (int i = 0; i < 25; ++i) topic.appendText("question " + std::string(1, static_cast<char>('a' + i)));
  for (int i = 0; i < 3; ++i) topic.appendMissing();
  MetricContext context(data);
  SelectionSet all(context, {});
  FaqOptions options;
  options.coveredTopics = {"ĐỔI TRẢ HÀNG"};
  const FaqCandidates faq = faqCandidates(all, options);
  CHECK(faq.minSharePercent == 3);
  CHECK(faq.withTopic == 40);
  CHECK(faq.withoutTopic == 3);
  REQUIRE(faq.candidates.size() == 2);
  CHECK(faq.candidates[0].topic == "where is my order");
  CHECK(faq.candidates[0].count == 12);
  CHECK(faq.candidates[0].share == Approx(0.3));
  CHECK_FALSE(faq.candidates[0].covered);
  CHECK(faq.candidates[0].examples ==
        std::vector<std::string>{"Where is my order?", "where is my order", "Re: where is my order"});
  CHECK(faq.candidates[1].topic == "đổi trả hàng");
  CHECK(faq.candidates[1].covered);  // matched after normalization, diacritics kept
  // A 2 % threshold takes in every topic (1 of 40 is 2.5 %): 1 + 1 + 1 + 25 = 28.
  FaqOptions low;
  low.minSharePercent = 2.0;
  CHECK(faqCandidates(all, low).candidates.size() == 28);
  // Without topics: a missing field.
  const Dataset none;
  MetricContext empty(none);
  SelectionSet nothing(empty, {});
  CHECK(faqCandidates(nothing).missingInputs == std::vector<std::string>{"needs field topic"});
}

}
