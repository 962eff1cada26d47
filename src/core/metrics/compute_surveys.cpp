// Survey metrics from response rows: NPS (answered, or blanks as passives), CSAT and CES on their
// profile scales, SERVQUAL gaps per dimension. Answers outside the scale are left out and counted.
#include <array>
#include <cmath>
#include <memory>

#include "core/metrics/compute_functions.h"
#include "core/metrics/result_builder.h"

namespace carescore {

namespace {

bool onScale(double value, double low, double high) { return value >= low && value <= high; }

constexpr std::array<std::string_view, 5> kServqualDimensions = {"reliability", "assurance", "tangibles", "empathy",
                                                                 "responsiveness"};

} // namespace

std::vector<MetricResult> computeNps(MetricJob& job) {
  const NumberField score = numberField(job.data(), RecordKind::Survey, "nps");
  const bool blankIsPassive = job.variantIs("blank_as_passive");
  std::vector<NpsCounts> counts(job.groupCount());
  std::vector<std::uint64_t> blank(job.groupCount(), 0), offScale(job.groupCount(), 0);
  forEachRow(job.rows(RecordKind::Survey), job.groups(RecordKind::Survey), [&](std::uint32_t row, std::size_t g) {
    if (!score.has(row)) {
      ++blank[g];
      counts[g].passives += blankIsPassive;
      return;
    }
    const double value = score.at(row);
    if (!onScale(value, 0, 10)) return void(++offScale[g]);
    if (value >= 9) ++counts[g].promoters;
    else if (value <= 6) ++counts[g].detractors;
    else ++counts[g].passives;
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setNps(results[g], job, counts[g]);
    if (blankIsPassive) note(results[g], "blanks_counted_passive", blank[g]);
    else exclude(results[g], "unanswered", blank[g]);
    exclude(results[g], "out_of_scale", offScale[g]);
  }
  finish(results, job);
  return results;
}

std::vector<MetricResult> computeCsat(MetricJob& job) {
  const NumberField rating = numberField(job.data(), RecordKind::Survey, "csat");
  const double low = job.number("scale_min"), high = job.number("scale_max");
  const double satisfiedMin = job.number("satisfied_min"), deficientMax = job.number("deficient_max");
  const Selection& selection = job.rows(RecordKind::Survey);
  std::vector<std::vector<double>> values = valueLists(job, selection);
  std::vector<std::array<std::uint64_t, 4>> counts(job.groupCount(), {0, 0, 0, 0});  // satisfied, deficient, unrated, off scale
  forEachRow(selection, job.groups(RecordKind::Survey), [&](std::uint32_t row, std::size_t g) {
    if (!rating.has(row)) return void(++counts[g][2]);
    const double value = rating.at(row);
    if (!onScale(value, low, high)) return void(++counts[g][3]);
    values[g].push_back(value);
    counts[g][0] += value >= satisfiedMin;
    counts[g][1] += value <= deficientMax;
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setShare(results[g], job, "satisfied_share", counts[g][0], values[g].size());
    setShare(results[g], job, "deficient_share", counts[g][1], values[g].size());
    setSummary(results[g], job, {"mean", {}, {}}, std::move(values[g]));
    exclude(results[g], "unrated", counts[g][2]);
    exclude(results[g], "out_of_scale", counts[g][3]);
  }
  finish(results, job);
  return results;
}

std::vector<MetricResult> computeCes(MetricJob& job) {
  const NumberField answer = numberField(job.data(), RecordKind::Survey, "ces");
  const double low = job.number("scale_min"), high = job.number("scale_max");
  const double points = job.number("low_effort_points");
  const bool higherIsEasier = job.parameters.choice("scale_direction") == "higher_is_easier";
  // The easiest `points` points: the top ones when a high answer means easy, else the bottom ones.
  const auto lowEffort = [&](double value) { return higherIsEasier ? value >= high - (points - 1) : value <= low + (points - 1); };
  const Selection& selection = job.rows(RecordKind::Survey);
  std::vector<std::vector<double>> values = valueLists(job, selection);
  std::vector<std::array<std::uint64_t, 3>> counts(job.groupCount(), {0, 0, 0});  // low effort, unanswered, off scale
  forEachRow(selection, job.groups(RecordKind::Survey), [&](std::uint32_t row, std::size_t g) {
    if (!answer.has(row)) return void(++counts[g][1]);
    const double value = answer.at(row);
    if (!onScale(value, low, high)) return void(++counts[g][2]);
    values[g].push_back(value);
    counts[g][0] += lowEffort(value);
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setShare(results[g], job, "low_effort_share", counts[g][0], values[g].size());
    setSummary(results[g], job, {"mean", {}, {}}, std::move(values[g]));
    exclude(results[g], "unanswered", counts[g][1]);
    exclude(results[g], "out_of_scale", counts[g][2]);
  }
  finish(results, job);
  return results;
}

std::vector<MetricResult> computeServqual(MetricJob& job) {
  const double low = job.number("scale_min"), high = job.number("scale_max");
  std::array<NumberField, 5> expected, perceived;
  std::array<std::string, 5> gapKeys;
  for (std::size_t d = 0; d < kServqualDimensions.size(); ++d) {
    const std::string dimension(kServqualDimensions[d]);
    expected[d] = numberField(job.data(), RecordKind::Survey, "servqual_expected_" + dimension);
    perceived[d] = numberField(job.data(), RecordKind::Survey, "servqual_perceived_" + dimension);
    gapKeys[d] = dimension + "_gap";
  }
  // Per segment and dimension: perceived − expected of each response that answered both on the scale;
  // and per response, the mean of its gaps (the sample a period test compares).
  std::vector<std::array<std::vector<double>, 5>> gaps(job.groupCount());
  std::vector<std::vector<double>> perResponse(job.groupCount());
  std::vector<std::array<std::uint64_t, 2>> left(job.groupCount(), {0, 0});  // no pair, off scale
  forEachRow(job.rows(RecordKind::Survey), job.groups(RecordKind::Survey), [&](std::uint32_t row, std::size_t g) {
    double sum = 0;
    int answered = 0;
    for (std::size_t d = 0; d < 5; ++d) {
      if (!expected[d].has(row) || !perceived[d].has(row)) continue;
      const double e = expected[d].at(row), p = perceived[d].at(row);
      if (!onScale(e, low, high) || !onScale(p, low, high)) {
        ++left[g][1];
        continue;
      }
      gaps[g][d].push_back(p - e);
      sum += p - e;
      ++answered;
    }
    if (answered == 0) ++left[g][0];
    else perResponse[g].push_back(sum / answered);
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    double gapSum = 0;
    int dimensions = 0;
    for (std::size_t d = 0; d < 5; ++d) {
      std::optional<double> gap;
      if (!gaps[g][d].empty()) {
        double sum = 0;
        for (const double v : gaps[g][d]) sum += v;
        gap = sum / static_cast<double>(gaps[g][d].size());
        gapSum += *gap;
        ++dimensions;
      }
      setValue(results[g], job, gapKeys[d], gap, gaps[g][d].size());
    }
    const std::uint64_t n = perResponse[g].size();
    setValue(results[g], job, "overall_gap", dimensions ? std::optional<double>(gapSum / dimensions) : std::nullopt, n);
    if (job.request.keepSample) {
      StatisticResult* overall = nullptr;
      for (StatisticResult& statistic : results[g].statistics)
        if (statistic.key() == "overall_gap") overall = &statistic;
      overall->evidence = Evidence::Sample;
      overall->sample = std::make_shared<const std::vector<double>>(std::move(perResponse[g]));
    }
    exclude(results[g], "without_pairs", left[g][0]);
    exclude(results[g], "answers_out_of_scale", left[g][1]);
  }
  finish(results, job);
  return results;
}

} // namespace carescore
