#include "core/mapping/generic_mapper.h"

#include <algorithm>

#include "core/mapping/header_text.h"
#include "core/mapping/synonyms.h"
#include "core/mapping/value_tables.h"

namespace carescore {

namespace {

constexpr double kMinimumScore = 0.35;
constexpr double kContainedMatch = 0.7;
constexpr double kWeakMatch = 0.5;

// How well the header (or another header row) names the phrase: 1 equal, 0.7 contained.
double nameScore(const ColumnProfile& column, std::string_view phrase) {
  const bool weak = !phrase.empty() && phrase.front() == '~';
  if (weak) phrase.remove_prefix(1);
  const std::string folded = foldHeader(phrase);
  if (folded.empty()) {  // "#", "№": symbols only
    return column.name == phrase ? (weak ? kWeakMatch : 1.0) : 0.0;
  }
  double best = 0;
  auto consider = [&](const std::string& name) {
    if (phraseEquals(name, folded)) best = std::max(best, weak ? kWeakMatch : 1.0);
    else if (!weak && containsPhrase(name, folded)) best = std::max(best, kContainedMatch);
  };
  consider(column.matchName);
  for (const std::string& alternate : column.alternateNames) consider(alternate);
  return best;
}

// Share of a column's distinct values a value table knows.
double tableCoverage(const ColumnProfile& column, std::string_view tableKey) {
  const ValueTable* table = findValueTable(tableKey);
  if (!table || column.distinct.empty()) return 0;
  std::size_t known = 0;
  for (const std::string& value : column.distinct)
    if (lookUpValue(*table, value)) ++known;
  return static_cast<double>(known) / static_cast<double>(column.distinct.size());
}

Fit scoreFit(const ColumnProfile& c, std::string_view key) {
  const std::optional<ScoreRange> range = scoreRangeOf(key);
  if (c.type == ValueType::Integer || c.type == ValueType::Decimal) {
    if (!range) return {};
    if (c.values == 0 || !c.wholeNumbers || c.min < range->min || c.max > range->max || c.max < range->mustReach) return {};
    return {1.0, {}, {}};
  }
  if (c.type == ValueType::Category || c.type == ValueType::Text) {
    for (std::string_view table : {"zendesk_satisfaction", "good_okay_bad"})
      if (key.find("csat") != std::string_view::npos && tableCoverage(c, table) >= 0.99) return {0.9, std::string(table), {}};
  }
  return {};
}

bool isTextType(ValueType type) { return type == ValueType::Category || type == ValueType::Text; }

} // namespace

ResolvedField resolveField(RecordKind mappingKind, std::string_view key) {
  RecordKind kind = mappingKind;
  if (const std::size_t dot = key.find('.'); dot != std::string_view::npos) {
    const auto other = recordKindFromName(key.substr(0, dot));
    if (!other) return {mappingKind, nullptr};
    kind = *other;
    key = key.substr(dot + 1);
  }
  return {kind, findField(kind, key)};
}

Fit fieldFit(const ResolvedField& field, std::string_view key, const ColumnProfile& c) {
  if (!field.definition) return {};
  const std::string_view bare = field.definition->key;
  switch (field.definition->type) {
    case FieldType::Timestamp:
      return c.type == ValueType::Timestamp ? Fit{1.0, {}, {}} : Fit{};
    case FieldType::Seconds:
      if (c.header.percent) return {};  // "(%)": a share, not a time
      if (c.type == ValueType::Duration) return c.timeOfDay ? Fit{} : Fit{1.0, {}, {}};
      if ((c.type == ValueType::Integer || c.type == ValueType::Decimal) && c.header.unitSeconds > 0) return {1.0, {}, {}};
      if (c.type == ValueType::Integer || c.type == ValueType::Decimal)
        return {0.8, {}, std::string(kNoUnitNote)};
      return {};
    case FieldType::Count:
      return (c.type == ValueType::Integer || (c.type == ValueType::Decimal && c.wholeNumbers)) && c.min >= 0
                 ? Fit{1.0, {}, {}} : Fit{};
    case FieldType::Score: return scoreFit(c, key);
    case FieldType::Flag:
      if (c.type == ValueType::Boolean) return {1.0, {}, {}};
      if (isTextType(c.type) && tableCoverage(c, "flag_words") >= 0.99) return {0.9, "flag_words", {}};
      if (bare == "sla_breached" && isTextType(c.type) && tableCoverage(c, "sla_status") >= 0.99) return {0.9, "sla_status", {}};
      return {};
    case FieldType::Category:
      if (bare == "outcome") {
        if (c.type == ValueType::Boolean) return {1.0, "answered_outcome", {}};
        const double coverage = isTextType(c.type) ? tableCoverage(c, "call_outcome") : 0;
        return coverage >= 0.6 ? Fit{coverage, "call_outcome", {}} : Fit{};
      }
      if (bare == "direction") {
        const double coverage = isTextType(c.type) ? tableCoverage(c, "direction") : 0;
        return coverage >= 0.6 ? Fit{coverage, "direction", {}} : Fit{};
      }
      if (bare == "channel") return isTextType(c.type) ? Fit{1.0, "channel", {}} : Fit{};
      if (c.type == ValueType::Category) return {1.0, {}, {}};
      if (c.type == ValueType::Text) return {0.7, {}, {}};
      if (c.type == ValueType::Integer) return {0.6, {}, {}};
      return {};
    case FieldType::Text: return isTextType(c.type) ? Fit{1.0, {}, {}} : Fit{};
    case FieldType::Id:
      if (isTextType(c.type) || c.type == ValueType::Integer) return {1.0, {}, {}};
      // Identifiers are whole numbers: "CaTicket" with -991.9 … 5467.85 is an amount, not a ticket.
      return c.type == ValueType::Decimal && c.wholeNumbers && c.min >= 0 ? Fit{0.5, {}, {}} : Fit{};
  }
  return {};
}

GenericAssignment assignGeneric(std::span<const ColumnProfile> columns, RecordKind kind, const std::vector<bool>& skip,
                                const std::vector<std::string>& taken) {
  std::vector<FieldChoice> offers;
  for (const FieldSynonyms& entry : fieldSynonyms()) {
    if (entry.kind != kind) continue;
    if (std::find(taken.begin(), taken.end(), entry.field) != taken.end()) continue;
    const ResolvedField field = resolveField(kind, entry.field);
    for (const ColumnProfile& column : columns) {
      if (column.index < skip.size() && skip[column.index]) continue;
      double best = 0;
      std::string_view phrase;
      for (std::string_view candidate : entry.phrases) {
        const double score = nameScore(column, candidate);
        if (score > best) best = score, phrase = candidate;
      }
      if (best == 0) continue;
      // A question that mentions a word ("… customer speaker session?") is an answer, not that
      // field: only answers (scores, comments) are found inside question text.
      const bool answerField = field.definition && (field.definition->type == FieldType::Score || field.definition->type == FieldType::Text);
      if (column.question && best < 1.0 && !answerField) continue;
      const Fit fit = fieldFit(field, entry.field, column);
      const double score = best * fit.score;
      if (score < kMinimumScore) continue;
      if (!phrase.empty() && phrase.front() == '~') phrase.remove_prefix(1);
      offers.push_back({column.index, std::string(entry.field), score, entry.weight, std::string(phrase), fit.valueTable, fit.note});
    }
  }
  // Best matches first; a column and a field are each given once.
  std::stable_sort(offers.begin(), offers.end(), [](const FieldChoice& a, const FieldChoice& b) { return a.score > b.score; });
  GenericAssignment result;
  result.kind = kind;
  std::vector<bool> columnUsed(columns.size(), false);
  std::vector<std::string> fieldsUsed;
  for (FieldChoice& offer : offers) {
    if (columnUsed[offer.column] || std::find(fieldsUsed.begin(), fieldsUsed.end(), offer.field) != fieldsUsed.end()) continue;
    columnUsed[offer.column] = true;
    fieldsUsed.push_back(offer.field);
    if (offer.field.find('.') == std::string::npos) result.strength += offer.score * offer.weight;
    result.choices.push_back(std::move(offer));
  }
  std::sort(result.choices.begin(), result.choices.end(), [](const FieldChoice& a, const FieldChoice& b) { return a.column < b.column; });
  for (const ColumnProfile& column : columns)
    if (!columnUsed[column.index] && !(column.index < skip.size() && skip[column.index])) ++result.unmatchedColumns;

  auto has = [&](std::string_view field) { return std::find(fieldsUsed.begin(), fieldsUsed.end(), field) != fieldsUsed.end(); };
  auto hasAny = [&](std::initializer_list<std::string_view> fields) {
    return std::any_of(fields.begin(), fields.end(), [&](std::string_view f) { return has(f); });
  };
  switch (kind) {
    case RecordKind::Contact:
      result.anchored = hasAny({"created_at", "id"}) &&
                        hasAny({"status", "agent", "channel", "wait_seconds", "outcome", "handle_seconds", "first_response_at",
                                "first_response_seconds", "resolved_at", "resolution_seconds", "priority", "abandoned",
                                "closed_at", "answered_at"});
      break;
    case RecordKind::Survey: result.anchored = hasAny({"nps", "csat", "ces"}); break;
    case RecordKind::Order: result.anchored = hasAny({"ordered_at", "delivered_at", "promised_at"}) && hasAny({"id", "customer_id"}); break;
    case RecordKind::Customer: result.anchored = has("customer_id") && hasAny({"segment", "first_seen", "last_seen", "churned"}); break;
    case RecordKind::AgentTime: result.anchored = has("agent") && has("available_seconds"); break;
  }
  return result;
}

std::size_t findTimeColumn(std::span<const ColumnProfile> columns, const std::vector<bool>& used) {
  static constexpr std::string_view kTimeWords[] = {"time", "start", "entry", "время", "gio", "thoi gian", "luc"};
  for (const ColumnProfile& column : columns) {
    if (!column.timeOfDay || (column.index < used.size() && used[column.index])) continue;
    for (std::string_view word : kTimeWords)
      if (containsPhrase(column.matchName, word)) return column.index;
  }
  return columns.size();
}

bool looksLikeCallLog(std::span<const ColumnProfile> columns) {
  for (const ColumnProfile& column : columns)
    for (std::string_view word : callWords())
      if (containsPhrase(column.matchName, foldHeader(word))) return true;
  return false;
}

} // namespace carescore
