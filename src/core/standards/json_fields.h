// Reading typed values out of a JSON object with a path, reporting each problem as an issue:
// wrong types, unknown keys (with "did you mean"), lists too long to be real. The profile reader
// is built from these; which keys a profile has is the reader's business, not theirs.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/standards/message_text.h"
#include "core/standards/profile.h"
#include "core/standards/profile_issue.h"

namespace carescore::json_fields {

using Json = nlohmann::json;

// "the text \"90%\"", "the number 7", "a list", … for "expected …, got …" messages.
std::string describe(const Json& value);
// The same split for an issue variant: "got_text" or "got_number" with the quoted text or the
// number, else "got" with an IssueWord key ("a_list", "null").
struct DescribedValue {
  std::string_view variant;
  std::string arg;
};
DescribedValue describeForIssue(const Json& value);
// `expected` in English ("a number"); an IssueWord's English gives the issue its variant.
void wrongType(IssueList& issues, std::string path, std::string_view expected, const Json& got);
bool expectObject(const Json& value, const std::string& path, IssueList& issues);

// One JSON object being read: hands out its known keys (null counts as absent), then reports the
// keys nobody asked for, with a likely intended key when there is one.
class ObjectReader {
public:
  ObjectReader(const Json& object, std::string path, IssueList& issues, std::span<const std::string_view> known)
      : object_(object), path_(std::move(path)), issues_(issues), known_(known) {}

  const Json* get(std::string_view key) const;
  std::string at(std::string_view key) const { return childPath(path_, key); }
  IssueList& issues() const { return issues_; }

  // Reports unknown keys; `except` are known keys that must not appear here (`why`: the
  // UnknownKey variant that says why).
  void finish(std::span<const std::string_view> except = {}, std::string_view why = {}) const;

private:
  const Json& object_;
  std::string path_;
  IssueList& issues_;
  std::span<const std::string_view> known_;
};

// Absent keys give empty or nullopt; present ones of the wrong type give an issue too.
std::string readText(const ObjectReader& in, std::string_view key);
std::optional<double> readNumber(const ObjectReader& in, std::string_view key);
std::optional<bool> readFlag(const ObjectReader& in, std::string_view key);
std::optional<std::uint32_t> readWhole(const ObjectReader& in, std::string_view key);
std::vector<std::string> readTextList(const ObjectReader& in, std::string_view key, std::size_t maxItems);
std::optional<LocalText> readLocalText(const ObjectReader& parent, std::string_view key);
// The object under a key that must be there: null after reporting it missing (`missing`: the
// Missing variant with the hint) or not an object.
const Json* requiredObject(const ObjectReader& in, std::string_view key, std::string_view missing);
Parameters readParameters(const ObjectReader& parent, std::string_view key, std::size_t maxItems);

void tooMany(IssueList& issues, std::string path, std::size_t count, std::size_t maxItems);

// Calls read(element, path) for each element of a list, unless the list is too long to be real.
template <typename Read>
void readList(const ObjectReader& in, std::string_view key, std::size_t maxItems, Read&& read) {
  const Json* list = in.get(key);
  if (!list) return;
  if (!list->is_array()) {
    wrongType(in.issues(), in.at(key), "a list", *list);
    return;
  }
  if (list->size() > maxItems) {
    tooMany(in.issues(), in.at(key), list->size(), maxItems);
    return;
  }
  for (std::size_t i = 0; i < list->size(); ++i) read((*list)[i], indexPath(in.at(key), i));
}

} // namespace carescore::json_fields
