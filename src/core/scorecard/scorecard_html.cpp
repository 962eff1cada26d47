// Scorecard → HTML report. Everything inline so the file prints and mails as one piece.
#include "core/scorecard/scorecard_html.h"

#include <algorithm>
#include <cstdio>

#include "core/scorecard/iso_date.h"
#include "core/scorecard/verdict.h"
#include "core/time/civil.h"

namespace carescore {

namespace {

constexpr std::string_view kStyle =
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2em;color:#1d232b}"
    "h1{font-size:1.5em;margin:0 0 .3em}h2{font-size:1.15em;margin:1.4em 0 .5em;border-bottom:1px solid #ccd}"
    ".meta{color:#556;font-size:.9em}.summary{font-size:1.1em;margin:1em 0}"
    ".cards{display:flex;flex-wrap:wrap;gap:.8em}"
    ".card{border:1px solid #ccd;border-left:6px solid #999;border-radius:4px;padding:.6em .8em;width:21em;"
    "break-inside:avoid;font-size:.9em}"
    ".pass{border-left-color:#2e7d32}.fail{border-left-color:#c62828}.at_risk{border-left-color:#ef8f00}"
    ".verdict{font-weight:bold;text-transform:uppercase;font-size:.8em}.value{font-size:1.3em;font-weight:bold}"
    ".small{color:#556;font-size:.85em}table{border-collapse:collapse;font-size:.85em}"
    "td,th{border:1px solid #ccd;padding:.25em .5em;text-align:left;vertical-align:top}"
    "@media print{body{margin:1cm}.card{width:46%}}";

std::string localDate(const TimeZone& zone, std::int64_t utcMs) {
  return isoDate(civilFromDays(floorDiv(zone.toLocal(utcMs), kMsPerDay)));
}

// The last day of a range is the day before its exclusive end.
std::string rangeText(const TimeZone& zone, const UtcRange& range) {
  return localDate(zone, range.beginMs) + " – " + localDate(zone, range.endMs - 1);
}

std::string sparkline(const std::vector<TrendPoint>& trend) {
  std::vector<std::pair<std::size_t, double>> points;
  for (std::size_t i = 0; i < trend.size(); ++i) {
    if (trend[i].value) points.emplace_back(i, *trend[i].value);
  }
  if (points.size() < 2) return {};
  double low = points.front().second, high = low;
  for (const auto& point : points) {
    low = std::min(low, point.second);
    high = std::max(high, point.second);
  }
  const double span = high > low ? high - low : 1;
  const double step = trend.size() > 1 ? 160.0 / double(trend.size() - 1) : 0;
  std::string path;
  char text[48];
  for (const auto& [index, value] : points) {
    std::snprintf(text, sizeof text, "%s%.1f,%.1f", path.empty() ? "M" : " L", double(index) * step, 22 - (value - low) / span * 20);
    path += text;
  }
  return "<svg width=\"160\" height=\"24\" viewBox=\"0 0 160 24\" role=\"img\"><path d=\"" + path +
         "\" fill=\"none\" stroke=\"#446\" stroke-width=\"1.5\"/></svg>";
}

class Writer {
public:
  Writer(const Scorecard& scorecard, const HtmlReportOptions& options) : card_(scorecard), options_(options) {}

  std::string write() {
    out_ += "<!DOCTYPE html>\n<html lang=\"" + std::string(lang()) + "\"><head><meta charset=\"utf-8\">";
    out_ += "<title>" + esc(w(Word::Title)) + " — " + esc(localText(card_.profileName, language())) + "</title>";
    out_ += "<style>" + std::string(kStyle) + "</style></head><body>\n";
    header();
    standards();
    goals();
    profileUsed();
    sources();
    out_ += "<p class=\"small\">" + esc(w(Word::Generated)) + (options_.generatedAt.empty() ? "" : ", " + esc(options_.generatedAt)) + "</p>";
    out_ += "</body></html>\n";
    return std::move(out_);
  }

private:
  ReportLanguage language() const { return options_.language; }
  std::string_view lang() const { return language() == ReportLanguage::Vi ? "vi" : language() == ReportLanguage::Ru ? "ru" : "en"; }
  std::string_view w(Word key) const { return word(language(), key); }
  static std::string esc(std::string_view text) { return htmlEscape(text); }

