// carescore-bench-load: what the app does with a dropped file, stage by stage, on a generated ticket
// export: the read (FileReader fed 64 KiB chunks, as Chromium's File.stream() hands them over, and
// the line count the files panel shows), the mapping (fingerprint, column profiles, detection,
// mapping, applying it) and the dataset (files concatenated per kind, surveys linked). Native and
// as WebAssembly under node. Prints figures and a digest of the dataset; asserts nothing. The
// generated export itself differs between the native (GCC) and WebAssembly (clang) builds: the
// generator's personName() draws two names as operands of one +, which the compilers evaluate in
// opposite orders. Compare digests within one build kind.
//   carescore-bench-load [--rows N] [--runs N] [--column-digests] [--column-memory]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "core/file_stats.h"
#include "core/ingest/file_reader.h"
#include "core/mapping/dataset_builder.h"
#include "core/time/zone_database.h"
#include "bench/counted_heap.h"
#include "bench/process_usage.h"
#include "embedded_assets.h"
#include "tools/synthetic_exports.h"

namespace {

using namespace carescore;
using Clock = std::chrono::steady_clock;
constexpr std::size_t kChunk = 64 << 10;  // what Chromium's File.stream() hands over at a time



struct Stage {
  const char* name;
  double wall = 1e30, cpu = 1e30;  // best of the runs
  std::size_t peakHeap = 0, heapAfter = 0;  // bytes above the heap before the run (the CSV aside)
};

template <class F>
void timed(Stage& stage, std::size_t heapBase, F&& run) {
  bench::resetHeapPeak();
  const auto start = Clock::now();
  const double cpuStart = bench::cpuSeconds();
  run();
  stage.wall = std::min(stage.wall, std::chrono::duration<double>(Clock::now() - start).count());
  stage.cpu = std::min(stage.cpu, bench::cpuSeconds() - cpuStart);
  stage.peakHeap = bench::heapPeakBytes() - heapBase;
  stage.heapAfter = bench::heapBytesNow() - heapBase;
}

// Every cell of every table of the dataset, codes and dictionary order included: a change that
// keeps the numbers but renumbers a dictionary shows here. With `perColumn`, each column's own
// digest is printed too, to find where two builds differ.
std::uint64_t digestOf(const Dataset& data, bool perColumn) {
  std::uint64_t hash = 0x243F6A8885A308D3ull;
  const auto mix = [&hash](std::uint64_t value) {
    hash = (hash ^ value) * 0x9E3779B97F4A7C15ull;
    hash ^= hash >> 29;
  };
  const auto mixText = [&mix](std::string_view text) {
    mix(text.size());
    for (char c : text) mix(static_cast<unsigned char>(c));
  };
  for (RecordKind kind : kRecordKinds) {
    const Table& table = data.of(kind);
    mix(table.rowCount());
    for (const Column& column : table.columns) {
      mixText(column.name);
      mix(static_cast<std::uint64_t>(column.type));
      mixText(column.format.description);
      for (std::uint64_t word : column.valid.words()) mix(word);
      for (double v : column.numbers) {
        std::uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        mix(bits);
      }
      for (std::int64_t ms : column.epochMs) mix(static_cast<std::uint64_t>(ms));
      for (std::uint32_t code : column.codes) mix(code);
      for (std::uint32_t code = 0; code < column.dictionary.size(); ++code) mixText(column.dictionary.at(code));
      if (perColumn) std::printf("  %s.%s %016llx\n", nameOf(kind).data(), column.name.c_str(), static_cast<unsigned long long>(hash));
    }
  }
  return hash;
}

// Where the memory is: each column's bytes (valid bits, values, dictionary), with a mark on those
// whose values or dictionary are the read table's storage, shared rather than copied.
void printColumnMemory(const char* table, const Table& columns, const Table* read) {
  for (const Column& column : columns.columns) {
    bool shared = false;
    if (read)
      for (const Column& r : read->columns)
        shared = shared || column.numbers.sharesWith(r.numbers) || column.epochMs.sharesWith(r.epochMs) ||
                 column.codes.sharesWith(r.codes) || (column.dictionary.size() > 0 && column.dictionary.sharesWith(r.dictionary));
    const std::size_t values = column.numbers.memoryBytes() + column.epochMs.memoryBytes() + column.codes.memoryBytes();
    std::printf("  %-8s %-28s %6.1f MB (valid %5.1f, values %5.1f, dictionary %5.1f: %zu strings)%s\n", table,
                column.name.substr(0, 28).c_str(), static_cast<double>(column.memoryBytes()) / 1e6,
                static_cast<double>(column.valid.memoryBytes()) / 1e6, static_cast<double>(values) / 1e6,
                static_cast<double>(column.dictionary.memoryBytes()) / 1e6, column.dictionary.size(), shared ? "  shared with the read" : "");
  }
}

} // namespace

