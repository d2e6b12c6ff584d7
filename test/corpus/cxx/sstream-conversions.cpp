// Generic to_string/from_string helpers built on std::stringstream, as
// pre-C++17 code converts values, with failure detection.
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

template <class T> std::string to_str(const T &v) {
  std::stringstream ss;
  ss << v;
  return ss.str();
}

template <class T> std::optional<T> from_str(const std::string &s) {
  std::stringstream ss(s);
  T value{};
  ss >> value;
  if (ss.fail())
    return std::nullopt;
  ss >> std::ws;
  if (!ss.eof())
    return std::nullopt; // trailing junk
  return value;
}

struct Point {
  int x = 0, y = 0;
  friend std::ostream &operator<<(std::ostream &os, const Point &p) {
    return os << '(' << p.x << ',' << p.y << ')';
  }
  friend std::istream &operator>>(std::istream &is, Point &p) {
    char lp, comma, rp;
    if (is >> lp >> p.x >> comma >> p.y >> rp &&
        (lp != '(' || comma != ',' || rp != ')'))
      is.setstate(std::ios::failbit);
    return is;
  }
};

int main() {
  int failures = 0;
  auto check = [&](bool cond, const std::string &what) {
    std::cout << (cond ? "ok   " : "FAIL ") << what << '\n';
    if (!cond)
      ++failures;
  };

  check(to_str(42) == "42", "int to string");
  check(to_str(2.5) == "2.5", "double to string");
  check(to_str(Point{3, -4}) == "(3,-4)", "Point to string");
  check(from_str<int>("  123 ") == 123, "string to int");
  check(!from_str<int>("12abc"), "reject trailing junk");
  check(!from_str<int>("abc"), "reject non-number");
  check(from_str<double>("1e3") == 1000.0, "string to double");
  auto p = from_str<Point>("(7,8)");
  check(p && p->x == 7 && p->y == 8, "string to Point");
  check(!from_str<Point>("[7,8]"), "reject bad Point");

  // Reusing one stringstream: reset both content and state.
  std::stringstream ss;
  ss << 10;
  int a;
  ss >> a;
  ss.str("");
  ss.clear();
  ss << 20;
  int b;
  ss >> b;
  check(a == 10 && b == 20, "reuse stringstream");

  std::cout << failures << " failures" << std::endl;
  return failures == 0 ? 0 : 1;
}
