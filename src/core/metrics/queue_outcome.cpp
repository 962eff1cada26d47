// Outcome words as the mapping layer writes them (model/fields.h: outcome), matched once per
// dictionary entry, ignoring case and '-' / ' ' versus '_'.
#include "core/metrics/queue_outcome.h"

#include <string>
#include <string_view>

namespace carescore {

namespace {

struct OutcomeWord {
  std::string_view word;
  QueueOutcome outcome;
};
constexpr OutcomeWord kOutcomeWords[] = {
    {"answered", QueueOutcome::Answered},           {"abandoned", QueueOutcome::Abandoned},
    {"short_abandoned", QueueOutcome::ShortAbandoned}, {"voicemail", QueueOutcome::NotQueued},
    {"out_of_hours", QueueOutcome::NotQueued},      {"missed", QueueOutcome::NotQueued},
};

QueueOutcome outcomeOfWord(std::string_view text) {
  std::string word;
  for (const char c : text) {
    if (c == ' ' || c == '-') word += '_';
    else word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  for (const OutcomeWord& entry : kOutcomeWords)
    if (entry.word == word) return entry.outcome;
  return QueueOutcome::Unknown;
}

} // namespace

QueueReader::QueueReader(const Dataset& data)
    : outcomeWord_(codeField(data, RecordKind::Contact, "outcome")),
      abandoned_(numberField(data, RecordKind::Contact, "abandoned")),
      wait_(numberField(data, RecordKind::Contact, "wait_seconds")),
      created_(timeField(data, RecordKind::Contact, "created_at")),
      answered_(timeField(data, RecordKind::Contact, "answered_at")) {
  for (std::uint32_t code = 0; code < outcomeWord_.dictionarySize(); ++code)
    outcomeOfCode_.push_back(outcomeOfWord(outcomeWord_.column->dictionary.at(code)));
}

QueueOutcome QueueReader::outcome(std::size_t row) const {
  if (outcomeWord_.has(row)) {
    const QueueOutcome word = outcomeOfCode_[outcomeWord_.at(row)];
    if (word != QueueOutcome::Unknown) return word;
  }
  if (abandoned_.has(row)) return abandoned_.at(row) != 0 ? QueueOutcome::Abandoned : QueueOutcome::Answered;
  if (answered_.has(row)) return QueueOutcome::Answered;
  return QueueOutcome::Unknown;
}

std::optional<double> QueueReader::waitSeconds(std::size_t row, QueueOutcome outcome) const {
  double seconds = -1;
  if (wait_.has(row)) seconds = wait_.at(row);
  else if (outcome == QueueOutcome::Answered && answered_.has(row) && created_.has(row))
    seconds = static_cast<double>(answered_.at(row) - created_.at(row)) / 1000.0;
  if (!(seconds >= 0)) return std::nullopt;
  return seconds;
}

} // namespace carescore
