// The customer join by identifier text, one hash lookup per distinct id of a table.
#include "core/metrics/customer_join.h"

#include <string>

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
    for (std::uint32_t code = 0; code < listed.size(); ++code)
      if (const auto found = id.column->dictionary.find(from.column->dictionary.at(code))) listed[code] = *found;
    return listed;
  });
}

} // namespace carescore
