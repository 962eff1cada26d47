// Profile issues: names, display text, and the capped list.
#include "core/standards/profile_issue.h"

#include <algorithm>
#include <utility>

#include "core/standards/issue_variants.h"

namespace carescore {

std::string_view nameOf(IssueCode code) {
  switch (code) {
    case IssueCode::Empty: return "empty";
    case IssueCode::TooLarge: return "too_large";
    case IssueCode::NulByte: return "nul_byte";
    case IssueCode::Utf16: return "utf16";
    case IssueCode::TooDeep: return "too_deep";
    case IssueCode::Syntax: return "syntax";
    case IssueCode::NumberOutOfRange: return "number_out_of_range";
    case IssueCode::DuplicateKey: return "duplicate_key";
    case IssueCode::NotAProfile: return "not_a_profile";
    case IssueCode::WrongFormat: return "wrong_format";
    case IssueCode::UnsupportedVersion: return "unsupported_version";
    case IssueCode::WrongType: return "wrong_type";
    case IssueCode::Missing: return "missing";
    case IssueCode::UnknownKey: return "unknown_key";
    case IssueCode::TooMany: return "too_many";
    case IssueCode::BadId: return "bad_id";
    case IssueCode::DuplicateId: return "duplicate_id";
    case IssueCode::BadText: return "bad_text";
    case IssueCode::UnknownGroup: return "unknown_group";
    case IssueCode::UnusedGroup: return "unused_group";
    case IssueCode::UnknownMetric: return "unknown_metric";
    case IssueCode::UnknownStatistic: return "unknown_statistic";
    case IssueCode::UnknownVariant: return "unknown_variant";
    case IssueCode::UnknownParameter: return "unknown_parameter";
    case IssueCode::ParameterType: return "parameter_type";
    case IssueCode::ParameterRange: return "parameter_range";
    case IssueCode::ParameterOrder: return "parameter_order";
    case IssueCode::ParameterUnused: return "parameter_unused";
    case IssueCode::BadComparator: return "bad_comparator";
    case IssueCode::TargetRange: return "target_range";
    case IssueCode::LooksLikeFraction: return "looks_like_fraction";
    case IssueCode::AgainstDirection: return "against_direction";
    case IssueCode::BandReversed: return "band_reversed";
    case IssueCode::BadPeriod: return "bad_period";
    case IssueCode::MinNRange: return "min_n_range";
    case IssueCode::BadScope: return "bad_scope";
    case IssueCode::OverrideEmpty: return "override_empty";
    case IssueCode::OverrideOutsideScope: return "override_outside_scope";
    case IssueCode::OverrideShadowed: return "override_shadowed";
    case IssueCode::BadSource: return "bad_source";
    case IssueCode::UnknownMeasure: return "unknown_measure";
    case IssueCode::BadTimeFrame: return "bad_time_frame";
    case IssueCode::FunnelOrder: return "funnel_order";
    case IssueCode::FunnelShare: return "funnel_share";
    case IssueCode::NotAMapping: return "not_a_mapping";
    case IssueCode::UnknownField: return "unknown_field";
    case IssueCode::FieldTwice: return "field_twice";
    case IssueCode::BadValue: return "bad_value";
    case IssueCode::UnknownColumn: return "unknown_column";
    case IssueCode::UnknownZone: return "unknown_zone";
    case IssueCode::MoreIssues: return "more_issues";
  }
  return "unknown";
}

std::string_view nameOf(IssueSeverity severity) { return severity == IssueSeverity::Error ? "error" : "warning"; }

std::string ProfileIssue::text() const {
  if (!path.empty()) return path + ": " + message;
  if (line > 0) return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message;
  return message;
}

bool hasErrors(const std::vector<ProfileIssue>& issues) {
  return std::any_of(issues.begin(), issues.end(),
                     [](const ProfileIssue& issue) { return issue.severity == IssueSeverity::Error; });
}

void IssueList::error(IssueCode code, std::string path, std::string message) {
  add({IssueSeverity::Error, code, std::move(path), std::move(message), 0, 0, {}, {}});
}

void IssueList::warning(IssueCode code, std::string path, std::string message) {
  add({IssueSeverity::Warning, code, std::move(path), std::move(message), 0, 0, {}, {}});
}

void IssueList::error(IssueCode code, std::string path, std::string_view variant, std::vector<std::string> args) {
  if (full()) return add({IssueSeverity::Error, code, {}, {}, 0, 0, {}, {}});  // only counted: spare filling the message
  add(variantIssue(IssueSeverity::Error, code, std::move(path), variant, std::move(args)));
}

void IssueList::warning(IssueCode code, std::string path, std::string_view variant, std::vector<std::string> args) {
  if (full()) return add({IssueSeverity::Warning, code, {}, {}, 0, 0, {}, {}});
  add(variantIssue(IssueSeverity::Warning, code, std::move(path), variant, std::move(args)));
}

void IssueList::add(ProfileIssue issue) {
  if (full()) {
    ++dropped_;
    droppedError_ = droppedError_ || issue.severity == IssueSeverity::Error;
    return;
  }
  issues_.push_back(std::move(issue));
}

std::vector<ProfileIssue> IssueList::take() {
  std::vector<ProfileIssue> issues = std::move(issues_);
  if (dropped_ > 0)
    issues.push_back(variantIssue(droppedError_ ? IssueSeverity::Error : IssueSeverity::Warning, IssueCode::MoreIssues, "",
                                  "count", {std::to_string(dropped_)}));
  issues_.clear();
  dropped_ = 0;
  droppedError_ = false;
  return issues;
}

} // namespace carescore
