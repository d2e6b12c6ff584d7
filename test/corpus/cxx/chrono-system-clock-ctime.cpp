// Converts std::chrono::system_clock::now() to time_t and formats it with
// ctime_r/localtime_r, as log prefixes and file stamps do.
#include <chrono>
#include <cstring>
#include <ctime>
#include <iostream>

int main() {
  auto now = std::chrono::system_clock::now();
  std::time_t tt = std::chrono::system_clock::to_time_t(now);

  char buf[64];
  if (!ctime_r(&tt, buf))
    return 1;
  buf[std::strcspn(buf, "\n")] = '\0';
  std::cout << "now: " << buf << '\n';

  std::tm local{};
  localtime_r(&tt, &local);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
  std::cout << "stamp: " << stamp << '\n';

  // Round trip and a known epoch value.
  auto back = std::chrono::system_clock::from_time_t(tt);
  auto diff =
      std::chrono::duration_cast<std::chrono::seconds>(now - back).count();
  std::time_t epoch_plus_day = std::chrono::system_clock::to_time_t(
      std::chrono::system_clock::time_point{} + std::chrono::hours(24));
  std::tm utc{};
  gmtime_r(&epoch_plus_day, &utc);
  std::cout << "epoch+24h is 1970-01-0" << utc.tm_mday << '\n';
  return (diff >= 0 && diff <= 1 && utc.tm_mday == 2 &&
          std::strlen(stamp) == 15 && tt > 1600000000)
             ? 0
             : 1;
}
