// State set once per frame (blending, scissor, no depth or culling), buffers refilled per draw
// list, one glDrawElements per command with its clip rectangle in device pixels. WebGL2 has no
// base-vertex draws, so indices are 32-bit (ImDrawIdx, src/app/CMakeLists.txt) and lists are drawn
// whole rather than split at 65,536 vertices.
#include "platform/web_renderer.h"

#include <cstddef>
#include <span>
#include <string_view>

#include "embedded_assets.h"

namespace carescore::web {

namespace {

static_assert(sizeof(ImDrawIdx) == 4, "WebGL2 cannot offset vertices: the UI needs 32-bit indices");

std::string_view textOf(std::span<const unsigned char> bytes) { return {reinterpret_cast<const char*>(bytes.data()), bytes.size()}; }

// shaders/ files have no #version line (ARCHITECTURE.md): it is prepended here, once for all.
constexpr std::string_view kVersionLine = "#version 300 es\n";

GLuint compile(GLenum kind, std::string_view source, std::string& error) {
  const GLuint shader = glCreateShader(kind);
  const char* texts[] = {kVersionLine.data(), source.data()};
  const GLint lengths[] = {static_cast<GLint>(kVersionLine.size()), static_cast<GLint>(source.size())};
  glShaderSource(shader, 2, texts, lengths);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[1024] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    error = std::string(kind == GL_VERTEX_SHADER ? "shaders/ui.vert: " : "shaders/ui.frag: ") + log;
  }
  return shader;
}

} // namespace

std::string UiRenderer::init() {
  std::string error;
  const GLuint vertex = compile(GL_VERTEX_SHADER, textOf(assets::uiVertexShader()), error);
  const GLuint fragment = compile(GL_FRAGMENT_SHADER, textOf(assets::uiFragmentShader()), error);
  if (error.empty()) {
    program_ = glCreateProgram();
    glAttachShader(program_, vertex);
    glAttachShader(program_, fragment);
    glLinkProgram(program_);
    GLint ok = 0;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    if (!ok) {
      char log[1024] = {};
      glGetProgramInfoLog(program_, sizeof log, nullptr, log);
      error = std::string("linking the UI shaders: ") + log;
    }
  }
  glDeleteShader(vertex);
  glDeleteShader(fragment);
  if (!error.empty()) return error;
  projection_ = glGetUniformLocation(program_, "ProjMtx");
  texture_ = glGetUniformLocation(program_, "Texture");

  glGenVertexArrays(1, &vertexArray_);
  glGenBuffers(1, &vertexBuffer_);
  glGenBuffers(1, &indexBuffer_);
  glBindVertexArray(vertexArray_);
  glBindBuffer(GL_ARRAY_BUFFER, vertexBuffer_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indexBuffer_);
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  constexpr auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
  glBindVertexArray(0);

  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "carescore_webgl2";
  return {};
}

void UiRenderer::createFontTexture() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  glGenTextures(1, &fontTexture_);
  glBindTexture(GL_TEXTURE_2D, fontTexture_);
  // Linear: text is rasterized at the device pixel ratio, so texels map about 1:1 to pixels.
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(fontTexture_)));
}

void UiRenderer::destroyFontTexture() {
  if (fontTexture_) glDeleteTextures(1, &fontTexture_);
  fontTexture_ = 0;
  ImGui::GetIO().Fonts->SetTexID(nullptr);
}

void UiRenderer::render(const ImDrawData& data, int pixelWidth, int pixelHeight) {
  if (pixelWidth <= 0 || pixelHeight <= 0 || data.CmdListsCount == 0) return;
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glViewport(0, 0, pixelWidth, pixelHeight);

  // Orthographic: the display rectangle in UI units to clip space, y down.
  const float l = data.DisplayPos.x, r = data.DisplayPos.x + data.DisplaySize.x;
  const float t = data.DisplayPos.y, b = data.DisplayPos.y + data.DisplaySize.y;
  const float projection[4][4] = {
    {2.0f / (r - l), 0.0f, 0.0f, 0.0f},
    {0.0f, 2.0f / (t - b), 0.0f, 0.0f},
    {0.0f, 0.0f, -1.0f, 0.0f},
    {(r + l) / (l - r), (t + b) / (b - t), 0.0f, 1.0f},
  };
  glUseProgram(program_);
  glUniform1i(texture_, 0);
  glUniformMatrix4fv(projection_, 1, GL_FALSE, &projection[0][0]);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(vertexArray_);

  const ImVec2 scale = data.FramebufferScale, origin = data.DisplayPos;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                 list.VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                 list.IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& command : list.CmdBuffer) {
      if (command.UserCallback) {
        if (command.UserCallback != ImDrawCallback_ResetRenderState) command.UserCallback(&list, &command);
        continue;
      }
      const float x0 = (command.ClipRect.x - origin.x) * scale.x, y0 = (command.ClipRect.y - origin.y) * scale.y;
      const float x1 = (command.ClipRect.z - origin.x) * scale.x, y1 = (command.ClipRect.w - origin.y) * scale.y;
      if (x1 <= x0 || y1 <= y0) continue;
      glScissor(static_cast<GLint>(x0), static_cast<GLint>(static_cast<float>(pixelHeight) - y1), static_cast<GLsizei>(x1 - x0),
                static_cast<GLsizei>(y1 - y0));
      glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::intptr_t>(command.GetTexID())));
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount), GL_UNSIGNED_INT,
                     reinterpret_cast<void*>(static_cast<std::uintptr_t>(command.IdxOffset) * sizeof(ImDrawIdx)));
    }
  }
  glBindVertexArray(0);
  glDisable(GL_SCISSOR_TEST);
}

} // namespace carescore::web
