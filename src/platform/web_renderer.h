// Draws ImGui's draw data with WebGL2, using the GLSL in shaders/ (embedded at build time), in
// place of ImGui's OpenGL3 backend whose shaders are string literals in its source. Everything on
// screen, charts included, goes through these two shaders. Not the input or the main loop.
#pragma once
#include <string>

#include <GLES3/gl3.h>
#include <imgui.h>

namespace carescore::web {

class UiRenderer {
public:
  // Compiles and links the shaders; the error text (compiler log) when that fails, else empty.
  std::string init();
  // The font atlas as a texture; again after the fonts change (a new pixel ratio).
  void createFontTexture();
  void destroyFontTexture();
  // Into the current framebuffer of `pixelWidth` × `pixelHeight` device pixels.
  void render(const ImDrawData& data, int pixelWidth, int pixelHeight);

private:
  GLuint program_ = 0, vertexArray_ = 0, vertexBuffer_ = 0, indexBuffer_ = 0, fontTexture_ = 0;
  GLint projection_ = -1, texture_ = -1;
};

} // namespace carescore::web
