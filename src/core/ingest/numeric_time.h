// Times written as numbers: Unix epochs (seconds, ms, µs, ns, told apart by digit count), Excel
// serial dates and day fractions (1900 system with its phantom 1900-02-29, or 1904), and compact
// YYMMDD / YYYYMMDD dates. Only read in columns the header marks as dates or times: on its own a
// 5-digit number is more likely a ticket id than an Excel date.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/ingest/number_parser.h"

namespace carescore {

enum class EpochUnit : std::uint8_t { Seconds, Millis, Micros, Nanos };

std::string_view nameOf(EpochUnit unit);

// The unit of a present-era Unix time with this many integer digits: 9–10 seconds (1973–2286),
// 12–13 milliseconds, 15–16 microseconds, 18–19 nanoseconds; other counts are not epochs.
std::optional<EpochUnit> epochUnitOfDigits(int integerDigits);

// Epoch ms of a Unix time in `unit`; nothing if its digit count belongs to another unit (a column
// mixing 10- and 13-digit values). Fractions are kept to the millisecond, truncated.
std::optional<std::int64_t> unixToEpochMs(const PlainDecimal& value, EpochUnit unit);

// Milliseconds in a fraction of a day written with `fractionDigits` digits, snapped to the whole
// second when the text cannot resolve finer (0.3541666 → 08:30:00, not 08:29:59.994).
std::int64_t dayFractionToMs(double fraction, int fractionDigits);

// An Excel serial date (days, with a time fraction) as epoch ms. 1900 system: serial 1 is
// 1900-01-01 and 60 is Excel's phantom 1900-02-29, which does not exist: no value. 1904 system:
// serial 0 is 1904-01-01. Past 9999-12-31 (serial 2958465), below 1 (1900) or 0 (1904): no value.
std::optional<std::int64_t> excelSerialToEpochMs(double serial, int fractionDigits, bool system1904);

// Six digits YYMMDD (1930 pivot: 990201 = 1999-02-01) or eight digits YYYYMMDD, as midnight.
std::optional<std::int64_t> compactDateToEpochMs(std::string_view digits);

} // namespace carescore
