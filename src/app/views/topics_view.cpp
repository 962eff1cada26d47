#include "app/views/topics_view.h"

#include <algorithm>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/analysis.h"
#include "app/app_state.h"
#include "app/charts/charts.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/views/view_card.h"
#include "app/views/view_support.h"

namespace carescore {

namespace {

using namespace charts;

constexpr std::size_t kBars = 12;

void compute(Analysis& analysis, TopicsViewState& view) {
  view.generation = analysis.generation();
  FaqOptions options;
  if (const Standard* standard = anyStandardFor(analysis.profile(), "repeat_topics")) {
    const Parameters& parameters = standard->metric.parameters;
    if (auto it = parameters.find("min_share_percent"); it != parameters.end())
      if (const double* percent = std::get_if<double>(&it->second)) options.minSharePercent = *percent;
    if (auto it = parameters.find("covered_topics"); it != parameters.end())
      if (const auto* topics = std::get_if<std::vector<std::string>>(&it->second)) options.coveredTopics = *topics;
  }
  view.faq = faqCandidates(analysis.selections(), options);
}

void drawBars(AppState& state, const FaqCandidates& faq) {
  ChartCard card(state, "topics", tr(Text::ViewTopicShares), ImGui::GetContentRegionAvail().x);
  const std::size_t shown = std::min(kBars, faq.candidates.size());
  std::vector<const char*> categories;
  std::vector<double> shares;
  std::vector<std::uint64_t> counts;
  for (std::size_t i = 0; i < shown; ++i) {
    categories.push_back(faq.candidates[i].topic.c_str());
    shares.push_back(faq.candidates[i].share * 100);
    counts.push_back(faq.candidates[i].count);
  }
  const std::string threshold = trFormat(Text::TargetAtLeast, {formatPercent(faq.minSharePercent, 0)});
  drawSingleBars(state, card,
                 {categories, {tr(Text::ChartShare), shares, counts}, {ValueKind::Percent, 1}, {faq.minSharePercent, threshold.c_str()}},
                 std::max(em(11), ImGui::GetContentRegionAvail().y * 0.4f));
}

void drawTable(AppState& state, const FaqCandidates& faq) {
  const Text headers[] = {Text::ViewTopic, Text::ChartCount, Text::ChartShare, Text::ViewInFaq, Text::ViewExamples};
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("faq", static_cast<int>(std::size(headers)), kFlags, ImVec2(0, std::max(em(8), ImGui::GetContentRegionAvail().y))))
    return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (Text header : headers) {
    ImGui::TableSetupColumn(tr(header), header == Text::ViewExamples ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_None,
                            header == Text::ViewExamples ? 3.0f : 1.0f);
    noteLabel(state, tr(header));
  }
  ImGui::TableHeadersRow();
  for (const FaqCandidate& candidate : faq.candidates) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(candidate.topic.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(formatCount(candidate.count).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(formatPercent(candidate.share * 100, 1).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(candidate.covered ? tr(Text::ViewYes) : tr(Text::ViewNo));
    ImGui::TableNextColumn();
    std::string examples;
    for (const std::string& example : candidate.examples) examples += (examples.empty() ? "" : " · ") + example;
    ImGui::TextUnformatted(examples.c_str());
  }
  ImGui::EndTable();
}

} // namespace

void drawTopicsView(Analysis& analysis, TopicsViewState& view, AppState& state) {
  if (view.generation != analysis.generation()) compute(analysis, view);
  viewHeading(state, tr(Text::TabTopics));
  ImGui::SameLine();
  const FaqCandidates& faq = view.faq;
  const std::string summary = trFormat(Text::ViewTopicsSummary, {formatCount(faq.candidates.size()), formatPercent(faq.minSharePercent, 0),
                                                                 formatCount(faq.withTopic), formatCount(faq.withoutTopic)});
  ImGui::TextDisabled("%s", summary.c_str());
  noteLabel(state, summary);
  for (const std::string& missing : faq.missingInputs) viewNote(state, trFormat(Text::ViewMissingInputs, {missing}));
  drawBars(state, faq);
  drawTable(state, faq);
}

} // namespace carescore
