#include "core/mapping/missing_fields.h"

#include <algorithm>

#include "core/metrics/catalogue.h"
#include "core/metrics/requirements.h"

namespace carescore {

namespace {

bool hasValues(const Dataset& dataset, RecordKind kind, std::string_view field) {
  const Column* column = dataset.field(kind, field);
  return column && column->valueCount() > 0;
}

const VariantDefinition* variantOf(const MetricDefinition& metric, const MetricChoice& choice) {
  return choice.variant.empty() ? &defaultVariantOf(metric) : findVariant(metric, choice.variant);
}

} // namespace

std::vector<MissingForStandard> missingForProfile(const Profile& profile, const Dataset& dataset) {
  std::vector<MissingForStandard> missing;
  const FieldAvailability has = [&](RecordKind kind, std::string_view field) { return hasValues(dataset, kind, field); };
  for (const Standard& standard : profile.standards) {
    const MetricDefinition* metric = findMetric(standard.metric.key);
    if (!metric) continue;
    const VariantDefinition* variant = variantOf(*metric, standard.metric);
    if (!variant) continue;
    std::vector<std::string> messages = missingInputs(*metric, *variant, has);
    if (!messages.empty()) missing.push_back({standard.id, std::string(metric->key), std::move(messages)});
  }
  return missing;
}

std::vector<std::string> missingFieldKeys(const Profile& profile, const Dataset& dataset) {
  std::vector<std::string> keys;
  for (const Standard& standard : profile.standards) {
    const MetricDefinition* metric = findMetric(standard.metric.key);
    const VariantDefinition* variant = metric ? variantOf(*metric, standard.metric) : nullptr;
    if (!variant) continue;
    for (std::string_view input : variant->inputs) {
      const RequirementParse parsed = parseRequirement(input, metric->kind);
      if (!parsed.error.empty() || parsed.requirement.alternatives.empty()) continue;
      const auto& alternatives = parsed.requirement.alternatives;
      const bool met = std::any_of(alternatives.begin(), alternatives.end(), [&](const std::vector<FieldRef>& fields) {
        return std::all_of(fields.begin(), fields.end(), [&](const FieldRef& f) { return hasValues(dataset, f.kind, f.field); });
      });
      if (met) continue;
      for (const FieldRef& f : alternatives.front()) {
        if (hasValues(dataset, f.kind, f.field)) continue;
        std::string key = std::string(nameOf(f.kind)) + "." + std::string(f.field);
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
      }
    }
  }
  return keys;
}

} // namespace carescore
