// The Mộc Trà demo exports. Every number comes from one seeded generator, drawn in a fixed order,
// so the files are the same bytes on every machine; times are local wall-clock (Asia/Ho_Chi_Minh),
// as Vietnamese tools write them.
#include "core/demo/demo_shop.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <utility>

#include "core/time/civil.h"

namespace carescore {

namespace {

constexpr int kFirstDay = 20500;  // 2026-02-16, a Monday (days since 1970-01-01)
constexpr int kDays = 44;         // … 2026-03-31
constexpr int kTetLastDay = kFirstDay + 5;  // Tết week (2026-02-16 … 21): a quarter of the usual volume
constexpr int kCustomers = 760;

// ln(x) for x in (0, 1] from + − × ÷ alone, which IEEE rounds the same everywhere: std::log's last
// bit differs between glibc and Emscripten's libc, and the files must be the same bytes on both.
// x = m · 2^e with m in [0.5, 1); ln m = 2 atanh((m − 1) / (m + 1)) by its series.
double naturalLog(double x) {
  int exponent = 0;
  while (x < 0.5) {
    x *= 2;
    --exponent;
  }
  const double s = (x - 1) / (x + 1), s2 = s * s;
  double term = s, sum = 0;
  for (int k = 1; k < 60; k += 2) {
    sum += term / k;
    term *= s2;
  }
  return 2 * sum + exponent * 0.6931471805599453;
}

class Random {
public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {  // splitmix64
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double uniform() { return double(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return uniform() < p; }
  int range(int low, int high) { return low + int(next() % std::uint64_t(high - low + 1)); }  // both included
  double exponential(double mean) { return -mean * naturalLog(1.0 - uniform()); }
  // How many events in an hour with this mean: whole part, plus one with the fraction's chance.
  int count(double mean) { return int(mean) + (chance(mean - std::floor(mean)) ? 1 : 0); }
  template <class T, std::size_t N>
  const T& pick(const std::array<T, N>& items) { return items[next() % N]; }
  // An index by weights (percent or any scale).
  template <std::size_t N>
  int weighted(const std::array<int, N>& weights) {
    int total = 0;
    for (int w : weights) total += w;
    int x = range(0, total - 1);
    for (std::size_t i = 0; i < N; ++i) {
      if (x < weights[i]) return int(i);
      x -= weights[i];
    }
    return int(N) - 1;
  }

private:
  std::uint64_t state_;
};

// Local wall-clock seconds since 1970 as "dd/mm/yyyy HH:MM:SS" (Vietnamese order).
std::string wallClock(std::int64_t seconds, bool withSeconds = true) {
  const CivilDate date = civilFromDays(floorDiv(seconds, 86400));
  const std::int64_t inDay = floorMod(seconds, 86400);
  char text[32];
  if (withSeconds) {
    std::snprintf(text, sizeof text, "%02d/%02d/%04d %02d:%02d:%02d", date.day, date.month, date.year, int(inDay / 3600),
                  int(inDay / 60 % 60), int(inDay % 60));
  } else {
    std::snprintf(text, sizeof text, "%02d/%02d/%04d %02d:%02d", date.day, date.month, date.year, int(inDay / 3600),
                  int(inDay / 60 % 60));
  }
  return text;
}

std::int64_t at(int day, int hour, int minute = 0, int second = 0) {
  return std::int64_t(day) * 86400 + hour * 3600 + minute * 60 + second;
}

int weekday(int day) { return int(floorMod(day - 4, 7)); }  // 0 = Monday (1970-01-01 was a Thursday)
double seasonal(int day) { return day <= kTetLastDay ? 0.25 : 1.0; }

std::string customerId(int index) {
  char text[16];
  std::snprintf(text, sizeof text, "KH%04d", index + 1);
  return text;
}

constexpr std::array<std::string_view, 3> kRegions = {"Miền Nam", "Miền Bắc", "Miền Trung"};
constexpr std::array<int, 3> kRegionWeights = {45, 35, 20};

struct Shop {
  Random random{20260331};
  std::vector<int> regionOf;        // per customer
  std::vector<int> ordersOf;        // per customer, in the order export
  struct Contact {
    std::string id;
    int customer;
    std::int64_t atSeconds;
  };
  std::vector<Contact> contacts;    // for the survey invitations
  std::string out;

  void line(std::initializer_list<std::string_view> cells) {
    bool first = true;
    for (std::string_view cell : cells) {
      if (!first) out += ',';
      first = false;
      if (cell.find_first_of(",\"\n") != std::string_view::npos) {
        out += '"';
        for (char c : cell) {
          if (c == '"') out += '"';
          out += c;
        }
        out += '"';
      } else {
        out += cell;
      }
    }
    out += "\r\n";
  }
  std::string take() { return std::exchange(out, {}); }
  // A random instant on `day` between hourLow:00 and hourHigh:59:59, drawn hour, minute, second in
  // that order (never several draws in one argument list: compilers evaluate arguments in
  // different orders, and the files must be the same bytes from GCC and Emscripten's clang).
  std::int64_t timeIn(int day, int hourLow, int hourHigh) {
    const int hour = random.range(hourLow, hourHigh);
    const int minute = random.range(0, 59);
    const int second = random.range(0, 59);
    return at(day, hour, minute, second);
  }
  int someCustomer() { return random.range(0, kCustomers - 1); }
};

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.0f", value);
  return text;
}

// Phone: weekdays 8–18, Saturday 8–12. Monday 8–12 brings three times the calls to the same two
// agents: long waits and abandons (the failing service level). Other hours are well staffed.
std::string calls(Shop& shop) {
  constexpr std::array<std::string_view, 3> kAgents = {"Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Minh Anh"};
  shop.line({"Mã cuộc gọi", "Thời gian gọi", "Hướng", "Mã khách hàng", "Điện thoại viên", "Thời gian chờ (giây)",
             "Thời lượng (giây)", "Kết quả", "Thời điểm giải quyết"});
  int serial = 0;
  for (int day = kFirstDay; day < kFirstDay + kDays; ++day) {
    const int wd = weekday(day);
    if (wd == 6) continue;
    const int closeHour = wd == 5 ? 12 : 18;
    for (int hour = 8; hour < closeHour; ++hour) {
      const bool mondayMorning = wd == 0 && hour < 12;
      const int n = shop.random.count((mondayMorning ? 7.5 : 2.2) * seasonal(day));
      for (int i = 0; i < n; ++i) {
        const std::int64_t start = shop.timeIn(day, hour, hour);
        const int customer = shop.someCustomer();
        const double wait = shop.random.exponential(mondayMorning ? 210 : 24);
        const bool abandoned = mondayMorning ? (wait > 90 && shop.random.chance(0.6)) : shop.random.chance(0.02);
        const bool missed = !abandoned && shop.random.chance(0.01);
        char id[16];
        std::snprintf(id, sizeof id, "CG%05d", ++serial);
        std::string result = abandoned ? "Khách cúp máy" : missed ? "Gọi nhỡ" : "Đã trả lời";
        const double talk = abandoned || missed ? 0 : 60 + shop.random.exponential(170);
        // The agent marks a call resolved when it settled the matter (three in four answered calls).
        const bool resolved = !abandoned && !missed && shop.random.chance(0.75);
        const std::int64_t ended = start + std::int64_t(wait + talk);
        shop.line({id, wallClock(start), "Gọi đến", customerId(customer),
                   abandoned || missed ? "" : std::string(shop.random.pick(kAgents)),
                   number(abandoned ? std::max(wait * shop.random.uniform(), 6.0) : missed ? 0 : wait), number(talk), result,
                   resolved ? wallClock(ended) : ""});
        if (!abandoned && !missed) shop.contacts.push_back({id, customer, start});
      }
    }
  }
  return shop.take();
}

// Chat (website widget and Zalo): every day 9–21, answered quickly: the chat standard passes.
std::string chats(Shop& shop) {
  constexpr std::array<std::string_view, 2> kAgents = {"Phạm Thu Hà", "Võ Quốc Bảo"};
  constexpr std::array<std::string_view, 6> kTopics = {"Tư vấn sản phẩm", "Tình trạng đơn hàng", "Khuyến mãi",
                                                       "Phí vận chuyển", "Thanh toán", "Tư vấn sản phẩm"};
  shop.line({"Mã hội thoại", "Bắt đầu lúc", "Kênh", "Mã khách hàng", "Nhân viên", "Thời điểm phản hồi",
             "Thời lượng (giây)", "Chủ đề", "Thời điểm giải quyết"});
  int serial = 0;
  for (int day = kFirstDay; day < kFirstDay + kDays; ++day) {
    for (int hour = 9; hour < 21; ++hour) {
      const int n = shop.random.count(1.25 * seasonal(day));
      for (int i = 0; i < n; ++i) {
        const std::int64_t start = shop.timeIn(day, hour, hour);
        const int customer = shop.someCustomer();
        char id[16];
        std::snprintf(id, sizeof id, "HT%05d", ++serial);
        const double first = 8 + shop.random.exponential(shop.random.chance(0.04) ? 400 : 45);
        const double length = 120 + shop.random.exponential(420);
        const bool resolved = shop.random.chance(0.85);  // the rest become tickets
        shop.line({id, wallClock(start), shop.random.chance(0.6) ? "Trò chuyện" : "Zalo", customerId(customer),
                   std::string(shop.random.pick(kAgents)), wallClock(start + std::int64_t(first)),
                   number(length), std::string(shop.random.pick(kTopics)),
                   resolved ? wallClock(start + std::int64_t(first + length)) : ""});
        shop.contacts.push_back({id, customer, start});
      }
    }
  }
  return shop.take();
}

// Helpdesk tickets by e-mail and Facebook, with the helpdesk's Vietnamese custom fields. About
// 60 % are resolved the day they arrive; with calls and chats settled on the spot, the shop as a
// whole resolves about 70 % of issues the same day: at the 70 % target, inside its interval.
std::string tickets(Shop& shop) {
  constexpr std::array<std::string_view, 3> kAgents = {"Đặng Ngọc Mai", "Bùi Thanh Tùng", "Hoàng Gia Huy"};
  constexpr std::array<std::string_view, 8> kTopics = {"Tình trạng đơn hàng", "Đổi trả sản phẩm", "Sản phẩm bị vỡ",
                                                       "Thanh toán", "Tình trạng đơn hàng", "Hóa đơn VAT",
                                                       "Giao hàng chậm", "Tư vấn sản phẩm"};
  constexpr std::array<std::string_view, 3> kPriorities = {"Thấp", "Trung bình", "Cao"};
  const std::int64_t exportedAt = at(kFirstDay + kDays, 0);
  shop.line({"Mã phiếu", "Ngày tạo", "Kênh", "Chủ đề", "Trạng thái", "Mức độ ưu tiên", "Nhân viên xử lý", "Nhóm",
             "Mã khách hàng", "Thời gian phản hồi đầu tiên", "Ngày giải quyết", "Số lần phản hồi", "Số lần mở lại",
             "Mã đơn hàng (trường tùy chỉnh)", "Tỉnh/Thành (trường tùy chỉnh)"});
  int serial = 1000;
  for (int day = kFirstDay; day < kFirstDay + kDays; ++day) {
    const int n = shop.random.count((weekday(day) >= 5 ? 7.0 : 15.0) * seasonal(day));
    for (int i = 0; i < n; ++i) {
      const std::int64_t created = shop.timeIn(day, 7, 21);
      const int customer = shop.someCustomer();
      const std::int64_t firstReply = created + 300 + std::int64_t(shop.random.exponential(2400));
      std::int64_t resolved = 0;
      const double r = shop.random.uniform();
      if (r < 0.60) {
        resolved = std::min(firstReply + std::int64_t(shop.random.exponential(3000)), at(day, 23, 59, 0));
      } else if (r < 0.95) {
        const int later = shop.random.range(1, 3);
        resolved = shop.timeIn(day + later, 8, 17);
      }
      if (resolved >= exportedAt) resolved = 0;
      const bool reopened = resolved && shop.random.chance(0.015);
      char id[16];
      std::snprintf(id, sizeof id, "#%d", ++serial);
      char order[16];
      std::snprintf(order, sizeof order, "DH%05d", shop.random.range(1, 1000));
      constexpr std::array<std::string_view, 6> kProvinces = {"TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Cần Thơ",
                                                              "Huế", "Hải Phòng"};
      shop.line({id, wallClock(created), shop.random.chance(0.55) ? "Email" : "Facebook",
                 std::string(shop.random.pick(kTopics)),
                 resolved ? (reopened ? "Đã đóng" : "Đã giải quyết") : "Đang xử lý",
                 std::string(kPriorities[shop.random.weighted(std::array<int, 3>{30, 55, 15})]),
                 std::string(shop.random.pick(kAgents)), "CSKH Online", customerId(customer), wallClock(firstReply),
                 resolved ? wallClock(resolved) : "", number(shop.random.range(1, 4)), reopened ? "1" : "0",
                 shop.random.chance(0.7) ? std::string(order) : "", std::string(shop.random.pick(kProvinces))});
      shop.contacts.push_back({id, customer, created});
    }
  }
  return shop.take();
}

// Orders: promised within 3 days. The carrier's Central-region route (Đà Nẵng, Huế) is late.
std::string orders(Shop& shop) {
  shop.line({"Mã đơn hàng", "Ngày đặt hàng", "Mã khách hàng", "Khu vực giao", "Ngày giao hàng",
             "Số lượng", "Số lượng giao đúng"});
  const std::int64_t exportedAt = at(kFirstDay + kDays, 0);
  int serial = 0;
  for (int day = kFirstDay; day < kFirstDay + kDays; ++day) {
    const int n = shop.random.count(22.0 * seasonal(day));
    for (int i = 0; i < n; ++i) {
      const int customer = shop.someCustomer();
      const int region = shop.regionOf[std::size_t(customer)];
      const std::int64_t ordered = shop.timeIn(day, 7, 22);
      const int days = region == 2 ? 2 + shop.random.weighted(std::array<int, 4>{15, 30, 35, 20})
                                   : 1 + shop.random.weighted(std::array<int, 5>{30, 45, 20, 4, 1});
      const std::int64_t delivered = shop.timeIn(day + days, 8, 19);
      const int items = 1 + shop.random.weighted(std::array<int, 4>{55, 25, 12, 8});
      const int correct = shop.random.chance(0.004) ? items - 1 : items;
      char id[16];
      std::snprintf(id, sizeof id, "DH%05d", ++serial);
      shop.line({id, wallClock(ordered, false), customerId(customer), kRegions[std::size_t(region)],
                 delivered < exportedAt ? wallClock(delivered, false) : "",
                 number(items), delivered < exportedAt ? number(correct) : ""});
      ++shop.ordersOf[std::size_t(customer)];
    }
  }
  return shop.take();
}

// Survey invitations after about a third of the contacts (a Google Form in Vietnamese).
std::string surveys(Shop& shop) {
  shop.line({"Dấu thời gian", "Mã khách hàng", "Mã phiếu",
             "Bạn hài lòng với dịch vụ chăm sóc khách hàng của Mộc Trà ở mức nào? (1-5)",
             "Bạn có sẵn sàng giới thiệu Mộc Trà cho bạn bè không? (0-10)",
             "Vấn đề của bạn được giải quyết dễ dàng như thế nào? (1-5)", "Góp ý thêm"});
  constexpr std::array<std::string_view, 6> kHappy = {"Nhân viên tư vấn nhiệt tình, trà rất thơm!", "Giao hàng nhanh, đóng gói cẩn thận.",
                                                      "Sẽ ủng hộ shop dài dài.", "Rất hài lòng", "Chị Lan tư vấn rất dễ thương.", ""};
  constexpr std::array<std::string_view, 5> kUnhappy = {"Gọi tổng đài sáng thứ Hai chờ mãi không ai nghe máy.",
                                                        "Giao hàng ra Đà Nẵng chậm quá, hẹn 3 ngày mà 5 ngày mới tới.",
                                                        "Phải hỏi lại nhiều lần mới được giải quyết.",
                                                        "Ấm bị mẻ, đổi trả hơi lâu.", ""};
  std::vector<Shop::Contact> invited;
  for (const auto& contact : shop.contacts) {
    if (shop.random.chance(0.33)) invited.push_back(contact);
  }
  std::sort(invited.begin(), invited.end(), [](const auto& a, const auto& b) { return a.atSeconds < b.atSeconds; });
  const std::int64_t exportedAt = at(kFirstDay + kDays, 0);
  for (const auto& contact : invited) {
    const std::int64_t answered = contact.atSeconds + 1800 + std::int64_t(shop.random.exponential(20000));
    if (answered >= exportedAt) continue;
    const int csat = 5 - shop.random.weighted(std::array<int, 5>{55, 32, 7, 4, 2});
    const int nps = 10 - shop.random.weighted(std::array<int, 11>{40, 24, 18, 9, 4, 2, 1, 1, 0, 0, 1});
    const int ces = 5 - shop.random.weighted(std::array<int, 5>{52, 32, 10, 4, 2});
    const bool unhappy = csat <= 3 || nps <= 6;
    shop.line({wallClock(answered), customerId(contact.customer), contact.id, number(csat), number(nps), number(ces),
               std::string(unhappy ? shop.random.pick(kUnhappy) : shop.random.pick(kHappy))});
  }
  return shop.take();
}

// The customer list from the shop's CRM: region, sign-up date, orders to date, referrals.
std::string customers(Shop& shop) {
  constexpr std::array<std::string_view, 8> kFamily = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"};
  constexpr std::array<std::string_view, 10> kGiven = {"Thị Hoa", "Văn Nam", "Minh Thư", "Quốc Khánh", "Thu Trang",
                                                       "Hữu Phước", "Ngọc Ánh", "Đức Long", "Phương Linh", "Gia Bảo"};
  shop.line({"Mã khách hàng", "Họ tên", "Khu vực", "Ngày đăng ký", "Tổng số đơn", "Số khách đã giới thiệu"});
  for (int c = 0; c < kCustomers; ++c) {
    const int earlier = shop.random.weighted(std::array<int, 4>{50, 25, 15, 10});
    const int referrals = shop.random.chance(0.14) ? shop.random.range(1, 3) : 0;
    const int since = kFirstDay - shop.random.range(10, 900);
    std::string name(shop.random.pick(kFamily));  // one draw per statement: argument order is unspecified
    name += ' ';
    name += shop.random.pick(kGiven);
    shop.line({customerId(c), name, kRegions[std::size_t(shop.regionOf[std::size_t(c)])], wallClock(at(since, 0), false).substr(0, 10),
               number(shop.ordersOf[std::size_t(c)] + earlier), number(referrals)});
  }
  return shop.take();
}

} // namespace

std::vector<DemoFile> demoShopFiles() {
  Shop shop;
  shop.regionOf.resize(kCustomers);
  shop.ordersOf.assign(kCustomers, 0);
  for (int& region : shop.regionOf) region = shop.random.weighted(kRegionWeights);
  std::vector<DemoFile> files;
  files.push_back({"moctra_tong_dai_cuoc_goi.csv", calls(shop)});
  files.push_back({"moctra_chat.csv", chats(shop)});
  files.push_back({"moctra_helpdesk_phieu.csv", tickets(shop)});
  files.push_back({"moctra_don_hang.csv", orders(shop)});
  files.push_back({"moctra_khao_sat.csv", surveys(shop)});
  files.push_back({"moctra_khach_hang.csv", customers(shop)});
  return files;
}

} // namespace carescore
