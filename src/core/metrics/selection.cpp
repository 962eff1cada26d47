// Filters compiled to lookups: each field filter becomes "is this dictionary code kept" (codes of
// the field, of its normalized topics, or of customer_id joined to the customer list) or "is this
// flag kept", decided once per distinct value; the row loop then reads codes and bits only.
#include "core/metrics/selection.h"

#include <algorithm>

#include "core/metrics/field_access.h"
#include "core/metrics/segmenter.h"
#include "core/metrics/selection_pool.h"
#include "core/metrics/time_order.h"
#include "core/text/case_mapping.h"
#include "core/text/topic_normalization.h"

namespace carescore {

namespace {

std::string folded(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  const auto last = text.find_last_not_of(" \t");
  if (first == std::string_view::npos) return {};
  text = text.substr(first, last - first + 1);
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    const DecodedCodePoint decoded = decodeUtf8(text, at);
    appendUtf8(out, toLowerCodePoint(decoded.codePoint));
    at += decoded.length;
  }
  return out;
}

// Per dictionary code of `column`: kept when its text matches one of `values`, ignoring case.
std::vector<std::uint8_t> matchingCodes(const Column& column, const std::vector<std::string>& values) {
  std::vector<std::string> wanted;
  for (const std::string& value : values) wanted.push_back(folded(value));
  std::vector<std::uint8_t> keep(column.dictionary.size(), 0);
  for (std::uint32_t code = 0; code < keep.size(); ++code)
    keep[code] = std::find(wanted.begin(), wanted.end(), folded(column.dictionary.at(code))) != wanted.end();
  return keep;
}

struct CodeTest {
  const Column* column;
  std::vector<std::uint8_t> keep;  // per code
};

struct FlagTest {
  const Column* column;
  bool keepTrue = false;
  bool keepFalse = false;
};

struct CompiledFilter {
  std::vector<CodeTest> codes;
  std::vector<FlagTest> flags;
  std::vector<std::string> problems;

