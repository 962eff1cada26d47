#include "core/mapping/survey_links.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/table/column_gather.h"
#include "core/table/rows_by_text.h"

namespace carescore {

namespace {

constexpr std::size_t kNoRow = kNoSourceRow;
constexpr std::uint32_t kUnset = ~std::uint32_t{0};

// How a response found its contact: the words of the link_method column.
enum class LinkMethod : std::uint8_t { None, ContactId, Customer };
constexpr std::string_view kMethodWords[] = {"none", "contact_id", "customer"};

const Column* textColumn(const Table& table, std::string_view name) {
  const Column* column = table.find(name);
  return column && column->isText() ? column : nullptr;
}

// Contacts by the codes of their customer_id column, built on first use: when every response
// links by its contact id (most survey exports carried by a ticket file), a million contacts are
// not sorted by customer for nothing.
class CustomerIndex {
public:
  explicit CustomerIndex(const Table& contacts) : contacts_(contacts), customer_(textColumn(contacts, "customer_id")) {}
  // The customer's contacts by creation time (without a time first, at INT64_MIN).
  const std::vector<std::pair<std::int64_t, std::size_t>>& ofCustomer(std::uint32_t code) {
    if (byCustomer_.empty()) indexCustomers();
    return byCustomer_[code];
  }

private:
  void indexCustomers() {
    const Column* created = contacts_.find("created_at");
    byCustomer_.resize(customer_->dictionary.size());
    for (std::size_t row = 0; row < contacts_.rowCount(); ++row)
      if (customer_->hasValue(row)) {
        const std::int64_t at = created && created->hasValue(row) ? created->epochMs[row] : INT64_MIN;
        byCustomer_[customer_->codes[row]].emplace_back(at, row);
      }
    for (auto& list : byCustomer_) std::sort(list.begin(), list.end());
  }

