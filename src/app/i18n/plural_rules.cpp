#include "app/i18n/plural_rules.h"

namespace carescore {

namespace {

constexpr PluralCategory kEnglish[] = {PluralCategory::One, PluralCategory::Other};
constexpr PluralCategory kVietnamese[] = {PluralCategory::Other};
constexpr PluralCategory kRussian[] = {PluralCategory::One, PluralCategory::Few, PluralCategory::Many};

} // namespace

PluralCategory pluralCategory(Language language, std::uint64_t n) {
  switch (language) {
    case Language::English: return n == 1 ? PluralCategory::One : PluralCategory::Other;
    case Language::Vietnamese: return PluralCategory::Other;
    case Language::Russian: {
      // 1, 21, 101 → one; 2–4, 22–24 → few; 0, 5–20, 25–30, 111–114 → many.
      const std::uint64_t mod10 = n % 10, mod100 = n % 100;
      if (mod10 == 1 && mod100 != 11) return PluralCategory::One;
      if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return PluralCategory::Few;
      return PluralCategory::Many;
    }
  }
  return PluralCategory::Other;
}

std::span<const PluralCategory> pluralCategoriesOf(Language language) {
  switch (language) {
    case Language::English: return kEnglish;
    case Language::Vietnamese: return kVietnamese;
    case Language::Russian: return kRussian;
  }
  return kEnglish;
}

std::string_view nameOf(PluralCategory category) {
  switch (category) {
    case PluralCategory::One: return "one";
    case PluralCategory::Few: return "few";
    case PluralCategory::Many: return "many";
    case PluralCategory::Other: return "other";
  }
  return "other";
}

} // namespace carescore
