#include "app/views/analysis_views.h"

#include "app/app_state.h"

namespace carescore {

namespace {

constexpr AnalysisView kViews[] = {
  {"trends", Text::TabTrends, [](Analysis& a, ViewStates& v, AppState& s) { drawTrendsView(a, v.trends, s); }},
  {"service_level", Text::TabServiceLevel, [](Analysis& a, ViewStates& v, AppState& s) { drawServiceLevelView(a, v.serviceLevel, s); }},
  {"surveys", Text::TabSurveys, [](Analysis& a, ViewStates& v, AppState& s) { drawSurveysView(a, v.surveys, s); }},
  {"agents", Text::TabAgents, [](Analysis& a, ViewStates& v, AppState& s) { drawAgentsView(a, v.agents, s); }},
  {"topics", Text::TabTopics, [](Analysis& a, ViewStates& v, AppState& s) { drawTopicsView(a, v.topics, s); }},
  {"goals", Text::TabGoals, [](Analysis& a, ViewStates& v, AppState& s) { drawGoalsView(a, v.goals, s); }},
  {"standards", Text::ViewStandardsEditor, [](Analysis& a, ViewStates& v, AppState& s) { drawStandardsEditor(a, v.standards, s); }},
};

} // namespace

std::span<const AnalysisView> analysisViews() { return kViews; }

const AnalysisView* findAnalysisView(std::string_view name) {
  for (const AnalysisView& view : kViews)
    if (view.name == name) return &view;
  return nullptr;
}

bool drawAnalysisView(std::string_view name, Analysis& analysis, ViewStates& views, AppState& state) {
  state.viewReport = {};
  const AnalysisView* view = findAnalysisView(name);
  if (!view) return false;
  state.viewReport.name = std::string(name);
  view->draw(analysis, views, state);
  return true;
}

} // namespace carescore
