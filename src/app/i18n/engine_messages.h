// The engine's free-text messages (missing fields, filters that cannot apply, invalid standards,
// staffing and goal notes) worded in the UI's language. The core writes them in English from a few
// fixed shapes; each shape is a keyed template ("msg.needs_field": "needs field {0}") whose English
// is matched back to its arguments. Not the diagnostics or formulas (engine_texts.h): those keep codes.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/i18n/language.h"

namespace carescore {

// Every "msg.*" and "kind.*" key (the catalogue test checks each has a template in every language).
std::vector<std::string> engineMessageKeys();

// The message in the language when its English matches a known shape; else the message as written.
std::string messageText(std::string_view english, Language language = currentLanguage());

// Which export usually holds a field (core/scorecard/usual_exports.h), worded in the language.
std::string usualExportText(std::string_view english, Language language = currentLanguage());

// The values of `text` at the "{0}", "{1}"… of an English template, by placeholder number (numbers
// the template skips stay empty); nullopt when the text is not of that shape.
std::optional<std::vector<std::string>> matchTemplate(std::string_view pattern, std::string_view text);

// Whether a known shape matches (tests: every message the engine makes must be known).
bool isKnownMessage(std::string_view english);

} // namespace carescore
