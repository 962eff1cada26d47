// The demo files (core/demo/demo_shop, as the page writes them at start) read and mapped as the
// app reads dropped files, for the scorecard tests. Its own translation unit: mapping/ and
// metrics/ headers cannot meet in one (both declare carescore::Evidence).
#pragma once
#include <span>
#include <string_view>
#include <vector>

#include "core/model/dataset.h"

namespace carescore::testing {

struct DemoFileBytes {
  std::string_view name;
  std::span<const unsigned char> bytes;
};

// In the generator's order (calls, chats, tickets, orders, surveys, customers); written once.
std::vector<DemoFileBytes> demoFileBytes();

// Every demo file through FileReader and the DatasetBuilder, wall-clock times in `zone`.
Dataset demoDataset(std::string_view zone = "Asia/Ho_Chi_Minh");

} // namespace carescore::testing
