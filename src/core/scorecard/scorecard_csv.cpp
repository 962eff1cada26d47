// Scorecard → CSV rows. Header names are fixed English keys so scripts can read any language's file.
#include "core/scorecard/scorecard_csv.h"

#include "core/scorecard/csv_cell.h"
#include "core/scorecard/verdict.h"

namespace carescore {

namespace {

std::string number(const std::optional<double>& value) {
  if (!value) return {};
  char text[64];
  std::snprintf(text, sizeof text, "%.6g", *value);
  return text;
}

std::string joined(const std::vector<std::string>& values, std::string_view separator = "; ") {
  std::string out;
  for (const std::string& value : values) out += (out.empty() ? "" : std::string(separator)) + value;
  return out;
}

void row(std::string& out, std::initializer_list<std::string> cells) {
  bool first = true;
  for (const std::string& cell : cells) {
    if (!first) out += ',';
    out += csvCell(cell);
    first = false;
  }
  out += "\r\n";
}

} // namespace

std::string scorecardCsv(const Scorecard& scorecard, ReportLanguage language) {
  std::string out;
  row(out, {"standard_id", "group", "standard", "scope", "verdict", "verdict_label", "value", "unit", "target",
            "interval_low", "interval_high", "n", "previous_value", "change", "change_significant", "drivers",
            "missing", "usual_exports", "rule", "formula"});
  for (const StandardCard& card : scorecard.standards) {
    for (const Evaluation& e : card.scopes) {
      std::vector<std::string> drivers;
      for (const Driver& d : e.drivers) drivers.push_back(d.split + " " + d.label + " (" + formatValue(d.value, e.unit) + ")");
      row(out, {card.id, card.group, localText(card.label, language),
                e.scopeLabel == "all" ? std::string(word(language, Word::All)) : e.scopeLabel,
                std::string(nameOf(e.verdict)), std::string(verdictWord(language, e.verdict)), number(e.value),
                std::string(nameOf(e.unit)), describeTarget(e.target, e.unit),
                e.interval ? number(e.interval->low) : std::string(), e.interval ? number(e.interval->high) : std::string(),
                std::to_string(e.n), number(e.previous.previousValue), number(e.previous.change),
                e.previous.change ? (e.previous.significant ? "yes" : "no") : "", joined(drivers),
                joined(e.missing), joined(e.usualExports), e.rule, e.formula});
    }
  }
  return out;
}

} // namespace carescore
