// Contacts per normalized topic in a selection, per segment; and which topics reach the FAQ
// threshold. Shared by the repeat_topics metric and the FAQ candidate list. Not the normalization
// itself (text/topic_normalization.h), which runs once per distinct topic text in MetricContext.
#pragma once
#include <cstdint>
#include <vector>

#include "core/metrics/metric_context.h"
#include "core/metrics/selection.h"

namespace carescore {

struct TopicCount {
  std::uint32_t topic = 0;  // normalized topic code (TopicIndex)
  std::uint64_t count = 0;
};

struct TopicTally {
  std::vector<TopicCount> topics;  // the topics present, in code order
  std::uint64_t withTopic = 0;
  std::uint64_t withoutTopic = 0;
};

struct TallyOptions {
  // Segments × topics are counted in a dense table up to this many cells (and no more cells than
  // selected rows, or 65,536), else as sorted (segment, topic) keys; both give the same tallies.
  std::size_t maxDenseCells = std::size_t{1} << 22;
};

// One tally per segment (`groups` null: one tally for the whole selection).
std::vector<TopicTally> tallyTopics(MetricContext& context, const Selection& selection,
                                    const std::vector<std::uint32_t>* groups, std::size_t groupCount,
                                    const TallyOptions& options = {});

// Topics with at least minSharePercent of the contacts that have a topic, most frequent first
// (ties: by topic text, so the order is stable).
std::vector<TopicCount> candidateTopics(const TopicTally& tally, const TopicIndex& index, double minSharePercent);

} // namespace carescore
