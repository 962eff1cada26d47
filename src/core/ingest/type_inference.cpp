#include "core/ingest/type_inference.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

#include "core/ingest/boolean_parser.h"
#include "core/ingest/duration_parser.h"
#include "core/ingest/number_parser.h"
#include "core/ingest/text_scan.h"

// The rules, in the order they are tried (the first that fits nearly every sampled value wins):
//  1. Boolean: yes/no words (1/0 may mix in).
//  2. Numbers, decimal separator by majority evidence (ties and no evidence: the preferred one, else
//     '.'). A digit string with a leading zero or over 15 digits makes the column Text (ids). Then:
//     all 0/1 and a flag header → Boolean; a date/time header (and no elapsed/unit/id cue) →
//     YYMMDD/YYYYMMDD, Unix time by digit count, Excel day fractions (time of day header, values in
//     [0,1)) or Excel serials (values in [1, 2958465], half of them in 1950–2099); a header unit →
//     Duration; mostly '%' → Decimal percent; else Integer, or Decimal if a fraction or > 2^53.
//  3. Textual dates: day/month order from the values (a first field over 12 → day-first, a second
//     over 12 → month-first, the majority wins and the rest become misfits); none decides →
//     ambiguous, defaultDateOrder(). Utc when most values carry Z or an offset.
//  4. Clock and unit durations (bare numbers may mix in). Time of day instead when no value has
//     units or reaches 24 h, the header names no elapsed time or unit, and it names a point in the
//     day or the values carry AM/PM. Without any hint a clock column is a Duration: the header must
//     say "time", "start", "entry", … to make 07:02:47 a clock time.
//  5. Category if few distinct short values repeat (looksLikeCategory), else Text.
namespace carescore {

namespace {

constexpr std::size_t kMaxCategories = 1000;
constexpr std::size_t kMaxCategoryMeanBytes = 48;
constexpr double kMaxExactInteger = 9007199254740992.0;  // 2^53
constexpr double kPlausibleSerialFirst = 18264.0;        // 1950-01-01
constexpr double kPlausibleSerialEnd = 73051.0;          // 2100-01-01
constexpr double kSerialEnd = 2958466.0;                 // just past 9999-12-31

struct Sample {
  std::span<const std::string_view> values;  // trimmed, not missing
  std::size_t need = 0;                      // how many must read as a type for it to win
  const HeaderHints& hints;
  const InferenceOptions& options;
};

struct SeparatorDecision {
  char separator = '.';
  bool settled = false;    // some value proved it
  bool ambiguous = false;  // only 1,234-shaped values: a guess
};

SeparatorDecision decideSeparator(const Sample& s) {
  std::size_t dot = 0, comma = 0, ambiguous = 0;
  for (std::string_view v : s.values) {
    switch (separatorEvidence(v)) {
      case SeparatorEvidence::Dot: ++dot; break;
      case SeparatorEvidence::Comma: ++comma; break;
      case SeparatorEvidence::Ambiguous: ++ambiguous; break;
      case SeparatorEvidence::None: break;
    }
  }
  SeparatorDecision d;
  const char preferred = s.options.preferredDecimalSeparator == ',' ? ',' : '.';
  d.separator = dot > comma ? '.' : comma > dot ? ',' : preferred;
  d.settled = dot + comma > 0;
  d.ambiguous = !d.settled && ambiguous > 0;
  return d;
}

bool tryBoolean(const Sample& s, ColumnFormat& f) {
  std::size_t words = 0, digits = 0;
  for (std::string_view v : s.values) {
    if (readBooleanWord(v)) ++words;
    else if (readBooleanDigit(v)) ++digits;
  }
  if (words == 0 || words + digits < s.need) return false;
  f.type = ValueType::Boolean;
  f.syntax = CellSyntax::Boolean;
  f.booleanWords = true;
  f.format.description = "yes/no words";
  return true;
}

bool tryNumericTime(const Sample& s, char separator, ColumnFormat& f) {
  const HeaderHints& h = s.hints;
  if (!h.timestamp || h.elapsed || h.identifier || h.unitSeconds > 0) return false;
  std::size_t compact = 0, serials = 0, plausible = 0, fractions = 0, positiveFractions = 0, fits = 0;
  std::size_t units[4] = {};
  bool serialTime = false;
  for (std::string_view v : s.values) {
    if (compactDateToEpochMs(v)) ++compact;
    PlainDecimal plain;
    if (readPlainDecimal(v, plain))
      if (const auto unit = epochUnitOfDigits(plain.integerDigits)) ++units[static_cast<int>(*unit)];
    NumberReading r;
    if (!readNumber(v, separator, r)) continue;
    ++fits;
    if (r.value >= 0.0 && r.value < 1.0) {
      ++fractions;
      if (r.value > 0.0) ++positiveFractions;
    }
    if (r.value >= 1.0 && r.value < kSerialEnd) {
      ++serials;
      if (!r.integral) serialTime = true;
      if (r.value >= kPlausibleSerialFirst && r.value < kPlausibleSerialEnd) ++plausible;
    }
  }
  auto timestamp = [&f](CellSyntax syntax, std::string description) {
    f.type = ValueType::Timestamp;
    f.syntax = syntax;
    f.format.description = std::move(description);
    return true;
  };
  if (compact >= s.need) return timestamp(CellSyntax::CompactDate, s.values.front().size() == 6 ? "date yymmdd" : "date yyyymmdd");
  int best = 0;
  for (int u = 1; u < 4; ++u)
    if (units[u] > units[best]) best = u;
  if (units[best] >= s.need) {
    f.epochUnit = static_cast<EpochUnit>(best);
    f.format.timeBase = TimeBase::Utc;
    return timestamp(CellSyntax::UnixTime, std::string(nameOf(f.epochUnit)));
  }
  if (h.timeOfDay && fractions >= s.need && positiveFractions > 0) {
    f.type = ValueType::Duration;
    f.syntax = CellSyntax::TimeOfDay;
    f.format.timeOfDay = true;
    f.twoFieldsAreHours = true;
    f.format.description = "time of day, Excel day fraction";
    return true;
  }
  if (serials >= s.need && plausible * 2 >= fits) {
    std::string description = s.options.excel1904 ? "Excel serial date (1904 system)" : "Excel serial date";
    return timestamp(CellSyntax::ExcelSerial, serialTime ? description + " and time" : description);
  }
  return false;
}

bool tryNumbers(const Sample& s, ColumnFormat& f) {
  const SeparatorDecision sep = decideSeparator(s);
  std::size_t fits = 0, percents = 0, zeroOnes = 0;
  bool fraction = false, identifier = false;
  for (std::string_view v : s.values) {
    NumberReading r;
    if (!readNumber(v, sep.separator, r)) continue;
    ++fits;
    identifier = identifier || r.identifier;
    if (r.percent) ++percents;
    if (!r.integral || r.value > kMaxExactInteger || r.value < -kMaxExactInteger) fraction = true;
    if (r.value == 0.0 || r.value == 1.0) ++zeroOnes;
  }
  if (fits < s.need || identifier) return false;
  f.format.decimalSeparator = sep.separator;
  f.separatorSettled = sep.settled;
  f.format.decimalSeparatorAmbiguous = sep.ambiguous;

  const HeaderHints& h = s.hints;
  if (h.flag && !h.identifier && zeroOnes == fits && percents == 0) {
    f.type = ValueType::Boolean;
    f.syntax = CellSyntax::Boolean;
    f.format.description = "1/0 (a flag, by its header)";
    return true;
  }
  if (percents == 0 && tryNumericTime(s, sep.separator, f)) return true;
  if (h.unitSeconds > 0 && percents == 0 && !h.identifier) {
    f.type = ValueType::Duration;
    f.syntax = CellSyntax::Duration;
    f.format.durationUnitSeconds = h.unitSeconds;
    f.twoFieldsAreHours = h.unitSeconds >= 3600;
    f.format.description = std::string(unitName(h.unitSeconds)) + " (from the header)";
    return true;
  }
  f.syntax = CellSyntax::Number;
  f.percent = percents * 2 > fits;
  f.type = fraction || f.percent ? ValueType::Decimal : ValueType::Integer;
  f.format.description = describeNumbers(f.type, sep.separator, f.percent);
  return true;
}

bool tryDates(const Sample& s, ColumnFormat& f) {
  std::size_t fits = 0, either = 0, dayFirst = 0, monthFirst = 0, zoned = 0;
  char separator = 0;
  bool unpaddedSlash = false, haveShape = false;
  TimestampText shape;
  // Past this many values that are no dates, fits cannot reach s.need: stop (a text column's
  // values each cost the general scanner's word lists).
  const std::size_t maxMisses = s.values.size() - s.need;
  std::size_t misses = 0;
  for (std::string_view v : s.values) {
    TimestampText t;
    const bool read = scanTimestamp(v, t);
    const OrderFit fit = read ? orderFit(t) : OrderFit{};
    if (!fit.dayFirst && !fit.monthFirst) {
      if (++misses > maxMisses) return false;
      continue;
    }
    ++fits;
    if (t.zone != ZoneStyle::None) ++zoned;
    if (!haveShape) {
      shape = t;
      haveShape = true;
    }
    if (t.orderKnown) continue;
    if (separator == 0) separator = t.separator;
    if (t.separator == '/' && !t.padded) unpaddedSlash = true;
    if (fit.dayFirst && fit.monthFirst) ++either;
    else if (fit.dayFirst) ++dayFirst;
    else ++monthFirst;
  }
  if (fits < s.need || fits == 0) return false;
  DateOrder order = DateOrder::YearMonthDay;
  bool ambiguous = false;
  if (dayFirst + monthFirst > 0) {
    order = dayFirst > monthFirst   ? DateOrder::DayMonthYear
            : monthFirst > dayFirst ? DateOrder::MonthDayYear
                                    : defaultDateOrder(s.options, separator, unpaddedSlash);
  } else if (either > 0) {
    order = defaultDateOrder(s.options, separator, unpaddedSlash);
    ambiguous = true;
  }
  f.type = ValueType::Timestamp;
  f.syntax = CellSyntax::DateText;
  f.dateShape = shape;
  f.format.dateOrder = order;
  f.format.dateOrderAmbiguous = ambiguous;
  f.format.timeBase = zoned * 2 > fits ? TimeBase::Utc : TimeBase::WallClock;
  f.format.description = describeDates(shape, order);
  return true;
}

bool tryDurations(const Sample& s, ColumnFormat& f) {
  const HeaderHints& h = s.hints;
  const SeparatorDecision sep = decideSeparator(s);
  DurationStyle style;
  style.unitSeconds = h.unitSeconds > 0 ? h.unitSeconds : 1.0;
  style.decimalSeparator = sep.separator;
  style.twoFieldsAreHours = h.unitSeconds >= 3600;
  std::size_t clocks = 0, threeFields = 0, worded = 0, numbers = 0;
  std::int64_t maxHours = 0;
  bool meridiem = false;
  for (std::string_view v : s.values) {
    DurationReading r;
    if (!readDuration(v, style, r)) continue;
    if (r.shape == DurationShape::Number) {
      ++numbers;
    } else if (r.shape == DurationShape::Clock) {
      ++clocks;
      if (v.find(':') != v.rfind(':')) ++threeFields;
      maxHours = std::max(maxHours, r.clockHours);
      meridiem = meridiem || r.meridiem;
    } else {
      ++worded;
    }
  }
  if (clocks + worded == 0 || clocks + worded + numbers < s.need) return false;
  f.type = ValueType::Duration;
  f.format.decimalSeparator = sep.separator;
  f.separatorSettled = sep.settled;
  const bool timeOfDay =
      worded == 0 && maxHours < 24 && !h.elapsed && h.unitSeconds == 0 && (h.timeOfDay || meridiem);
  if (timeOfDay) {
    f.syntax = CellSyntax::TimeOfDay;
    f.format.timeOfDay = true;
    f.twoFieldsAreHours = true;
    f.format.description = meridiem ? "time of day, h:MM:SS AM" : threeFields > 0 ? "time of day, HH:MM:SS" : "time of day, HH:MM";
    return true;
  }
  f.syntax = CellSyntax::Duration;
  f.format.durationUnitSeconds = style.unitSeconds;
  f.twoFieldsAreHours = style.twoFieldsAreHours;
  if (worded > clocks) f.format.description = "with units (1h 2m 3s)";
  else if (threeFields > 0) f.format.description = "HH:MM:SS";
  else f.format.description = f.twoFieldsAreHours ? "H:MM" : "MM:SS";
  if (h.unitSeconds > 0) f.format.description += ", bare numbers in " + std::string(unitName(h.unitSeconds)) + " (from the header)";
  return true;
}

void decideText(const Sample& s, ColumnFormat& f) {
  std::unordered_set<std::string_view> distinct;
  std::size_t bytes = 0;
  for (std::string_view v : s.values)
    if (distinct.insert(v).second) bytes += v.size();
  f.syntax = CellSyntax::Text;
  f.type = looksLikeCategory(s.values.size(), distinct.size(), bytes, s.hints) ? ValueType::Category : ValueType::Text;
}

} // namespace

ColumnFormat inferFromSample(const HeaderHints& hints, std::span<const std::string_view> sample,
                             const InferenceOptions& options) {
  ColumnFormat f;
  f.hints = hints;
  f.options = options;
  std::vector<std::string_view> values;
  values.reserve(sample.size());
  for (std::string_view v : sample) {
    const std::string_view t = scan::trim(v);
    if (!isMissingToken(t)) values.push_back(t);
  }
  if (values.empty()) {
    f.type = ValueType::Empty;
    f.syntax = CellSyntax::None;
    return f;
  }
  const double share = std::clamp(options.maxMisfitShare, 0.0, 1.0);
  const auto allowed = static_cast<std::size_t>(static_cast<double>(values.size()) * share);
  const Sample s{values, std::max<std::size_t>(1, values.size() - std::min(allowed, values.size())), hints, options};
  if (!options.keepText && (tryBoolean(s, f) || tryNumbers(s, f) || tryDates(s, f) || tryDurations(s, f))) return f;
  f = ColumnFormat{};
  f.hints = hints;
  f.options = options;
  decideText(s, f);
  return f;
}

ColumnFormat inferColumnFormat(std::string_view header, std::span<const std::string_view> sample,
                               const InferenceOptions& options) {
  return inferFromSample(readHeaderHints(header), sample, options);
}

bool looksLikeCategory(std::uint64_t values, std::size_t distinct, std::size_t distinctBytes, const HeaderHints& hints) {
  if (hints.identifier || hints.freeText || distinct == 0 || distinct > kMaxCategories) return false;
  if (distinctBytes > distinct * kMaxCategoryMeanBytes) return false;
  return distinct * 2 <= values;  // each value repeats, on average
}

std::string describeNumbers(ValueType type, char decimalSeparator, bool percent) {
  const std::string separator = decimalSeparator == ',' ? "decimal comma" : "decimal point";
  if (percent) return "percent as a fraction (94.01% = 0.9401), " + separator;
  if (type == ValueType::Integer) return "integer";
  return separator;
}

std::string describeDates(const TimestampText& shape, DateOrder order) {
  return (shape.hasTime ? "" : "date ") + describeTimestamp(shape, order);
}

DateOrder defaultDateOrder(const InferenceOptions& options, char separator, bool unpaddedSlash) {
  if (options.preferredDateOrder == DateOrder::DayMonthYear || options.preferredDateOrder == DateOrder::MonthDayYear)
    return options.preferredDateOrder;
  if (separator == '/' && unpaddedSlash) return DateOrder::MonthDayYear;
  return DateOrder::DayMonthYear;
}

} // namespace carescore
