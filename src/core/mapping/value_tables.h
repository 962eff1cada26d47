// What the values of a column mean, as data: labelled satisfaction scales (Zendesk Good/Bad, Help
// Scout Great/Okay/Not Good, Zoho Good/Okay/Bad) → scores, each vendor's call outcomes → CareScore's
// outcome words, channel and direction words in three languages, SLA status words → flags. A
// mapping copies the entries it uses into its document, so the user sees and can edit "Good → 5".
#pragma once
#include <optional>
#include <span>
#include <string_view>

namespace carescore {

struct ValueWord {
  std::string_view text;  // as the export writes it; compared folded (case and accents ignored)
  std::string_view to;    // a score ("5"), "true"/"false", an outcome or channel word; "" = not a value
};

struct ValueTable {
  std::string_view key;          // "zendesk_satisfaction"
  std::string_view description;  // what the scale or the codes mean, and why they map as they do
  std::span<const ValueWord> words;
};

const ValueTable* findValueTable(std::string_view key);
std::span<const ValueTable> valueTables();

// The words a canonical field's values must be, when it has a closed list (outcome, direction):
// empty for open fields. Channels are an open list with these preferred words.
std::span<const std::string_view> outcomeWords();    // answered, abandoned, short_abandoned, …
std::span<const std::string_view> channelWords();    // phone, chat, email, web, social, sms
std::span<const std::string_view> directionWords();  // inbound, outbound, internal

// The table a generic (non-vendor) mapping uses for a field's text values: "channel",
// "direction", "call_outcome", "flag_words"; empty when values are kept as written.
std::string_view genericValueTableFor(std::string_view field);

// Looks a value up in a table, folded: the target, or nothing when the table lacks it.
std::optional<std::string_view> lookUpValue(const ValueTable& table, std::string_view value);

} // namespace carescore
