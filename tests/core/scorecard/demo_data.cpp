// Reading the demo files like dropped files.
#include "core/scorecard/demo_data.h"

#include "core/ingest/file_reader.h"
#include "core/mapping/dataset_builder.h"
#include "core/time/zone_database.h"
#include "embedded_assets.h"

namespace carescore::testing {

std::vector<EmbeddedDemoFile> embeddedDemoFiles() {
  return {{"moctra_tong_dai_cuoc_goi.csv", assets::demoCalls()}, {"moctra_chat.csv", assets::demoChats()},
          {"moctra_helpdesk_phieu.csv", assets::demoTickets()},  {"moctra_don_hang.csv", assets::demoOrders()},
          {"moctra_khao_sat.csv", assets::demoSurveys()},        {"moctra_khach_hang.csv", assets::demoCustomers()}};
}

Dataset demoDataset(std::string_view zone) {
  static const ZoneDatabase zones = *ZoneDatabase::open(assets::zoneDatabase());
  DatasetBuilder builder({.zones = &zones, .defaultZone = std::string(zone)});
  for (const EmbeddedDemoFile& file : embeddedDemoFiles()) {
    FileReader reader(ReadOptions{.fileName = std::string(file.name)});
    reader.feed(file.bytes);
    builder.addFile(std::string(file.name), reader.finish());
  }
  return builder.dataset();
}

} // namespace carescore::testing
