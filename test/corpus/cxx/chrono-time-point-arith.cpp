// Does time_point arithmetic for cache expiry: storing steady_clock insertion
// times, computing TTL remaining, and time_point_cast.
#include <chrono>
#include <cstdio>
#include <map>
#include <string>

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

struct Entry {
  std::string value;
  Clock::time_point expires;
};

class TtlCache {
public:
  void put(const std::string &k, std::string v, Clock::duration ttl,
           Clock::time_point now) {
    map_[k] = {std::move(v), now + ttl};
  }
  const std::string *get(const std::string &k, Clock::time_point now) const {
    auto it = map_.find(k);
    if (it == map_.end() || now >= it->second.expires)
      return nullptr;
    return &it->second.value;
  }
  std::chrono::milliseconds remaining(const std::string &k,
                                      Clock::time_point now) const {
    auto it = map_.find(k);
    if (it == map_.end())
      return 0ms;
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        it->second.expires - now);
  }

private:
  std::map<std::string, Entry> map_;
};

int main() {
  TtlCache c;
  const auto t0 = Clock::now(); // inject "now" so the test is deterministic
  c.put("session", "abc", 30s, t0);
  c.put("token", "xyz", 500ms, t0);

  auto later = t0 + 1s;
  std::printf("session remaining %lld ms, token %s\n",
              static_cast<long long>(c.remaining("session", later).count()),
              c.get("token", later) ? "valid" : "expired");

  auto sec_tp = std::chrono::time_point_cast<std::chrono::seconds>(t0);
  bool cast_ok = sec_tp <= t0 && t0 - sec_tp < 1s;
  bool real_now_ok = Clock::now() >= t0;
  return (c.remaining("session", later) == 29000ms && !c.get("token", later) &&
          c.get("session", later) && cast_ok && real_now_ok)
             ? 0
             : 1;
}
