// carescore-gen: deterministic synthetic exports for tests and benchmarks (synthetic_exports.h).
//   carescore-gen [--kind tickets|calls|chats|surveys|demo] [--rows N] [--format csv|tsv|ndjson|json]
//                 [--delimiter ,|;|tab|pipe] [--encoding utf-8|utf-8-bom|utf-16le|cp1258|cp1251|koi8-r|…]
//                 [--language mixed|en|vi|ru] [--dates iso|dmy|mdy|dotted] [--lf] [--seed N] [--output FILE]
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "core/demo/demo_shop.h"
#include "tools/synthetic_exports.h"

using namespace carescore::tools;
using carescore::DemoFile;
using carescore::demoShopFiles;

namespace {

int usage(const char* problem) {
  if (problem) std::fprintf(stderr, "carescore-gen: %s\n", problem);
  std::fputs("usage: carescore-gen [--kind tickets|calls|chats|surveys|demo] [--rows N] [--format csv|tsv|ndjson|json]\n"
             "                     [--delimiter ,|;|tab|pipe] [--encoding utf-8|utf-8-bom|utf-16le|cp1258|cp1251|koi8-r]\n"
             "                     [--language mixed|en|vi|ru] [--dates iso|dmy|mdy|dotted] [--lf] [--seed N] [--output FILE]\n",
             stderr);
  return 2;
}

bool parseDelimiter(std::string_view v, char* out) {
  if (v == "tab" || v == "\\t") *out = '\t';
  else if (v == "comma") *out = ',';
  else if (v == "semicolon") *out = ';';
  else if (v == "pipe") *out = '|';
  else if (v.size() == 1) *out = v[0];
  else return false;
  return true;
}

} // namespace

// --kind demo: the Mộc Trà demo exports (demo_shop.h), written into --output DIR (default ".").
int writeDemo(int argc, char** argv) {
  std::string directory = ".";
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string_view(argv[i]) == "--output") directory = argv[i + 1];
  }
  for (const DemoFile& demo : demoShopFiles()) {
    const std::string path = directory + "/" + demo.name;
    std::FILE* file = std::fopen(path.c_str(), "wb");
    const bool written = file && std::fwrite(demo.content.data(), 1, demo.content.size(), file) == demo.content.size();
    if (!file || std::fclose(file) != 0 || !written) {
      std::fprintf(stderr, "carescore-gen: cannot write %s\n", path.c_str());
      return 1;
    }
    std::fprintf(stderr, "carescore-gen: %s, %zu bytes\n", path.c_str(), demo.content.size());
  }
  return 0;
}

int main(int argc, char** argv) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string_view(argv[i]) == "--kind" && std::string_view(argv[i + 1]) == "demo") return writeDemo(argc, argv);
  }
  ExportSpec spec;
  const char* output = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lf") {
      spec.crlf = false;
      continue;
    }
    if (arg == "--help" || arg == "-h") return usage(nullptr), 0;
    if (i + 1 >= argc) return usage(("missing value after " + std::string(arg)).c_str());
    const std::string_view value = argv[++i];
    if (arg == "--kind") {
      const auto kind = exportKindFromName(value);
      if (!kind) return usage("unknown --kind");
      spec.kind = *kind;
    } else if (arg == "--rows") {
      spec.rows = std::strtoull(value.data(), nullptr, 10);
    } else if (arg == "--format") {
      const auto format = exportFormatFromName(value);
      if (!format) return usage("unknown --format");
      spec.format = *format;
    } else if (arg == "--delimiter") {
      if (!parseDelimiter(value, &spec.delimiter)) return usage("unknown --delimiter");
    } else if (arg == "--encoding") {
      spec.encoding = std::string(value);
    } else if (arg == "--language") {
      spec.language = languageFromName(value);
      if (!spec.language) return usage("unknown --language");
    } else if (arg == "--dates") {
      spec.dates = dateStyleFromName(value);
      if (!spec.dates) return usage("unknown --dates");
    } else if (arg == "--seed") {
      spec.seed = std::strtoull(value.data(), nullptr, 10);
    } else if (arg == "--output") {
      output = argv[i];
    } else {
      return usage(("unknown option " + std::string(arg)).c_str());
    }
  }
  std::FILE* file = output ? std::fopen(output, "wb") : stdout;
  if (!file) {
    std::fprintf(stderr, "carescore-gen: cannot write %s\n", output);
    return 1;
  }
  ExportStats stats;
  bool writeFailed = false;
  const bool known = writeExport(spec, [&](std::string_view piece) {
    writeFailed = writeFailed || std::fwrite(piece.data(), 1, piece.size(), file) != piece.size();
  }, &stats);
  if (output) writeFailed = std::fclose(file) != 0 || writeFailed;
  if (!known) return usage("unknown --encoding");
  if (writeFailed) {
    std::fprintf(stderr, "carescore-gen: write failed\n");
    return 1;
  }
  std::fprintf(stderr, "carescore-gen: %llu rows, %llu bytes%s\n", static_cast<unsigned long long>(stats.rows),
               static_cast<unsigned long long>(stats.bytes),
               stats.unencodable ? " (some characters not encodable, written as '?')" : "");
  return 0;
}
