// The home screen: the compliance summary bar above the tabs, and one card per standard of the
// active profile, grouped as the profile groups them. A card says its verdict in colour, word and
// icon shape, the value against the target, the interval and n, the trend and the change against
// the previous period, and for a failure the segment that drives it. Enter or a click opens the
// standard's drill-down (drilldown_view.cpp).
#include <algorithm>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/app_state.h"
#include "app/charts/charts.h"
#include "app/i18n/engine_messages.h"
#include "app/i18n/engine_texts.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/local_text.h"
#include "app/theme.h"
#include "app/ui_items.h"
#include "app/verdict_icons.h"
#include "app/views/drilldown_view.h"
#include "app/views/scorecard_text.h"
#include "app/views/view_support.h"
#include "app/views/views.h"

namespace carescore {

namespace {

constexpr float kCardMinWidthEm = 19.0f;

bool noVerdict(Verdict verdict) { return verdict != Verdict::Pass && verdict != Verdict::Fail && verdict != Verdict::AtRisk; }

// The lines of a card's body below the verdict and label, each with its colour.
struct CardLine {
  std::string text;
  ImU32 color = 0;  // 0: the text colour
  bool large = false;
};

// `awaiting`: the drivers are still being searched; a fail keeps a line for its worst segment.
std::vector<CardLine> cardLines(const StandardCard& card, const Evaluation& e, const TimeZone& zone, bool awaiting) {
  std::vector<CardLine> lines;
  const ImU32 muted = palette().textMuted;
  if (e.value) {
    lines.push_back({formatProfileValue(*e.value, e.unit) + "   " + targetText(e.target, e.unit), 0, true});
    std::string stats;
    if (e.interval) stats = trFormat(Text::CardInterval, {formatProfileValue(e.interval->low, e.unit), formatProfileValue(e.interval->high, e.unit)}) + "   ";
    stats += trFormat(Text::ChartSampleSize, {formatCount(e.n)});
    lines.push_back({stats, muted});
  } else {
    lines.push_back({targetText(e.target, e.unit), muted});
  }
  switch (e.verdict) {
    case Verdict::NoData:
      if (!e.missing.empty()) {
        std::string exports;
        for (const std::string& name : e.usualExports) exports += (exports.empty() ? "" : ", ") + usualExportText(name);
        const std::string why = messageText(e.missing.front());
        lines.push_back({exports.empty() ? why : trFormat(Text::MissingField, {why, exports}), muted});
      }
      break;
    case Verdict::InsufficientData:
      lines.push_back({trFormat(Text::CardInsufficient, {formatCount(e.insufficient.have), formatCount(e.insufficient.need)}), muted});
      break;
    case Verdict::Invalid: lines.push_back({trFormat(Text::CardInvalid, {messageText(e.message)}), muted}); break;
    default: lines.push_back({changeText(e, zone), muted}); break;
  }
  if ((e.verdict == Verdict::Fail || e.verdict == Verdict::AtRisk) && !e.drivers.empty())
    lines.push_back({trFormat(Text::WorstSegment, {driverLabel(e.drivers.front())}), verdictColor(e.verdict)});
  else if ((e.verdict == Verdict::Fail || e.verdict == Verdict::AtRisk) && awaiting)
    lines.push_back({});  // blank, one line high: the card does not grow when its driver arrives
  if (card.scopes.size() > 1)
    lines.push_back({trFormat(Text::CardScopes, {scopeText(e.scope), std::to_string(card.scopes.size() - 1)}), muted});
  return lines;
}

// One card at the cursor, `width` wide; returns true when activated (click, Enter, Space).
bool drawCard(AppState& state, const StandardCard& card, float width) {
  const Evaluation* headline = headlineOf(card);
  if (!headline) return false;
  // Trends and drivers arrive a few frames after the verdicts (scoring.h): room is kept for them.
  const bool awaiting = awaitsDetails(state, card);
  const std::vector<CardLine> lines = cardLines(card, *headline, state.analysis.zone(), awaiting);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float pad = em(0.6f), lineHeight = ImGui::GetTextLineHeightWithSpacing();
  const bool sparkline = headline->trend.size() >= 2 && !noVerdict(headline->verdict);
  const float sparkHeight = sparkline || (awaiting && !noVerdict(headline->verdict)) ? em(1.8f) : 0.0f;
  const float wrap = width - 2 * pad;
  const std::string label = inLanguage(card.label);
  const float labelHeight = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap).y;
  float height = pad * 2 + lineHeight + labelHeight + style.ItemSpacing.y + sparkHeight;
  for (const CardLine& line : lines) height += ImGui::CalcTextSize(line.text.c_str(), nullptr, false, wrap).y * (line.large ? 1.25f : 1.0f) + style.ItemSpacing.y;

  const ImVec2 start = ImGui::GetCursorScreenPos();
  const ImVec2 end(start.x + width, start.y + height);
  ImGui::PushID(card.id.c_str());
  bool activated = ImGui::InvisibleButton("card", ImVec2(width, height));
  const bool hovered = ImGui::IsItemHovered(), focused = ImGui::IsItemFocused();
  // Space activates any focused item; Enter is ImGui's text-input key, so cards take it themselves.
  if (focused && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) activated = true;
  noteItem(state, ("card_" + card.id).c_str());
  ImGui::PopID();

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 color = verdictColor(card.verdict);
  draw->AddRectFilled(start, end, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), em(0.3f));
  draw->AddRectFilled(start, ImVec2(start.x + em(0.3f), end.y), color, em(0.3f), ImDrawFlags_RoundCornersLeft);
  if (focused) draw->AddRect(start, end, ImGui::GetColorU32(ImGuiCol_NavHighlight), em(0.3f), 0, 2.0f);