  // No branch on the values (KeptRows, time_order.h): the validity checks come first and seldom
  // fail, and only a valid cell's code indexes `keep`.
  bool keeps(std::size_t row) const {
    for (const CodeTest& test : codes)
      if (!test.column->valid.test(row)) return false;
    for (const FlagTest& test : flags)
      if (!test.column->valid.test(row)) return false;
    bool kept = true;
    for (const CodeTest& test : codes) kept &= test.keep[test.column->codes[row]] != 0;
    for (const FlagTest& test : flags) kept &= test.column->numbers[row] != 0 ? test.keepTrue : test.keepFalse;
    return kept;
  }
  // Calls `visit` with a test of one row: for the usual scope, one code column (a channel), a test
  // without the loops over tests, which the row loop would otherwise run for every row (half the
  // time of a scan of a million rows).
  template <class Visit>
  decltype(auto) withTest(Visit&& visit) const {
    if (codes.size() == 1 && flags.empty()) {
      const Bitmap& valid = codes.front().column->valid;
      const std::uint32_t* code = codes.front().column->codes.data();
      const std::uint8_t* keep = codes.front().keep.data();
      return visit([&valid, code, keep](std::uint32_t row) {
        if (!valid.test(row)) return false;  // seldom: a branch that predicts; the code's answer is data, not branched on
        return keep[code[row]] != 0;
      });
    }
    return visit([this](std::uint32_t row) { return keeps(row); });
  }
};

void compileCustomerFilter(MetricContext& context, RecordKind kind, const FieldFilter& filter, std::string_view name,
                           CompiledFilter& compiled) {
  const FieldDefinition* definition = findField(RecordKind::Customer, name);
  if (kind == RecordKind::Customer || !findField(kind, "customer_id") || !definition || definition->type == FieldType::Timestamp ||
      definition->type == FieldType::Seconds || definition->type == FieldType::Count || definition->type == FieldType::Flag) {
    compiled.problems.push_back(std::string(nameOf(kind)) + " records cannot be filtered by " + filter.field);
    return;
  }
  const Column* id = usableField(context.data(), kind, "customer_id");
  const Column* value = usableField(context.data(), RecordKind::Customer, name);
  if (!id || !value) {
    compiled.problems.push_back("needs field " + std::string(id ? "" : "customer_id and ") + filter.field + " to filter " +
                                std::string(nameOf(kind)) + " records by " + filter.field);
    return;
  }
  const std::vector<std::uint8_t> keepValue = matchingCodes(*value, filter.values);
  const std::vector<std::int64_t>& joined = context.customerField(kind, name);
  CodeTest test{id, std::vector<std::uint8_t>(joined.size(), 0)};
  for (std::size_t code = 0; code < joined.size(); ++code)
    test.keep[code] = joined[code] >= 0 && keepValue[static_cast<std::size_t>(joined[code])];
  compiled.codes.push_back(std::move(test));
}

void compileFieldFilter(MetricContext& context, RecordKind kind, const FieldFilter& filter, CompiledFilter& compiled) {
  if (filter.values.empty()) {
    compiled.problems.push_back("the filter on " + filter.field + " lists no values to keep");
    return;
  }
  if (const auto dot = filter.field.find('.'); dot != std::string::npos) {
    if (filter.field.substr(0, dot) == "customer")
      compileCustomerFilter(context, kind, filter, std::string_view(filter.field).substr(dot + 1), compiled);
    else compiled.problems.push_back(std::string(nameOf(kind)) + " records cannot be filtered by " + filter.field);
    return;
  }
  const FieldDefinition* definition = findField(kind, filter.field);
  if (!definition) {
    compiled.problems.push_back(std::string(nameOf(kind)) + " records have no field " + filter.field);
    return;
  }
  if (definition->type == FieldType::Timestamp || definition->type == FieldType::Seconds ||
      definition->type == FieldType::Count || definition->type == FieldType::Score) {
    compiled.problems.push_back(filter.field + " holds numbers or times; filters match categories, texts and flags");
    return;
  }
  const Column* column = usableField(context.data(), kind, filter.field);
  if (!column) {
    compiled.problems.push_back("needs field " + filter.field + " to filter " + std::string(nameOf(kind)) + " records by it");
    return;
  }
  if (definition->type == FieldType::Flag) {
    FlagTest test{column};
    for (const std::string& value : filter.values) {
      const std::string word = folded(value);
      if (word == "true") test.keepTrue = true;
      else if (word == "false") test.keepFalse = true;
      else compiled.problems.push_back(filter.field + " is a flag: filter it by \"true\" or \"false\", not \"" + value + "\"");
    }
    compiled.flags.push_back(test);
    return;
  }
  if (filter.field == "topic") {
    const TopicIndex& index = context.topics(kind);
    std::vector<std::uint8_t> keepTopic(index.normalized.size(), 0);
    for (const std::string& value : filter.values) {
      const std::string normalized = normalizeTopic(value);
      const auto it = std::find(index.normalized.begin(), index.normalized.end(), normalized);
      if (it != index.normalized.end()) keepTopic[static_cast<std::size_t>(it - index.normalized.begin())] = 1;
    }
    CodeTest test{column, std::vector<std::uint8_t>(index.normalizedOfCode.size(), 0)};
    for (std::size_t code = 0; code < test.keep.size(); ++code)
      test.keep[code] = index.normalizedOfCode[code] != TopicIndex::kNone && keepTopic[index.normalizedOfCode[code]];
    compiled.codes.push_back(std::move(test));
    return;
  }
  compiled.codes.push_back({column, matchingCodes(*column, filter.values)});
}

} // namespace

Filter filterFor(const Scope& scope, std::optional<UtcRange> period) {
  Filter filter;
  filter.period = period;
  if (!scope.channels.empty()) filter.where("channel", scope.channels);
  for (const ScopeFilter& field : scope.filters) filter.where(field.field, field.values);
  return filter;
}

std::string_view referenceTimeField(RecordKind kind) {
  switch (kind) {
    case RecordKind::Contact: return "created_at";
    case RecordKind::Survey: return "submitted_at";
    case RecordKind::Order: return "ordered_at";
    case RecordKind::Customer: return {};
    case RecordKind::AgentTime: return "date";
  }
  return {};
}

namespace {

// Everything but the rows: the compiled value filters, the period's time field, the problems.
struct Prepared {
  Selection selection;
  CompiledFilter compiled;
  TimeField time;
};

Prepared prepare(MetricContext& context, RecordKind kind, const Filter& filter, std::string_view& periodField, bool applyPeriod) {
  Prepared out;
  Selection& selection = out.selection;
  selection.kind = kind;
  selection.period = filter.period;
  for (const FieldFilter& field : filter.fields) compileFieldFilter(context, kind, field, out.compiled);

  if (periodField.empty()) periodField = referenceTimeField(kind);
  if (applyPeriod && filter.period && !periodField.empty()) {
    selection.periodField = findField(kind, periodField) ? findField(kind, periodField)->key : std::string_view{};
    out.time = timeField(context.data(), kind, periodField);
    if (!out.time) out.compiled.problems.push_back("needs field " + std::string(periodField) + " to select a period");
  }
  selection.problems = std::move(out.compiled.problems);
  return out;
}

} // namespace

