// Names of the scorecard's enums as the JSON and CSV outputs write them, and the verdict tally.
// Not the verdict rules (verdict.cpp).
#include "core/scorecard/scorecard.h"

namespace carescore {

std::string_view nameOf(Verdict verdict) {
  switch (verdict) {
    case Verdict::Pass: return "pass";
    case Verdict::Fail: return "fail";
    case Verdict::AtRisk: return "at_risk";
    case Verdict::NoData: return "no_data";
    case Verdict::InsufficientData: return "insufficient_data";
    case Verdict::Invalid: return "invalid";
  }
  return "invalid";
}

std::string_view nameOf(GoalStatus status) {
  switch (status) {
    case GoalStatus::Reached: return "reached";
    case GoalStatus::OnTrack: return "on_track";
    case GoalStatus::Behind: return "behind";
    case GoalStatus::NoData: return "no_data";
  }
  return "no_data";
}

std::uint32_t VerdictCounts::total() const {
  std::uint32_t sum = 0;
  for (const auto count : counts) sum += count;
  return sum;
}

} // namespace carescore
