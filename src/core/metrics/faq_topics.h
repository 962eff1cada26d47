// The FAQ candidate list: normalized topics holding at least the catalogue's share of the selected
// contacts (repeat_topics.min_share_percent, 3 %), with counts, shares, whether the FAQ already
// covers them, and the original texts customers wrote. The repeat_topics metric summarizes it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/metrics/selection.h"

namespace carescore {

struct FaqOptions {
  std::optional<double> minSharePercent;  // nothing: the catalogue's default
  std::vector<std::string> coveredTopics; // matched after normalization
  std::size_t maxExamples = 3;            // original texts per topic, most frequent first
};

struct FaqCandidate {
  std::string topic;                  // normalized
  std::uint64_t count = 0;
  double share = 0;                   // of the contacts with a topic
  bool covered = false;
  std::vector<std::string> examples;  // as written
};

struct FaqCandidates {
  double minSharePercent = 0;
  std::uint64_t withTopic = 0;
  std::uint64_t withoutTopic = 0;
  std::vector<FaqCandidate> candidates;   // most frequent first
  std::vector<std::string> missingInputs; // "needs field topic", filters that cannot apply
};

FaqCandidates faqCandidates(SelectionSet& selections, const FaqOptions& options = {});

} // namespace carescore
