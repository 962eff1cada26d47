// The analysis views as one table the shell registers: each view's name (for scripts and tests),
// its tab title, and the states they keep between frames. A view is a function of the analysis,
// its own state and the app state; none owns global state.
#pragma once
#include <span>
#include <string_view>

#include "app/i18n/translate.h"
#include "app/views/agents_view.h"
#include "app/views/goals_view.h"
#include "app/views/service_level_view.h"
#include "app/views/standards_editor_view.h"
#include "app/views/surveys_view.h"
#include "app/views/topics_view.h"
#include "app/views/trends_view.h"

namespace carescore {

class Analysis;
struct AppState;

struct ViewStates {
  TrendsViewState trends;
  ServiceLevelViewState serviceLevel;
  SurveysViewState surveys;
  AgentsViewState agents;
  TopicsViewState topics;
  GoalsViewState goals;
  StandardsEditorState standards;
};

struct AnalysisView {
  std::string_view name;  // "trends", "service_level", …
  Text title;
  void (*draw)(Analysis&, ViewStates&, AppState&);
};

std::span<const AnalysisView> analysisViews();
const AnalysisView* findAnalysisView(std::string_view name);

// Draws the view named `name` and reports what it drew in state.view; false for an unknown name.
bool drawAnalysisView(std::string_view name, Analysis& analysis, ViewStates& views, AppState& state);

} // namespace carescore
