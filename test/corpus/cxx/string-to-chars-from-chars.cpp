// Fast locale-independent number serialisation with std::to_chars /
// std::from_chars in a CSV row encoder and decoder.
#include <array>
#include <charconv>
#include <cmath>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

class RowWriter {
public:
  RowWriter &add(long v) { return add_impl(v); }
  RowWriter &add(double v) { return add_impl(v); }
  RowWriter &add_hex(unsigned v) {
    sep();
    std::array<char, 16> buf;
    auto [p, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v, 16);
    out_.append(buf.data(), p);
    return *this;
  }
  const std::string &str() const { return out_; }

private:
  template <class T> RowWriter &add_impl(T v) {
    sep();
    std::array<char, 32> buf;
    auto [p, ec] = std::to_chars(buf.data(), buf.data() + buf.size(),
                                 v); // shortest round-trip for doubles
    if (ec != std::errc())
      throw std::system_error(std::make_error_code(ec));
    out_.append(buf.data(), p);
    return *this;
  }
  void sep() {
    if (!out_.empty())
      out_ += ',';
  }
  std::string out_;
};

template <class T> std::optional<T> parse(std::string_view s, int base = 10) {
  T v{};
  std::from_chars_result r;
  if constexpr (std::is_floating_point_v<T>)
    r = std::from_chars(s.data(), s.data() + s.size(), v);
  else
    r = std::from_chars(s.data(), s.data() + s.size(), v, base);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size())
    return std::nullopt;
  return v;
}

std::vector<std::string_view> split(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0;;) {
    auto c = s.find(',', start);
    out.push_back(s.substr(start, c - start));
    if (c == std::string_view::npos)
      break;
    start = c + 1;
  }
  return out;
}

int main() {
  RowWriter w;
  w.add(42L).add(-7L).add(0.1).add(1e100).add(3.0).add_hex(0xdeadbeef);
  std::cout << "row: " << w.str() << '\n';

  auto f = split(w.str());
  auto a = parse<long>(f[0]);
  auto d = parse<double>(f[2]);
  auto big = parse<double>(f[3]);
  auto hex = parse<unsigned>(f[5], 16);
  auto bad = parse<int>("12abc");
  auto overflow = parse<int>("99999999999");
  std::cout << "parsed " << *a << ' ' << *d << ' ' << *big << ' ' << std::hex
            << *hex << std::dec << ", bad=" << bad.has_value()
            << ", overflow=" << overflow.has_value() << std::endl;

  return (w.str() == "42,-7,0.1,1e+100,3,deadbeef" && a == 42 && d == 0.1 &&
          big == 1e100 && hex == 0xdeadbeefu && !bad && !overflow)
             ? 0
             : 1;
}
