// Shows std::stop_callback RAII semantics: a callback runs immediately if stop
// was already requested, and never runs once it has been destroyed.
#include <cstdio>
#include <stop_token>
#include <thread>
#include <vector>

int main() {
  std::vector<const char *> fired;
  std::stop_source src;

  {
    std::stop_callback temp(src.get_token(),
                            [&] { fired.push_back("temporary"); });
  } // deregistered here
  std::stop_callback keep(src.get_token(),
                          [&] { fired.push_back("registered"); });

  std::jthread requester(
      [&src] { src.request_stop(); }); // callbacks run on the requesting thread
  requester.join();

  std::stop_callback late(src.get_token(),
                          [&] { fired.push_back("late"); }); // runs inline

  for (const char *f : fired)
    std::printf("callback fired: %s\n", f);
  return (fired.size() == 2 && fired[0][0] == 'r' && fired[1][0] == 'l') ? 0
                                                                         : 1;
}
