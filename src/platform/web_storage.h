// The page's side of persistence and accessibility: localStorage behind the app's KeyValueStore
// (a browser that refuses storage just forgets), and the aria-live region the scorecard summary
// is written to for screen readers.
#pragma once
#include <string>

#include "app/storage.h"

namespace carescore::web {

class WebStore final : public KeyValueStore {
public:
  std::optional<std::string> get(std::string_view key) const override;
  void set(std::string_view key, std::string_view value) override;
  void remove(std::string_view key) override;
};

// Sets the text of #live-summary when it differs from what was last written.
void updateLiveRegion(const std::string& summary);

} // namespace carescore::web
