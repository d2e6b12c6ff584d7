// Formatting and parsing timestamps with std::put_time and std::get_time on a
// stream imbued with a fixed locale.
#include <ctime>
#include <iomanip>
#include <iostream>
#include <locale>
#include <sstream>
#include <string>

struct Timestamp {
  std::tm tm{};

  static Timestamp parse(const std::string &s, const char *fmt) {
    std::istringstream in(s);
    in.imbue(std::locale::classic());
    Timestamp t;
    in >> std::get_time(&t.tm, fmt);
    if (in.fail())
      throw std::invalid_argument("bad timestamp: " + s);
    return t;
  }

  std::string format(const char *fmt,
                     const std::locale &loc = std::locale::classic()) const {
    std::ostringstream out;
    out.imbue(loc);
    out << std::put_time(&tm, fmt);
    return out.str();
  }
};

int main() {
  int rc = 0;
  Timestamp t = Timestamp::parse("2023-10-10 13:55:36", "%Y-%m-%d %H:%M:%S");
  std::string rfc = t.format("%d %b %Y %H:%M:%S");
  std::string iso = t.format("%Y-%m-%dT%H:%M:%S");
  std::cout << "rfc-ish: " << rfc << "\niso: " << iso << '\n';
  if (rfc != "10 Oct 2023 13:55:36" || iso != "2023-10-10T13:55:36")
    rc = 1;

  Timestamp apache =
      Timestamp::parse("10/Oct/2023:13:55:36", "%d/%b/%Y:%H:%M:%S");
  std::cout << "apache month index: " << apache.tm.tm_mon << '\n';
  if (apache.tm.tm_mon != 9 || apache.tm.tm_mday != 10)
    rc = 1;

  try {
    std::locale utf8("C.UTF-8");
    std::cout << "C.UTF-8 weekday: " << t.format("%A %c", utf8) << '\n';
  } catch (const std::runtime_error &) {
    std::cout << "C.UTF-8 unavailable\n";
    rc = 1;
  }

  try {
    Timestamp::parse("not a date", "%Y-%m-%d");
    rc = 1;
  } catch (const std::invalid_argument &e) {
    std::cout << "rejected: " << e.what() << std::endl;
  }
  return rc;
}
