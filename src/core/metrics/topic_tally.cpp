// Dense counts per segment and normalized topic: topics are few compared with contacts.
#include "core/metrics/topic_tally.h"

#include <algorithm>

#include "core/metrics/field_access.h"
#include "core/metrics/metric_job.h"

namespace carescore {

std::vector<TopicTally> tallyTopics(MetricContext& context, const Selection& selection,
                                    const std::vector<std::uint32_t>* groups, std::size_t groupCount,
                                    const TallyOptions& options) {
  const TopicIndex& index = context.topics(selection.kind);
  const CodeField topic = codeField(context.data(), selection.kind, "topic");
  std::vector<TopicTally> tallies(groupCount);
  // Dense counts per (segment, topic) while the table is no larger than the selection (a day
  // trend, hours of week, agents); else (segment, topic) keys sorted and counted, so that days ×
  // topics over years never needs a dense table.
  const std::size_t topicCount = index.normalized.size();
  constexpr std::size_t kSmallTable = 65536;
  const std::size_t cells = groupCount * topicCount;
  const bool dense = groupCount == 1 || (topicCount > 0 && cells / topicCount == groupCount && cells <= options.maxDenseCells &&
                                         cells <= std::max(selection.rows.size(), kSmallTable));
  std::vector<std::uint32_t> counts(dense ? cells : 0, 0);
  std::vector<std::uint64_t> keys;
  forEachRow(selection, groups, [&](std::uint32_t row, std::size_t g) {
    const std::uint32_t id = topic.has(row) ? index.normalizedOfCode[topic.at(row)] : TopicIndex::kNone;
    if (id == TopicIndex::kNone) {
      ++tallies[g].withoutTopic;
      return;
    }
    ++tallies[g].withTopic;
    if (dense) ++counts[g * topicCount + id];
    else keys.push_back(std::uint64_t{g} << 32 | id);
  });
  for (std::size_t g = 0; g < groupCount && dense; ++g)
    for (std::uint32_t id = 0; id < topicCount; ++id)
      if (const std::uint32_t count = counts[g * topicCount + id]; count > 0) tallies[g].topics.push_back({id, count});
  std::sort(keys.begin(), keys.end());
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    tallies[keys[i] >> 32].topics.push_back({static_cast<std::uint32_t>(keys[i]), j - i});
    i = j;
  }
  return tallies;
}

std::vector<TopicCount> candidateTopics(const TopicTally& tally, const TopicIndex& index, double minSharePercent) {
  std::vector<TopicCount> candidates;
  const double n = static_cast<double>(tally.withTopic);
  for (const TopicCount& entry : tally.topics)
    if (static_cast<double>(entry.count) * 100.0 >= minSharePercent * n) candidates.push_back(entry);
  std::sort(candidates.begin(), candidates.end(), [&](const TopicCount& a, const TopicCount& b) {
    if (a.count != b.count) return a.count > b.count;
    return index.normalized[a.topic] < index.normalized[b.topic];
  });
  return candidates;
}

} // namespace carescore
