// A metric's parameter values for one request: the catalogue's defaults overlaid with the values
// given, checked against each parameter's type, range and order; and the variant's formula with
// those values written in ("answered within 120 s ÷ …"). Not the profile validator: a request
// that fails here gets an Invalid result, whoever built it.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/metrics/catalogue.h"
#include "core/standards/profile.h"

namespace carescore {

// The catalogue's defaults overlaid with `given`; an error names the first value that does not fit.
struct ParameterResolution;
ParameterResolution resolveParameters(const MetricDefinition& metric, const Parameters& given);

class MetricParameters {
public:
  // Numeric parameters (seconds, days, counts, numbers, percent) in their catalogue unit.
  double number(std::string_view key) const;
  std::string_view choice(std::string_view key) const;
  const std::vector<std::string>& texts(std::string_view key) const;
  // The value as the formula shows it: "120 s", "7 days", "3 %", "higher_is_easier", "(none)".
  std::string display(std::string_view key) const;

private:
  friend ParameterResolution resolveParameters(const MetricDefinition&, const Parameters&);
  struct Entry {
    const ParameterDefinition* definition = nullptr;
    double number = 0;
    std::string choice;
    std::vector<std::string> texts;
  };
  const Entry& entry(std::string_view key) const;
  std::vector<Entry> entries_;
};

struct ParameterResolution {
  MetricParameters parameters;
  std::string error;  // empty when every given value fits; else what is wrong, naming the key
};

// The variant's formula with each parameter key it reads replaced by its value.
std::string filledFormula(const VariantDefinition& variant, const MetricParameters& parameters);
// The same with each key replaced by valueOf(key): "{threshold_seconds}" makes a template of it.
std::string formulaWith(const VariantDefinition& variant, const std::function<std::string(std::string_view)>& valueOf);

std::string formatNumberForText(double value);  // 120, 0.5, 1e+06 → "120", "0.5", "1000000"

} // namespace carescore
