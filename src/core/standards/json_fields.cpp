// Typed values out of JSON objects, with paths and issues.
#include "core/standards/json_fields.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/standards/issue_variants.h"
#include "core/standards/profile_rules.h"

namespace carescore::json_fields {

std::string describe(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return value.get<bool>() ? "true" : "false";
    case Json::value_t::string: return "the text " + quotedText(value.get_ref<const std::string&>());
    case Json::value_t::array: return "a list";
    case Json::value_t::object: return "an object";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "the number " + formatNumber(value.get<double>());
    default: return "an unsupported value";
  }
}

DescribedValue describeForIssue(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return {"got", "null"};
    case Json::value_t::boolean: return {"got", value.get<bool>() ? "true" : "false"};
    case Json::value_t::string: return {"got_text", quotedText(value.get_ref<const std::string&>())};
    case Json::value_t::array: return {"got", "a_list"};
    case Json::value_t::object: return {"got", "an_object"};
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return {"got_number", formatNumber(value.get<double>())};
    default: return {"got", "unsupported_value"};
  }
}

void wrongType(IssueList& issues, std::string path, std::string_view expected, const Json& got) {
  const std::string_view word = wordKeyOf(expected);
  if (word.empty()) {  // a caller's own wording: the message alone
    issues.error(IssueCode::WrongType, std::move(path), "expected " + std::string(expected) + ", got " + describe(got));
    return;
  }
  DescribedValue described = describeForIssue(got);
  issues.error(IssueCode::WrongType, std::move(path), described.variant, {std::string(word), std::move(described.arg)});
}

bool expectObject(const Json& value, const std::string& path, IssueList& issues) {
  if (value.is_object()) return true;
  wrongType(issues, path, "an object", value);
  return false;
}

std::string readText(const ObjectReader& in, std::string_view key) {
  const Json* value = in.get(key);
  if (!value) return {};
  if (value->is_string()) return value->get<std::string>();
  wrongType(in.issues(), in.at(key), "text", *value);
  return {};
}

namespace {

template <typename T>
std::optional<T> readScalar(const ObjectReader& in, std::string_view key, bool (Json::*is)() const noexcept,
                            std::string_view expected) {
  const Json* value = in.get(key);
  if (!value) return std::nullopt;
  if ((value->*is)()) return value->get<T>();
  wrongType(in.issues(), in.at(key), expected, *value);
  return std::nullopt;
}

} // namespace

std::optional<double> readNumber(const ObjectReader& in, std::string_view key) {
  return readScalar<double>(in, key, &Json::is_number, "a number");
}

std::optional<bool> readFlag(const ObjectReader& in, std::string_view key) {
  return readScalar<bool>(in, key, &Json::is_boolean, "true or false");
}

const Json* requiredObject(const ObjectReader& in, std::string_view key, std::string_view missing) {
  const Json* value = in.get(key);
  if (!value) {
    in.issues().error(IssueCode::Missing, in.at(key), missing, {});
    return nullptr;
  }
  return expectObject(*value, in.at(key), in.issues()) ? value : nullptr;
}

std::optional<std::uint32_t> readWhole(const ObjectReader& in, std::string_view key) {
  const Json* value = in.get(key);
  if (!value) return std::nullopt;
  if (!value->is_number()) {
    wrongType(in.issues(), in.at(key), "a whole number", *value);
    return std::nullopt;
  }
  const double number = value->get<double>();
  if (number != std::floor(number) || number < 0) {
    wrongType(in.issues(), in.at(key), "a whole number", *value);
    return std::nullopt;
  }
  if (number > 4294967295.0) {
    wrongType(in.issues(), in.at(key), "a whole number below 4294967296", *value);
    return std::nullopt;
  }
  return static_cast<std::uint32_t>(number);
}

std::vector<std::string> readTextList(const ObjectReader& in, std::string_view key, std::size_t maxItems) {
  std::vector<std::string> texts;
  readList(in, key, maxItems, [&](const Json& item, const std::string& path) {
    if (item.is_string()) texts.push_back(item.get<std::string>());
    else wrongType(in.issues(), path, "text", item);
  });
  return texts;
}

constexpr std::string_view kLocalTextKeys[] = {"en", "vi", "ru"};

std::optional<LocalText> readLocalText(const ObjectReader& parent, std::string_view key) {
  const Json* value = parent.get(key);
  if (!value || !expectObject(*value, parent.at(key), parent.issues())) return std::nullopt;
  const ObjectReader in(*value, parent.at(key), parent.issues(), kLocalTextKeys);
  LocalText text{readText(in, "en"), readText(in, "vi"), readText(in, "ru")};
  in.finish();
  return text;
}

Parameters readParameters(const ObjectReader& parent, std::string_view key, std::size_t maxItems) {
  Parameters settings;
  const Json* value = parent.get(key);
  if (!value || !expectObject(*value, parent.at(key), parent.issues())) return settings;
  if (value->size() > maxItems) {
    tooMany(parent.issues(), parent.at(key), value->size(), maxItems);
    return settings;
  }
  for (const auto& [name, item] : value->items()) {
    const std::string path = childPath(parent.at(key), name);
    if (item.is_number()) {
      settings.emplace(name, item.get<double>());
    } else if (item.is_string()) {
      settings.emplace(name, item.get<std::string>());
    } else if (item.is_array() && item.size() > profile_rules::kMaxListValues) {
      tooMany(parent.issues(), path, item.size(), profile_rules::kMaxListValues);
    } else if (item.is_array() && std::all_of(item.begin(), item.end(), [](const Json& v) { return v.is_string(); })) {
      settings.emplace(name, item.get<std::vector<std::string>>());
    } else {
      wrongType(parent.issues(), path, "a number, text, or a list of texts", item);
    }
  }
  return settings;
}

const Json* ObjectReader::get(std::string_view key) const {
  const auto it = object_.find(std::string(key));
  return it == object_.end() || it->is_null() ? nullptr : &*it;
}

void ObjectReader::finish(std::span<const std::string_view> except, std::string_view why) const {
  for (const auto& item : object_.items()) {
    const std::string& key = item.key();
    const bool excluded = std::find(except.begin(), except.end(), key) != except.end();
    if (!excluded && std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    if (issues_.full()) {  // only counted from here on: spare the "did you mean" search
      issues_.error(IssueCode::UnknownKey, {}, {});
      continue;
    }
    if (excluded) issues_.error(IssueCode::UnknownKey, at(key), why, {});
    else if (const std::string_view match = closestMatch(key, known_); !match.empty())
      issues_.error(IssueCode::UnknownKey, at(key), "did_you_mean", {quotedText(match)});
    else
      issues_.error(IssueCode::UnknownKey, at(key), "list", {joinList(known_)});
  }
}
void tooMany(IssueList& issues, std::string path, std::size_t count, std::size_t maxItems) {
  issues.error(IssueCode::TooMany, std::move(path), "count", {std::to_string(count), std::to_string(maxItems)});
}

} // namespace carescore::json_fields