  void header() {
    out_ += "<h1>" + esc(w(Word::Title)) + "</h1><div class=\"meta\">" + esc(w(Word::Profile)) + ": " +
            esc(localText(card_.profileName, language())) + " · " + esc(w(Word::Zone)) + ": " + esc(card_.zone);
    if (card_.period) out_ += " · " + esc(w(Word::Period)) + ": " + rangeText(options_.zone, *card_.period);
    if (card_.comparisonPeriod) out_ += " · " + esc(w(Word::Comparison)) + ": " + rangeText(options_.zone, *card_.comparisonPeriod);
    out_ += "</div>\n";
    const VerdictCounts& counts = card_.compliance.verdicts;
    out_ += "<p class=\"summary\"><b>" + std::to_string(counts.met()) + " / " + std::to_string(counts.evaluated()) + "</b> " +
            esc(w(Word::StandardsMet));
    if (card_.compliance.metShare) out_ += " (" + formatValue(*card_.compliance.metShare * 100, StatisticUnit::Share) + ")";
    for (std::size_t i = 1; i < kVerdictCount; ++i) {
      if (counts.counts[i] > 0) out_ += " · " + std::to_string(counts.counts[i]) + " " + esc(verdictWord(language(), Verdict(i)));
    }
    out_ += "</p>\n";
  }

  void standards() {
    for (const GroupSummary& group : card_.compliance.groups) {
      if (group.verdicts.total() == 0) continue;
      out_ += "<h2>" + esc(localText(group.label, language())) + "</h2><div class=\"cards\">\n";
      for (const StandardCard& standard : card_.standards) {
        if (standard.group != group.id) continue;
        for (const Evaluation& e : standard.scopes) evaluation(standard, e);
      }
      out_ += "</div>\n";
    }
  }

  void evaluation(const StandardCard& standard, const Evaluation& e) {
    out_ += "<div class=\"card " + std::string(nameOf(e.verdict)) + "\"><div class=\"verdict\">" +
            esc(verdictWord(language(), e.verdict)) + "</div><div><b>" + esc(localText(standard.label, language())) + "</b>";
    if (e.scopeLabel != "all") out_ += " <span class=\"small\">(" + esc(e.scopeLabel) + ")</span>";
    out_ += "</div><div>";
    if (e.value) out_ += "<span class=\"value\">" + esc(formatValue(*e.value, e.unit)) + "</span> ";
    out_ += esc(w(Word::Target)) + " " + esc(describeTarget(e.target, e.unit)) + "</div><div class=\"small\">";
    if (e.interval) out_ += esc(w(Word::Interval)) + " " + esc(formatValue(e.interval->low, e.unit)) + "–" + esc(formatValue(e.interval->high, e.unit)) + " · ";
    out_ += "n = " + std::to_string(e.n);
    if (e.period) out_ += " · " + rangeText(options_.zone, *e.period);
    out_ += "</div>";
    if (e.previous.change) {
      out_ += "<div class=\"small\">" + esc(w(Word::Change)) + " " + esc((*e.previous.change >= 0 ? "+" : "") + formatValue(*e.previous.change, e.unit)) +
              " (" + esc(w(e.previous.significant ? Word::Significant : Word::NotSignificant)) + ")</div>";
    }
    if (auto image = options_.chartImages.find(standard.id); image != options_.chartImages.end()) {
      out_ += "<img alt=\"\" src=\"" + esc(image->second) + "\" style=\"max-width:100%\">";
    } else {
      out_ += sparkline(e.trend);
    }
    if (!e.drivers.empty()) {
      out_ += "<div class=\"small\">" + esc(w(Word::Drivers)) + ": ";
      for (std::size_t i = 0; i < e.drivers.size() && i < 4; ++i) {
        const Driver& d = e.drivers[i];
        out_ += (i ? "; " : "") + esc(d.split + " " + d.label) + " " + esc(formatValue(d.value, e.unit));
      }
      out_ += "</div>";
    }
    if (!e.missing.empty()) {
      out_ += "<div class=\"small\">" + esc(w(Word::Missing)) + ": ";
      for (const std::string& m : e.missing) out_ += esc(m) + ". ";
      if (!e.usualExports.empty()) out_ += esc(w(Word::UsualExport)) + ": " + esc(e.usualExports.front());
      out_ += "</div>";
    }
    out_ += "<div class=\"small\">" + esc(w(Word::Rule)) + ": " + esc(e.rule) + "</div></div>\n";
  }

