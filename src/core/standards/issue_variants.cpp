// The English templates of profile issues, one per variant, and the engine words they use. The
// checks fill them through IssueList; assets/i18n/*.json word the same keys in every language.
#include "core/standards/issue_variants.h"

#include <algorithm>
#include <cassert>

namespace carescore {

namespace {

using C = IssueCode;

#define PROFILE_TAIL "a profile is an object that starts with \"format\": \"carescore-profile\" (is this a data export?)"
#define SYNTAX_AT "not valid JSON: syntax error while parsing {w} - "
#define CONTROL "invalid string: control character {} must be escaped to "

constexpr IssueVariant kVariants[] = {
    {C::Empty, "empty", "the {w} is empty"},
    {C::TooLarge, "bytes", "the {w} is {} bytes; a {w} is at most {} bytes"},
    {C::NulByte, "binary", "a NUL byte (0x00): a {w} is UTF-8 text, and this looks like binary data"},
    {C::Utf16, "save_as_utf8", "the {w} is UTF-16 text; save it as UTF-8"},
    {C::TooDeep, "levels", "values nested deeper than {} levels; a {w} needs no more than {}"},
    {C::Syntax, "unexpected_expected", SYNTAX_AT "unexpected {w}; expected {w}"},
    {C::Syntax, "invalid", SYNTAX_AT "{w}; last read: '{}'"},
    {C::Syntax, "invalid_expected", SYNTAX_AT "{w}; last read: '{}'; expected {w}"},
    {C::Syntax, "control_character", SYNTAX_AT CONTROL "{}; last read: '{}'"},
    {C::Syntax, "control_character_expected", SYNTAX_AT CONTROL "{}; last read: '{}'; expected {w}"},
    {C::Syntax, "control_character_or", SYNTAX_AT CONTROL "{} or {}; last read: '{}'"},
    {C::Syntax, "control_character_or_expected", SYNTAX_AT CONTROL "{} or {}; last read: '{}'; expected {w}"},
    {C::Syntax, "unreadable", "the {w} could not be read: {}"},
    {C::NumberOutOfRange, "too_large", "the number {} is too large"},
    {C::DuplicateKey, "twice", "this key appears twice in the same object; keep one (otherwise the last silently wins)"},
    {C::NotAProfile, "got_text", "the document is the text {}, not a profile; " PROFILE_TAIL},
    {C::NotAProfile, "got_number", "the document is the number {}, not a profile; " PROFILE_TAIL},
    {C::NotAProfile, "got", "the document is {w}, not a profile; " PROFILE_TAIL},
    {C::NotAProfile, "no_format", "missing; a profile starts with \"format\": \"carescore-profile\" (is this a data export?)"},
    {C::WrongFormat, "got_text", "expected \"carescore-profile\", got the text {}"},
    {C::WrongFormat, "got_number", "expected \"carescore-profile\", got the number {}"},
    {C::WrongFormat, "got", "expected \"carescore-profile\", got {w}"},
    {C::UnsupportedVersion, "newer", "this CareScore reads profile version 1, the document is version {} (written by a newer CareScore?)"},
    {C::WrongType, "got_text", "expected {w}, got the text {}"},
    {C::WrongType, "got_number", "expected {w}, got the number {}"},
    {C::WrongType, "got", "expected {w}, got {w}"},
    {C::Missing, "comparator", "missing; one of \">=\", \"<=\" or \"between\""},
    {C::Missing, "target", "missing; e.g. {\"comparator\": \">=\", \"value\": 90}"},
    {C::Missing, "source", "missing; give references to the seeds, or industry_default: true with a note"},
    {C::Missing, "version", "missing; this CareScore writes \"version\": 1"},
    {C::Missing, "metric", "missing; name the metric, e.g. {\"key\": \"service_level\"}"},
    {C::Missing, "time_frame", "missing; e.g. {\"length\": 1, \"unit\": \"month\"}"},
    {C::Missing, "id", "missing; a short id such as calls_answered_2_min"},
    {C::Missing, "local_text", "missing; give {\"en\": …, \"vi\": …, \"ru\": …}"},
    {C::Missing, "seed", "missing; the seed id, e.g. \"000\""},
    {C::Missing, "section", "missing; the section, e.g. \"V.8.2\""},
    {C::Missing, "quote", "missing; a short quote in the original language"},
    {C::Missing, "no_groups", "missing; define groups and name one here"},
    {C::Missing, "one_of", "missing; one of: {}"},
    {C::Missing, "no_standards", "a profile needs at least one standard or goal"},
    {C::Missing, "between", "missing; \"between\" needs low and high"},
    {C::Missing, "value", "missing; the number to compare with"},
    {C::Missing, "filter_field", "missing; a field such as priority, team or agent"},
    {C::Missing, "metric_key", "missing; a metric of the catalogue, e.g. service_level"},
    {C::Missing, "target_count", "missing; how many customers this step needs"},
    {C::Missing, "steps", "missing; a funnel needs at least one step"},
    {C::UnknownKey, "did_you_mean", "unknown key; did you mean {}?"},
    {C::UnknownKey, "list", "unknown key; this object has: {}"},
    {C::UnknownKey, "not_with_between", "\"value\" is not used with \"between\"; give low and high"},
    {C::UnknownKey, "only_with_between", "only used with \"between\"; give value"},
    {C::TooMany, "count", "{} items; at most {}"},
    {C::BadId, "invalid", "{} is not a valid id; use lowercase letters, digits and _, starting with a letter (at most 64 characters)"},
    {C::DuplicateId, "taken", "{} is already the id of {}"},
    {C::BadText, "not_utf8", "not valid UTF-8 text"},
    {C::BadText, "too_long", "{} characters; at most {}"},
    {C::BadText, "empty", "empty; every text needs English (en), Vietnamese (vi) and Russian (ru)"},
    {C::BadText, "one_line", "must be one line (no line breaks)"},
    {C::UnknownGroup, "did_you_mean", "no group {}; did you mean {}?"},
    {C::UnknownGroup, "none", "no group {}; the profile defines no groups"},
    {C::UnknownGroup, "list", "no group {}; the groups are: {}"},
    {C::UnusedGroup, "no_standard", "no standard is in group {}"},
    {C::UnknownMetric, "did_you_mean", "no metric {}; did you mean {}?"},
    {C::UnknownMetric, "list", "no metric {}; the metrics are: {}"},
    {C::UnknownStatistic, "did_you_mean", "{} has no statistic {}; did you mean {}?"},
    {C::UnknownStatistic, "list", "{} has no statistic {}; it has: {}"},
    {C::UnknownVariant, "did_you_mean", "{} has no variant {}; did you mean {}?"},
    {C::UnknownVariant, "list", "{} has no variant {}; it has: {}"},
    {C::UnknownParameter, "did_you_mean", "{} has no parameter {}; did you mean {}?"},
    {C::UnknownParameter, "list", "{} has no parameter {}; it has: {}"},
    {C::UnknownParameter, "none", "{} has no parameters"},
    {C::ParameterType, "whole", "must be {w}, got {}"},
    {C::ParameterType, "got_text", "expected {w}, got the text {}"},
    {C::ParameterType, "got_number", "expected {w}, got the number {}"},
    {C::ParameterType, "got", "expected {w}, got {w}"},
    {C::ParameterType, "choice_got_number", "expected one of {}, got the number {}"},
    {C::ParameterType, "choice_got", "expected one of {}, got {w}"},
    {C::ParameterRange, "between", "must be between {} and {}, got {}"},
    {C::ParameterRange, "between_seconds", "must be between {} and {} seconds, got {}"},
    {C::ParameterRange, "between_days", "must be between {} and {} days, got {}"},
    {C::ParameterRange, "between_percent", "must be between {} and {} %, got {}"},
    {C::ParameterRange, "choice", "expected one of {}; got {}"},
    {C::ParameterRange, "choice_did_you_mean", "expected one of {}; got {} (did you mean {}?)"},
    {C::ParameterRange, "empty", "empty"},
    {C::ParameterRange, "text_too_long", "must be UTF-8 text of at most {} characters"},
    {C::ParameterOrder, "below", "{} ({}) must be below {} ({})"},
    {C::ParameterOrder, "at_most", "{} ({}) must be at most {} ({})"},
    {C::ParameterUnused, "variant", "not used by variant {}, so it has no effect"},
    {C::BadComparator, "got_text", "expected \">=\", \"<=\" or \"between\", got the text {}"},
    {C::TargetRange, "share", "a share must be between 0 and 100 (%), got {}"},
    {C::TargetRange, "seconds", "a duration must be between 0 and 31536000 seconds (365 days), got {}"},
    {C::TargetRange, "nps", "an NPS must be between -100 and 100, got {}"},
    {C::TargetRange, "ratio", "a ratio must be between 0 and 1000, got {}"},
    {C::TargetRange, "count", "a count must be a whole number between 0 and 1000000000, got {}"},
    {C::TargetRange, "scale_mean", "a mean rating must be within the {} to {} scale, got {}"},
    {C::TargetRange, "scale_gap", "a gap must be between {} and {} on the {} to {} scale, got {}"},
    {C::TargetRange, "target_count", "must be a whole number between 1 and 1000000000, got {}"},
    {C::TargetRange, "share_of_previous", "must be above 0 and at most 100 (%), got {}"},
    {C::LooksLikeFraction, "share", "{} means {} %; shares are written in percent: for {} % write {}"},
    {C::LooksLikeFraction, "percent", "{} means {} %; percentages are written in percent: for {} % write {}"},
    {C::AgainstDirection, "lower", "lower is better for {}, so {} passes worse results; did you mean {}?"},
    {C::AgainstDirection, "higher", "higher is better for {}, so {} passes worse results; did you mean {}?"},
    {C::BandReversed, "low_above_high", "low ({}) is above high ({})"},
    {C::BadPeriod, "got", "expected \"day\", \"week\" or \"month\", got {}"},
    {C::MinNRange, "between", "must be between {} and {}, got {}"},
    {C::BadScope, "empty", "empty"},
    {C::BadScope, "text_too_long", "must be UTF-8 text of at most {} characters"},
    {C::BadScope, "listed_twice", "{} is listed twice"},
    {C::BadScope, "channel_field", "channels are set with scope.channels"},
    {C::BadScope, "own_fields", "{} records can be filtered by their own fields, or by customer.<field> through customer_id"},
    {C::BadScope, "no_field_did_you_mean", "{} has no field {}; did you mean {}?"},
    {C::BadScope, "no_field_list", "{} has no field {}; its fields are: {}"},
    {C::BadScope, "holds_times", "{} holds times; filters match category, id, text or flag fields (e.g. priority, team, agent)"},
    {C::BadScope, "holds_numbers", "{} holds numbers; filters match category, id, text or flag fields (e.g. priority, team, agent)"},
    {C::BadScope, "no_channel", "{} reads {} records, which have no channel"},
    {C::BadScope, "field_twice", "{} is already filtered by {}; put all its values in one filter"},
    {C::BadScope, "no_values", "empty; list the values to keep"},
    {C::BadScope, "not_flag", "{} is not \"true\" or \"false\""},
    {C::OverrideEmpty, "no_scope", "an override needs channels or filters to apply to"},
    {C::OverrideEmpty, "no_change", "changes nothing; give a target or parameters"},
    {C::OverrideOutsideScope, "channel", "{} is outside the standard's channels ({}); this override would never apply"},
    {C::OverrideOutsideScope, "filter", "{} is outside the standard's {} filter; this override would never apply"},
    {C::OverrideShadowed, "same_scope", "same scope as {}, which comes first and wins; this override never applies"},
    {C::BadSource, "no_references", "give references to the seeds, or industry_default: true with a note"},
    {C::BadSource, "no_note", "an industry default needs a note saying where the number comes from"},
    {C::UnknownMeasure, "did_you_mean", "no funnel measure {}; did you mean {}?"},
    {C::UnknownMeasure, "list", "no funnel measure {}; the measures are: {}"},
    {C::BadTimeFrame, "not_a_date", "{} is not a date; write YYYY-MM-DD, e.g. \"2025-01-01\" (or leave start out for the latest period in the data)"},
    {C::BadTimeFrame, "length", "must be between 1 and {} {w}, got {}"},
    {C::FunnelOrder, "more_than_previous", "{} is more than the previous step's {}; each step counts customers of the step before"},
    {C::FunnelShare, "first_step", "the first step has no previous step"},
    {C::FunnelShare, "mismatch", "{} % of the previous step's {} is {}, not {}; make target_count and share_of_previous agree"},
    {C::MoreIssues, "count", "{} more issues not shown; fix the ones above first"},
};

#undef PROFILE_TAIL
#undef SYNTAX_AT
#undef CONTROL

constexpr IssueWord kWords[] = {
    // What the document is
    {"profile", "profile"}, {"mapping", "mapping"},
    // Types expected and values found
    {"text", "text"}, {"a_number", "a number"}, {"true_or_false", "true or false"}, {"a_whole_number", "a whole number"},
    {"a_whole_number_below", "a whole number below 4294967296"}, {"an_object", "an object"}, {"a_list", "a list"},
    {"number_text_or_list", "a number, text, or a list of texts"}, {"null", "null"}, {"true", "true"}, {"false", "false"},
    {"unsupported_value", "an unsupported value"}, {"a_number_of_seconds", "a number of seconds"},
    {"a_whole_number_of_days", "a whole number of days"}, {"a_number_in_percent", "a number in percent"},
    {"one_of_the_words_listed", "one of the words listed"}, {"a_list_of_texts", "a list of texts"}, {"a_value", "a value"},
    {"a_record_kind", "a record kind (\"contact\", \"survey\", …) or null"},
    // Time frame units
    {"days", "days"}, {"weeks", "weeks"}, {"months", "months"},
    // The JSON parser's words: where it was, what it read, what was wrong
    {"context_value", "value"}, {"context_object_key", "object key"}, {"context_object_separator", "object separator"},
    {"context_object", "object"}, {"context_array", "array"},
    {"token_uninitialized", "<uninitialized>"}, {"token_true", "true literal"}, {"token_false", "false literal"},
    {"token_null", "null literal"}, {"token_string", "string literal"}, {"token_number", "number literal"},
    {"token_begin_array", "'['"}, {"token_begin_object", "'{'"}, {"token_end_array", "']'"}, {"token_end_object", "'}'"},
    {"token_colon", "':'"}, {"token_comma", "','"}, {"token_parse_error", "<parse error>"},
    {"token_end_of_input", "end of input"}, {"token_value_start", "'[', '{', or a literal"}, {"token_unknown", "unknown token"},
    {"lexer_invalid_literal", "invalid literal"}, {"lexer_bom", "invalid BOM; must be 0xEF 0xBB 0xBF if given"},
    {"lexer_comment_start", "invalid comment; expecting '/' or '*' after '/'"},
    {"lexer_comment_end", "invalid comment; missing closing '*/'"},
    {"lexer_digit_after_minus", "invalid number; expected digit after '-'"},
    {"lexer_digit_after_point", "invalid number; expected digit after '.'"},
    {"lexer_exponent", "invalid number; expected '+', '-', or digit after exponent"},
    {"lexer_digit_after_exponent_sign", "invalid number; expected digit after exponent sign"},
    {"lexer_unicode_escape", "invalid string: '\\u' must be followed by 4 hex digits"},
    {"lexer_bad_escape", "invalid string: forbidden character after backslash"},
    {"lexer_bad_utf8", "invalid string: ill-formed UTF-8 byte"},
    {"lexer_missing_quote", "invalid string: missing closing quote"},
    {"lexer_high_surrogate", "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF"},
    {"lexer_low_surrogate", "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF"},
};

// Placeholders in order: true for "{w}", false for "{}".
template <typename Visit>
void forEachPlaceholder(std::string_view pattern, Visit&& visit) {
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') continue;
    if (pattern.substr(i, 2) == "{}") visit(i, 2, false);
    else if (pattern.substr(i, 3) == "{w}") visit(i, 3, true);
  }
}

} // namespace

