// Reading a JSON document (a profile, a mapping) safely: size, UTF-16 and NUL checks, a nesting limit enforced
// before nlohmann sees the text, duplicate keys reported with their path, and every parser
// error turned into an issue with line and column. No nlohmann exception leaves this file.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/standards/profile_issue.h"

namespace carescore {

struct JsonLimits {
  std::size_t maxBytes = 2u << 20;  // a profile of 500 standards is about 1.1 MB; 2 MB of "{}" is a 50 MB DOM
  std::uint32_t maxDepth = 64;      // copies and dumps recurse; deeper nesting overflows the wasm stack
  std::string_view documentName = "profile";  // what messages call the document
  std::uint32_t usualDepth = 8;               // the deepest a real document of this kind nests
};

struct JsonDocument {
  nlohmann::json value;  // std::map objects: O(log n) key lookups even on hostile input
  bool parsed = false;   // `value` holds the whole document (issues may still name duplicate keys)
};

// Problems go to `issues` (which caps and counts them), the value to the result.
JsonDocument parseJsonDocument(std::string_view text, IssueList& issues, const JsonLimits& limits = {});

} // namespace carescore
