// What computing one metric gives: every statistic of the metric with its unit, n, counts and
// interval; or why there is no number (insufficient data, missing fields, a bad request). Values,
// never exceptions. Not the computation (metric_engine.h) nor the verdict against a target.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/metrics/catalogue.h"
#include "core/stats/nps.h"
#include "core/stats/proportion.h"
#include "core/stats/sample_size.h"

namespace carescore {

enum class ResultStatus : std::uint8_t {
  Ok,                // the requested statistic has a value
  InsufficientData,  // too few records: `insufficient` says how many there are and how many it takes
  MissingInputs,     // the loaded data lacks a field: `missingInputs` names it and its alternatives
  Invalid,           // the request itself is wrong (unknown key, parameter out of range, no period)
};
std::string_view nameOf(ResultStatus status);

// What a period comparison can test a statistic with.
enum class Evidence : std::uint8_t {
  None,        // no test (ratios of totals, counts)
  Proportion,  // numerator of denominator: two-proportion test
  NpsCounts,   // promoters, passives, detractors: NPS difference
  Sample,      // the values themselves: Mann-Whitney U
};

struct StatisticResult {
  const StatisticDefinition* definition = nullptr;  // key, unit, direction from the catalogue
  std::optional<double> value;        // in the unit's terms; shares as proportions 0…1 (profiles write percent)
  std::optional<Interval> interval;   // 95 % (settings): Wilson for shares of counts, adjusted Wald for NPS
  std::optional<double> marginOfError;  // NPS: ± points from the trinomial variance
  std::uint64_t n = 0;                // records the statistic is computed over
  std::uint64_t numerator = 0;        // shares of counts: numerator ÷ denominator (= n)
  std::uint64_t denominator = 0;
  InsufficientData insufficient;      // when there is no value: have, need
  Evidence evidence = Evidence::None;
  NpsCounts npsCounts;                                 // Evidence::NpsCounts
  std::shared_ptr<const std::vector<double>> sample;   // Evidence::Sample, kept only when asked for

  std::string_view key() const { return definition ? definition->key : std::string_view{}; }
};

// Records the metric left out, and why ("short_abandons", "without_response", "out_of_scale"); or
// kept under an assumption worth saying ("abandons_without_wait" counted as late abandons).
struct RecordNote {
  std::string_view reason;
  std::uint64_t count = 0;
  bool leftOut = true;
};

struct MetricResult {
  const MetricDefinition* metric = nullptr;
  const VariantDefinition* variant = nullptr;
  std::string formula;                  // the variant's formula with the parameter values written in
  std::string_view statistic;           // the statistic the status is about (the headline by default)
  ResultStatus status = ResultStatus::Ok;
  InsufficientData insufficient;        // InsufficientData: of `statistic`
  std::vector<std::string> missingInputs;  // MissingInputs: "needs field wait_seconds (or created_at + answered_at)"
  std::string message;                  // Invalid: what is wrong with the request
  std::uint64_t n = 0;                  // what the metric counts (catalogue `counts`), for `statistic`
  std::vector<StatisticResult> statistics;  // every statistic of the metric, in catalogue order
  std::vector<RecordNote> notes;

  const StatisticResult* find(std::string_view key) const;
  // The value of a statistic, or nothing (unknown key, or no value).
  std::optional<double> value(std::string_view key) const;
  std::uint64_t noteCount(std::string_view reason) const;  // 0 when there is no such note
  bool ok() const { return status == ResultStatus::Ok; }
};

// A result that is not a number, for the cases found before any record is read.
MetricResult invalidResult(const MetricDefinition* metric, std::string message);

} // namespace carescore
