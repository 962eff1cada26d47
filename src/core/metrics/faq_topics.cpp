// Counting per dictionary code once gives both the normalized counts and the examples.
#include "core/metrics/faq_topics.h"

#include <algorithm>

#include "core/metrics/catalogue.h"
#include "core/metrics/field_access.h"
#include "core/metrics/topic_tally.h"
#include "core/text/topic_normalization.h"

namespace carescore {

FaqCandidates faqCandidates(SelectionSet& selections, const FaqOptions& options) {
  FaqCandidates out;
  const MetricDefinition& metric = *findMetric("repeat_topics");
  out.minSharePercent = options.minSharePercent.value_or(findParameter(metric, "min_share_percent")->defaultNumber);
  MetricContext& context = selections.context();
  const CodeField topic = codeField(context.data(), RecordKind::Contact, "topic");
  if (!topic) out.missingInputs.push_back("needs field topic");
  const Selection& selection = selections.of(RecordKind::Contact);
  for (const std::string& problem : selection.problems) out.missingInputs.push_back(problem);
  if (!out.missingInputs.empty()) return out;

  const TopicIndex& index = context.topics(RecordKind::Contact);
  const TopicTally tally = tallyTopics(context, selection, nullptr, 1).front();
  out.withTopic = tally.withTopic;
  out.withoutTopic = tally.withoutTopic;
  std::vector<std::string> covered;
  for (const std::string& text : options.coveredTopics) covered.push_back(normalizeTopic(text));

  std::vector<std::uint64_t> perCode(topic.dictionarySize(), 0);
  for (const std::uint32_t row : selection.rows)
    if (topic.has(row)) ++perCode[topic.at(row)];
  for (const TopicCount& entry : candidateTopics(tally, index, out.minSharePercent)) {
    FaqCandidate candidate;
    candidate.topic = index.normalized[entry.topic];
    candidate.count = entry.count;
    candidate.share = static_cast<double>(entry.count) / static_cast<double>(tally.withTopic);
    candidate.covered = std::find(covered.begin(), covered.end(), candidate.topic) != covered.end();
    std::vector<std::uint32_t> codes;
    for (std::uint32_t code = 0; code < perCode.size(); ++code)
      if (perCode[code] > 0 && index.normalizedOfCode[code] == entry.topic) codes.push_back(code);
    std::sort(codes.begin(), codes.end(), [&](std::uint32_t a, std::uint32_t b) {
      return perCode[a] != perCode[b] ? perCode[a] > perCode[b] : a < b;
    });
    for (std::size_t i = 0; i < codes.size() && i < options.maxExamples; ++i)
      candidate.examples.emplace_back(topic.column->dictionary.at(codes[i]));
    out.candidates.push_back(std::move(candidate));
  }
  return out;
}

} // namespace carescore
