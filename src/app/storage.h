// Where the app keeps what must survive a reload — settings, profiles, mappings, never rows — as
// text under keys: the browser's localStorage on the page (platform/web_storage.cpp), a map in
// tests. Not what is stored (persistence.h).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace carescore {

class KeyValueStore {
public:
  virtual ~KeyValueStore() = default;
  virtual std::optional<std::string> get(std::string_view key) const = 0;
  virtual void set(std::string_view key, std::string_view value) = 0;
  virtual void remove(std::string_view key) = 0;
};

// In memory: for tests, and the native build where there is no browser.
class MemoryStore final : public KeyValueStore {
public:
  std::optional<std::string> get(std::string_view key) const override {
    auto it = values_.find(std::string(key));
    if (it == values_.end()) return std::nullopt;
    return it->second;
  }
  void set(std::string_view key, std::string_view value) override { values_[std::string(key)] = std::string(value); }
  void remove(std::string_view key) override { values_.erase(std::string(key)); }
  const std::map<std::string, std::string>& values() const { return values_; }

private:
  std::map<std::string, std::string> values_;
};

} // namespace carescore
