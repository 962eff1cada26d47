// The few fixed words of the CSV and HTML reports in English, Vietnamese and Russian — a table
// per language; every other label comes from the profile's trilingual texts. Not the app's
// translations (assets/i18n/), which the core cannot read.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/scorecard/scorecard.h"

namespace carescore {

enum class ReportLanguage : std::uint8_t { En, Vi, Ru };
std::optional<ReportLanguage> reportLanguageFromName(std::string_view name);  // "en", "vi", "ru"

enum class Word : std::uint8_t {
  Title, Profile, Zone, Period, Comparison, Compliance, StandardsMet, Standard, Scope, Verdict, Value, Target,
  Interval, Previous, Change, Drivers, Missing, UsualExport, Goals, Step, Count, Progress, TimeLeft, Days,
  Sources, Rows, Generated, All, Significant, NotSignificant, Formula, Rule, Group,
};

std::string_view word(ReportLanguage language, Word key);
std::string_view verdictWord(ReportLanguage language, Verdict verdict);
std::string_view goalStatusWord(ReportLanguage language, GoalStatus status);
const std::string& localText(const LocalText& text, ReportLanguage language);  // English when the language's text is empty

} // namespace carescore
