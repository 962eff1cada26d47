// The GLSL in shaders/ as the web renderer (src/platform/web_renderer.cpp) expects it: GLSL ES 3.00
// bodies without the #version line it prepends, ASCII only, the attribute locations it binds and
// the uniforms it looks up. The browser tests compile and run them; this fails before a browser.
#include <doctest/doctest.h>

#include <algorithm>
#include <string_view>

#include "embedded_assets.h"

namespace {

std::string_view textOf(std::span<const unsigned char> bytes) { return {reinterpret_cast<const char*>(bytes.data()), bytes.size()}; }

bool has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

} // namespace

TEST_SUITE("app/shaders") {

TEST_CASE("the UI shaders are GLSL ES 3.00 bodies with the locations and uniforms the renderer uses") {
  const std::string_view vertex = textOf(carescore::assets::uiVertexShader());
  const std::string_view fragment = textOf(carescore::assets::uiFragmentShader());
  // No #version line: the renderer prepends "#version 300 es" (it must come first, before comments).
  for (std::string_view text : {vertex, fragment}) CHECK_FALSE((text.starts_with("#version") || has(text, "\n#version")));
  CHECK(has(vertex, "layout (location = 0) in vec2 Position;"));
  CHECK(has(vertex, "layout (location = 1) in vec2 UV;"));
  CHECK(has(vertex, "layout (location = 2) in vec4 Color;"));
  CHECK(has(vertex, "uniform mat4 ProjMtx;"));
  CHECK(has(fragment, "uniform sampler2D Texture;"));
  CHECK(has(fragment, "precision mediump float;"));  // fragment shaders have no default precision in ES
  for (std::string_view text : {vertex, fragment})
    CHECK(std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
  for (std::string_view varying : {"Frag_UV", "Frag_Color"}) {
    CHECK(has(vertex, varying));
    CHECK(has(fragment, varying));
  }
}

}
