#include "app/i18n/translate.h"

#include <array>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "app/i18n/engine_texts.h"
#include "app/i18n/format.h"
#include "app/i18n/plural_rules.h"
#include "embedded_assets.h"

namespace carescore {

namespace {

constexpr std::string_view kTextKeys[] = {
#define CARESCORE_KEY_ENTRY(id, key) key,
  CARESCORE_TEXTS(CARESCORE_KEY_ENTRY)
};
constexpr std::string_view kCountedKeys[] = {
  CARESCORE_COUNTED_TEXTS(CARESCORE_KEY_ENTRY)
#undef CARESCORE_KEY_ENTRY
};
static_assert(std::size(kTextKeys) == kTextCount && std::size(kCountedKeys) == kCountedCount);

constexpr int kCategories = 4;  // PluralCategory values

struct LanguageTable {
  nlohmann::json document;  // kept for catalogProblems()
  std::array<std::string, kTextCount> texts;
  std::array<std::array<std::string, kCategories>, kCountedCount> counted;
  std::map<std::string, std::string, std::less<>> keyed;  // engine keys: every other string entry
};

std::span<const unsigned char> bytesOf(Language language) {
  switch (language) {
    case Language::English: return assets::i18nEnglish();
    case Language::Vietnamese: return assets::i18nVietnamese();
    case Language::Russian: return assets::i18nRussian();
  }
  return assets::i18nEnglish();
}

LanguageTable load(Language language) {
  LanguageTable table;
  const auto bytes = bytesOf(language);
  table.document = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
  if (!table.document.is_object()) return table;  // a broken file: every lookup falls back (and tests fail)
  for (int i = 0; i < kTextCount; ++i) {
    const auto it = table.document.find(kTextKeys[i]);
    if (it != table.document.end() && it->is_string()) table.texts[i] = it->get<std::string>();
  }
  for (const auto& [key, value] : table.document.items())
    if (value.is_string() && key.find('.') != std::string::npos) table.keyed.emplace(key, value.get<std::string>());
  for (int i = 0; i < kCountedCount; ++i) {
    const auto it = table.document.find(kCountedKeys[i]);
    if (it == table.document.end() || !it->is_object()) continue;
    for (int c = 0; c < kCategories; ++c) {
      const auto form = it->find(nameOf(static_cast<PluralCategory>(c)));
      if (form != it->end() && form->is_string()) table.counted[i][c] = form->get<std::string>();
    }
  }
  return table;
}

const LanguageTable& tableOf(Language language) {
  static const std::array<LanguageTable, 3> tables = {load(Language::English), load(Language::Vietnamese),
                                                      load(Language::Russian)};
  return tables[static_cast<int>(language)];
}

const std::string& countedForm(Counted text, std::uint64_t n, Language language) {
  const int index = static_cast<int>(text);
  const auto& forms = tableOf(language).counted[index];
  const std::string& form = forms[static_cast<int>(pluralCategory(language, n))];
  if (!form.empty() || language == Language::English) return form;
  return tableOf(Language::English).counted[index][static_cast<int>(pluralCategory(Language::English, n))];
}

// The placeholders of a string, e.g. {"{0}", "{n}"}: translations must use the same ones.
std::set<std::string> placeholdersOf(std::string_view text) {
  std::set<std::string> found;
  for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    found.emplace(text.substr(open, close - open + 1));
  }
  return found;
}

void checkPlaceholders(std::vector<std::string>& problems, std::string_view where, const std::string& english,
                       const std::string& translated) {
  if (!translated.empty() && placeholdersOf(english) != placeholdersOf(translated))
    problems.push_back(std::string(where) + ": placeholders differ from English");
}

std::string fillViews(std::string_view pattern, std::span<const std::string_view> args) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '0' && pattern[i + 1] <= '9' && pattern[i + 2] == '}') {
      const auto arg = static_cast<std::size_t>(pattern[i + 1] - '0');
      if (arg < args.size()) {
        out += args[arg];
        i += 2;
        continue;
      }
    }
    out += c;
  }
  return out;
}

} // namespace

std::string_view keyOf(Text text) { return kTextKeys[static_cast<int>(text)]; }

