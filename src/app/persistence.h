// What survives a reload, as JSON texts in a KeyValueStore: the settings (language, theme, zone,
// business hours and holidays, period, profile choice), the profiles the user loaded or edited, and
// the mappings remembered per header signature. Never a row of data. Not the store (storage.h).
#pragma once
#include <string>
#include <string_view>

#include "app/app_state.h"
#include "app/storage.h"

namespace carescore {

inline constexpr std::string_view kSettingsKey = "carescore.settings";
inline constexpr std::string_view kProfilesKey = "carescore.profiles";
inline constexpr std::string_view kMappingsKey = "carescore.mappings";
inline constexpr std::string_view kStoredKeys[] = {kSettingsKey, kProfilesKey, kMappingsKey};

std::string settingsDocument(const AppState& state);
std::string profilesDocument(const AppState& state);   // the profiles after the built-in default
std::string mappingsDocument(const AppState& state);

// Restores what the store holds. A document that cannot be read (another version, edited by hand)
// is skipped, field by field where possible: the app starts with its defaults instead.
void restoreState(AppState& state, const KeyValueStore& store);

// The documents last written, so a frame writes only what changed (and an idle frame nothing).
struct SavedDocuments {
  std::string settings, profiles, mappings;
};
void saveChanges(const AppState& state, KeyValueStore& store, SavedDocuments& saved);

// Removes every key the app writes.
void forgetStored(KeyValueStore& store);

} // namespace carescore
