#include "app/gallery/chart_gallery.h"

#include <string>

#include <imgui.h>

#include "app/app_state.h"
#include "app/charts/charts.h"
#include "app/gallery/gallery_data.h"
#include "app/i18n/date_format.h"
#include "app/i18n/engine_texts.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/theme.h"
#include "app/ui_items.h"
#include "app/verdict_icons.h"
#include "app/views/view_card.h"

namespace carescore {

namespace {

using namespace charts;

// A gallery card: the shared chart card, reporting into the gallery's part of the state.
class Card : public ChartCard {
public:
  Card(AppState& state, const char* name, const char* title, float width) : ChartCard(state, name, title, width), state_(state) {}

  void report(const ChartResult& result) {
    note(result);
    std::vector<bool> shown;
    for (const LegendEntry& entry : result.legend) shown.push_back(entry.visible);
    state_.gallery.legend[name()] = shown;
    state_.gallery.pointsDrawn[name()] = result.pointsDrawn;
    if (result.tooltipShown) state_.gallery.tooltipChart = name();
  }

private:
  AppState& state_;
};

void lineCard(AppState& state, const gallery::GalleryData& d, float width, float height) {
  Card card(state, "line", tr(Text::GalleryLine), width);
  const std::string phone = channelName("phone"), chat = channelName("chat");
  const LineSeries series[] = {
    {phone.c_str(), d.dayMs, d.phoneLevel, d.phoneCalls, d.phoneLower, d.phoneUpper},
    {chat.c_str(), d.dayMs, d.chatLevel, d.chats},
  };
  LineChartSpec spec;
  spec.series = series;
  spec.yAxis = {tr(Text::MetricServiceLevel), {ValueKind::Percent, 1}, kAuto, 100, false};
  const std::string target = trFormat(Text::TargetAtLeast, {formatPercent(90, 0)});
  spec.target = {90, target.c_str()};
  card.report(lineChart("chart", spec, card.size(height)));
}

void denseCard(AppState& state, const gallery::GalleryData& d, float width, float height) {
  Card card(state, "dense", tr(Text::GalleryDense), width);
  const LineSeries series[] = {{tr(Text::ChartWaitTime), d.denseMs, d.denseWaitSeconds}};
  LineChartSpec spec;
  spec.series = series;
  spec.yAxis = {tr(Text::ChartWaitTime), {ValueKind::Duration, 0}};
  spec.legend = false;
  card.report(lineChart("chart", spec, card.size(height)));
}

void barsCard(AppState& state, const gallery::GalleryData& d, float width, float height) {
  Card card(state, "bars", tr(Text::GalleryBars), width);
  const std::string channels[] = {channelName("phone"), channelName("chat"), channelName("email"), channelName("social")};
  const char* const categories[] = {channels[0].c_str(), channels[1].c_str(), channels[2].c_str(), channels[3].c_str()};
  const BarSeries series[] = {{monthName(8, NameWidth::Long), d.levelAugust, d.contactsAugust},
                              {monthName(9, NameWidth::Long), d.levelSeptember, d.contactsSeptember}};
  BarChartSpec spec;
  spec.categories = categories;
  spec.series = series;
  spec.valueAxis = {tr(Text::MetricServiceLevel), {ValueKind::Percent, 1}, 0, 100};
  const std::string target = trFormat(Text::TargetAtLeast, {formatPercent(90, 0)});
  spec.target = {90, target.c_str()};
  card.report(barChart("chart", spec, card.size(height)));
}

void stackedCard(AppState& state, const gallery::GalleryData& d, float width, float height) {
  Card card(state, "stacked", tr(Text::GalleryStacked), width);
  const char* const months[] = {monthName(7, NameWidth::Long), monthName(8, NameWidth::Long), monthName(9, NameWidth::Long)};
  const BarSeries series[] = {{tr(Text::SurveyPromoters), d.promoters}, {tr(Text::SurveyPassives), d.passives},
                              {tr(Text::SurveyDetractors), d.detractors}};
  const ImU32 colors[] = {verdictColor(Verdict::Pass), verdictColor(Verdict::NoData), verdictColor(Verdict::Fail)};
  BarChartSpec spec;
  spec.categories = months;
  spec.series = series;
  spec.layout = BarLayout::Stacked100;
  spec.valueAxis = {tr(Text::ChartShare), {ValueKind::Count, 0}};
  spec.colors = colors;
  card.report(barChart("chart", spec, card.size(height)));
}

void histogramCard(AppState& state, const gallery::GalleryData& d, float width, float height) {
  Card card(state, "histogram", tr(Text::GalleryHistogram), width);
  HistogramSpec spec;
  spec.edges = d.waitEdges;
  spec.counts = d.waitCounts;
  spec.xAxis = {tr(Text::ChartWaitTime), {ValueKind::Duration, 0}};
  spec.countTitle = tr(Text::ChartContacts);
  const std::string threshold = trFormat(Text::TargetAtMost, {formatDuration(120)});
  spec.threshold = {120, threshold.c_str()};
  card.report(histogram("chart", spec, card.size(height)));
}

void heatmapCard(AppState& state, const gallery::GalleryData& d, float width, float height) {
  Card card(state, "heatmap", tr(Text::GalleryHeatmap), width);
  HeatmapSpec spec;
  spec.values = d.callsByHour;
  spec.n = d.callsByHourN;
  spec.format = {ValueKind::Count, 0};
  spec.valueTitle = tr(Text::ChartContacts);
  card.report(hourOfWeekHeatmap("chart", spec, card.size(height)));
}

// Four scorecard-like cards: verdict icon and word, value against target, sparkline.
void sparklineCards(AppState& state, const gallery::GalleryData& d, float width) {
  Card card(state, "cards", tr(Text::GallerySparklines), width);
  struct Demo {
    Verdict verdict;
    Text metric;
    double value, target;
    std::span<const double> trend;
  };
  const Demo demos[] = {
    {Verdict::Fail, Text::MetricServiceLevel, 82.4, 90, std::span(d.phoneLevel).first(14)},
    {Verdict::Pass, Text::MetricFirstResponse, 96.1, 90, std::span(d.chatLevel).first(14)},
    {Verdict::AtRisk, Text::MetricFirstContactResolution, 71.2, 70, std::span(d.phoneLevel).last(14)},
    {Verdict::NoData, Text::MetricCsat, NAN, 85, {}},
  };
  const float cardWidth = (width - ImGui::GetStyle().ItemSpacing.x * 3) / 4;
  for (std::size_t i = 0; i < std::size(demos); ++i) {
    const Demo& demo = demos[i];
    if (i > 0) ImGui::SameLine();
    ImGui::PushID(static_cast<int>(i));
    ImGui::BeginChild("card", ImVec2(cardWidth, em(7.2f)), true, ImGuiWindowFlags_NoScrollbar);
    verdictBadge(demo.verdict);
    ImGui::TextWrapped("%s", tr(demo.metric));
    ImGui::Text("%s   %s", formatPercent(demo.value, 1).c_str(), trFormat(Text::TargetAtLeast, {formatPercent(demo.target, 0)}).c_str());
    SparklineSpec spec{demo.trend, {demo.target}, verdictColor(demo.verdict)};
    sparkline("spark", spec, ImVec2(ImGui::GetContentRegionAvail().x, em(1.6f)));
    ImGui::EndChild();
    ImGui::PopID();
  }
  ChartResult whole;
  whole.min = ImGui::GetItemRectMin();
  whole.max = ImGui::GetItemRectMax();
  card.report(whole);
}

} // namespace

void drawChartGallery(AppState& state) {
  state.gallery = {};
  const gallery::GalleryData& d = gallery::galleryData();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Text::GalleryTitle));
  ImGui::SameLine();
  ImGui::TextDisabled("%s", tr(Text::GalleryNote));
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(tr(Text::GalleryClose)).x -
                                                       ImGui::GetStyle().FramePadding.x * 2));
  if (ImGui::Button(tr(Text::GalleryClose))) state.showGallery = false;
  noteItem(state, "gallery_close");
  ImGui::BeginChild("gallery", ImVec2(0, 0), false);
  const float spacing = ImGui::GetStyle().ItemSpacing.x * 2;
  const float width = (ImGui::GetContentRegionAvail().x - spacing) / 2;
  // Three rows of charts, the cards and the verdict key fit the window when it is tall enough;
  // below that the charts keep a readable minimum height and the gallery scrolls.
  const float height = std::max(em(11.0f), (ImGui::GetContentRegionAvail().y - em(12.5f)) / 3 - em(2.4f));
  lineCard(state, d, width, height);
  ImGui::SameLine(0, spacing);
  barsCard(state, d, width, height);
  heatmapCard(state, d, width, height);
  ImGui::SameLine(0, spacing);
  stackedCard(state, d, width, height);
  histogramCard(state, d, width, height);
  ImGui::SameLine(0, spacing);
  denseCard(state, d, width, height);
  sparklineCards(state, d, width * 2 + spacing);
  ImGui::Spacing();
  ImGui::TextUnformatted(tr(Text::GalleryVerdicts));
  for (Verdict verdict : {Verdict::Pass, Verdict::Fail, Verdict::AtRisk, Verdict::NoData}) {
    ImGui::SameLine(0, em(1.5f));
    verdictBadge(verdict);
  }
  ImGui::EndChild();
}

} // namespace carescore
