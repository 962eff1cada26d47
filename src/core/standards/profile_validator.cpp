// The profile as a whole: ids, texts, groups, sources, and the order in which the rest is checked.
#include "core/standards/profile_validator.h"

#include <algorithm>
#include <map>

#include "core/standards/message_text.h"
#include "core/standards/profile_rules.h"
#include "core/standards/validation_checks.h"

namespace carescore {

namespace validation {

namespace {

namespace rules = profile_rules;

constexpr std::string_view kLanguages[] = {"en", "vi", "ru"};

bool isBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

void checkLength(std::string_view text, std::size_t maxLength, const std::string& path, IssueList& issues) {
  if (!isValidUtf8(text)) {
    issues.error(IssueCode::BadText, path, "not_utf8", {});
    return;
  }
  if (const std::size_t length = codePointCount(text); length > maxLength)
    issues.error(IssueCode::BadText, path, "too_long", {std::to_string(length), std::to_string(maxLength)});
}

} // namespace

void checkId(std::string_view id, const std::string& path, IssueList& issues) {
  if (id.empty()) {
    issues.error(IssueCode::Missing, path, "id", {});
  } else if (!isValidId(id)) {
    issues.error(IssueCode::BadId, path, "invalid", {quotedText(id)});
  }
}

void checkLocalText(const LocalText& text, const std::string& path, const TextRule& rule, IssueList& issues) {
  const std::string_view values[] = {text.en, text.vi, text.ru};
  if (std::all_of(std::begin(values), std::end(values), isBlank)) {
    issues.error(IssueCode::Missing, path, "local_text", {});
    return;
  }
  for (std::size_t i = 0; i < std::size(values); ++i) {
    const std::string languagePath = childPath(path, kLanguages[i]);
    if (isBlank(values[i])) {
      issues.error(IssueCode::BadText, languagePath, "empty", {});
    } else if (rule.oneLine && values[i].find_first_of("\r\n") != std::string_view::npos) {
      issues.error(IssueCode::BadText, languagePath, "one_line", {});
    } else {
      checkLength(values[i], rule.maxLength, languagePath, issues);
    }
  }
}

void checkSource(const Source& source, const std::string& path, IssueList& issues) {
  if (source.references.size() > rules::kMaxReferences) {
    issues.error(IssueCode::TooMany, childPath(path, "references"), "count",
                 {std::to_string(source.references.size()), std::to_string(rules::kMaxReferences)});
    return;
  }
  for (std::size_t i = 0; i < source.references.size(); ++i) {
    const SourceReference& reference = source.references[i];
    const std::string referencePath = indexPath(childPath(path, "references"), i);
    const struct {
      std::string_view key, value;  // the key is also the Missing variant that says what to give
      std::size_t maxLength;
    } parts[] = {{"seed", reference.seed, rules::kMaxShortText},
                 {"section", reference.section, rules::kMaxShortText},
                 {"quote", reference.quote, rules::kMaxQuote}};
    for (const auto& part : parts) {
      if (isBlank(part.value)) issues.error(IssueCode::Missing, childPath(referencePath, part.key), part.key, {});
      else checkLength(part.value, part.maxLength, childPath(referencePath, part.key), issues);
    }
  }
  if (source.references.empty() && !source.industryDefault)
    issues.error(IssueCode::BadSource, path, "no_references", {});
  if (source.industryDefault && isBlank(source.note))
    issues.error(IssueCode::BadSource, childPath(path, "note"), "no_note", {});
  checkLength(source.note, rules::kMaxNote, childPath(path, "note"), issues);
}

} // namespace validation

namespace {

using namespace validation;
namespace rules = profile_rules;

constexpr TextRule kLabelRule{rules::kMaxLabel, true};
constexpr TextRule kExplanationRule{rules::kMaxExplanation, true};
constexpr TextRule kDescriptionRule{rules::kMaxNote, false};

void checkCount(std::size_t count, std::size_t maxCount, const std::string& path, IssueList& issues) {
  if (count > maxCount)
    issues.error(IssueCode::TooMany, path, "count", {std::to_string(count), std::to_string(maxCount)});
}

// Ids of standards and goals share one namespace: the scorecard and its exports key by them.
class IdRegistry {
public:
  void add(const std::string& id, const std::string& path, IssueList& issues) {
    if (id.empty()) return;
    const auto [it, inserted] = first_.emplace(id, path);
    if (!inserted) issues.error(IssueCode::DuplicateId, path, "taken", {quotedText(id), it->second});
  }

private:
  std::map<std::string, std::string> first_;
};

void checkGroups(const Profile& profile, IssueList& issues) {
  checkCount(profile.groups.size(), rules::kMaxGroups, "groups", issues);
  IdRegistry ids;
  for (std::size_t i = 0; i < profile.groups.size(); ++i) {
    const Group& group = profile.groups[i];
    const std::string path = indexPath("groups", i);
    checkId(group.id, childPath(path, "id"), issues);
    ids.add(group.id, childPath(path, "id"), issues);
    checkLocalText(group.label, childPath(path, "label"), kLabelRule, issues);
    if (group.explanation) checkLocalText(*group.explanation, childPath(path, "explanation"), kExplanationRule, issues);
    const bool used = std::any_of(profile.standards.begin(), profile.standards.end(),
                                  [&](const Standard& standard) { return standard.group == group.id; });
    if (!used && !group.id.empty())
      issues.warning(IssueCode::UnusedGroup, path, "no_standard", {quotedText(group.id)});
  }
}

void checkGroupReference(const Profile& profile, const std::string& group, const std::string& path, IssueList& issues) {
  std::vector<std::string_view> known;
  for (const Group& g : profile.groups) known.push_back(g.id);
  if (group.empty()) {
    if (known.empty()) issues.error(IssueCode::Missing, path, "no_groups", {});
    else issues.error(IssueCode::Missing, path, "one_of", {joinList(known)});
    return;
  }
  if (std::find(known.begin(), known.end(), group) != known.end()) return;
  if (const std::string_view match = closestMatch(group, known); !match.empty())
    issues.error(IssueCode::UnknownGroup, path, "did_you_mean", {quotedText(group), quotedText(match)});
  else if (known.empty())
    issues.error(IssueCode::UnknownGroup, path, "none", {quotedText(group)});
  else
    issues.error(IssueCode::UnknownGroup, path, "list", {quotedText(group), joinList(known)});
}

void checkStandard(const Profile& profile, const Standard& standard, const std::string& path, IssueList& issues) {
  checkId(standard.id, childPath(path, "id"), issues);
  checkGroupReference(profile, standard.group, childPath(path, "group"), issues);
  checkLocalText(standard.label, childPath(path, "label"), kLabelRule, issues);
  checkLocalText(standard.explanation, childPath(path, "explanation"), kExplanationRule, issues);
  checkStandardMeasure(standard, path, issues);
  if (standard.minN < rules::kMinNLowest || standard.minN > rules::kMinNHighest)
    issues.error(IssueCode::MinNRange, childPath(path, "min_n"), "between",
                 {std::to_string(rules::kMinNLowest), std::to_string(rules::kMinNHighest), std::to_string(standard.minN)});
  checkSource(standard.source, childPath(path, "source"), issues);
}

void checkGoal(const Goal& goal, const std::string& path, IssueList& issues) {
  checkId(goal.id, childPath(path, "id"), issues);
  checkLocalText(goal.label, childPath(path, "label"), kLabelRule, issues);
  checkLocalText(goal.explanation, childPath(path, "explanation"), kExplanationRule, issues);
  checkGoalFunnel(goal, path, issues);
  checkSource(goal.source, childPath(path, "source"), issues);
}

} // namespace

std::vector<ProfileIssue> validateProfile(const Profile& profile) {
  IssueList issues;
  if (profile.version != kProfileVersion)
    issues.error(IssueCode::UnsupportedVersion, "version", "newer", {std::to_string(profile.version)});
  checkId(profile.id, "id", issues);
  checkLocalText(profile.name, "name", kLabelRule, issues);
  if (profile.description) checkLocalText(*profile.description, "description", kDescriptionRule, issues);
  checkGroups(profile, issues);

  if (profile.standards.empty() && profile.goals.empty())
    issues.error(IssueCode::Missing, "standards", "no_standards", {});
  checkCount(profile.standards.size(), rules::kMaxStandards, "standards", issues);
  checkCount(profile.goals.size(), rules::kMaxGoals, "goals", issues);

  IdRegistry ids;
  for (std::size_t i = 0; i < profile.standards.size(); ++i) {
    const std::string path = indexPath("standards", i);
    ids.add(profile.standards[i].id, childPath(path, "id"), issues);
    checkStandard(profile, profile.standards[i], path, issues);
  }
  for (std::size_t i = 0; i < profile.goals.size(); ++i) {
    const std::string path = indexPath("goals", i);
    ids.add(profile.goals[i].id, childPath(path, "id"), issues);
    checkGoal(profile.goals[i], path, issues);
  }
  return issues.take();
}

} // namespace carescore
