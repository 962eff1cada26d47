#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

#include "app/charts/charts.h"
#include "app/i18n/calendar.h"
#include "app/i18n/language.h"
#include "app/headless_ui.h"

using namespace carescore;
using namespace carescore::charts;
using carescore::testing::HeadlessUi;

namespace {

bool tooltipVisible() {
  const ImGuiWindow* window = ImGui::FindWindowByName("##Tooltip_00");
  return window && window->Active;
}

const std::vector<double> kDays = [] {
  std::vector<double> days;
  for (int i = 0; i < 30; ++i) days.push_back(static_cast<double>(epochMsOf({2026, 9, 1}) + i * kMsPerDay));
  return days;
}();

} // namespace

TEST_SUITE("app/charts") {

TEST_CASE("a line chart draws axes, lines and a tooltip with the value under the mouse") {
  HeadlessUi ui;
  std::vector<double> level(30), calls(30);
  std::vector<std::uint64_t> n(30);
  for (int i = 0; i < 30; ++i) level[i] = 80 + i * 0.5, n[i] = 1000 + i;
  const LineSeries series[] = {{"Phone", kDays, level, n}};
  LineChartSpec spec;
  spec.series = series;
  spec.yAxis.format = {ValueKind::Percent, 1};
  spec.target = {90};
  ChartResult result;
  const auto draw = [&] { result = lineChart("line", spec, ImVec2(600, 300)); };
  const int vertices = ui.frame(draw);
  CHECK(vertices > 500);  // grid, labels, line, markers, target
  CHECK(result.pointsDrawn == 30);
  CHECK_FALSE(result.tooltipShown);
  // The mouse over the 11th day (index 10): x of that day in the plot.
  const float x = result.plotMin.x + (result.plotMax.x - result.plotMin.x) * 10.0f / 29.0f;
  ui.mouse(ImVec2(x + 2, (result.plotMin.y + result.plotMax.y) / 2));
  ui.frame(draw);
  ui.frame(draw);
  CHECK(result.tooltipShown);
  CHECK(result.hover.series == 0);
  CHECK(result.hover.index == 10);
  CHECK(tooltipVisible());
}

TEST_CASE("a million points are reduced to at most four per device pixel column") {
  HeadlessUi ui;
  constexpr std::size_t kPoints = 1'000'000;
  std::vector<double> x(kPoints), y(kPoints);
  for (std::size_t i = 0; i < kPoints; ++i) x[i] = static_cast<double>(i) * 1000.0, y[i] = std::sin(static_cast<double>(i) * 0.01) * 60 + 60;
  const LineSeries series[] = {{"Wait", x, y}};
  LineChartSpec spec;
  spec.series = series;
  spec.yAxis.format = {ValueKind::Duration, 0};
  ChartResult result;
  ui.frame([&] { result = lineChart("dense", spec, ImVec2(800, 300)); });
  const float plotWidth = result.plotMax.x - result.plotMin.x;
  CHECK(result.pointsDrawn <= static_cast<std::size_t>(4 * std::ceil(plotWidth)));
  CHECK(result.pointsDrawn > static_cast<std::size_t>(plotWidth));
}

TEST_CASE("the legend toggles a series off and on") {
  HeadlessUi ui;
  const std::vector<double> a(30, 80.0), b(30, 95.0);
  const LineSeries series[] = {{"Phone", kDays, a}, {"Chat", kDays, b}};
  LineChartSpec spec;
  spec.series = series;
  ChartResult result;
  const auto draw = [&] { result = lineChart("toggle", spec, ImVec2(600, 300)); };
  ui.frame(draw);
  REQUIRE(result.legend.size() == 2);
  CHECK(result.pointsDrawn == 60);
  const ImVec2 chat((result.legend[1].min.x + result.legend[1].max.x) / 2, (result.legend[1].min.y + result.legend[1].max.y) / 2);
  const auto drawFrame = [&] { ui.frame(draw); };
  ui.click(chat, drawFrame);
  CHECK_FALSE(result.legend[1].visible);
  CHECK(result.legend[0].visible);
  CHECK(result.pointsDrawn == 30);  // only Phone is drawn
  ui.click(chat, drawFrame);
  CHECK(result.legend[1].visible);
  CHECK(result.pointsDrawn == 60);
}

TEST_CASE("a tooltip appears when the mouse is over a bar, naming that bar") {
  HeadlessUi ui;
  const char* const categories[] = {"Phone", "Chat", "Email"};
  const std::vector<double> august = {88, 95, 81}, september = {82, 96, 84};
  const BarSeries series[] = {{"Aug", august}, {"Sep", september}};
  BarChartSpec spec;
  spec.categories = categories;
  spec.series = series;
  spec.valueAxis = {"Service level", {ValueKind::Percent, 1}, 0, 100};
  spec.target = {90};
  ChartResult result;
  const auto draw = [&] { result = barChart("bars", spec, ImVec2(600, 300)); };
  CHECK(ui.frame(draw) > 300);
  CHECK(result.pointsDrawn == 6);
  CHECK_FALSE(tooltipVisible());
  // Chat's slot is the middle third; September is the right half of its group, near the bottom.
  const float slot = (result.plotMax.x - result.plotMin.x) / 3;
  ui.mouse(ImVec2(result.plotMin.x + slot * 1.5f + slot * 0.15f, result.plotMax.y - 10));
  ui.frame(draw);
  ui.frame(draw);
  CHECK(result.tooltipShown);
  CHECK(tooltipVisible());
  CHECK(result.hover.series == 1);
  CHECK(result.hover.index == 1);
}

TEST_CASE("every category of a narrow bar chart keeps a label; value labels read on a bar a pixel tall") {
  HeadlessUi ui;
  // SERVQUAL's five dimensions in Vietnamese, in a third of a 1280-px window: before, the labels
  // were fitted to the slot but drawn with a gap they no longer had, and every other one was skipped.
  const char* const dimensions[] = {"Phương tiện hữu hình", "Độ tin cậy", "Khả năng đáp ứng", "Sự đảm bảo", "Sự đồng cảm"};
  const std::vector<double> gaps = {-0.4, -1.2, 0.3, -0.8, -0.1};
  const BarSeries gapSeries[] = {{"Gap", gaps}};
  BarChartSpec servqual;
  servqual.categories = dimensions;
  servqual.series = gapSeries;
  servqual.valueAxis = {"Gap", {ValueKind::Number, 2}};
  ChartResult result;
  ui.frame([&] { result = barChart("servqual", servqual, ImVec2(400, 240)); });
  CHECK(result.xLabelsDrawn == 5);
  CHECK(result.valueLabelsDrawn == 0);  // not asked for

  // A goal funnel: 52,000 actual against a target of 100 draws the target one pixel tall; its number shows.
  const char* const steps[] = {"Reached", "Satisfied"};
  const std::vector<double> actual = {52000, 31000}, target = {100, 60};
  const BarSeries funnelSeries[] = {{"Actual", actual}, {"Target", target}};
  BarChartSpec funnel;
  funnel.categories = steps;
  funnel.series = funnelSeries;
  funnel.valueAxis = {"Customers", {ValueKind::Count, 0}};
  funnel.valueLabels = true;
  ui.frame([&] { result = barChart("funnel", funnel, ImVec2(600, 200)); });
  CHECK(result.pointsDrawn == 4);
  CHECK(result.valueLabelsDrawn == 4);
  CHECK(result.xLabelsDrawn == 2);
}

TEST_CASE("stacked bars, histogram, heatmap and sparkline draw; empty input says so") {
  HeadlessUi ui;
  const char* const months[] = {"Jul", "Aug"};
  const std::vector<double> promoters = {400, 380}, passives = {200, 210}, detractors = {90, 120};
  const BarSeries nps[] = {{"Promoters", promoters}, {"Passives", passives}, {"Detractors", detractors}};
  BarChartSpec stacked;
  stacked.categories = months;
  stacked.series = nps;
  stacked.layout = BarLayout::Stacked100;
  const std::vector<double> edges = {0, 30, 60, 90, 120};
  const std::vector<std::uint64_t> counts = {50, 30, 15, 5};
  HistogramSpec histogramSpec{edges, counts, {"Wait", {ValueKind::Duration, 0}}, "Calls", {60}};
  std::vector<double> heat(168);
  for (std::size_t i = 0; i < heat.size(); ++i) heat[i] = (i % 24 >= 8 && i % 24 < 18) ? static_cast<double>(i % 24) : NAN;
  HeatmapSpec heatSpec{heat, {}, {ValueKind::Count, 0}, "Calls"};
  const std::vector<double> trend = {80, 82, NAN, 85, 84};
  ChartResult a, b, c, d, empty;
  const auto all = [&] {
    a = barChart("stacked", stacked, ImVec2(500, 250));
    b = histogram("histogram", histogramSpec, ImVec2(500, 250));
    c = hourOfWeekHeatmap("heat", heatSpec, ImVec2(700, 300));
    d = sparkline("spark", {trend, {90}}, ImVec2(120, 24));
    empty = lineChart("empty", LineChartSpec{}, ImVec2(300, 200));
  };
  const int vertices = ui.frame(all);
  CHECK(vertices > 3000);
  CHECK(a.pointsDrawn == 6);
  CHECK(b.pointsDrawn == 4);
  CHECK(c.pointsDrawn == 168);
  CHECK(d.pointsDrawn == 4);
  CHECK(empty.pointsDrawn == 0);
  // Hover the heatmap's Tuesday 09:00 cell: row 1, column 9.
  const float cw = (c.plotMax.x - c.plotMin.x) / 24, ch = (c.plotMax.y - c.plotMin.y) / 7;
  ui.mouse(ImVec2(c.plotMin.x + cw * 9.5f, c.plotMin.y + ch * 1.5f));
  ui.frame(all);
  ui.frame(all);
  CHECK(c.hover.index == 24 + 9);
  CHECK(c.tooltipShown);
}

TEST_CASE("charts read in every language without missing strings") {
  HeadlessUi ui;
  const std::vector<double> level(30, 88.0);
  const LineSeries series[] = {{"SL", kDays, level}};
  LineChartSpec spec;
  spec.series = series;
  for (Language language : kLanguages) {
    setLanguage(language);
    ChartResult result;
    CHECK(ui.frame([&] { result = lineChart("lang", spec, ImVec2(600, 300)); }) > 300);
  }
  setLanguage(Language::English);
}

}
