// `carescore score FILES... [--profile P.json] [--mapping M.json] [--tz ZONE] [--from DATE --to DATE]
// [--format json|csv|html] [--lang en|vi|ru] [--output FILE]`: reads the exports as the app does
// (FileReader in chunks, detection and mapping, one Dataset), evaluates the profile and writes the
// scorecard. Exit 0 scored; 1 a file unreadable, with errors or not recognized (the rest still
// scored), or a bad profile or mapping; 2 usage.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "cli/score_files.h"
#include "core/metrics/periods.h"
#include "core/scorecard/iso_date.h"
#include "core/scorecard/scorecard_csv.h"
#include "core/scorecard/scorecard_html.h"
#include "core/scorecard/scorecard_json.h"
#include "core/standards/profile_reader.h"
#include "core/time/zone_database.h"
#include "embedded_assets.h"

namespace carescore::cli {

namespace {

struct ScoreArguments {
  std::vector<std::string> files;
  std::string profilePath, mappingPath, zone = "UTC", from, to, format = "json", language = "en", output;
};

int usage(const std::string& problem) {
  std::fprintf(stderr,
               "carescore score: %s\n"
               "usage: carescore score FILE... [--profile P.json] [--mapping M.json] [--tz ZONE]\n"
               "                       [--from YYYY-MM-DD --to YYYY-MM-DD] [--format json|csv|html]\n"
               "                       [--lang en|vi|ru] [--output FILE]\n",
               problem.c_str());
  return kExitUsage;
}

bool readWhole(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

void complain(const std::string& path, const std::string& message) {
  std::fprintf(stderr, "carescore score: %s: %s\n", path.c_str(), message.c_str());
}

std::optional<ScoreArguments> parse(int argc, char** argv, std::string& problem) {
  ScoreArguments args;
  for (int i = 0; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (!arg.starts_with("--")) {
      args.files.emplace_back(arg);
      continue;
    }
    if (i + 1 >= argc) return problem = "missing value after " + std::string(arg), std::nullopt;
    const std::string value = argv[++i];
    if (arg == "--profile") args.profilePath = value;
    else if (arg == "--mapping") args.mappingPath = value;
    else if (arg == "--tz") args.zone = value;
    else if (arg == "--from") args.from = value;
    else if (arg == "--to") args.to = value;
    else if (arg == "--format") args.format = value;
    else if (arg == "--lang") args.language = value;
    else if (arg == "--output") args.output = value;
    else return problem = "unknown option " + std::string(arg), std::nullopt;
  }
  if (args.files.empty()) return problem = "no files given", std::nullopt;
  if (args.format != "json" && args.format != "csv" && args.format != "html")
    return problem = "unknown --format '" + args.format + "' (json, csv or html)", std::nullopt;
  if (!reportLanguageFromName(args.language)) return problem = "unknown --lang '" + args.language + "' (en, vi or ru)", std::nullopt;
  if (args.from.empty() != args.to.empty()) return problem = "--from and --to go together", std::nullopt;
  return args;
}

} // namespace

int runScore(int argc, char** argv) {
  std::string problem;
  const std::optional<ScoreArguments> parsed = parse(argc, argv, problem);
  if (!parsed) return usage(problem);
  const ScoreArguments& args = *parsed;
  const std::optional<ZoneDatabase> zones = ZoneDatabase::open(assets::zoneDatabase());
  if (!zones) return usage("the embedded time-zone rules cannot be read");
  const std::optional<TimeZone> zone = zones->resolve(args.zone);
  if (!zone) return usage("unknown time zone '" + args.zone + "' (an IANA name such as Asia/Ho_Chi_Minh, or UTC+07:00)");
  std::optional<UtcRange> period;
  if (!args.from.empty()) {
    const auto first = parseIsoDate(args.from), last = parseIsoDate(args.to);
    if (!first || !last) return usage("--from and --to take dates as YYYY-MM-DD");
    if (daysFromCivil(*last) < daysFromCivil(*first)) return usage("--to is before --from");
    period = localDateRange(*zone, *first, *last);
  }

  // The profile: the built-in default, or --profile.
  std::string profileText(reinterpret_cast<const char*>(assets::defaultProfile().data()), assets::defaultProfile().size());
  if (!args.profilePath.empty() && !readWhole(args.profilePath, profileText)) {
    complain(args.profilePath, "cannot read the profile; check the path");
    return kExitBadInput;
  }
  const ProfileParse profile = parseProfile(profileText);
  for (const ProfileIssue& issue : profile.issues) {
    if (issue.severity == IssueSeverity::Error) complain(args.profilePath.empty() ? "default profile" : args.profilePath, issue.text());
  }
  if (!profile.profile) {
    complain(args.profilePath, "not a usable profile; `carescore profile check` lists every issue");
    return kExitBadInput;
  }

  LoadedFiles loaded = loadFiles(args.files, args.mappingPath, args.zone);
  if (!loaded.fatal.empty()) return kExitBadInput;
  const int status = loaded.allGood ? 0 : kExitBadInput;
  std::vector<ReportSource> sources;
  for (LoadedSource& source : loaded.sources) {
    sources.push_back({std::move(source.name), std::move(source.description), source.rows, std::move(source.messages)});
  }

  MetricSettings settings;
  settings.zone = *zone;
  MetricContext context(loaded.dataset, settings);
  ScorecardOptions options;
  options.period = period;
  const Scorecard scorecard = evaluateProfile(context, *profile.profile, options);

  std::string out;
  const ReportLanguage language = *reportLanguageFromName(args.language);
  if (args.format == "json") {
    out = scorecardJson(scorecard);
  } else if (args.format == "csv") {
    out = scorecardCsv(scorecard, language);
  } else {
    HtmlReportOptions html;
    html.language = language;
    html.zone = *zone;
    html.sources = std::move(sources);
    out = scorecardHtml(scorecard, html);
  }
  if (args.output.empty()) {
    std::fwrite(out.data(), 1, out.size(), stdout);
  } else {
    std::ofstream file(args.output, std::ios::binary);
    file << out;
    if (!file) {
      complain(args.output, "cannot write the scorecard there");
      return kExitBadInput;
    }
  }
  return status;
}

} // namespace carescore::cli