std::span<const IssueVariant> issueVariants() { return kVariants; }
std::span<const IssueWord> issueWords() { return kWords; }

const IssueVariant* findIssueVariant(IssueCode code, std::string_view key) {
  const auto it = std::find_if(std::begin(kVariants), std::end(kVariants),
                               [&](const IssueVariant& v) { return v.code == code && v.key == key; });
  return it == std::end(kVariants) ? nullptr : &*it;
}

std::string_view englishOfWord(std::string_view key) {
  const auto it = std::find_if(std::begin(kWords), std::end(kWords), [&](const IssueWord& w) { return w.key == key; });
  return it == std::end(kWords) ? std::string_view() : it->english;
}

std::string_view wordKeyOf(std::string_view english, std::string_view prefix) {
  const auto it = std::find_if(std::begin(kWords), std::end(kWords), [&](const IssueWord& w) {
    return w.english == english && w.key.substr(0, prefix.size()) == prefix;
  });
  return it == std::end(kWords) ? std::string_view() : it->key;
}

bool isWordPlaceholder(std::string_view pattern, std::size_t index) {
  std::size_t n = 0;
  bool word = false;
  forEachPlaceholder(pattern, [&](std::size_t, std::size_t, bool isWord) {
    if (n++ == index) word = isWord;
  });
  return word;
}

