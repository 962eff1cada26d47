#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "test_support.h"
#include "core/metrics/faq_topics.h"
#include "core/metrics/metrics_test_support.h"
#include "core/text/topic_normalization.h"

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

TEST_SUITE("core/metrics") {

TEST_CASE("topic index: texts that differ only in their digits normalize once, each to what normalizeTopic gives") {
  // The context normalizes one text per family of texts that differ only in their runs of digits
  // (metric_context.cpp). Each text's normalized topic must still be normalizeTopic's own: digits
  // inside words, ids with joiners, times, a reply prefix next to a number, Vietnamese and Russian,
  // a broken UTF-8 lead byte before digits, a text that is only digits, an empty one.
  const std::vector<std::string> texts = {
      "Order 12345 late", "order 7 LATE!!", "Re: Order 98765 late", "ORD-2024-0001 late", "ord-1-1 late", "abc123def",
      "abc9def", "abc9de", "Call at 10:30", "Call at 9:05", "Re: 12: refund", "Re: 1: refund", "Đơn hàng 123 bị trễ",
      "Возврат заказа 4567", "Возврат заказа 4", "\xE0" "12 broken", "\xE0" "1 broken", "12345", "7", "", "1.5 kg", "15 kg",
      "re2: x", "re22: x", "a1b2c3", "a1b2c33"};
  Dataset data;
  Column& topic = data.of(RecordKind::Contact).add("topic", ValueType::Text);
  for (const std::string& text : texts) topic.appendText(text);
  MetricContext context(data);
  const TopicIndex& index = context.topics(RecordKind::Contact);
  std::set<std::string> distinct;
  for (std::uint32_t code = 0; code < topic.dictionary.size(); ++code) {
    const std::string text(topic.dictionary.at(code));
    CAPTURE(text);
    const std::string expected = normalizeTopic(text);
    const std::uint32_t id = index.normalizedOfCode[code];
    if (expected.empty()) {
      CHECK(id == TopicIndex::kNone);
      continue;
    }
    REQUIRE(id != TopicIndex::kNone);
    CHECK(index.normalized[id] == expected);
    distinct.insert(expected);
  }
  CHECK(index.normalized.size() == distinct.size());  // one entry per distinct normalized text
}

}
