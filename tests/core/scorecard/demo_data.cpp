// Reading the demo files like dropped files.
#include "core/scorecard/demo_data.h"

#include "core/ingest/file_reader.h"
#include "core/mapping/dataset_builder.h"
#include "core/time/zone_database.h"
#include "core/demo/demo_shop.h"
#include "embedded_assets.h"

namespace carescore::testing {

std::vector<DemoFileBytes> demoFileBytes() {
  static const std::vector<DemoFile> files = demoShopFiles();
  std::vector<DemoFileBytes> views;
  for (const DemoFile& file : files)
    views.push_back({file.name, {reinterpret_cast<const unsigned char*>(file.content.data()), file.content.size()}});
  return views;
}

Dataset demoDataset(std::string_view zone) {
  static const ZoneDatabase zones = *ZoneDatabase::open(assets::zoneDatabase());
  DatasetBuilder builder({.zones = &zones, .defaultZone = std::string(zone)});
  for (const DemoFileBytes& file : demoFileBytes()) {
    FileReader reader(ReadOptions{.fileName = std::string(file.name)});
    reader.feed(file.bytes);
    builder.addFile(std::string(file.name), reader.finish());
  }
  return builder.dataset();
}

} // namespace carescore::testing
