#include "core/mapping/survey_links.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace carescore {

namespace {

constexpr std::size_t kNoRow = ~std::size_t{0};

struct ContactIndex {
  std::unordered_map<std::string_view, std::size_t> byId;  // the first contact with each id
  // Each customer's contacts by creation time (contacts without a time sort first, at INT64_MIN).
  std::unordered_map<std::string_view, std::vector<std::pair<std::int64_t, std::size_t>>> byCustomer;
};

ContactIndex indexContacts(const Table& contacts) {
  ContactIndex index;
  const Column* id = contacts.find("id");
  const Column* customer = contacts.find("customer_id");
  const Column* created = contacts.find("created_at");
  for (std::size_t row = 0; row < contacts.rowCount(); ++row) {
    if (id && id->hasValue(row)) index.byId.emplace(id->text(row), row);
    if (customer && customer->hasValue(row)) {
      const std::int64_t at = created && created->hasValue(row) ? created->epochMs[row] : INT64_MIN;
      index.byCustomer[customer->text(row)].emplace_back(at, row);
    }
  }
  for (auto& [key, list] : index.byCustomer) std::sort(list.begin(), list.end());
  return index;
}

// The customer's latest contact created at or before `at` (any, when the response has no time).
std::size_t nearestPreceding(const std::vector<std::pair<std::int64_t, std::size_t>>& contacts, std::optional<std::int64_t> at) {
  if (!at) return contacts.back().second;
  const auto after = std::upper_bound(contacts.begin(), contacts.end(), std::make_pair(*at, kNoRow));
  return after == contacts.begin() ? kNoRow : std::prev(after)->second;
}

// An empty column in place of the table's column of that name (a re-link replaces the old one).
Column& freshColumn(Table& table, std::string_view name, ValueType type) {
  auto old = std::find_if(table.columns.begin(), table.columns.end(), [&](const Column& c) { return c.name == name; });
  if (old != table.columns.end()) table.columns.erase(old);
  return table.add(std::string(name), type);
}

// Fills the survey's missing cells of `field` from the linked contacts' `field`.
std::uint64_t fillFromContacts(Table& surveys, const Table& contacts, std::string_view field, const std::vector<std::size_t>& linked) {
  const Column* from = contacts.find(field);
  if (!from) return 0;
  if (!surveys.find(field)) {
    const std::size_t rows = surveys.rowCount();  // before adding: the table counts rows by its first column
    Column& added = surveys.add(std::string(field), from->type);
    for (std::size_t row = 0; row < rows; ++row) added.appendMissing();
  }
  Column& into = *surveys.find(field);
  if (!into.isText() || !from->isText()) return 0;
  std::uint64_t filled = 0;
  for (std::size_t row = 0; row < linked.size(); ++row) {
    if (linked[row] == kNoRow || into.hasValue(row) || !from->hasValue(linked[row])) continue;
    into.codes[row] = into.dictionary.intern(from->text(linked[row]));
    into.valid.set(row);
    ++filled;
  }
  return filled;
}

} // namespace

SurveyLinks linkSurveys(Dataset& dataset) {
  SurveyLinks links;
  Table& surveys = dataset.of(RecordKind::Survey);
  const Table& contacts = dataset.of(RecordKind::Contact);
  const std::size_t rows = surveys.rowCount();
  if (surveys.columns.empty()) return links;
  const ContactIndex index = indexContacts(contacts);
  const Column* contactId = surveys.find("contact_id");
  const Column* customer = surveys.find("customer_id");
  const Column* submitted = surveys.find("submitted_at");
  const Column* contactIds = contacts.find("id");

  std::vector<std::size_t> linked(rows, kNoRow);
  std::vector<std::string_view> method(rows, "none");
  for (std::size_t row = 0; row < rows; ++row) {
    if (contactId && contactId->hasValue(row))
      if (auto it = index.byId.find(contactId->text(row)); it != index.byId.end()) {
        linked[row] = it->second;
        method[row] = "contact_id";
        ++links.byContactId;
        continue;
      }
    if (customer && customer->hasValue(row))
      if (auto it = index.byCustomer.find(customer->text(row)); it != index.byCustomer.end()) {
        const std::optional<std::int64_t> at =
            submitted && submitted->hasValue(row) ? std::optional<std::int64_t>(submitted->epochMs[row]) : std::nullopt;
        linked[row] = nearestPreceding(it->second, at);
        if (linked[row] != kNoRow) {
          method[row] = "customer";
          ++links.byCustomer;
          continue;
        }
      }
    ++links.unlinked;
  }

  // The link columns, rebuilt (a re-link after a file changed replaces them).
  {
    Column& id = freshColumn(surveys, "linked_contact_id", ValueType::Text);
    for (std::size_t row = 0; row < rows; ++row) {
      if (linked[row] != kNoRow && contactIds && contactIds->hasValue(linked[row])) id.appendText(contactIds->text(linked[row]));
      else id.appendMissing();
    }
  }
  {
    Column& how = freshColumn(surveys, "link_method", ValueType::Category);
    for (std::size_t row = 0; row < rows; ++row) how.appendText(method[row]);
  }
  links.agentsFilled = fillFromContacts(surveys, contacts, "agent", linked);
  links.channelsFilled = fillFromContacts(surveys, contacts, "channel", linked);
  return links;
}

} // namespace carescore
