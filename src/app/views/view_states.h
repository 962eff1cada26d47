// What the analysis views keep between frames: each view's own state and caches, one member per
// view, held in AppState::views. The views themselves are registered in app.cpp's tab table.
#pragma once
#include "app/views/agents_view.h"
#include "app/views/goals_view.h"
#include "app/views/service_level_view.h"
#include "app/views/standards_editor_view.h"
#include "app/views/surveys_view.h"
#include "app/views/topics_view.h"
#include "app/views/trends_view.h"

namespace carescore {

struct ViewStates {
  TrendsViewState trends;
  ServiceLevelViewState serviceLevel;
  SurveysViewState surveys;
  AgentsViewState agents;
  TopicsViewState topics;
  GoalsViewState goals;
  StandardsEditorState standards;
};

} // namespace carescore
