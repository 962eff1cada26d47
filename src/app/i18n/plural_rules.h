// Which plural form a count takes in each language (CLDR cardinal rules for integers): English
// one/other, Russian one/few/many (1 стандарт, 2 стандарта, 5 стандартов), Vietnamese none.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

#include "app/i18n/language.h"

namespace carescore {

enum class PluralCategory { One, Few, Many, Other };

PluralCategory pluralCategory(Language language, std::uint64_t n);

// The categories a plural entry of `language` must give, in the order of the enum.
std::span<const PluralCategory> pluralCategoriesOf(Language language);

std::string_view nameOf(PluralCategory category);  // "one", "few", "many", "other": the keys in the JSON

} // namespace carescore
