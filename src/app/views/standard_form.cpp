#include "app/views/standard_form.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/i18n/engine_texts.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/theme.h"
#include "app/ui_items.h"
#include "app/views/view_support.h"
#include "core/metrics/catalogue.h"

namespace carescore {

namespace {

constexpr Text kComparatorNames[] = {Text::ViewAtLeast, Text::ViewAtMost, Text::ViewBetween};
constexpr Text kPeriodNames[] = {Text::PeriodDay, Text::PeriodWeek, Text::PeriodMonth};

void section(const char* title) {
  ImGui::Spacing();
  ImGui::TextDisabled("%s", title);
  ImGui::Separator();
}

// A label column on the left, the widget filling the rest.
void row(const char* label) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine(em(11));
  ImGui::SetNextItemWidth(-1);
}

bool optionalNumber(const char* id, std::optional<double>& value) {
  double number = value.value_or(0);
  if (!ImGui::InputDouble(id, &number, 0, 0, "%.6g")) return false;
  value = number;
  return true;
}

bool listInput(const char* id, std::vector<std::string>& items) {
  std::string text = joinList(items);
  if (!ImGui::InputText(id, &text)) return false;
  items = splitList(text);
  return true;
}

bool targetInput(Target& target) {
  bool changed = false;
  int comparator = static_cast<int>(target.comparator);
  ImGui::SetNextItemWidth(em(8));
  if (ImGui::BeginCombo("##comparator", tr(kComparatorNames[comparator]))) {
    for (int i = 0; i < 3; ++i)
      if (ImGui::Selectable(tr(kComparatorNames[i]), i == comparator)) target.comparator = static_cast<Comparator>(i), changed = true;
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em(7));
  if (target.comparator == Comparator::Between) {
    changed |= optionalNumber("##low", target.low);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(7));
    changed |= optionalNumber("##high", target.high);
  } else {
    changed |= optionalNumber("##value", target.value);
  }
  return changed;
}

// A choice parameter's word in the language; "metric.statistic" choices as the views name both.
std::string choiceName(std::string_view word) {
  const std::size_t dot = word.find('.');
  if (dot == std::string_view::npos) return choiceText(word);
  const std::string_view statistic = word.substr(dot + 1);
  const char* named = statisticName(statistic);
  return std::string(metricName(word.substr(0, dot))) + " · " + (*named ? std::string(named) : std::string(statistic));
}

bool parameterInput(const MetricDefinition& metric, const ParameterDefinition& definition, Parameters& parameters) {
  const std::string key(definition.key);
  auto it = parameters.find(key);
  bool custom = it != parameters.end();
  bool changed = false;
  ImGui::PushID(key.c_str());
  if (ImGui::Checkbox("##custom", &custom)) {
    changed = true;
    if (!custom) parameters.erase(key);
    else if (definition.type == ParameterType::TextList) parameters[key] = std::vector<std::string>{};
    else if (definition.type == ParameterType::Choice) parameters[key] = std::string(definition.defaultChoice);
    else parameters[key] = definition.defaultNumber;
    it = parameters.find(key);
  }
  ImGui::SameLine();
  ImGui::TextUnformatted(key.c_str());
  if (ImGui::IsItemHovered() && !definition.description.empty())
    ImGui::SetTooltip("%s", parameterDescription(metric, definition).c_str());
  ImGui::SameLine(em(13));
  ImGui::SetNextItemWidth(-1);
  if (!custom) {
    const std::string shown = definition.type == ParameterType::Choice     ? choiceName(definition.defaultChoice)
                              : definition.type == ParameterType::TextList ? std::string("—")
                                                                           : formatNumber(definition.defaultNumber, 2);
    ImGui::TextDisabled("%s  (%s)", shown.c_str(), tr(Text::ViewDefault));
  } else if (auto* number = std::get_if<double>(&it->second)) {
    changed |= ImGui::InputDouble("##number", number, 0, 0, "%.6g");
  } else if (auto* word = std::get_if<std::string>(&it->second)) {
    if (ImGui::BeginCombo("##choice", choiceName(*word).c_str())) {
      for (std::string_view choice : definition.choices)
        if (ImGui::Selectable(choiceName(choice).c_str(), choice == *word)) *word = std::string(choice), changed = true;
      ImGui::EndCombo();
    }
  } else if (auto* list = std::get_if<std::vector<std::string>>(&it->second)) {
    changed |= listInput("##list", *list);
  }
  ImGui::PopID();
  return changed;
}