Selection selectByScan(MetricContext& context, RecordKind kind, const Filter& filter, std::string_view periodField,
                       bool applyPeriod) {
  Prepared prepared = prepare(context, kind, filter, periodField, applyPeriod);
  Selection& selection = prepared.selection;
  // Moved out: `selection` names a member of a local, which `return` would copy (a million rows).
  if (!selection.problems.empty()) return std::move(selection);

  const std::size_t rowCount = context.data().of(kind).rowCount();
  selection.rows.reserve(rowCount);
  const TimeField& time = prepared.time;
  const bool timed = static_cast<bool>(time);
  const UtcRange range = filter.period.value_or(UtcRange{});
  prepared.compiled.withTest([&](auto&& keeps) {
    KeptRows kept(selection.rows);
    for (std::size_t row = 0; row < rowCount; ++row) {
      if (timed) {
        if (!time.has(row)) {
          ++selection.withoutTime;
          continue;
        }
        if (!range.contains(time.at(row))) continue;
      }
      kept.offer(static_cast<std::uint32_t>(row), keeps(static_cast<std::uint32_t>(row)));
    }
    kept.finish();
  });
  return std::move(selection);
}

Selection select(MetricContext& context, RecordKind kind, const Filter& filter, std::string_view periodField, bool applyPeriod) {
  std::string_view field = periodField;
  Prepared prepared = prepare(context, kind, filter, field, applyPeriod);
  Selection& selection = prepared.selection;
  if (!selection.problems.empty() || !prepared.time) return selectByScan(context, kind, filter, periodField, applyPeriod);
  // A period: its rows from the time-sorted index, then the value filters on those rows alone.
  const TimeOrder& order = timeOrderOf(context, kind, field);
  selection.withoutTime = order.withoutTime;
  const CompiledFilter& compiled = prepared.compiled;
  if (compiled.codes.empty() && compiled.flags.empty()) selection.rows = rowsWithin(order, *filter.period, [](std::uint32_t) { return true; });
  else selection.rows = compiled.withTest([&](auto&& keeps) { return rowsWithin(order, *filter.period, keeps); });
  return std::move(selection);
}

Selection selectWithin(MetricContext& context, const Selection& base, const Filter& filter, std::string_view periodField,
                       bool applyPeriod) {
  std::string_view field = periodField;
  Prepared prepared = prepare(context, base.kind, filter, field, applyPeriod);
  Selection& selection = prepared.selection;
  if (!selection.problems.empty()) return std::move(selection);
  selection.withoutTime = base.withoutTime;  // the same time field's empty cells
  const CompiledFilter& compiled = prepared.compiled;
  if (compiled.codes.empty() && compiled.flags.empty()) selection.rows = base.rows;
  else {
    selection.rows.reserve(base.rows.size());
    compiled.withTest([&](auto&& keeps) { appendKept(selection.rows, base.rows.begin(), base.rows.end(), keeps); });
  }
  return std::move(selection);
}

SelectionSet::SelectionSet(SelectionPool& pool, Filter filter) : SelectionSet(pool.context(), std::move(filter)) { pool_ = &pool; }

const Selection& SelectionSet::of(RecordKind kind, std::string_view periodField) { return get(kind, periodField, true); }

const Selection& SelectionSet::allTime(RecordKind kind) { return get(kind, {}, false); }

const Selection& SelectionSet::get(RecordKind kind, std::string_view periodField, bool applyPeriod) {
  if (periodField.empty()) periodField = referenceTimeField(kind);
  if (const Selection* selection = made(kind, periodField, applyPeriod)) return *selection;
  const Selection* base = pool_ ? pool_->narrowestAround(kind, periodField, applyPeriod, filter_) : nullptr;
  entries_.push_back({kind, std::string(periodField), applyPeriod,
                      std::make_unique<Selection>(base ? selectWithin(*context_, *base, filter_, periodField, applyPeriod)
                                                       : select(*context_, kind, filter_, periodField, applyPeriod))});
  return *entries_.back().selection;
}

const Selection* SelectionSet::made(RecordKind kind, std::string_view periodField, bool applyPeriod) const {
  for (const Entry& entry : entries_)
    if (entry.kind == kind && entry.periodField == periodField && entry.applyPeriod == applyPeriod) return entry.selection.get();
  return nullptr;
}

const std::vector<std::uint64_t>& SelectionSet::recordsPerSegment(RecordKind kind, const std::vector<std::uint32_t>& groups,
                                                                 std::size_t count) {
  for (const auto& entry : counted_)
    if (entry->kind == kind && entry->groups == &groups && entry->records.size() == count) return entry->records;
  auto entry = std::make_unique<Counted>(Counted{kind, &groups, std::vector<std::uint64_t>(count, 0)});
  for (const std::uint32_t row : of(kind).rows)
    if (const std::uint32_t g = groups[row]; g != kNoSegment) ++entry->records[g];
  counted_.push_back(std::move(entry));
  return counted_.back()->records;
}

} // namespace carescore
