// The UI's fragment shader, GLSL ES 3.00 for WebGL2 (the renderer prepends the #version line).
// The vertex colour times the font atlas texture: glyphs, and a white texel under every solid
// shape and chart line. ImGui anti-aliases edges with alpha ramps in the vertices, so the canvas
// needs no multisampling. ASCII only, like ui.vert.
precision mediump float;

uniform sampler2D Texture;

in vec2 Frag_UV;
in vec4 Frag_Color;

layout (location = 0) out vec4 Out_Color;

void main() {
  Out_Color = Frag_Color * texture(Texture, Frag_UV);
}
