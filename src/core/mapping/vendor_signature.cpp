#include "core/mapping/vendor_signature.h"

namespace carescore {

std::string_view nameOf(ZoneConvention convention) {
  switch (convention) {
    case ZoneConvention::None: return "none";
    case ZoneConvention::Utc: return "utc";
    case ZoneConvention::AccountZone: return "account_zone";
    case ZoneConvention::HeaderNamed: return "header";
  }
  return "none";
}

std::vector<const VendorSignature*> vendorSignatures() {
  std::vector<const VendorSignature*> all;
  for (auto family : {helpdeskSignatures(), callSignatures(), surveySignatures(), datasetSignatures()})
    for (const VendorSignature& signature : family) all.push_back(&signature);
  return all;
}

const VendorSignature* findSignature(std::string_view key) {
  for (const VendorSignature* signature : vendorSignatures())
    if (signature->key == key) return signature;
  return nullptr;
}

} // namespace carescore
