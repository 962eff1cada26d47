#include "core/mapping/field_values.h"

#include <cmath>
#include <optional>

#include "core/mapping/column_profile.h"
#include "core/mapping/header_text.h"
#include "core/mapping/synonyms.h"
#include "core/mapping/value_tables.h"
#include "core/table/column_gather.h"
#include "core/time/civil.h"

namespace carescore {

namespace {

// The value map first, then the table it came from; nothing when neither knows the value.
class ValueLookup {
public:
  explicit ValueLookup(const ColumnMapping& mapping) : table_(findValueTable(mapping.valueTable)) {
    for (const ValueMapping& v : mapping.values) folded_.push_back({foldHeader(v.value), v.to});
  }
  bool active() const { return table_ || !folded_.empty(); }
  std::optional<std::string> find(std::string_view value) const {
    const std::string key = foldHeader(value);
    for (const auto& [from, to] : folded_)
      if (from == key) return to;
    if (table_)
      if (auto to = lookUpValue(*table_, value)) return std::string(*to);
    return std::nullopt;
  }

private:
  const ValueTable* table_;
  std::vector<std::pair<std::string, std::string>> folded_;
};


std::int64_t swapDayAndMonth(std::int64_t wallMs) {
  const std::int64_t day = dayOf(wallMs);
  CivilDate date = civilFromDays(day);
  std::swap(date.month, date.day);
  if (!isValidDate(date)) return wallMs;  // cannot happen for an ambiguous column; keep as read
  return std::int64_t{daysFromCivil(date)} * kMsPerDay + msOfDay(wallMs);
}

void convertTimestamps(const ConversionInputs& in, FieldValues& out, IssueCounter& issues) {
  const Column& c = *in.column;
  const ColumnMapping& m = *in.mapping;
  if (c.type != ValueType::Timestamp) {
    out.allocate(c.size());
    issues.add(ApplyCode::WrongType, Severity::Error, m.column, m.field, {}, 0,
               "'" + m.column + "' holds " + std::string(nameOf(c.type)) + " values, not dates and times");
    return;
  }
  const bool wallClock = c.format.timeBase == TimeBase::WallClock;
  bool swap = false;
  const bool overridden = in.dateOrder == DateOrder::DayMonthYear || in.dateOrder == DateOrder::MonthDayYear;
  if (overridden && c.format.dateOrder != in.dateOrder &&
      (c.format.dateOrder == DateOrder::DayMonthYear || c.format.dateOrder == DateOrder::MonthDayYear)) {
    if (!c.format.dateOrderAmbiguous)
      issues.add(ApplyCode::DateOrderKept, Severity::Warning, m.column, m.field, {}, 0,
                 "the values of '" + m.column + "' prove their date order (a day above 12): the override is not applied");
    else if (!wallClock)
      issues.add(ApplyCode::DateOrderKept, Severity::Warning, m.column, m.field, {}, 0,
                 "'" + m.column + "' carries UTC offsets, so its date order can only change by reading the file again "
                 "with that order");
    else
      swap = true;
  }
  const Column* clock = in.timeOfDay;
  if (!swap && !clock && !(wallClock && in.zone)) {  // UTC instants as read: shared, not copied
    out.valid = c.valid;
    out.epochMs = c.epochMs;
    return;
  }
  out.allocate(c.size());
  std::int64_t* epochMs = out.epochMs.mutableData();  // out's alone after allocate: no shared check per row
  for (std::size_t row = 0; row < c.size(); ++row) {
    if (!c.hasValue(row)) continue;
    std::int64_t ms = c.epochMs[row];
    if (swap) ms = swapDayAndMonth(ms);
    if (clock) {
      if (!clock->hasValue(row)) {
        issues.add(ApplyCode::MissingTimeOfDay, Severity::Warning, m.column, m.field, cellText(c, row), row + 1,
                   "dates of '" + m.column + "' without a time in '" + m.timeColumn + "' are left missing");
        continue;
      }
      ms += static_cast<std::int64_t>(std::llround(clock->numbers[row] * 1000.0));
    }
    if (wallClock && in.zone) {
      const UtcFromLocal utc = in.zone->fromLocal(ms);
      if (utc.kind == LocalTimeKind::Skipped)
        issues.add(ApplyCode::NonexistentLocalTime, Severity::Warning, m.column, m.field, cellText(c, row), row + 1,
                   "local times that do not exist in " + in.zone->name() + " (clocks sprang forward): moved forward by the gap");
      else if (utc.kind == LocalTimeKind::Repeated)
        issues.add(ApplyCode::AmbiguousLocalTime, Severity::Warning, m.column, m.field, cellText(c, row), row + 1,
                   "local times that happen twice in " + in.zone->name() + " (clocks fell back): the earlier one is used");
      ms = utc.utcMs;
    }
    out.valid.set(row);
    epochMs[row] = ms;
  }
}

// Whether every value of a numeric column converts to itself: no value is left out, and none is
// -0 (which value * 1 + 0 would turn into +0).
template <class Accepted>
bool keepsEveryValue(const Column& c, Accepted accepted) {
  for (std::size_t row = 0; row < c.size(); ++row)
    if (c.hasValue(row) && (!accepted(c.numbers[row]) || std::signbit(c.numbers[row]))) return false;
  return true;
}

void convertNumbers(const ConversionInputs& in, FieldValues& out, IssueCounter& issues, const ValueLookup& lookup) {
  const Column& c = *in.column;
  const ColumnMapping& m = *in.mapping;
  const FieldType type = in.field.definition->type;
  double scale = 1.0;
  if (type == FieldType::Seconds) {
    if (c.type == ValueType::Duration) {
      if (m.unitSeconds > 0 && m.unitSeconds != c.format.durationUnitSeconds && takesUnit(c))
        scale = m.unitSeconds / c.format.durationUnitSeconds;
    } else if (m.unitSeconds > 0) {
      scale = m.unitSeconds;
    }
  }
  const std::optional<ScoreRange> range = type == FieldType::Score ? scoreRangeOf(m.field) : std::nullopt;
  // The bounds as plain numbers: GCC 12 warns (wrongly) that the optional may be read uninitialized.
  const double low = range ? range->min : -HUGE_VAL, high = range ? range->max : HUGE_VAL;
  const auto accepted = [&](double value) {
    if (type == FieldType::Seconds && value < 0) return false;
    if (type == FieldType::Count && (value < 0 || value != std::floor(value))) return false;
    return value >= low && value <= high;
  };
  if (c.isNumeric() && !(lookup.active() && type == FieldType::Flag) && scale == 1.0 && m.offset == 0 &&
      keepsEveryValue(c, accepted)) {  // numbers as read: shared, not copied
    out.valid = c.valid;
    out.numbers = c.numbers;
    return;
  }
  out.allocate(c.size());
  double* numbers = out.numbers.mutableData();  // out's alone after allocate: no shared check per row
  for (std::size_t row = 0; row < c.size(); ++row) {
    if (!c.hasValue(row)) continue;
    double value = 0;
    if (c.isNumeric()) {
      value = c.numbers[row];
      if (lookup.active() && type == FieldType::Flag) {
        const auto to = lookup.find(cellText(c, row));
        if (!to || to->empty()) continue;
        value = *to == "true" ? 1 : 0;
      }
    } else if (c.isText()) {
      const std::string_view text = c.text(row);
      std::optional<std::string> to = lookup.find(text);
      if (!to && type == FieldType::Flag) {
        if (const ValueTable* words = findValueTable("flag_words"))
          if (auto word = lookUpValue(*words, text)) to = std::string(*word);
      }
      if (!to) {
        issues.add(ApplyCode::UnmappedValue, Severity::Warning, m.column, m.field, std::string(text), row + 1,
                   "values of '" + m.column + "' that no value map of " + m.field + " knows are left missing");
        continue;
      }
      if (to->empty()) continue;  // mapped to "not a value" (Zendesk "Offered")
      if (type == FieldType::Flag) value = *to == "true" ? 1 : 0;
      else {
        char* end = nullptr;
        value = std::strtod(to->c_str(), &end);
        if (end == to->c_str()) continue;
      }
    } else {
      issues.add(ApplyCode::WrongType, Severity::Error, m.column, m.field, {}, 0,
                 "'" + m.column + "' holds " + std::string(nameOf(c.type)) + " values, which cannot feed " + m.field);
      return;
    }
    value = value * scale + m.offset;
    if (type == FieldType::Seconds && value < 0) {
      issues.add(ApplyCode::NegativeDuration, Severity::Warning, m.column, m.field, cellText(c, row), row + 1,
                 "negative durations in '" + m.column + "' are left out of " + m.field);
      continue;
    }
    if (type == FieldType::Count && (value < 0 || value != std::floor(value))) {
      issues.add(ApplyCode::OutOfRange, Severity::Warning, m.column, m.field, cellText(c, row), row + 1,
                 "counts below zero or with a fraction in '" + m.column + "' are left missing");
      continue;
    }
    if (range && !(value >= low && value <= high)) {
      issues.add(ApplyCode::OutOfRange, Severity::Warning, m.column, m.field, cellText(c, row), row + 1,
                 "answers of '" + m.column + "' outside " + m.field + "'s scale are left missing");
      continue;
    }
    out.valid.set(row);
    numbers[row] = value;
  }
}

// Outcome and direction take only their own words; other text fields keep unknown values as written.
bool closedVocabulary(std::string_view key) { return key == "outcome" || key == "direction"; }

void convertTexts(const ConversionInputs& in, FieldValues& out, IssueCounter& issues, const ValueLookup& lookup) {
  const Column& c = *in.column;
  const ColumnMapping& m = *in.mapping;
  const std::string_view key = in.field.definition->key;
  const bool closed = closedVocabulary(key);
  if (c.isText() && !lookup.active() && codesInFirstSightOrder(cellsOf(c))) {  // text as read: shared, not copied
    out.valid = c.valid;
    out.codes = c.codes;
    out.dictionary = c.dictionary;
    return;
  }
  if (c.isText() && !lookup.active()) {  // text kept as written: the cells as they are, in bulk
    Column kept;
    kept.type = c.type;
    appendAll(kept, cellsOf(c));
    out.valid = std::move(kept.valid);
    out.codes = std::move(kept.codes);
    out.dictionary = std::move(kept.dictionary);
    return;
  }
  out.allocate(c.size());
  std::uint32_t* codes = out.codes.mutableData();  // out's alone after allocate: no shared check per row
  // Ids written as numbers, in order (most exports): as many texts as distinct numbers, known up
  // front, so their dictionary is sized once instead of regrown twenty times for a million.
  if (c.isNumeric() && !lookup.active())
    if (const std::size_t distinct = distinctIfAscending(c); distinct > 1024) out.dictionary.reserve(distinct, distinct * 8);
  // Each distinct value translated once.
  constexpr std::uint32_t kUnset = ~std::uint32_t{0}, kDrop = kUnset - 1;
  std::vector<std::uint32_t> byCode(c.isText() ? c.dictionary.size() : 0, kUnset);
  auto translate = [&](std::string_view text, std::size_t row) -> std::uint32_t {
    if (!lookup.active()) return out.dictionary.intern(text);
    if (auto to = lookup.find(text)) return to->empty() ? kDrop : out.dictionary.intern(*to);
    issues.add(ApplyCode::UnmappedValue, Severity::Warning, m.column, m.field, std::string(text), row + 1,
               closed ? "values of '" + m.column + "' that are not a known " + std::string(key) + " are left missing"
                      : "values of '" + m.column + "' without a mapped " + std::string(key) + " word are kept as written");
    return closed ? kDrop : out.dictionary.intern(text);
  };
  for (std::size_t row = 0; row < c.size(); ++row) {
    if (!c.hasValue(row)) continue;
    std::uint32_t code;
    if (c.isText()) {
      std::uint32_t& cached = byCode[c.codes[row]];
      if (cached == kUnset) cached = translate(c.text(row), row);
      code = cached;
    } else {
      code = translate(cellText(c, row), row);
    }
    if (code == kDrop) continue;
    out.valid.set(row);
    codes[row] = code;
  }
}

} // namespace

FieldValues::FieldValues(FieldType fieldType, std::size_t rows) : type(fieldType) { allocate(rows); }

void FieldValues::allocate(std::size_t rows) {
  valid = Bitmap(rows);
  switch (type) {
    case FieldType::Timestamp: epochMs.assign(rows, 0); break;
    case FieldType::Id:
    case FieldType::Category:
    case FieldType::Text: codes.assign(rows, 0); break;
    default: numbers.assign(rows, 0.0); break;
  }
}

void IssueCounter::add(ApplyCode code, Severity severity, const std::string& column, const std::string& field,
                       std::string example, std::uint64_t row, std::string message) {
  for (ApplyIssue& issue : issues_)
    if (issue.code == code && issue.column == column && issue.field == field) {
      ++issue.count;
      return;
    }
  issues_.push_back({code, severity, column, field, 1, std::move(example), row, std::move(message)});
}

FieldValues convertColumn(const ConversionInputs& in, IssueCounter& issues) {
  const FieldType type = in.field.definition->type;
  FieldValues out(type);  // each conversion sizes it, unless it shares the source's values
  if (in.column->type == ValueType::Empty) {  // no cell has a value: nothing to convert, nothing wrong
    out.allocate(in.column->size());
    return out;
  }
  const ValueLookup lookup(*in.mapping);
  switch (type) {
    case FieldType::Timestamp: convertTimestamps(in, out, issues); break;
    case FieldType::Seconds:
    case FieldType::Count:
    case FieldType::Score:
    case FieldType::Flag: convertNumbers(in, out, issues, lookup); break;
    case FieldType::Id:
    case FieldType::Category:
    case FieldType::Text: convertTexts(in, out, issues, lookup); break;
  }
  // Converted text is only read from here on (a merge or a constant builds the index again): the
  // hash table of a million ids goes before the next column builds its own.
  out.dictionary.releaseIndex();
  return out;
}

bool takesUnit(const Column& column) {
  if (column.type == ValueType::Integer || column.type == ValueType::Decimal) return true;
  if (column.type != ValueType::Duration || column.format.timeOfDay) return false;
  const std::string& d = column.format.description;  // the reader names clock and worded layouts
  return d.find("HH:MM") == std::string::npos && d.find("MM:SS") == std::string::npos &&
         d.find("H:MM") == std::string::npos && d.find("with units") == std::string::npos;
}

} // namespace carescore
