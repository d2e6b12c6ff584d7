// Converts between chrono durations (duration_cast truncation,
// floor/ceil/round, floating-point durations, literals) for a human-readable
// uptime.
#include <chrono>
#include <iostream>
#include <sstream>
#include <string>

using namespace std::chrono;
using namespace std::chrono_literals;

static std::string human(milliseconds d) {
  auto h = duration_cast<hours>(d);
  d -= h;
  auto m = duration_cast<minutes>(d);
  d -= m;
  auto s = duration_cast<seconds>(d);
  d -= s;
  std::ostringstream os;
  os << h.count() << "h " << m.count() << "m " << s.count() << "s " << d.count()
     << "ms";
  return os.str();
}

int main() {
  milliseconds uptime = 3h + 25min + 7s + 450ms;
  std::string h = human(uptime);
  std::cout << "uptime: " << h << '\n';

  auto truncated = duration_cast<seconds>(1999ms);
  auto rounded = round<seconds>(1999ms);
  auto floored = floor<seconds>(-1500ms);
  auto ceiled = ceil<seconds>(1001ms);
  duration<double> fsec = 2500ms; // implicit: no precision loss
  duration<double, std::milli> ms_f = 1.5s;

  std::cout << "trunc=" << truncated.count() << " round=" << rounded.count()
            << " floor=" << floored.count() << " ceil=" << ceiled.count()
            << " fsec=" << fsec.count() << " ms_f=" << ms_f.count() << '\n';
  return (h == "3h 25m 7s 450ms" && truncated == 1s && rounded == 2s &&
          floored == -2s && ceiled == 2s && fsec.count() == 2.5 &&
          ms_f.count() == 1500.0)
             ? 0
             : 1;
}