std::size_t placeholderCount(std::string_view pattern) {
  std::size_t n = 0;
  forEachPlaceholder(pattern, [&](std::size_t, std::size_t, bool) { ++n; });
  return n;
}

std::string fillIssueTemplate(std::string_view pattern, std::span<const std::string> args) {
  std::string out;
  std::size_t from = 0, n = 0;
  forEachPlaceholder(pattern, [&](std::size_t at, std::size_t length, bool word) {
    out.append(pattern.substr(from, at - from));
    if (n < args.size()) out += word ? englishOfWord(args[n]) : std::string_view(args[n]);
    ++n;
    from = at + length;
  });
  out.append(pattern.substr(from));
  return out;
}

ProfileIssue variantIssue(IssueSeverity severity, IssueCode code, std::string path, std::string_view variant,
                          std::vector<std::string> args) {
  const IssueVariant* found = findIssueVariant(code, variant);
  assert(found && "every variant a check names is in kVariants");
  if (!found) return {severity, code, std::move(path), std::string(variant), 0, 0, {}, {}};
  assert(placeholderCount(found->messageTemplate) == args.size());
  ProfileIssue issue{severity, code, std::move(path), fillIssueTemplate(found->messageTemplate, args), 0, 0, {}, {}};
  issue.variant = found->key;
  issue.args = std::move(args);
  return issue;
}

} // namespace carescore
