// Parsing the catalogue's input requirements, and naming what is missing.
#include "core/metrics/requirements.h"

#include <algorithm>

namespace carescore {

namespace {

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// Splits on a separator character; pieces are trimmed.
std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    pieces.push_back(trim(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start)));
    if (end == std::string_view::npos) return pieces;
    start = end + 1;
  }
}

std::string nameFor(const FieldRef& ref, RecordKind metricKind) {
  if (ref.kind == metricKind) return std::string(ref.field);
  return std::string(nameOf(ref.kind)) + "." + std::string(ref.field);
}

std::string describe(const std::vector<FieldRef>& fields, RecordKind metricKind) {
  std::string text;
  for (const FieldRef& ref : fields) {
    if (!text.empty()) text += " + ";
    text += nameFor(ref, metricKind);
  }
  return text;
}

} // namespace

RequirementParse parseRequirement(std::string_view text, RecordKind kind) {
  RequirementParse result;
  for (std::string_view alternativeText : split(text, '|')) {
    std::vector<FieldRef> alternative;
    for (std::string_view name : split(alternativeText, '+')) {
      FieldRef ref{kind, name};
      if (const auto dot = name.find('.'); dot != std::string_view::npos) {
        const auto qualifier = recordKindFromName(name.substr(0, dot));
        if (!qualifier) {
          result.error.append("unknown record kind in \"").append(name).append("\"");
          return result;
        }
        ref = {*qualifier, name.substr(dot + 1)};
      }
      if (ref.field.empty() || !findField(ref.kind, ref.field)) {
        // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string.
        result.error.append("\"").append(name).append("\" is not a canonical field of ").append(nameOf(ref.kind));
        return result;
      }
      alternative.push_back(ref);
    }
    result.requirement.alternatives.push_back(std::move(alternative));
  }
  return result;
}

std::vector<std::string> missingInputs(const MetricDefinition& metric, const VariantDefinition& variant,
                                       const FieldAvailability& has) {
  return missingInputs(metric.kind, variant.inputs, has);
}

std::vector<std::string> missingInputs(RecordKind kind, std::span<const std::string_view> inputs,
                                       const FieldAvailability& has) {
  std::vector<std::string> messages;
  for (std::string_view text : inputs) {
    const RequirementParse parsed = parseRequirement(text, kind);
    if (!parsed.error.empty()) {
      messages.push_back("catalogue error: " + parsed.error);  // caught by the catalogue's tests
      continue;
    }
    const auto& alternatives = parsed.requirement.alternatives;
    const bool met = std::any_of(alternatives.begin(), alternatives.end(), [&](const std::vector<FieldRef>& fields) {
      return std::all_of(fields.begin(), fields.end(), [&](const FieldRef& ref) { return has(ref.kind, ref.field); });
    });
    if (met) continue;

    // One way to get it: name just the fields still missing. Several: name the first way, then the others.
    if (alternatives.size() == 1) {
      std::vector<FieldRef> missing;
      for (const FieldRef& ref : alternatives.front())
        if (!has(ref.kind, ref.field)) missing.push_back(ref);
      messages.push_back((missing.size() == 1 ? "needs field " : "needs fields ") + describe(missing, kind));
      continue;
    }
    std::string message = (alternatives.front().size() == 1 ? "needs field " : "needs fields ") +
                          describe(alternatives.front(), kind) + " (or ";
    for (std::size_t i = 1; i < alternatives.size(); ++i) {
      if (i > 1) message += ", or ";
      message += describe(alternatives[i], kind);
    }
    messages.push_back(message + ")");
  }
  return messages;
}

} // namespace carescore
