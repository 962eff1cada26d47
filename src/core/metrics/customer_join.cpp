// The customer join by identifier text, one hash lookup per distinct id of a table.
#include "core/metrics/customer_join.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "core/metrics/field_access.h"

namespace carescore {

const std::vector<std::uint32_t>& listedCustomerCodes(MetricContext& context, RecordKind kind) {
  return context.cached<std::vector<std::uint32_t>>("customer_join:" + std::string(nameOf(kind)), [&] {
    const CodeField from = codeField(context.data(), kind, "customer_id");
    std::vector<std::uint32_t> listed(from.dictionarySize(), kNotListed);
    if (kind == RecordKind::Customer) {
      for (std::uint32_t code = 0; code < listed.size(); ++code) listed[code] = code;
      return listed;
    }
    const CodeField id = codeField(context.data(), RecordKind::Customer, "customer_id");
    if (!id) return listed;
    const StringDictionary& ids = id.column->dictionary;
    // A third of a million ids: each find misses the cache three times, so a window's lookups are
    // read ahead together (StringDictionary::readAhead) and their misses overlap.
    constexpr std::uint32_t kWindow = 32;
    std::string_view texts[kWindow];
    std::uint64_t hashes[kWindow];
    for (std::uint32_t first = 0; first < listed.size(); first += kWindow) {
      const std::uint32_t n = std::min<std::uint32_t>(kWindow, static_cast<std::uint32_t>(listed.size()) - first);
      for (std::uint32_t k = 0; k < n; ++k) texts[k] = from.column->dictionary.at(first + k);
      ids.readAhead({texts, n}, hashes);
      for (std::uint32_t k = 0; k < n; ++k)
        if (const auto found = ids.find(texts[k], hashes[k])) listed[first + k] = *found;
    }
    return listed;
  });
}

} // namespace carescore
