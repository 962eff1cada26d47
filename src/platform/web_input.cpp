#include "platform/web_input.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

namespace carescore::web {

namespace {

bool gActivity = true;
std::string gClipboard;  // keeps the pointer ImGui receives valid until the next paste

// ImGui 1.86 reads button and key state once a frame, so a press and release that arrive between
// two frames (a quick click, a tap, a test's mouse.click) would never be seen. They are queued and
// applied so that each button or key changes at most once per frame.
struct StateChange {
  bool isKey = false;
  int index = 0;  // ImGui mouse button, or DOM keyCode
  bool down = false;
};
std::vector<StateChange> gPending;  // keeps the pointer ImGui receives valid until the next paste

// DOM keyCode values for the keys ImGui needs to know by name.
enum DomKey : int {
  kBackspace = 8, kTab = 9, kEnter = 13, kEscape = 27, kSpace = 32, kPageUp = 33, kPageDown = 34,
  kEnd = 35, kHome = 36, kLeft = 37, kUp = 38, kRight = 39, kDown = 40, kInsert = 45, kDelete = 46,
  kA = 65, kC = 67, kV = 86, kX = 88, kY = 89, kZ = 90,
};

EM_JS(void, jsSetCursor, (const char* selector, const char* cursor), {
  const canvas = document.querySelector(UTF8ToString(selector));
  const value = UTF8ToString(cursor);
  if (canvas && canvas.style.cursor !== value) canvas.style.cursor = value;
});

// Paste arrives as a DOM 'paste' event (shell.js keeps its text in Module.pastedText): it fires
// right after the Ctrl+V keydown and before the next frame, when ImGui asks for the text.
EM_JS(char*, jsPastedText, (), {
  const text = Module.pastedText || "";
  const size = lengthBytesUTF8(text) + 1;
  const pointer = _malloc(size);
  if (pointer) stringToUTF8(text, pointer, size);
  return pointer;
});

EM_JS(void, jsCopyText, (const char* text), {
  const value = UTF8ToString(text);
  Module.pastedText = value;
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(() => {});
});

const char* getClipboard(void*) {
  if (char* text = jsPastedText()) {
    gClipboard = text;
    std::free(text);
  }
  return gClipboard.c_str();
}

void setClipboard(void*, const char* text) { jsCopyText(text); }

void setModifiers(ImGuiIO& io, bool ctrl, bool shift, bool alt, bool meta) {
  io.KeyCtrl = ctrl;
  io.KeyShift = shift;
  io.KeyAlt = alt;
  io.KeySuper = meta;
}

// One Unicode scalar value in UTF-8, i.e. a key that types text ("a", "ệ", "Ж"), not "Enter".
bool isSingleCharacter(const char* key) {
  const auto lead = static_cast<unsigned char>(key[0]);
  if (lead == 0) return false;
  const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  for (int i = 1; i < length; ++i)
    if (key[i] == 0) return false;
  return key[length] == 0;
}

EM_BOOL onMouse(int type, const EmscriptenMouseEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  gActivity = true;
  io.MousePos = ImVec2(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
  setModifiers(io, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
  static constexpr int kImGuiButton[3] = {0, 2, 1};  // DOM: left, middle, right
  if (e->button >= 0 && e->button < 3 && (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP))
    gPending.push_back({false, kImGuiButton[e->button], type == EMSCRIPTEN_EVENT_MOUSEDOWN});
  if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  return type == EMSCRIPTEN_EVENT_MOUSEDOWN;  // keeps the browser from starting text selection
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  gActivity = true;
  // ImGui scrolls by "lines"; browsers report pixels (about 100 a notch), lines or pages.
  const double scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0 / 100.0 : e->deltaMode == DOM_DELTA_LINE ? 1.0 / 3.0 : 1.0;
  io.MouseWheel -= static_cast<float>(e->deltaY * scale);
  io.MouseWheelH -= static_cast<float>(e->deltaX * scale);
  return true;
}

EM_BOOL onKey(int type, const EmscriptenKeyboardEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  gActivity = true;
  setModifiers(io, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  if (e->keyCode > 0 && e->keyCode < 512) gPending.push_back({true, static_cast<int>(e->keyCode), down});
  const bool shortcut = e->ctrlKey || e->metaKey;
  if (down && !shortcut && isSingleCharacter(e->key)) io.AddInputCharactersUTF8(e->key);
  // Leave browser shortcuts (copy, paste, reload, zoom) and function keys to the browser; take
  // the rest while ImGui has keyboard focus, so Tab, Backspace and arrows act inside the app.
  if (shortcut || (e->keyCode >= 112 && e->keyCode <= 123)) return false;
  return io.WantCaptureKeyboard || e->keyCode == kTab;
}

EM_BOOL onTouch(int type, const EmscriptenTouchEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  gActivity = true;
  if (e->numTouches < 1) return false;
  const EmscriptenTouchPoint& touch = e->touches[0];
  io.MousePos = ImVec2(static_cast<float>(touch.targetX), static_cast<float>(touch.targetY));
  if (type == EMSCRIPTEN_EVENT_TOUCHSTART) gPending.push_back({false, 0, true});
  if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) gPending.push_back({false, 0, false});
  return true;  // no emulated mouse events on top
}

EM_BOOL onFocus(int type, const EmscriptenFocusEvent*, void*) {
  ImGuiIO& io = ImGui::GetIO();
  gActivity = true;
  if (type == EMSCRIPTEN_EVENT_BLUR) {  // keys released while elsewhere never reach us
    gPending.clear();
    for (bool& key : io.KeysDown) key = false;
    setModifiers(io, false, false, false, false);
  }
  return false;
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void*) {
  gActivity = true;
  return false;
}

} // namespace

void installInput(const char* canvas) {
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "carescore_web";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.GetClipboardTextFn = getClipboard;
  io.SetClipboardTextFn = setClipboard;
  const std::pair<ImGuiKey, int> keys[] = {
    {ImGuiKey_Tab, kTab}, {ImGuiKey_LeftArrow, kLeft}, {ImGuiKey_RightArrow, kRight}, {ImGuiKey_UpArrow, kUp},
    {ImGuiKey_DownArrow, kDown}, {ImGuiKey_PageUp, kPageUp}, {ImGuiKey_PageDown, kPageDown}, {ImGuiKey_Home, kHome},
    {ImGuiKey_End, kEnd}, {ImGuiKey_Insert, kInsert}, {ImGuiKey_Delete, kDelete}, {ImGuiKey_Backspace, kBackspace},
    {ImGuiKey_Space, kSpace}, {ImGuiKey_Enter, kEnter}, {ImGuiKey_Escape, kEscape}, {ImGuiKey_KeyPadEnter, kEnter},
    {ImGuiKey_A, kA}, {ImGuiKey_C, kC}, {ImGuiKey_V, kV}, {ImGuiKey_X, kX}, {ImGuiKey_Y, kY}, {ImGuiKey_Z, kZ},
  };
  for (const auto& [imguiKey, domKey] : keys) io.KeyMap[imguiKey] = domKey;

  const auto window = EMSCRIPTEN_EVENT_TARGET_WINDOW;
  emscripten_set_mousedown_callback(canvas, nullptr, true, onMouse);
  emscripten_set_mousemove_callback(canvas, nullptr, true, onMouse);
  emscripten_set_mouseleave_callback(canvas, nullptr, true, onMouse);
  emscripten_set_mouseup_callback(window, nullptr, true, onMouse);  // a release outside still counts
  emscripten_set_wheel_callback(canvas, nullptr, true, onWheel);
  emscripten_set_touchstart_callback(canvas, nullptr, true, onTouch);
  emscripten_set_touchmove_callback(canvas, nullptr, true, onTouch);
  emscripten_set_touchend_callback(canvas, nullptr, true, onTouch);
  emscripten_set_touchcancel_callback(canvas, nullptr, true, onTouch);
  emscripten_set_keydown_callback(window, nullptr, true, onKey);
  emscripten_set_keyup_callback(window, nullptr, true, onKey);
  emscripten_set_blur_callback(window, nullptr, true, onFocus);
  emscripten_set_focus_callback(window, nullptr, true, onFocus);
  emscripten_set_resize_callback(window, nullptr, true, onResize);
}

bool syncCanvasSize(const char* canvas, CanvasSize& size) {
  double cssWidth = 0, cssHeight = 0;
  emscripten_get_element_css_size(canvas, &cssWidth, &cssHeight);
  const double ratio = emscripten_get_device_pixel_ratio();
  const int pixelWidth = static_cast<int>(std::lround(cssWidth * ratio));
  const int pixelHeight = static_cast<int>(std::lround(cssHeight * ratio));
  if (cssWidth == size.cssWidth && cssHeight == size.cssHeight && ratio == size.pixelRatio &&
      pixelWidth == size.pixelWidth && pixelHeight == size.pixelHeight)
    return false;
  size = {cssWidth, cssHeight, ratio, pixelWidth, pixelHeight};
  emscripten_set_canvas_element_size(canvas, pixelWidth, pixelHeight);
  return true;
}

void applyQueuedInput() {
  ImGuiIO& io = ImGui::GetIO();
  std::size_t applied = 0;
  for (; applied < gPending.size(); ++applied) {
    const StateChange& change = gPending[applied];
    const auto sameTarget = [&](const StateChange& other) { return other.isKey == change.isKey && other.index == change.index; };
    if (std::any_of(gPending.begin(), gPending.begin() + static_cast<std::ptrdiff_t>(applied), sameTarget)) break;  // next frame
    (change.isKey ? io.KeysDown[change.index] : io.MouseDown[change.index]) = change.down;
  }
  gPending.erase(gPending.begin(), gPending.begin() + static_cast<std::ptrdiff_t>(applied));
}

bool takeInputActivity() {
  const bool activity = gActivity || !gPending.empty();
  gActivity = false;
  return activity;
}

void updateCursor(const char* canvas) {
  static constexpr const char* kCursors[ImGuiMouseCursor_COUNT] = {
    "default", "text", "move", "ns-resize", "ew-resize", "nesw-resize", "nwse-resize", "pointer", "not-allowed",
  };
  const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
  jsSetCursor(canvas, cursor >= 0 && cursor < ImGuiMouseCursor_COUNT ? kCursors[cursor] : "none");
}

} // namespace carescore::web
