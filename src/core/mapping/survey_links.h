// Linking survey responses to the contacts they rate, across files: by the response's contact id
// when a loaded contact has that id, else by customer — the customer's latest contact created at
// or before the response. The linked contact's agent and channel fill the response's own when it
// has none, so survey metrics split by channel and agent. Fills `linked_contact_id` and
// `link_method` (contact_id, customer, none). Not the reading of either file (apply_mapping.h).
#pragma once
#include <cstdint>

#include "core/model/dataset.h"

namespace carescore {

struct SurveyLinks {
  std::uint64_t byContactId = 0;
  std::uint64_t byCustomer = 0;
  std::uint64_t unlinked = 0;
  std::uint64_t agentsFilled = 0;    // responses whose agent came from the linked contact
  std::uint64_t channelsFilled = 0;  // responses whose channel came from the linked contact
};

// Rewrites the survey table's link columns (and fills agent/channel); contacts are left as they are.
SurveyLinks linkSurveys(Dataset& dataset);

} // namespace carescore
