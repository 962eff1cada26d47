// The validator's pieces, shared by its files: checks of texts, ids and sources (profile_validator.cpp),
// of a standard's metric, target, scope and overrides (metric_checks.cpp), and of goals
// (goal_checks.cpp). Internal to standards/.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/metrics/catalogue.h"
#include "core/standards/profile.h"
#include "core/standards/profile_issue.h"

namespace carescore::validation {

struct TextRule {
  std::size_t maxLength;  // characters
  bool oneLine;
};

void checkId(std::string_view id, const std::string& path, IssueList& issues);
void checkLocalText(const LocalText& text, const std::string& path, const TextRule& rule, IssueList& issues);
void checkSource(const Source& source, const std::string& path, IssueList& issues);

// A parameter value as an issue variant names it: "got_number" with "5", "got_text" with "\"x\"",
// "got" with the IssueWord "a_list".
std::pair<std::string_view, std::string> describeForIssue(const ParameterValue& value);

// Parameters against their definitions. `variant` (may be null) is used to warn about settings
// it does not read; `owner` names the metric or measure in messages.
void checkParameters(const Parameters& settings, std::span<const ParameterDefinition> definitions,
                     const VariantDefinition* variant, std::string_view owner, const std::string& path,
                     IssueList& issues);

// Parameter values in force: the definitions' defaults, then each layer of settings in turn.
struct EffectiveParameters {
  std::vector<std::pair<std::string_view, double>> numbers;
  std::vector<std::pair<std::string_view, std::string>> choices;
  double number(std::string_view key, double fallback) const;
  std::string_view choice(std::string_view key, std::string_view fallback) const;
};
EffectiveParameters effectiveParameters(std::span<const ParameterDefinition> definitions,
                                        std::initializer_list<const Parameters*> layers);

// The standard's metric, statistic, variant, parameters, target, scope and overrides.
void checkStandardMeasure(const Standard& standard, const std::string& path, IssueList& issues);

// A goal's time frame and funnel steps (id, texts and source are checked by the caller).
void checkGoalFunnel(const Goal& goal, const std::string& path, IssueList& issues);

} // namespace carescore::validation