bool metricInputs(MetricChoice& choice) {
  bool changed = false;
  const MetricDefinition* metric = findMetric(choice.key);
  row(tr(Text::ViewMetric));
  if (ImGui::BeginCombo("##metric", metric ? metricName(*metric) : choice.key.c_str())) {
    for (const MetricDefinition& candidate : metricCatalogue())
      if (ImGui::Selectable(metricName(candidate), candidate.key == choice.key)) {
        choice = MetricChoice{std::string(candidate.key), {}, {}, {}};
        changed = true;
      }
    ImGui::EndCombo();
  }
  metric = findMetric(choice.key);
  if (!metric) return changed;
  row(tr(Text::ViewStatistic));
  const std::string_view statistic = choice.statistic.empty() ? headlineStatisticOf(*metric).key : std::string_view(choice.statistic);
  if (ImGui::BeginCombo("##statistic", statisticName(statistic))) {
    for (const StatisticDefinition& candidate : metric->statistics)
      if (ImGui::Selectable(statisticName(candidate.key), candidate.key == statistic)) choice.statistic = std::string(candidate.key), changed = true;
    ImGui::EndCombo();
  }
  row(tr(Text::ViewVariant));
  const VariantDefinition& variant = choice.variant.empty() ? defaultVariantOf(*metric) : *findVariant(*metric, choice.variant);
  if (ImGui::BeginCombo("##variant", variantLabel(*metric, variant).c_str())) {
    for (const VariantDefinition& candidate : metric->variants)
      if (ImGui::Selectable(variantLabel(*metric, candidate).c_str(), &candidate == &variant)) choice.variant = std::string(candidate.key), changed = true;
    ImGui::EndCombo();
  }
  for (const ParameterDefinition& parameter : metric->parameters)
    if (variantUses(variant, parameter.key)) changed |= parameterInput(*metric, parameter, choice.parameters);
  return changed;
}

bool scopeInputs(Scope& scope) {
  bool changed = false;
  row(tr(Text::ViewChannels));
  changed |= listInput("##channels", scope.channels);
  for (std::size_t i = 0; i < scope.filters.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ImGui::SetNextItemWidth(em(9));
    changed |= ImGui::InputTextWithHint("##field", tr(Text::ViewField), &scope.filters[i].field);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - em(6));
    changed |= listInput("##values", scope.filters[i].values);
    ImGui::SameLine();
    const bool remove = ImGui::Button(tr(Text::ViewRemove));
    ImGui::PopID();
    if (remove) {
      scope.filters.erase(scope.filters.begin() + static_cast<std::ptrdiff_t>(i));
      return true;
    }
  }
  if (ImGui::Button(tr(Text::ViewAddFilter))) scope.filters.push_back({"team", {}}), changed = true;
  return changed;
}

bool overrideInputs(std::vector<Override>& overrides) {
  bool changed = false;
  for (std::size_t i = 0; i < overrides.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ImGui::TextDisabled("%s %zu", tr(Text::ViewOverride), i + 1);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(10));
    changed |= listInput("##channels", overrides[i].scope.channels);
    ImGui::SameLine();
    if (!overrides[i].target) overrides[i].target = Target{};
    changed |= targetInput(*overrides[i].target);
    ImGui::SameLine();
    const bool remove = ImGui::Button(tr(Text::ViewRemove));
    ImGui::PopID();
    if (remove) {
      overrides.erase(overrides.begin() + static_cast<std::ptrdiff_t>(i));
      return true;
    }
  }
  if (ImGui::Button(tr(Text::ViewAddOverride))) overrides.push_back({Scope{{"chat"}, {}}, Target{}, {}}), changed = true;
  return changed;
}

} // namespace

std::vector<std::string> splitList(const std::string& text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    std::string item = text.substr(start, end - start);
    const auto first = item.find_first_not_of(' '), last = item.find_last_not_of(' ');
    if (first != std::string::npos) items.push_back(item.substr(first, last - first + 1));
    start = end + 1;
  }
  return items;
}

std::string joinList(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

bool drawStandardForm(Standard& standard, const std::vector<Group>& groups, AppState& state) {
  bool changed = false;
  row(tr(Text::ViewId));
  changed |= ImGui::InputText("##id", &standard.id);
  noteItem(state, "standard_id");
  const std::pair<const char*, std::string*> labels[] = {{"English", &standard.label.en}, {"Tiếng Việt", &standard.label.vi}, {"Русский", &standard.label.ru}};
  for (const auto& [language, text] : labels) {
    row((std::string(tr(Text::ViewLabel)) + " · " + language).c_str());
    changed |= ImGui::InputText((std::string("##label_") + language).c_str(), text);
  }
  row(tr(Text::ViewGroup));
  const auto current = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.id == standard.group; });
  if (ImGui::BeginCombo("##group", current == groups.end() ? standard.group.c_str() : localText(current->label).c_str())) {
    for (const Group& group : groups)
      if (ImGui::Selectable(localText(group.label).c_str(), group.id == standard.group)) standard.group = group.id, changed = true;
    ImGui::EndCombo();
  }
  section(tr(Text::ViewMetric));
  changed |= metricInputs(standard.metric);
  section(tr(Text::ChartTarget));
  changed |= targetInput(standard.target);
  noteItem(state, "standard_target");
  row(tr(Text::ViewPeriod));
  int period = static_cast<int>(standard.period);
  if (ImGui::Combo("##period", &period, [](void*, int i, const char** out) { *out = tr(kPeriodNames[i]); return true; }, nullptr, 3))
    standard.period = static_cast<Period>(period), changed = true;
  row(tr(Text::ViewMinN));
  int minN = static_cast<int>(standard.minN);
  if (ImGui::InputInt("##min_n", &minN)) standard.minN = static_cast<std::uint32_t>(std::max(0, minN)), changed = true;
  section(tr(Text::ViewScope));
  changed |= scopeInputs(standard.scope);
  section(tr(Text::ViewOverrides));
  changed |= overrideInputs(standard.overrides);
  return changed;
}

} // namespace carescore
