#include "app/demo_files.h"

#include "embedded_assets.h"

namespace carescore {

std::vector<NamedBytes> demoFiles() {
  return {{"moctra_chat.csv", assets::demoChats()},       {"moctra_don_hang.csv", assets::demoOrders()},
          {"moctra_helpdesk_phieu.csv", assets::demoTickets()}, {"moctra_khach_hang.csv", assets::demoCustomers()},
          {"moctra_khao_sat.csv", assets::demoSurveys()}, {"moctra_tong_dai_cuoc_goi.csv", assets::demoCalls()}};
}

} // namespace carescore