std::string_view keyOf(Counted text) { return kCountedKeys[static_cast<int>(text)]; }

const char* tr(Text text) { return tr(text, currentLanguage()); }

const char* tr(Text text, Language language) {
  const int index = static_cast<int>(text);
  const std::string& value = tableOf(language).texts[index];
  if (!value.empty()) return value.c_str();
  const std::string& english = tableOf(Language::English).texts[index];
  return english.empty() ? kTextKeys[index].data() : english.c_str();  // keys are literals: NUL-terminated
}

const std::string* findKeyedText(std::string_view key, Language language) {
  for (Language in : {language, Language::English}) {
    const auto& keyed = tableOf(in).keyed;
    if (const auto it = keyed.find(key); it != keyed.end() && !it->second.empty()) return &it->second;
  }
  return nullptr;
}

std::string fillPlaceholders(std::string_view pattern, std::span<const std::string> args) {
  const std::vector<std::string_view> views(args.begin(), args.end());
  return fillViews(pattern, views);
}

std::string fillPlaceholders(std::string_view pattern, std::initializer_list<std::string_view> args) {
  return fillViews(pattern, std::span<const std::string_view>(args.begin(), args.size()));
}

std::string trFormat(Text text, std::initializer_list<std::string_view> args) { return fillPlaceholders(tr(text), args); }

std::string trCount(Counted text, std::uint64_t n, std::initializer_list<std::string_view> args) {
  const std::string& form = countedForm(text, n, currentLanguage());
  std::string out = fillPlaceholders(form, args);
  if (const std::size_t at = out.find("{n}"); at != std::string::npos) out.replace(at, 3, formatCount(n));
  return out.empty() ? std::string(keyOf(text)) : out;
}

std::string trCount(Counted text, std::uint64_t n, Language language) {
  std::string out = countedForm(text, n, language);
  if (const std::size_t at = out.find("{n}"); at != std::string::npos) out.replace(at, 3, formatCount(n, language));
  return out.empty() ? std::string(keyOf(text)) : out;
}

std::vector<std::string> catalogProblems() {
  std::vector<std::string> problems;
  const LanguageTable& english = tableOf(Language::English);
  for (Language language : kLanguages) {
    const LanguageTable& table = tableOf(language);
    const std::string code(codeOf(language));
    if (!table.document.is_object()) {
      problems.push_back(code + ".json: not a JSON object");
      continue;
    }
    for (int i = 0; i < kTextCount; ++i) {
      const std::string where = code + ".json: \"" + std::string(kTextKeys[i]) + "\"";
      if (table.texts[i].empty()) problems.push_back(where + " is missing, empty or not a string");
      checkPlaceholders(problems, where, english.texts[i], table.texts[i]);
    }
    for (int i = 0; i < kCountedCount; ++i) {
      for (PluralCategory category : pluralCategoriesOf(language)) {
        const std::string where = code + ".json: \"" + std::string(kCountedKeys[i]) + "\"." + std::string(nameOf(category));
        const std::string& form = table.counted[i][static_cast<int>(category)];
        if (form.empty()) problems.push_back(where + " is missing or empty");
        else if (form.find("{n}") == std::string::npos) problems.push_back(where + " lacks {n}");
      }
    }
    std::set<std::string_view> known(std::begin(kTextKeys), std::end(kTextKeys));
    known.insert(std::begin(kCountedKeys), std::end(kCountedKeys));
    const std::vector<std::string> engineKeys = engineTextKeys();
    for (const std::string& key : engineKeys) {
      const std::string where = code + ".json: \"" + key + "\"";
      const auto it = table.keyed.find(key);
      const auto englishIt = english.keyed.find(key);
      if (it == table.keyed.end() || it->second.empty()) problems.push_back(where + " is missing, empty or not a string");
      else if (englishIt != english.keyed.end()) checkPlaceholders(problems, where, englishIt->second, it->second);
      known.insert(key);
    }
    for (const auto& [key, value] : table.document.items())
      if (!known.count(key) && key != "_comment") problems.push_back(code + ".json: \"" + key + "\" is not used by the code");
  }
  return problems;
}

} // namespace carescore
