#version 300 es
// The UI's fragment shader (WebGL2): the vertex colour times the texture, which is the font atlas
// (glyphs, and a white texel under every solid shape and chart line; ImGui anti-aliases edges with
// alpha ramps in the vertices, so no multisampling is needed).
precision mediump float;

uniform sampler2D Texture;

in vec2 Frag_UV;
in vec4 Frag_Color;

layout (location = 0) out vec4 Out_Color;

void main() {
  Out_Color = Frag_Color * texture(Texture, Frag_UV);
}
