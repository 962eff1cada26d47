#include "platform/web_storage.h"

#include <cstdlib>

#include <emscripten.h>

namespace carescore::web {

namespace {

// localStorage can throw (storage disabled, quota, some file:// pages): then nothing is kept.
EM_JS(char*, jsStorageGet, (const char* key), {
  try {
    const value = window.localStorage.getItem(UTF8ToString(key));
    if (value === null) return 0;
    const size = lengthBytesUTF8(value) + 1;
    const text = _malloc(size);
    if (!text) return 0;
    stringToUTF8(value, text, size);
    return text;
  } catch (error) {
    return 0;
  }
});

EM_JS(void, jsStorageSet, (const char* key, const char* value), {
  try { window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); } catch (error) {}
});

EM_JS(void, jsStorageRemove, (const char* key), {
  try { window.localStorage.removeItem(UTF8ToString(key)); } catch (error) {}
});

EM_JS(void, jsSetLiveRegion, (const char* text), {
  const region = document.getElementById('live-summary');
  if (region) region.textContent = UTF8ToString(text);
});

} // namespace

std::optional<std::string> WebStore::get(std::string_view key) const {
  char* text = jsStorageGet(std::string(key).c_str());
  if (!text) return std::nullopt;
  std::string value(text);
  std::free(text);
  return value;
}

void WebStore::set(std::string_view key, std::string_view value) { jsStorageSet(std::string(key).c_str(), std::string(value).c_str()); }

void WebStore::remove(std::string_view key) { jsStorageRemove(std::string(key).c_str()); }

void updateLiveRegion(const std::string& summary) {
  static std::string written;  // the page's one live region: what it says now
  if (summary == written) return;
  written = summary;
  jsSetLiveRegion(summary.c_str());
}

} // namespace carescore::web
