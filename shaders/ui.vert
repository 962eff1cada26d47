#version 300 es
// The UI's vertex shader (WebGL2): every ImGui draw list — panels, text and all charts, which are
// drawn as ImDrawList triangles — from UI units to clip space. Positions are in UI units; the
// projection maps the display rectangle (DisplayPos, DisplaySize) to [-1, 1].
precision highp float;

layout (location = 0) in vec2 Position;
layout (location = 1) in vec2 UV;
layout (location = 2) in vec4 Color;  // sRGB bytes, normalized by the vertex attribute

uniform mat4 ProjMtx;

out vec2 Frag_UV;
out vec4 Frag_Color;

void main() {
  Frag_UV = UV;
  Frag_Color = Color;
  gl_Position = ProjMtx * vec4(Position, 0.0, 1.0);
}
