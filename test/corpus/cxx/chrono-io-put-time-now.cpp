// Timestamping log lines: system_clock::now() converted with to_time_t,
// gmtime_r/localtime_r and formatted with std::put_time plus milliseconds.
#include <chrono>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>

std::string iso8601_utc(std::chrono::system_clock::time_point tp) {
  const std::time_t t = std::chrono::system_clock::to_time_t(tp);
  std::tm tm{};
  gmtime_r(&t, &tm);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      tp.time_since_epoch()) %
                  1000;
  std::ostringstream os;
  os << std::put_time(&tm, "%Y-%m-%dT%H:%M:%S") << '.' << std::setw(3)
     << std::setfill('0') << ms.count() << 'Z';
  return os.str();
}

std::string local_stamp(std::chrono::system_clock::time_point tp) {
  const std::time_t t = std::chrono::system_clock::to_time_t(tp);
  std::tm tm{};
  localtime_r(&t, &tm);
  std::ostringstream os;
  os << std::put_time(&tm, "%a %d %b %Y %H:%M:%S %Z");
  return os.str();
}

class Logger {
public:
  void info(const std::string &msg) {
    std::cout << iso8601_utc(std::chrono::system_clock::now()) << " INFO "
              << msg << '\n';
  }
};

int main() {
  Logger log;
  log.info("service starting");

  // A fixed instant gives a checkable string: 2021-03-04T05:06:07.089Z
  using namespace std::chrono;
  const sys_days day = year{2021} / March / 4;
  const system_clock::time_point fixed =
      day + hours{5} + minutes{6} + seconds{7} + milliseconds{89};
  const std::string s = iso8601_utc(fixed);
  std::cout << "fixed instant: " << s << '\n';
  std::cout << "local rendering: " << local_stamp(fixed) << '\n';

  const auto now = system_clock::now();
  const auto y = year_month_day{floor<days>(now)}.year();
  log.info("current year " + std::to_string(static_cast<int>(y)));
  std::cout.flush();
  return (s == "2021-03-04T05:06:07.089Z" && static_cast<int>(y) > 1970) ? 0
                                                                         : 1;
}
