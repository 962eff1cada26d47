// The scorecard as documents, through the scorecard engine's writers: the JSON of the CLI's
// `--format json`, CSV in the UI's language, and the printable HTML report with the profile used
// and the data sources with their diagnostics. Each export becomes a download request.
//
// The HTML report shows each standard's trend as the writer's inline SVG sparkline rather than a
// PNG of the on-screen chart: vector prints crisply, adds a few hundred bytes per card instead of
// tens of kilobytes, and needs no off-screen rendering pass of every chart.
#include "app/app.h"

#include "app/local_text.h"
#include "app/scoring.h"
#include "core/scorecard/scorecard_csv.h"
#include "core/scorecard/scorecard_html.h"
#include "core/scorecard/scorecard_json.h"

namespace carescore {

namespace {

ReportLanguage reportLanguageOf(Language language) {
  switch (language) {
    case Language::Vietnamese: return ReportLanguage::Vi;
    case Language::Russian: return ReportLanguage::Ru;
    default: return ReportLanguage::En;
  }
}

constexpr std::size_t kMessagesPerSource = 5;

// The files behind the scorecard, with what reading and mapping them reported.
std::vector<ReportSource> sourcesOf(const AppState& state) {
  std::vector<ReportSource> sources;
  for (const LoadedFile& file : state.files) {
    if (!file.result) continue;
    ReportSource source;
    source.name = file.name;
    source.rows = file.result->rowsRead;
    if (file.mapped) {
      const MappedFile& mapped = state.dataset.file(*file.mapped);
      source.description = mapped.mapping.vendorName.empty() ? mapped.mapping.vendor : mapped.mapping.vendorName;
      if (mapped.duplicateOf) source.messages.push_back(duplicateMessage(mapped, state.dataset.file(*mapped.duplicateOf)));
    }
    if (!file.error.empty()) source.messages.push_back(file.error);
    if (file.result->rowsSkipped) source.messages.push_back(std::to_string(file.result->rowsSkipped) + " rows skipped");
    for (const Diagnostic& entry : file.result->diagnostics.entries()) {
      if (source.messages.size() >= kMessagesPerSource) break;
      source.messages.push_back(entry.message);
    }
    sources.push_back(std::move(source));
  }
  return sources;
}

} // namespace

std::string App::scorecardJson() { return carescore::scorecardJson(completeScorecard(state_)); }

std::string App::exportScorecard(std::string_view format) {
  const Scorecard& scorecard = completeScorecard(state_);
  const ReportLanguage language = reportLanguageOf(state_.settings.language);
  if (format == "json") {
    state_.request.downloads.push_back({"carescore-scorecard.json", "application/json", carescore::scorecardJson(scorecard)});
  } else if (format == "csv") {
    state_.request.downloads.push_back({"carescore-scorecard.csv", "text/csv;charset=utf-8", scorecardCsv(scorecard, language)});
  } else if (format == "html") {
    HtmlReportOptions options;
    options.language = language;
    options.zone = state_.analysis.zone();
    options.sources = sourcesOf(state_);
    state_.request.downloads.push_back({"carescore-report.html", "text/html;charset=utf-8", scorecardHtml(scorecard, options)});
  } else {
    return "unknown export format: " + std::string(format);
  }
  wantsFrame_ = true;  // the platform offers downloads after a frame
  return {};
}

} // namespace carescore
