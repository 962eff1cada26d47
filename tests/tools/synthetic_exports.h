// Deterministic synthetic exports — tickets, calls, chats, survey answers — of any size, in CSV,
// TSV, NDJSON or JSON, in any of the engine's encodings: realistic values (ISO and local dates,
// durations, Vietnamese, Russian and English names and subjects, quoted fields with delimiters,
// quotes and line breaks, empty cells). The same seed gives the same bytes. Streams its output,
// so 10M rows need no memory. Test and benchmark tooling, not part of the engine.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace carescore::tools {

enum class ExportKind : std::uint8_t { Tickets, Calls, Chats, Surveys };
enum class ExportFormat : std::uint8_t { Csv, Tsv, Ndjson, Json };
enum class Language : std::uint8_t { Mixed, English, Vietnamese, Russian };
enum class DateStyle : std::uint8_t { Iso, DayMonthYear, MonthDayYear, Dotted };

std::optional<ExportKind> exportKindFromName(std::string_view name);     // tickets, calls, chats, surveys
std::optional<ExportFormat> exportFormatFromName(std::string_view name); // csv, tsv, ndjson, json
std::optional<Language> languageFromName(std::string_view name);         // mixed, en, vi, ru
std::optional<DateStyle> dateStyleFromName(std::string_view name);       // iso, dmy, mdy, dotted

struct ExportSpec {
  ExportKind kind = ExportKind::Tickets;
  std::uint64_t rows = 1000;
  ExportFormat format = ExportFormat::Csv;
  char delimiter = ',';                       // CSV only (TSV is tab)
  std::string encoding = "utf-8";             // see text_encoder.h
  std::optional<Language> language = std::nullopt;  // default: what the encoding can write
  std::optional<DateStyle> dates = std::nullopt;    // default: by language (en ISO, vi dmy, ru dotted)
  bool crlf = true;                           // CSV line endings (as most exporters write)
  std::uint64_t seed = 1;
};

struct ExportStats {
  std::uint64_t bytes = 0;
  std::uint64_t rows = 0;
  std::uint64_t unencodable = 0;  // characters the encoding could not write ('?')
};

// Writes the export through `write`, in pieces of about 64 KiB. False (and nothing written) when
// the spec's encoding is unknown.
bool writeExport(const ExportSpec& spec, const std::function<void(std::string_view)>& write, ExportStats* stats = nullptr);

// The whole export as one string (small sizes: tests).
std::string exportToString(const ExportSpec& spec);

} // namespace carescore::tools
