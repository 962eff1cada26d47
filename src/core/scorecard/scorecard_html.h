// The scorecard as a self-contained printable HTML report: inline CSS, no scripts, no external
// resources; compliance, one card per standard and scope with an inline SVG sparkline, goals,
// the profile used and the data sources with their diagnostics, in English, Vietnamese or Russian.
// Not the app's on-screen scorecard.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/scorecard/report_words.h"
#include "core/scorecard/scorecard.h"
#include "core/time/time_zone.h"

namespace carescore {

struct ReportSource {
  std::string name;                   // file name
  std::string description;            // "Helpdesk tickets (Zendesk), 1,234 rows"
  std::uint64_t rows = 0;
  std::vector<std::string> messages;  // diagnostics: rows skipped and why
};

struct HtmlReportOptions {
  ReportLanguage language = ReportLanguage::En;
  TimeZone zone;                      // dates shown in it (the scorecard's zone)
  std::vector<ReportSource> sources;
  // Hook for the app: chart images by standard id (a data: URI of a PNG), shown under the card
  // instead of the built-in sparkline.
  std::map<std::string, std::string> chartImages;
  std::string generatedAt;            // shown as is ("2026-03-31 18:00"); empty: left out
};

std::string scorecardHtml(const Scorecard& scorecard, const HtmlReportOptions& options);

// Text made safe for HTML element content and attribute values.
std::string htmlEscape(std::string_view text);

} // namespace carescore
