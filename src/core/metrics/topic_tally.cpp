// Dense counts per segment and normalized topic: topics are few compared with contacts.
#include "core/metrics/topic_tally.h"

#include <algorithm>

#include "core/metrics/field_access.h"
#include "core/metrics/metric_job.h"

namespace carescore {

std::vector<TopicTally> tallyTopics(MetricContext& context, const Selection& selection,
                                    const std::vector<std::uint32_t>* groups, std::size_t groupCount) {
  const TopicIndex& index = context.topics(selection.kind);
  const CodeField topic = codeField(context.data(), selection.kind, "topic");
  std::vector<TopicTally> tallies(groupCount);
  // One segment: dense counts per topic. Several: (segment, topic) keys sorted and counted, so
  // days × topics never needs a dense table.
  std::vector<std::uint64_t> dense(groupCount == 1 ? index.normalized.size() : 0, 0);
  std::vector<std::uint64_t> keys;
  forEachRow(selection, groups, [&](std::uint32_t row, std::size_t g) {
    const std::uint32_t id = topic.has(row) ? index.normalizedOfCode[topic.at(row)] : TopicIndex::kNone;
    if (id == TopicIndex::kNone) {
      ++tallies[g].withoutTopic;
      return;
    }
    ++tallies[g].withTopic;
    if (groupCount == 1) ++dense[id];
    else keys.push_back(std::uint64_t{g} << 32 | id);
  });
  for (std::uint32_t id = 0; id < dense.size(); ++id)
    if (dense[id] > 0) tallies[0].topics.push_back({id, dense[id]});
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
