// Status words that mean the contact is resolved, as data; matched once per dictionary entry.
#include "core/metrics/resolution_state.h"

#include <cmath>
#include <string>
#include <string_view>

namespace carescore {

namespace {

constexpr std::string_view kResolvedWords[] = {"resolved", "solved", "closed", "done", "completed"};

bool isResolvedWord(std::string_view text) {
  std::string word;
  for (const char c : text) word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  for (std::string_view resolved : kResolvedWords)
    if (word == resolved) return true;
  return false;
}

} // namespace

ResolutionReader::ResolutionReader(const Dataset& data)
    : created_(timeField(data, RecordKind::Contact, "created_at")),
      resolvedAt_(timeField(data, RecordKind::Contact, "resolved_at")),
      resolutionSeconds_(numberField(data, RecordKind::Contact, "resolution_seconds")),
      status_(codeField(data, RecordKind::Contact, "status")) {
  for (std::uint32_t code = 0; code < status_.dictionarySize(); ++code)
    resolvedStatus_.push_back(isResolvedWord(status_.column->dictionary.at(code)));
}

std::optional<std::int64_t> ResolutionReader::resolvedAt(std::size_t row) const {
  if (resolvedAt_.has(row)) return resolvedAt_.at(row);
  // Within ±30,000 years: anything beyond is a corrupt cell, not a resolution time.
  if (created_.has(row) && resolutionSeconds_.has(row) && std::fabs(resolutionSeconds_.at(row)) < 1e12)
    return created_.at(row) + static_cast<std::int64_t>(std::llround(resolutionSeconds_.at(row) * 1000.0));
  return std::nullopt;
}

} // namespace carescore