  const Table& contacts_;
  const Column* customer_;  // only asked for a customer code when there is one
  std::vector<std::vector<std::pair<std::int64_t, std::size_t>>> byCustomer_;  // per customer code
};

// The code in the contacts' column of a response's value, each distinct value looked up once.
class CodeLookup {
public:
  CodeLookup(const Column* responses, const Column* contacts)
      : responses_(responses), contacts_(contacts), found_(responses && contacts ? responses->dictionary.size() : 0, kUnset) {}
  std::optional<std::uint32_t> at(std::size_t row) {
    if (!responses_ || !contacts_ || !responses_->hasValue(row)) return std::nullopt;
    std::uint32_t& code = found_[responses_->codes[row]];
    if (code == kUnset) code = contacts_->dictionary.find(responses_->text(row)).value_or(kAbsent);
    if (code == kAbsent) return std::nullopt;
    return code;
  }

private:
  static constexpr std::uint32_t kAbsent = kUnset - 1;
  const Column* responses_;
  const Column* contacts_;
  std::vector<std::uint32_t> found_;
};

// The customer's latest contact created at or before `at` (any, when the response has no time).
std::size_t nearestPreceding(const std::vector<std::pair<std::int64_t, std::size_t>>& contacts, std::optional<std::int64_t> at) {
  if (!at) return contacts.back().second;
  const auto after = std::upper_bound(contacts.begin(), contacts.end(), std::make_pair(*at, kNoRow));
  return after == contacts.begin() ? kNoRow : std::prev(after)->second;
}

// `column` in place of the table's column of its name (a re-link replaces the old one), last.
void putColumn(Table& table, Column column) {
  auto old = std::find_if(table.columns.begin(), table.columns.end(), [&](const Column& c) { return c.name == column.name; });
  if (old != table.columns.end()) table.columns.erase(old);
  table.columns.push_back(std::move(column));
}

// Fills the survey's missing cells of `field` from the linked contacts' `field`.
std::uint64_t fillFromContacts(Table& surveys, const Table& contacts, std::string_view field, const std::vector<std::uint32_t>& linked) {
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
  std::vector<std::uint32_t> translated(from->dictionary.size(), kUnset);  // each contact value interned once
  for (std::size_t row = 0; row < linked.size(); ++row) {
    if (linked[row] == kUnset || into.hasValue(row) || !from->hasValue(linked[row])) continue;
    std::uint32_t& code = translated[from->codes[linked[row]]];
    if (code == kUnset) code = into.dictionary.intern(from->text(linked[row]));
    into.codes.set(row, code);
    into.valid.set(row);
    ++filled;
  }
  return filled;
}

} // namespace

SurveyLinks linkSurveys(Dataset& dataset) {
  SurveyLinks links;
  Table& surveys = dataset.of(RecordKind::Survey);
  const Table& contacts = std::as_const(dataset).of(RecordKind::Contact);  // read: no copy of a shared table
  const std::size_t rows = surveys.rowCount();
  if (surveys.columns.empty()) return links;
  const Column* contactIds = textColumn(contacts, "id");
  const Column* ownIds = textColumn(surveys, "contact_id");
  // Looked up before the per-response vectors exist, which would otherwise sit beside its table.
  std::vector<std::uint32_t> rowOfOwnId = ownIds && contactIds ? rowsByText(ownIds->dictionary, *contactIds, WhichRow::First) : std::vector<std::uint32_t>{};
  std::vector<std::uint32_t> linked(rows, kUnset);  // per response: its contact's row (32-bit: a table of 2^32 rows cannot load)
  std::vector<LinkMethod> method(rows, LinkMethod::None);
  {  // the lookups freed before the link columns are built
    const std::vector<std::uint32_t> firstRows = std::move(rowOfOwnId);
    CustomerIndex index(contacts);
    CodeLookup customerOf(textColumn(surveys, "customer_id"), textColumn(contacts, "customer_id"));
    const Column* submitted = surveys.find("submitted_at");
    for (std::size_t row = 0; row < rows; ++row) {
      if (!firstRows.empty() && ownIds->hasValue(row) && firstRows[ownIds->codes[row]] != kNoMatchingRow) {
        linked[row] = firstRows[ownIds->codes[row]];
        method[row] = LinkMethod::ContactId;
        ++links.byContactId;
        continue;
      }
      if (const auto customer = customerOf.at(row); customer && !index.ofCustomer(*customer).empty()) {
        const std::optional<std::int64_t> at =
            submitted && submitted->hasValue(row) ? std::optional<std::int64_t>(submitted->epochMs[row]) : std::nullopt;
        if (const std::size_t contact = nearestPreceding(index.ofCustomer(*customer), at); contact != kNoRow) {
          linked[row] = static_cast<std::uint32_t>(contact);
          method[row] = LinkMethod::Customer;
          ++links.byCustomer;
          continue;
        }
      }
      ++links.unlinked;
    }
  }

  // The link columns, rebuilt (a re-link after a file changed replaces them).
  {
    Column id;
    id.name = "linked_contact_id";
    id.type = ValueType::Text;
    if (links.byCustomer == 0 && ownIds) {
      // Every link went by contact id: the linked id is the response's own (the same text), so its
      // column is gathered, usually as a copy of its dictionary instead of a string per response;
      // when every response linked, it is that column row for row, and when appending would number
      // its values as it does, it shares that column's codes too (3.2 MB for 800k responses).
      if (links.unlinked == 0 && codesInFirstSightOrder(cellsOf(*ownIds))) {
        id.valid = ownIds->valid;
        id.codes = ownIds->codes;
        id.dictionary = ownIds->dictionary;
      } else if (links.unlinked == 0) {
        appendAll(id, cellsOf(*ownIds));
      } else {
        std::vector<std::size_t> linkedRows(rows, kNoSourceRow);
        for (std::size_t row = 0; row < rows; ++row)
          if (linked[row] != kUnset) linkedRows[row] = row;
        appendGathered(id, cellsOf(*ownIds), linkedRows);
      }
    } else if (contactIds) {
      std::vector<std::size_t> contactRows(rows, kNoSourceRow);
      for (std::size_t row = 0; row < rows; ++row)
        if (linked[row] != kUnset) contactRows[row] = linked[row];
      appendGathered(id, cellsOf(*contactIds), contactRows);
    } else {
      appendMissing(id, rows);
    }
    putColumn(surveys, std::move(id));
  }
  {
    Column how;
    how.name = "link_method";
    how.type = ValueType::Category;
    std::uint32_t codeOf[std::size(kMethodWords)] = {kUnset, kUnset, kUnset};  // interned in order of first sight
    how.valid.resize(rows, true);
    how.codes.reserve(rows);
    for (const LinkMethod m : method) {
      std::uint32_t& code = codeOf[static_cast<std::size_t>(m)];
      if (code == kUnset) code = how.dictionary.intern(kMethodWords[static_cast<std::size_t>(m)]);
      how.codes.push_back(code);
    }
    putColumn(surveys, std::move(how));
  }
  links.agentsFilled = fillFromContacts(surveys, contacts, "agent", linked);
  links.channelsFilled = fillFromContacts(surveys, contacts, "channel", linked);
  return links;
}

} // namespace carescore