int main(int argc, char** argv) {
  std::uint64_t rows = 1000000;
  int runs = 2;
  bool columnDigests = false, columnMemory = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--column-digests") == 0) columnDigests = true;
    if (std::strcmp(argv[i], "--column-memory") == 0) columnMemory = true;
  }
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--rows") == 0) rows = std::strtoull(argv[i + 1], nullptr, 10);
    if (std::strcmp(argv[i], "--runs") == 0) runs = std::max(1, std::atoi(argv[i + 1]));
  }
  const auto zones = ZoneDatabase::open(assets::zoneDatabase());
  if (!zones) {
    std::fprintf(stderr, "carescore-bench-load: the embedded zone database does not read\n");
    return 1;
  }
  std::string csv;
  tools::writeExport({.kind = tools::ExportKind::Tickets, .rows = rows}, [&](std::string_view piece) { csv.append(piece); });
  const double mb = static_cast<double>(csv.size()) / 1e6;
  std::printf("input: %.1f MB generated ticket CSV (carescore-gen --kind tickets --rows %llu), fed in %zu KiB chunks\n", mb,
              static_cast<unsigned long long>(rows), kChunk >> 10);

  Stage read{"read (decode, parse, infer, build; line count)"};
  Stage map{"map (fingerprint, profile, detect, map, apply)"};
  Stage dataset{"dataset (concatenate per kind, link surveys)"};
  std::uint64_t digest = 0;
  std::size_t contacts = 0, surveys = 0;
  SurveyLinks links;
  for (int run = 0; run < runs; ++run) {
    const std::size_t heapBase = bench::heapBytesNow();
    auto result = std::make_shared<ReadResult>();
    timed(read, heapBase, [&] {
      FileReader reader({.fileName = "tickets.csv", .expectedBytes = csv.size()});
      LineCounter lines;
      const auto* bytes = reinterpret_cast<const std::uint8_t*>(csv.data());
      for (std::size_t at = 0; at < csv.size(); at += kChunk) {
        const std::span<const std::uint8_t> chunk(bytes + at, std::min(kChunk, csv.size() - at));
        lines.feed(chunk);
        reader.feed(chunk);
      }
      *result = reader.finish();
    });
    DatasetBuilder builder({.zones = &*zones, .defaultZone = "Asia/Ho_Chi_Minh"});
    timed(map, heapBase, [&] { builder.addFile("tickets.csv", std::shared_ptr<const ReadResult>(std::move(result))); });
    std::shared_ptr<const Dataset> data;
    timed(dataset, heapBase, [&] { data = builder.sharedDataset(); });
    if (columnMemory && run + 1 == runs) {
      const Table& readTable = builder.file(0).read->table;
      printColumnMemory("read", readTable, nullptr);
      for (RecordKind kind : kRecordKinds) printColumnMemory(nameOf(kind).data(), data->of(kind), &readTable);
    }
    digest = digestOf(*data, columnDigests && run + 1 == runs);
    contacts = data->of(RecordKind::Contact).rowCount();
    surveys = data->of(RecordKind::Survey).rowCount();
    links = builder.links();
  }
  double wall = 0, cpu = 0;
  for (const Stage& stage : {read, map, dataset}) {
    std::printf("%-50s %7.3f s", stage.name, stage.wall);
    if (stage.cpu > 0) std::printf("  (CPU %.3f s)", stage.cpu);
    std::printf("  heap: peak %.0f MB, after %.0f MB\n", static_cast<double>(stage.peakHeap) / 1e6, static_cast<double>(stage.heapAfter) / 1e6);
    wall += stage.wall;
    cpu += stage.cpu;
  }
  std::printf("%-50s %7.3f s  %.0f MB/s", "total, best run of each stage", wall, mb / wall);
  if (cpu > 0) std::printf("  (CPU %.3f s)", cpu);
  std::printf("\ndataset: %zu contacts, %zu survey responses (linked by contact id %llu, by customer %llu, unlinked %llu); digest %016llx\n",
              contacts, surveys, static_cast<unsigned long long>(links.byContactId), static_cast<unsigned long long>(links.byCustomer),
              static_cast<unsigned long long>(links.unlinked), static_cast<unsigned long long>(digest));
  std::printf("peak heap of the load: %.0f MB (%.2f x the file; the generated CSV aside)\n",
              static_cast<double>(std::max({read.peakHeap, map.peakHeap, dataset.peakHeap})) / 1e6,
              static_cast<double>(std::max({read.peakHeap, map.peakHeap, dataset.peakHeap})) / static_cast<double>(csv.size()));
  std::printf("peak memory of the process: %.0f MB\n", bench::peakMegabytes());
  return 0;
}
