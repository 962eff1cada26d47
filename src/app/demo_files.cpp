#include "app/demo_files.h"

#include <algorithm>

#include "core/demo/demo_shop.h"

namespace carescore {

const std::vector<NamedBytes>& demoFiles() {
  static const std::vector<DemoFile> files = [] {
    std::vector<DemoFile> written = demoShopFiles();
    std::sort(written.begin(), written.end(), [](const DemoFile& a, const DemoFile& b) { return a.name < b.name; });
    return written;
  }();
  static const std::vector<NamedBytes> named = [] {
    std::vector<NamedBytes> views;
    for (const DemoFile& file : files)
      views.push_back({file.name, {reinterpret_cast<const unsigned char*>(file.content.data()), file.content.size()}});
    return views;
  }();
  return named;
}

} // namespace carescore
