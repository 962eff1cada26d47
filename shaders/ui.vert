// The UI's vertex shader, GLSL ES 3.00 for WebGL2 (the renderer prepends the #version line).
// Every ImGui draw list goes through it: panels, text and all charts, which are ImDrawList
// triangles. Positions are in UI units; ProjMtx maps the display rectangle to clip space.
// ASCII only: some GLSL compilers reject other bytes even in comments.
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
