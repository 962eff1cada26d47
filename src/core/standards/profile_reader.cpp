// JSON → Profile. This file checks shape only — types, known keys, list sizes, the words of
// comparators and periods; whether values make sense against the catalogue is the validator's.
#include "core/standards/profile_reader.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <string>
#include <utility>

#include "core/standards/json_document.h"
#include "core/standards/json_fields.h"
#include "core/standards/message_text.h"
#include "core/standards/profile_rules.h"
#include "core/standards/profile_validator.h"

namespace carescore {

namespace {

using namespace json_fields;
namespace rules = profile_rules;

constexpr std::string_view kTargetKeys[] = {"comparator", "value", "low", "high"};
constexpr std::string_view kBoundKeys[] = {"low", "high"};
constexpr std::string_view kValueKey[] = {"value"};

std::optional<Target> readTarget(const ObjectReader& parent, std::string_view key) {
  const Json* value = parent.get(key);
  if (!value) return std::nullopt;
  if (!expectObject(*value, parent.at(key), parent.issues())) return std::nullopt;
  const ObjectReader in(*value, parent.at(key), parent.issues(), kTargetKeys);
  Target target;
  const Json* comparator = in.get("comparator");
  if (!comparator) {
    in.issues().error(IssueCode::Missing, in.at("comparator"), "comparator", {});
  } else if (!comparator->is_string()) {
    wrongType(in.issues(), in.at("comparator"), "text", *comparator);
  } else if (const auto parsed = rules::comparatorFromName(comparator->get_ref<const std::string&>())) {
    target.comparator = *parsed;
  } else {
    in.issues().error(IssueCode::BadComparator, in.at("comparator"), "got_text", {quotedText(comparator->get_ref<const std::string&>())});
  }
  if (target.comparator == Comparator::Between) {
    target.low = readNumber(in, "low");
    target.high = readNumber(in, "high");
    in.finish(kValueKey, "not_with_between");
  } else {
    target.value = readNumber(in, "value");
    in.finish(kBoundKeys, "only_with_between");
  }
  return target;
}

constexpr std::string_view kFilterKeys[] = {"field", "values"};
constexpr std::string_view kScopeKeys[] = {"channels", "filters"};

Scope readScope(const ObjectReader& parent, std::string_view key) {
  Scope scope;
  const Json* value = parent.get(key);
  if (!value || !expectObject(*value, parent.at(key), parent.issues())) return scope;
  const ObjectReader in(*value, parent.at(key), parent.issues(), kScopeKeys);
  scope.channels = readTextList(in, "channels", rules::kMaxListValues);
  readList(in, "filters", rules::kMaxFilters, [&](const Json& item, const std::string& path) {
    if (!expectObject(item, path, in.issues())) return;
    const ObjectReader filter(item, path, in.issues(), kFilterKeys);
    scope.filters.push_back({readText(filter, "field"), readTextList(filter, "values", rules::kMaxListValues)});
    filter.finish();
  });
  in.finish();
  return scope;
}

constexpr std::string_view kReferenceKeys[] = {"seed", "section", "quote"};
constexpr std::string_view kSourceKeys[] = {"references", "industry_default", "note"};

Source readSource(const ObjectReader& parent, std::string_view key) {
  Source source;
  const Json* value = parent.get(key);
  if (!value || !expectObject(*value, parent.at(key), parent.issues())) return source;
  const ObjectReader in(*value, parent.at(key), parent.issues(), kSourceKeys);
  readList(in, "references", rules::kMaxReferences, [&](const Json& item, const std::string& path) {
    if (!expectObject(item, path, in.issues())) return;
    const ObjectReader reference(item, path, in.issues(), kReferenceKeys);
    source.references.push_back({readText(reference, "seed"), readText(reference, "section"), readText(reference, "quote")});
    reference.finish();
  });
  source.industryDefault = readFlag(in, "industry_default").value_or(false);
  source.note = readText(in, "note");
  in.finish();
  return source;
}

std::optional<Period> readPeriod(const ObjectReader& in, std::string_view key) {
  const Json* value = in.get(key);
  if (!value || !value->is_string()) {
    readText(in, key);  // reports a wrong type
    return std::nullopt;
  }
  const std::string& text = value->get_ref<const std::string&>();
  if (auto period = rules::periodFromName(text)) return period;
  in.issues().error(IssueCode::BadPeriod, in.at(key), "got", {quotedText(text)});
  return std::nullopt;
}

constexpr std::string_view kMetricKeys[] = {"key", "statistic", "variant", "parameters"};
constexpr std::string_view kOverrideKeys[] = {"scope", "target", "parameters"};
constexpr std::string_view kStandardKeys[] = {"id",    "group",     "label",  "explanation", "metric", "target",
                                              "scope", "overrides", "period", "min_n",       "source"};

Standard readStandard(const Json& json, const std::string& path, IssueList& issues) {
  Standard standard;
  const ObjectReader in(json, path, issues, kStandardKeys);
  standard.id = readText(in, "id");
  standard.group = readText(in, "group");
  standard.label = readLocalText(in, "label").value_or(LocalText{});
  standard.explanation = readLocalText(in, "explanation").value_or(LocalText{});
  if (const Json* metric = requiredObject(in, "metric", "metric")) {
    const ObjectReader choice(*metric, in.at("metric"), issues, kMetricKeys);
    standard.metric = {readText(choice, "key"), readText(choice, "statistic"), readText(choice, "variant"),
                       readParameters(choice, "parameters", rules::kMaxParameters)};
    choice.finish();
  }
  if (!in.get("target")) issues.error(IssueCode::Missing, in.at("target"), "target", {});
  standard.target = readTarget(in, "target").value_or(Target{});
  standard.scope = readScope(in, "scope");
  readList(in, "overrides", rules::kMaxOverrides, [&](const Json& item, const std::string& itemPath) {
    if (!expectObject(item, itemPath, issues)) return;
    const ObjectReader override(item, itemPath, issues, kOverrideKeys);
    standard.overrides.push_back({readScope(override, "scope"), readTarget(override, "target"),
                                  readParameters(override, "parameters", rules::kMaxParameters)});
    override.finish();
  });
  standard.period = readPeriod(in, "period").value_or(Period::Month);
  standard.minN = readWhole(in, "min_n").value_or(kDefaultMinN);
  if (!in.get("source"))
    issues.error(IssueCode::Missing, in.at("source"), "source", {});
  standard.source = readSource(in, "source");
  in.finish();
  return standard;
}

constexpr std::string_view kGroupKeys[] = {"id", "label", "explanation"};
constexpr std::string_view kTimeFrameKeys[] = {"start", "length", "unit"};
constexpr std::string_view kStepKeys[] = {"id", "label", "measure", "parameters", "target_count", "share_of_previous"};
constexpr std::string_view kGoalKeys[] = {"id", "label", "explanation", "time_frame", "steps", "source"};

Goal readGoal(const Json& json, const std::string& path, IssueList& issues) {
  Goal goal;
  const ObjectReader in(json, path, issues, kGoalKeys);
  goal.id = readText(in, "id");
  goal.label = readLocalText(in, "label").value_or(LocalText{});
  goal.explanation = readLocalText(in, "explanation").value_or(LocalText{});
  if (const Json* frame = requiredObject(in, "time_frame", "time_frame")) {
    const ObjectReader timeFrame(*frame, in.at("time_frame"), issues, kTimeFrameKeys);
    goal.timeFrame.start = readText(timeFrame, "start");
    goal.timeFrame.length = readWhole(timeFrame, "length").value_or(1);
    goal.timeFrame.unit = readPeriod(timeFrame, "unit").value_or(Period::Month);
    timeFrame.finish();
  }
  readList(in, "steps", rules::kMaxSteps, [&](const Json& item, const std::string& itemPath) {
    if (!expectObject(item, itemPath, issues)) return;
    const ObjectReader step(item, itemPath, issues, kStepKeys);
    goal.steps.push_back({readText(step, "id"), readLocalText(step, "label").value_or(LocalText{}),
                          readText(step, "measure"), readParameters(step, "parameters", rules::kMaxParameters),
                          readNumber(step, "target_count"), readNumber(step, "share_of_previous")});
    step.finish();
  });
  goal.source = readSource(in, "source");
  in.finish();
  return goal;
}

constexpr std::string_view kProfileKeys[] = {"format", "version", "id", "name", "description", "groups", "standards", "goals"};

// False when the document is not a profile this version can read; nothing else is worth saying then.
bool readHeader(const Json& root, IssueList& issues) {
  if (!root.is_object()) {
    DescribedValue got = describeForIssue(root);
    issues.error(IssueCode::NotAProfile, "", got.variant, {std::move(got.arg)});
    return false;
  }
  const auto format = root.find("format");
  if (format == root.end()) {
    issues.error(IssueCode::NotAProfile, "format", "no_format", {});
    return false;
  }
  if (!format->is_string() || format->get_ref<const std::string&>() != kProfileFormat) {
    DescribedValue got = describeForIssue(*format);
    issues.error(IssueCode::WrongFormat, "format", got.variant, {std::move(got.arg)});
    return false;
  }
  const auto version = root.find("version");
  if (version == root.end()) {
    issues.error(IssueCode::Missing, "version", "version", {});
    return false;
  }
  if (!version->is_number() || version->get<double>() != std::floor(version->get<double>())) {
    wrongType(issues, "version", "a whole number", *version);
    return false;
  }
  if (version->get<double>() != kProfileVersion) {
    issues.error(IssueCode::UnsupportedVersion, "version", "newer", {formatNumber(version->get<double>())});
    return false;
  }
  return true;
}

Profile readProfile(const Json& root, IssueList& issues) {
  Profile profile;
  const ObjectReader in(root, "", issues, kProfileKeys);
  profile.id = readText(in, "id");
  profile.name = readLocalText(in, "name").value_or(LocalText{});
  profile.description = readLocalText(in, "description");
  readList(in, "groups", rules::kMaxGroups, [&](const Json& item, const std::string& path) {
    if (!expectObject(item, path, issues)) return;
    const ObjectReader group(item, path, issues, kGroupKeys);
    profile.groups.push_back({readText(group, "id"), readLocalText(group, "label").value_or(LocalText{}),
                              readLocalText(group, "explanation")});
    group.finish();
  });
  readList(in, "standards", rules::kMaxStandards, [&](const Json& item, const std::string& path) {
    if (expectObject(item, path, issues)) profile.standards.push_back(readStandard(item, path, issues));
  });
  readList(in, "goals", rules::kMaxGoals, [&](const Json& item, const std::string& path) {
    if (expectObject(item, path, issues)) profile.goals.push_back(readGoal(item, path, issues));
  });
  in.finish();
  return profile;
}

// A validator finding inside something the reader already reported (a wrong type read as empty)
// would only repeat it.
bool coveredBy(const std::string& path, std::span<const ProfileIssue> readerIssues) {
  return std::any_of(readerIssues.begin(), readerIssues.end(), [&](const ProfileIssue& issue) {
    const std::string& prefix = issue.path;
    if (prefix.empty() || path.compare(0, prefix.size(), prefix) != 0) return false;
    return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
  });
}

// Issues in document order: by top-level section, then by item (standards[2] before standards[10]);
// within an item the reader's findings come before the validator's.
void sortByPlace(std::vector<ProfileIssue>& issues) {
  const auto place = [](const std::string& path) {
    const std::size_t end = path.find_first_of(".[");
    const std::string_view section = std::string_view(path).substr(0, end);
    const auto known = std::find(std::begin(kProfileKeys), std::end(kProfileKeys), section);
    std::size_t item = 0;
    if (end != std::string::npos && path[end] == '[')
      for (std::size_t i = end + 1; i < path.size() && path[i] >= '0' && path[i] <= '9'; ++i)
        item = item * 10 + static_cast<std::size_t>(path[i] - '0');
    return std::pair{path.empty() ? 0 : 1 + static_cast<std::size_t>(known - std::begin(kProfileKeys)), item};
  };
  const bool cut = !issues.empty() && issues.back().code == IssueCode::MoreIssues;  // "… more" stays last
  std::stable_sort(issues.begin(), issues.end() - (cut ? 1 : 0),
                   [&](const ProfileIssue& a, const ProfileIssue& b) { return place(a.path) < place(b.path); });
}

} // namespace

ProfileParse parseProfile(std::string_view jsonText) {
  ProfileParse result;
  IssueList issues;
  const JsonDocument document = parseJsonDocument(jsonText, issues);
  if (!document.parsed || !readHeader(document.value, issues)) {
    result.issues = issues.take();
    return result;
  }
  Profile profile = readProfile(document.value, issues);
  const std::size_t readerCount = issues.items().size();
  for (ProfileIssue& issue : validateProfile(profile))
    if (!coveredBy(issue.path, std::span(issues.items()).first(readerCount))) issues.add(std::move(issue));
  result.issues = issues.take();
  sortByPlace(result.issues);
  if (!hasErrors(result.issues)) result.profile = std::move(profile);
  return result;
}

} // namespace carescore
