// Topics: the FAQ candidates — normalized topics holding at least the catalogue's share (3 %) of
// the selected contacts — with counts, shares, whether the FAQ covers them (the profile's
// repeat_topics standard lists covered topics) and what customers wrote, as a table and bars.
#pragma once
#include <cstdint>

#include "core/metrics/faq_topics.h"

namespace carescore {

class Analysis;
struct AppState;

struct TopicsViewState {
  std::uint64_t generation = 0;
  FaqCandidates faq;
};

void drawTopicsView(Analysis& analysis, TopicsViewState& view, AppState& state);

} // namespace carescore