  void goals() {
    if (card_.goals.empty()) return;
    out_ += "<h2>" + esc(w(Word::Goals)) + "</h2>\n";
    for (const GoalProgress& g : card_.goals) {
      out_ += "<p><b>" + esc(localText(g.label, language())) + "</b> — " + esc(goalStatusWord(language(), g.status));
      if (g.message.empty()) {
        out_ += " · " + rangeText(options_.zone, g.timeFrame) + " · " + esc(w(Word::TimeLeft)) + ": " +
                std::to_string(g.leftMs / kMsPerDay) + " " + esc(w(Word::Days));
      } else {
        out_ += " · " + esc(g.message);
      }
      out_ += "</p><table><tr><th>" + esc(w(Word::Step)) + "</th><th>" + esc(w(Word::Count)) + "</th><th>" + esc(w(Word::Target)) +
              "</th><th>" + esc(w(Word::Progress)) + "</th></tr>";
      for (const GoalStep& s : g.steps) {
        out_ += "<tr><td>" + esc(localText(s.label, language())) + "</td><td>" + (s.count ? std::to_string(*s.count) : esc(w(Word::Missing))) +
                "</td><td>" + (s.targetCount ? formatValue(*s.targetCount, StatisticUnit::Count) : "") + "</td><td>" +
                (s.progress ? formatValue(*s.progress * 100, StatisticUnit::Share) : esc([&] {
                  std::string missing;
                  for (const std::string& m : s.missing) missing += m + ". ";
                  return missing;
                }())) + "</td></tr>";
      }
      out_ += "</table>\n";
    }
  }

  void profileUsed() {
    out_ += "<h2>" + esc(w(Word::Profile)) + ": " + esc(localText(card_.profileName, language())) + "</h2><table><tr><th>" +
            esc(w(Word::Standard)) + "</th><th>" + esc(w(Word::Scope)) + "</th><th>" + esc(w(Word::Target)) + "</th><th>" +
            esc(w(Word::Formula)) + "</th></tr>";
    for (const StandardCard& standard : card_.standards) {
      for (const Evaluation& e : standard.scopes) {
        out_ += "<tr><td>" + esc(localText(standard.label, language())) + "</td><td>" + esc(e.scopeLabel) + "</td><td>" +
                esc(describeTarget(e.target, e.unit)) + "</td><td>" + esc(e.formula.empty() ? e.metric.key : e.formula) + "</td></tr>";
      }
    }
    out_ += "</table>\n";
  }

  void sources() {
    if (options_.sources.empty()) return;
    out_ += "<h2>" + esc(w(Word::Sources)) + "</h2><table>";
    for (const ReportSource& source : options_.sources) {
      out_ += "<tr><td>" + esc(source.name) + "</td><td>" + esc(source.description) + "</td><td>" + std::to_string(source.rows) +
              " " + esc(w(Word::Rows)) + "</td><td>";
      for (const std::string& message : source.messages) out_ += esc(message) + "<br>";
      out_ += "</td></tr>";
    }
    out_ += "</table>\n";
  }

  const Scorecard& card_;
  const HtmlReportOptions& options_;
  std::string out_;
};

} // namespace

std::string htmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string scorecardHtml(const Scorecard& scorecard, const HtmlReportOptions& options) {
  return Writer(scorecard, options).write();
}

} // namespace carescore
