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
    issues.error(IssueCode::BadText, path, "not valid UTF-8 text");
    return;
  }
  if (const std::size_t length = codePointCount(text); length > maxLength)
    issues.error(IssueCode::BadText, path,
                 std::to_string(length) + " characters; at most " + std::to_string(maxLength));
}

} // namespace

void checkId(std::string_view id, const std::string& path, IssueList& issues) {
  if (id.empty()) {
    issues.error(IssueCode::Missing, path, "missing; a short id such as calls_answered_2_min");
  } else if (!isValidId(id)) {
    issues.error(IssueCode::BadId, path,
                 quotedText(id) + " is not a valid id; use lowercase letters, digits and _, starting with a letter "
                              "(at most 64 characters)");
  }
}

void checkLocalText(const LocalText& text, const std::string& path, const TextRule& rule, IssueList& issues) {
  const std::string_view values[] = {text.en, text.vi, text.ru};
  if (std::all_of(std::begin(values), std::end(values), isBlank)) {
    issues.error(IssueCode::Missing, path, "missing; give {\"en\": …, \"vi\": …, \"ru\": …}");
    return;
  }
  for (std::size_t i = 0; i < std::size(values); ++i) {
    const std::string languagePath = childPath(path, kLanguages[i]);
    if (isBlank(values[i])) {
      issues.error(IssueCode::BadText, languagePath,
                   "empty; every text needs English (en), Vietnamese (vi) and Russian (ru)");
    } else if (rule.oneLine && values[i].find_first_of("\r\n") != std::string_view::npos) {
      issues.error(IssueCode::BadText, languagePath, "must be one line (no line breaks)");
    } else {
      checkLength(values[i], rule.maxLength, languagePath, issues);
    }
  }
}

void checkSource(const Source& source, const std::string& path, IssueList& issues) {
  if (source.references.size() > rules::kMaxReferences) {
    issues.error(IssueCode::TooMany, childPath(path, "references"),
                 std::to_string(source.references.size()) + " items; at most " + std::to_string(rules::kMaxReferences));
    return;
  }
  for (std::size_t i = 0; i < source.references.size(); ++i) {
    const SourceReference& reference = source.references[i];
    const std::string referencePath = indexPath(childPath(path, "references"), i);
    const struct {
      std::string_view key, value, hint;
      std::size_t maxLength;
    } parts[] = {{"seed", reference.seed, "the seed id, e.g. \"000\"", rules::kMaxShortText},
                 {"section", reference.section, "the section, e.g. \"V.8.2\"", rules::kMaxShortText},
                 {"quote", reference.quote, "a short quote in the original language", rules::kMaxQuote}};
    for (const auto& part : parts) {
      if (isBlank(part.value)) issues.error(IssueCode::Missing, childPath(referencePath, part.key), "missing; " + std::string(part.hint));
      else checkLength(part.value, part.maxLength, childPath(referencePath, part.key), issues);
    }
  }
  if (source.references.empty() && !source.industryDefault)
    issues.error(IssueCode::BadSource, path, "give references to the seeds, or industry_default: true with a note");
  if (source.industryDefault && isBlank(source.note))
    issues.error(IssueCode::BadSource, childPath(path, "note"),
                 "an industry default needs a note saying where the number comes from");
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
    issues.error(IssueCode::TooMany, path, std::to_string(count) + " items; at most " + std::to_string(maxCount));
}

// Ids of standards and goals share one namespace: the scorecard and its exports key by them.
class IdRegistry {
public:
  void add(const std::string& id, const std::string& path, IssueList& issues) {
    if (id.empty()) return;
    const auto [it, inserted] = first_.emplace(id, path);
    if (!inserted) issues.error(IssueCode::DuplicateId, path, quotedText(id) + " is already the id of " + it->second);
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
      issues.warning(IssueCode::UnusedGroup, path, "no standard is in group " + quotedText(group.id));
  }
}

void checkGroupReference(const Profile& profile, const std::string& group, const std::string& path, IssueList& issues) {
  std::vector<std::string_view> known;
  for (const Group& g : profile.groups) known.push_back(g.id);
  if (group.empty()) {
    issues.error(IssueCode::Missing, path,
                 known.empty() ? "missing; define groups and name one here" : "missing; one of: " + joinList(known));
    return;
  }
  if (std::find(known.begin(), known.end(), group) != known.end()) return;
  std::string message = "no group " + quotedText(group);
  if (const std::string_view match = closestMatch(group, known); !match.empty())
    message += "; did you mean " + quotedText(match) + "?";
  else if (known.empty())
    message += "; the profile defines no groups";
  else
    message += "; the groups are: " + joinList(known);
  issues.error(IssueCode::UnknownGroup, path, message);
}

void checkStandard(const Profile& profile, const Standard& standard, const std::string& path, IssueList& issues) {
  checkId(standard.id, childPath(path, "id"), issues);
  checkGroupReference(profile, standard.group, childPath(path, "group"), issues);
  checkLocalText(standard.label, childPath(path, "label"), kLabelRule, issues);
  checkLocalText(standard.explanation, childPath(path, "explanation"), kExplanationRule, issues);
  checkStandardMeasure(standard, path, issues);
  if (standard.minN < rules::kMinNLowest || standard.minN > rules::kMinNHighest)
    issues.error(IssueCode::MinNRange, childPath(path, "min_n"),
                 "must be between " + std::to_string(rules::kMinNLowest) + " and " +
                     std::to_string(rules::kMinNHighest) + ", got " + std::to_string(standard.minN));
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
    issues.error(IssueCode::UnsupportedVersion, "version",
                 "this CareScore reads profile version 1, the document is version " + std::to_string(profile.version) +
                     " (written by a newer CareScore?)");
  checkId(profile.id, "id", issues);
  checkLocalText(profile.name, "name", kLabelRule, issues);
  if (profile.description) checkLocalText(*profile.description, "description", kDescriptionRule, issues);
  checkGroups(profile, issues);

  if (profile.standards.empty() && profile.goals.empty())
    issues.error(IssueCode::Missing, "standards", "a profile needs at least one standard or goal");
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
