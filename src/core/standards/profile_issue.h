// What is wrong with a profile (or a mapping), as a value: a code, where (JSON path, or line and column for
// text that is not valid JSON), and a message a user can act on. Not the checks themselves.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace carescore {

enum class IssueSeverity : std::uint8_t { Error, Warning };

enum class IssueCode : std::uint8_t {
  // The text
  Empty, TooLarge, NulByte, Utf16, TooDeep, Syntax, NumberOutOfRange, DuplicateKey,
  // The document's shape
  NotAProfile, WrongFormat, UnsupportedVersion, WrongType, Missing, UnknownKey, TooMany,
  // Values
  BadId, DuplicateId, BadText, UnknownGroup, UnusedGroup,
  UnknownMetric, UnknownStatistic, UnknownVariant,
  UnknownParameter, ParameterType, ParameterRange, ParameterOrder, ParameterUnused,
  BadComparator, TargetRange, LooksLikeFraction, AgainstDirection, BandReversed,
  BadPeriod, MinNRange, BadScope, OverrideEmpty, OverrideOutsideScope, OverrideShadowed,
  BadSource, UnknownMeasure, BadTimeFrame, FunnelOrder, FunnelShare,
  // Mappings (mapping/mapping_document.h)
  NotAMapping, UnknownField, FieldTwice, BadValue, UnknownColumn, UnknownZone,
  MoreIssues,
};
std::string_view nameOf(IssueCode code);     // "too_deep", "unknown_metric", …
std::string_view nameOf(IssueSeverity severity);  // "error", "warning"

struct ProfileIssue {
  IssueSeverity severity = IssueSeverity::Error;
  IssueCode code = IssueCode::Syntax;
  std::string path;  // "standards[3].target.value"; empty: the document as a whole
  std::string message;
  std::uint32_t line = 0, column = 0;  // 1-based, for issues in the text; 0 when not known
  // What `message` was filled from (issue_variants.h), so the app can word it in the UI's language:
  // a variant key of the code, or empty (the message alone); the template's values in order, an
  // engine word (IssueWord) given by its key.
  std::string_view variant;
  std::vector<std::string> args;

  // "standards[3].target.value: a share must be …", "line 2, column 7: …", or the message alone.
  std::string text() const;
};

bool hasErrors(const std::vector<ProfileIssue>& issues);

// Collects issues up to a limit, so a hostile document with a million unknown keys yields a
// readable list (and one closing "… more" issue) instead of a million strings.
class IssueList {
public:
  static constexpr std::size_t kDefaultLimit = 200;
  explicit IssueList(std::size_t limit = kDefaultLimit) : limit_(limit) {}

  void error(IssueCode code, std::string path, std::string message);
  void warning(IssueCode code, std::string path, std::string message);
  // The message filled from the code's variant (asserted to exist) with `args`, kept beside it.
  void error(IssueCode code, std::string path, std::string_view variant, std::vector<std::string> args);
  void warning(IssueCode code, std::string path, std::string_view variant, std::vector<std::string> args);
  void add(ProfileIssue issue);
  bool full() const { return issues_.size() >= limit_; }
  const std::vector<ProfileIssue>& items() const { return issues_; }
  std::vector<ProfileIssue> take();  // the issues, then "N more issues not shown" when some were dropped

private:
  std::vector<ProfileIssue> issues_;
  std::size_t dropped_ = 0;
  bool droppedError_ = false;
  std::size_t limit_;
};

} // namespace carescore
