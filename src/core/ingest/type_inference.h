// Type inference: from a column's header hints and a sample of its values to a ColumnFormat.
// Candidates are tried from the most specific (yes/no words) to the least (text); a candidate wins
// when nearly every sampled value reads as it (InferenceOptions::maxMisfitShare). The rules, and
// where the header decides, are written out at the top of type_inference.cpp.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/ingest/cell_reader.h"

namespace carescore {

// inferColumnFormat with the header already read: also how a CellReader types the first value of
// a column whose sample held no value.
ColumnFormat inferFromSample(const HeaderHints& hints, std::span<const std::string_view> sample,
                             const InferenceOptions& options);

// Category (few distinct short values, each repeated: channel, agent, status) or free Text.
// A function of counts only, so a reader can re-decide it as rows arrive at no cost.
bool looksLikeCategory(std::uint64_t values, std::size_t distinct, std::size_t distinctBytes, const HeaderHints& hints);

// Descriptions shown to the user, made the same way by inference and by a reader that widens.
std::string describeNumbers(ValueType type, char decimalSeparator, bool percent);
std::string describeDates(const TimestampText& shape, DateOrder order);

// The day/month order a column reads by when its values fit both: the preferred order, else
// day-first (dd.mm.yyyy is Russian and Vietnamese usage, and so is dd/mm/yyyy), except month-first
// when slash dates drop their leading zeros (1/13/2021 is how US Excel and Google Sheets write).
DateOrder defaultDateOrder(const InferenceOptions& options, char separator, bool unpaddedSlash);

} // namespace carescore
