// The verdict of one value against a standard's target, and the rule that gave it written down;
// and the conversion of a statistic's values to the units profiles write (shares in percent).
// Not the computation of the value (metrics/) nor the scorecard around it (evaluate_profile.cpp).
#pragma once
#include <optional>
#include <string>

#include "core/metrics/catalogue.h"
#include "core/scorecard/scorecard.h"

namespace carescore {

// Profiles write shares in percent; the engine gives proportions.
double toProfileUnits(StatisticUnit unit, double value);

struct Judgement {
  Verdict verdict = Verdict::Pass;
  std::string rule;  // English: "82.4 % < target ≥ 90 % and the 95 % interval 80.9–83.8 % lies below it"
};

// Pass / Fail by the value; AtRisk when the target (a bound of a band) lies strictly inside the
// interval. Without an interval the value alone decides.
Judgement judge(double value, const std::optional<ValueRange>& interval, const Target& target, StatisticUnit unit);

// Whether the value meets the target, and by how much it misses it (0 when it meets it), in
// profile units: AtLeast target − value, AtMost value − target, Between the distance to the band.
bool meets(double value, const Target& target);
double shortfallOf(double value, const Target& target);

// "≥ 90 %", "between 60 % and 80 %", "≤ 3600 s" — for rules, CSV and the CLI.
std::string describeTarget(const Target& target, StatisticUnit unit);
std::string formatValue(double value, StatisticUnit unit);

} // namespace carescore