  // Verdict icon and word, then the standard's label.
  ImVec2 at(start.x + pad + em(0.2f), start.y + pad);
  const float icon = ImGui::GetFontSize();
  drawVerdictIcon(draw, ImVec2(at.x + icon * 0.5f, at.y + icon * 0.5f), icon, card.verdict);
  draw->AddText(ImVec2(at.x + icon + style.ItemInnerSpacing.x, at.y), color, verdictWord(card.verdict));
  at.y += lineHeight;
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, palette().text, label.c_str(), nullptr, wrap);
  at.y += labelHeight + style.ItemSpacing.y;
  for (const CardLine& line : lines) {
    if (!line.text.empty()) noteLabel(state, line.text);  // state().view.labels: what the cards say, for the language tests
    const float size = ImGui::GetFontSize() * (line.large ? 1.25f : 1.0f);
    draw->AddText(ImGui::GetFont(), size, at, line.color ? line.color : palette().text, line.text.c_str(), nullptr, wrap);
    at.y += ImGui::CalcTextSize(line.text.c_str(), nullptr, false, wrap).y * (line.large ? 1.25f : 1.0f) + style.ItemSpacing.y;
  }
  if (sparkline) {
    std::vector<double> values;
    for (const TrendPoint& point : headline->trend) values.push_back(point.value.value_or(NAN));
    charts::SparklineSpec spec;
    spec.y = values;
    spec.color = color;
    if (headline->target.value) spec.target.value = *headline->target.value;
    const ImVec2 saved = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(at);
    charts::sparkline(("spark_" + card.id).c_str(), spec, ImVec2(wrap, sparkHeight - style.ItemSpacing.y));
    ImGui::SetCursorScreenPos(saved);
  }
  return activated;
}

void drawGroup(AppState& state, const std::vector<const StandardCard*>& cards, const Group* group, int columns, float width) {
  if (cards.empty()) return;
  if (group) {
    ImGui::Spacing();
    ImGui::TextUnformatted(inLanguage(group->label).c_str());
    if (group->explanation) {
      ImGui::SameLine();
      ImGui::TextDisabled("%s", inLanguage(*group->explanation).c_str());
    }
  }
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  for (std::size_t i = 0; i < cards.size(); ++i) {
    if (i % static_cast<std::size_t>(columns) != 0) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    if (drawCard(state, *cards[i], width)) state.openStandard = cards[i]->id;
    ImGui::EndGroup();
  }
}

} // namespace

void drawSummaryBar(AppState& state) {
  const Scorecard& scorecard = currentScorecard(state);
  const VerdictCounts& counts = scorecard.compliance.verdicts;
  ImGui::Separator();
  ImGui::AlignTextToFramePadding();
  if (scorecard.standards.empty()) {
    ImGui::TextUnformatted(tr(Text::NoStandards));
  } else if (counts.evaluated() == 0) {
    ImGui::TextUnformatted(tr(Text::SummaryNoneEvaluated));
  } else {
    ImGui::TextUnformatted(trCount(Counted::OfStandards, counts.evaluated(), {formatCount(counts.met())}).c_str());
    ImGui::SameLine(0, em(1.5f));
    const float share = static_cast<float>(scorecard.compliance.metShare.value_or(0.0));
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImGui::ColorConvertU32ToFloat4(palette().pass));
    ImGui::ProgressBar(share, ImVec2(em(12), 0), formatPercent(share * 100.0, 0).c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine(0, em(1.5f));
    const std::uint32_t noData = counts.of(Verdict::NoData) + counts.of(Verdict::InsufficientData) + counts.of(Verdict::Invalid);
    const std::string rest = trCount(Counted::Failing, counts.of(Verdict::Fail)) + " \u00b7 " + trCount(Counted::AtRisk, counts.of(Verdict::AtRisk)) +
                             " \u00b7 " + trCount(Counted::NoData, noData);
    ImGui::TextUnformatted(rest.c_str());
  }
  noteItem(state, "summary");
  ImGui::Separator();
}

void drawScorecardView(AppState& state) {
  const Scorecard& scorecard = currentScorecard(state);
  if (!state.openStandard.empty()) {
    auto card = std::find_if(scorecard.standards.begin(), scorecard.standards.end(), [&](const StandardCard& c) { return c.id == state.openStandard; });
    if (card != scorecard.standards.end()) {
      detailStandard(state, *card);  // its trend and drivers now, not a few frames on
      drawDrilldownView(state, *card);
      return;
    }
    state.openStandard.clear();  // the profile changed under it
  }
  const float available = ImGui::GetContentRegionAvail().x;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const int columns = std::max(1, static_cast<int>((available + gap) / (em(kCardMinWidthEm) + gap)));
  const float width = (available - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const Profile& profile = state.analysis.profile();
  for (const Group& group : profile.groups) {
    std::vector<const StandardCard*> cards;
    for (const StandardCard& card : scorecard.standards)
      if (card.group == group.id) cards.push_back(&card);
    drawGroup(state, cards, &group, columns, width);
  }
  // Standards whose group the profile does not list still get their cards.
  std::vector<const StandardCard*> ungrouped;
  for (const StandardCard& card : scorecard.standards)
    if (std::none_of(profile.groups.begin(), profile.groups.end(), [&](const Group& g) { return g.id == card.group; }))
      ungrouped.push_back(&card);
  drawGroup(state, ungrouped, nullptr, columns, width);
}

} // namespace carescore
