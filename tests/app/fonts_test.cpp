#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/fonts.h"

namespace {

// "U+2265 U+2264" for a failure message.
std::string codePoints(const std::vector<std::uint32_t>& points) {
  std::string out;
  char buffer[16];
  for (std::uint32_t c : points) {
    std::snprintf(buffer, sizeof buffer, "U+%04X ", c);
    out += buffer;
  }
  return out;
}

// An ImGui context with the UI font loaded, for the duration of a test.
struct FontContext {
  explicit FontContext(float pixelScale) {
    ImGui::CreateContext();
    carescore::loadUiFont(pixelScale);
  }
  ~FontContext() { ImGui::DestroyContext(); }
};

} // namespace

TEST_SUITE("app/fonts") {

TEST_CASE("the UI font draws Vietnamese and Russian text with real glyphs, never the '?' fallback") {
  FontContext context(1.0f);
  // Language names, the stacked Vietnamese diacritics, both alphabets in full, and the symbols
  // the scorecard prints (≥ ≤ − … № ₫ ₽ •).
  CHECK(codePoints(carescore::missingGlyphs("English Tiếng Việt Русский")) == "");
  CHECK(codePoints(carescore::missingGlyphs("ệ ở ữ ặ ẫ ỵ ỹ ứ ừ ự ố ồ ộ ớ ờ ợ Đ đ Ơ ơ Ư ư Ă ă")) == "");
  CHECK(codePoints(carescore::missingGlyphs("aáàảãạ ăắằẳẵặ âấầẩẫậ eéèẻẽẹ êếềểễệ iíìỉĩị oóòỏõọ ôốồổỗộ ơớờởỡợ "
                                 "uúùủũụ ưứừửữự yýỳỷỹỵ")) == "");
  CHECK(codePoints(carescore::missingGlyphs("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ абвгдеёжзийклмнопрстуфхцчшщъыьэюя")) == "");
  CHECK(codePoints(carescore::missingGlyphs("≥ ≤ − … № ₫ ₽ • – — « » “ ” °")) == "");
}

TEST_CASE("missingGlyphs reports what the font lacks") {
  FontContext context(1.0f);
  const auto missing = carescore::missingGlyphs("a\xe4\xb8\xad" "b");  // 中 (CJK) is not in the UI font
  REQUIRE(missing.size() == 1);
  CHECK(missing[0] == 0x4E2D);
}

TEST_CASE("the font is rasterized at the device pixel ratio and scaled back to UI units") {
  FontContext context(2.0f);
  const ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
  CHECK(font->FontSize == doctest::Approx(carescore::kUiFontSize * 2.0f));
  CHECK(ImGui::GetIO().FontGlobalScale == doctest::Approx(0.5f));
}

}
