// carescore-bench: throughput of the engine's stages on a generated ticket export, native and as
// WebAssembly under node. Prints figures; asserts nothing (speed is measured, not unit-tested).
//   carescore-bench [--rows N | --megabytes N] [--runs N]
// The export (carescore-gen's tickets CSV: 1,000,000 rows ≈ 160 MB by default) is written to a
// temporary file and streamed back in 2 MiB chunks, as the browser's File.stream() hands it over,
// so memory holds what the reader keeps, not the file.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/file_stats.h"
#include "core/ingest/csv_tokenizer.h"
#include "core/ingest/file_reader.h"
#include "core/ingest/transcoder.h"
#include "bench/counted_heap.h"
#include "bench/process_usage.h"
#include "tools/synthetic_exports.h"


namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kChunk = 2 << 20;  // what file.stream() hands over at a time


// Streams the file in chunks to `consume`, reusing one buffer.
template <class F>
void streamFile(std::FILE* file, std::vector<std::uint8_t>& buffer, F&& consume) {
  std::rewind(file);
  while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), file)) consume({buffer.data(), n});
}


double gBestCpuSeconds = 0;  // of the last bestSeconds() call

template <class F>
double bestSeconds(int runs, F&& run) {
  double best = 1e30;
  gBestCpuSeconds = 1e30;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    const double cpuStart = carescore::bench::cpuSeconds();
    run();
    best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    gBestCpuSeconds = std::min(gBestCpuSeconds, carescore::bench::cpuSeconds() - cpuStart);
  }
  return best;
}

struct CountingSink : carescore::RecordSink {
  std::uint64_t records = 0, fields = 0;
  void onRecord(std::span<const std::string_view> f, const carescore::RecordInfo&) override {
    ++records;
    fields += f.size();
  }
};

} // namespace

int main(int argc, char** argv) {
  std::uint64_t rows = 1000000;
  int runs = 3;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--rows") == 0) rows = std::strtoull(argv[i + 1], nullptr, 10);
    if (std::strcmp(argv[i], "--megabytes") == 0) rows = std::strtoull(argv[i + 1], nullptr, 10) * 1000000 / 160;
    if (std::strcmp(argv[i], "--runs") == 0) runs = std::max(1, std::atoi(argv[i + 1]));
  }

  std::FILE* file = std::tmpfile();
  if (!file) {
    std::fprintf(stderr, "carescore-bench: cannot create a temporary file\n");
    return 1;
  }
  carescore::tools::ExportStats generated;
  carescore::tools::writeExport({.kind = carescore::tools::ExportKind::Tickets, .rows = rows},
                                [&](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), file); }, &generated);
  std::fflush(file);
  const double mb = static_cast<double>(generated.bytes) / 1e6;
  std::printf("input: %.1f MB generated ticket CSV (carescore-gen --kind tickets --rows %llu), streamed in %zu MiB chunks\n", mb,
              static_cast<unsigned long long>(rows), kChunk >> 20);

  std::vector<std::uint8_t> buffer(kChunk);
  const std::size_t heapBase = carescore::bench::heapBytesNow();

  carescore::FileStats stats;
  const double lineSeconds = bestSeconds(runs, [&] {
    carescore::LineCounter counter;
    streamFile(file, buffer, [&](std::span<const std::uint8_t> chunk) { counter.feed(chunk); });
    stats = counter.stats();
  });
  std::printf("line count:        %.3f s best of %d, %6.0f MB/s (%llu lines)\n", lineSeconds, runs, mb / lineSeconds,
              static_cast<unsigned long long>(stats.lines));

  CountingSink sink;
  const double tokenizeSeconds = bestSeconds(runs, [&] {
    carescore::Diagnostics diagnostics;
    sink = CountingSink();
    carescore::CsvTokenizer tokenizer({}, sink, diagnostics);
    streamFile(file, buffer, [&](std::span<const std::uint8_t> chunk) {
      tokenizer.feed({reinterpret_cast<const char*>(chunk.data()), chunk.size()});
    });
    tokenizer.finish();
  });
  std::printf("csv tokenize:      %.3f s best of %d, %6.0f MB/s, %5.2f M records/s (%llu records, %llu fields)\n",
              tokenizeSeconds, runs, mb / tokenizeSeconds, static_cast<double>(sink.records) / tokenizeSeconds / 1e6,
              static_cast<unsigned long long>(sink.records), static_cast<unsigned long long>(sink.fields));

  const double decodeSeconds = bestSeconds(runs, [&] {
    carescore::Diagnostics diagnostics;
    sink = CountingSink();
    carescore::Transcoder transcoder(carescore::Encoding::Utf8);
    carescore::CsvTokenizer tokenizer({}, sink, diagnostics);
    std::string text;
    std::vector<carescore::DecodeIssue> issues;
    streamFile(file, buffer, [&](std::span<const std::uint8_t> chunk) {
      transcoder.decode(chunk, text, issues);
      tokenizer.feed(text);
    });
    transcoder.finish(text, issues);
    tokenizer.feed(text);
    tokenizer.finish();
  });
  std::printf("decode + tokenize: %.3f s best of %d, %6.0f MB/s, %5.2f M records/s (UTF-8 validated and composed, then split)\n",
              decodeSeconds, runs, mb / decodeSeconds, static_cast<double>(sink.records) / decodeSeconds / 1e6);

  std::size_t peakHeap = 0, tableBytes = 0;
  std::uint64_t rowsRead = 0, diagnostics = 0;
  std::size_t columns = 0;
  const double readSeconds = bestSeconds(runs, [&] {
    carescore::bench::resetHeapPeak();
    carescore::FileReader reader({.fileName = "tickets.csv", .expectedBytes = generated.bytes});
    streamFile(file, buffer, [&](std::span<const std::uint8_t> chunk) { reader.feed(chunk); });
    const carescore::ReadResult result = reader.finish();
    peakHeap = carescore::bench::heapPeakBytes() - heapBase;
    tableBytes = result.table.memoryBytes();
    rowsRead = result.rowsRead;
    columns = result.table.columns.size();
    diagnostics = result.diagnostics.total();
  });
  std::printf("full read:         %.3f s best of %d, %6.0f MB/s, %5.2f M rows/s (%llu rows, %zu columns, %llu diagnostics)\n",
              readSeconds, runs, mb / readSeconds, static_cast<double>(rowsRead) / readSeconds / 1e6,
              static_cast<unsigned long long>(rowsRead), columns, static_cast<unsigned long long>(diagnostics));
  if (gBestCpuSeconds > 0)
    std::printf("    CPU time of the best run: %.3f s, %.0f MB/s\n", gBestCpuSeconds, mb / gBestCpuSeconds);
  std::printf("    decode + sniff + parse + infer + build, FileReader fed %zu MiB chunks\n", kChunk >> 20);
  std::printf("peak heap during the read: %.1f MB (%.2f x the file; the table itself %.1f MB)\n", static_cast<double>(peakHeap) / 1e6,
              static_cast<double>(peakHeap) / static_cast<double>(generated.bytes), static_cast<double>(tableBytes) / 1e6);
  std::printf("peak memory of the process: %.0f MB\n", carescore::bench::peakMegabytes());
  std::fclose(file);
  return 0;
}
