// Numbers as instants: Unix digit counts, Excel serials and day fractions, YYMMDD; see numeric_time.h.
#include "core/ingest/numeric_time.h"

#include <cmath>

#include "core/ingest/date_fields.h"
#include "core/ingest/text_scan.h"

namespace carescore {

namespace {

constexpr double kLastSerial = 2958465.0;         // 9999-12-31 in the 1900 system
constexpr std::int64_t kSerialZero1900 = -25569;  // 1899-12-30: serial 61 and up count from here
constexpr std::int64_t kSerialZero1904 = -24107;  // 1904-01-01 is serial 0
constexpr int kPhantomLeapDay = 60;               // 1900-02-29, kept by Excel for Lotus 1-2-3
constexpr double kDoubleSlackMs = 0.05;           // rounding of serial − floor(serial), ≤ 2958465 × 2^-53 days

struct EpochDigits {
  EpochUnit unit;
  int minDigits, maxDigits;
  std::int64_t msDivisor;  // integer value / divisor = ms (seconds multiply instead)
};
constexpr EpochDigits kEpochDigits[] = {
    {EpochUnit::Seconds, 9, 10, 0},
    {EpochUnit::Millis, 12, 13, 1},
    {EpochUnit::Micros, 15, 16, 1000},
    {EpochUnit::Nanos, 18, 19, 1000000},
};

int fieldOf(std::string_view s, std::size_t at, std::size_t length) {
  int value = 0;
  for (std::size_t i = at; i < at + length; ++i) value = value * 10 + scan::digitOf(s[i]);
  return value;
}

} // namespace

std::string_view nameOf(EpochUnit unit) {
  switch (unit) {
    case EpochUnit::Seconds: return "Unix seconds";
    case EpochUnit::Millis: return "Unix milliseconds";
    case EpochUnit::Micros: return "Unix microseconds";
    case EpochUnit::Nanos: return "Unix nanoseconds";
  }
  return "Unix time";
}

std::optional<EpochUnit> epochUnitOfDigits(int integerDigits) {
  for (const EpochDigits& entry : kEpochDigits)
    if (integerDigits >= entry.minDigits && integerDigits <= entry.maxDigits) return entry.unit;
  return std::nullopt;
}

std::optional<std::int64_t> unixToEpochMs(const PlainDecimal& value, EpochUnit unit) {
  const EpochDigits& entry = kEpochDigits[static_cast<int>(unit)];
  if (value.integerDigits < entry.minDigits || value.integerDigits > entry.maxDigits) return std::nullopt;
  if (unit == EpochUnit::Seconds)  // at most 10 digits: no overflow in ms
    return static_cast<std::int64_t>(value.integer) * kMsPerSecond + value.fractionNanos / 1000000;
  // Divide while unsigned: 19-digit nanoseconds can exceed the int64 range before division.
  return static_cast<std::int64_t>(value.integer / static_cast<std::uint64_t>(entry.msDivisor));
}

std::int64_t dayFractionToMs(double fraction, int fractionDigits) {
  const double ms = fraction * static_cast<double>(kMsPerDay);
  const double second = std::round(ms / 1000.0) * 1000.0;
  constexpr double kNegativePowers[] = {1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11,
                                       1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18};
  constexpr int kPowers = sizeof kNegativePowers / sizeof kNegativePowers[0];
  const double scale = fractionDigits < kPowers ? kNegativePowers[fractionDigits < 0 ? 0 : fractionDigits] : 0.0;
  const double resolution = static_cast<double>(kMsPerDay) * scale + kDoubleSlackMs;
  if (std::fabs(ms - second) <= resolution) return static_cast<std::int64_t>(second);
  return static_cast<std::int64_t>(std::llround(ms));
}

std::optional<std::int64_t> excelSerialToEpochMs(double serial, int fractionDigits, bool system1904) {
  if (!(serial >= (system1904 ? 0.0 : 1.0)) || serial >= kLastSerial + 1.0) return std::nullopt;
  const double wholeDays = std::floor(serial);
  const auto day = static_cast<std::int64_t>(wholeDays);
  std::int64_t days;
  if (system1904) {
    days = kSerialZero1904 + day;
  } else {
    if (day == kPhantomLeapDay) return std::nullopt;
    days = kSerialZero1900 + day + (day < kPhantomLeapDay ? 1 : 0);
  }
  return days * kMsPerDay + dayFractionToMs(serial - wholeDays, fractionDigits);
}

std::optional<std::int64_t> compactDateToEpochMs(std::string_view digits) {
  if (digits.size() != 6 && digits.size() != 8) return std::nullopt;
  for (char c : digits)
    if (!scan::isDigit(c)) return std::nullopt;
  const std::size_t yearDigits = digits.size() - 4;
  int year = fieldOf(digits, 0, yearDigits);
  if (yearDigits == 2) year = expandTwoDigitYear(year);
  const int month = fieldOf(digits, yearDigits, 2);
  const int day = fieldOf(digits, yearDigits + 2, 2);
  if (!isValidDate(year, month, day) || year < 1) return std::nullopt;
  return static_cast<std::int64_t>(daysFromCivil({year, month, day})) * kMsPerDay;
}

} // namespace carescore
