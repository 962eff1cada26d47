// Outcome words as the mapping layer writes them (model/fields.h: outcome), matched once per
// dictionary entry, ignoring case and '-' / ' ' versus '_'; then one pass over the contacts.
#include "core/metrics/queue_outcome.h"

#include <limits>
#include <string>
#include <string_view>

#include "core/metrics/field_access.h"

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

QueueColumns deriveQueueColumns(const Dataset& data) {
  const CodeField word = codeField(data, RecordKind::Contact, "outcome");
  const NumberField abandoned = numberField(data, RecordKind::Contact, "abandoned");
  const NumberField wait = numberField(data, RecordKind::Contact, "wait_seconds");
  const TimeField created = timeField(data, RecordKind::Contact, "created_at");
  const TimeField answered = timeField(data, RecordKind::Contact, "answered_at");
  std::vector<QueueOutcome> outcomeOfCode;
  for (std::uint32_t code = 0; code < word.dictionarySize(); ++code)
    outcomeOfCode.push_back(outcomeOfWord(word.column->dictionary.at(code)));

  const std::size_t rows = data.of(RecordKind::Contact).rowCount();
  QueueColumns columns{std::vector<QueueOutcome>(rows, QueueOutcome::Unknown),
                       std::vector<double>(rows, std::numeric_limits<double>::quiet_NaN())};
  for (std::size_t row = 0; row < rows; ++row) {
    QueueOutcome outcome = word.has(row) ? outcomeOfCode[word.at(row)] : QueueOutcome::Unknown;
    if (outcome == QueueOutcome::Unknown) {
      if (abandoned.has(row)) outcome = abandoned.at(row) != 0 ? QueueOutcome::Abandoned : QueueOutcome::Answered;
      else if (answered.has(row)) outcome = QueueOutcome::Answered;
    }
    columns.outcome[row] = outcome;
    double seconds = -1;
    if (wait.has(row)) seconds = wait.at(row);
    else if (outcome == QueueOutcome::Answered && answered.has(row) && created.has(row))
      seconds = static_cast<double>(answered.at(row) - created.at(row)) / 1000.0;
    if (seconds >= 0) columns.waitSeconds[row] = seconds;
  }
  return columns;
}

} // namespace

QueueReader::QueueReader(MetricContext& context)
    : columns_(&context.cached<QueueColumns>("queue_columns", [&] { return deriveQueueColumns(context.data()); })) {}

} // namespace carescore
