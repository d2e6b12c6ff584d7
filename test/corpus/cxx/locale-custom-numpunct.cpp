// Installing a custom std::numpunct facet with std::locale(loc, new Facet) to
// print numbers with thousands separators.
#include <iomanip>
#include <iostream>
#include <locale>
#include <sstream>
#include <string>

class GroupedNumbers : public std::numpunct<char> {
public:
  explicit GroupedNumbers(char sep = ',', char dec = '.')
      : sep_(sep), dec_(dec) {}

protected:
  char do_thousands_sep() const override { return sep_; }
  char do_decimal_point() const override { return dec_; }
  std::string do_grouping() const override { return "\3"; }
  std::string do_truename() const override { return "yes"; }
  std::string do_falsename() const override { return "no"; }

private:
  char sep_, dec_;
};

template <class T> std::string fmt(const std::locale &loc, T v) {
  std::ostringstream os;
  os.imbue(loc);
  os << std::fixed << std::setprecision(2) << std::boolalpha << v;
  return os.str();
}

int main() {
  // The locale takes ownership of the facet (refcount starts at 0).
  const std::locale english(std::locale::classic(),
                            new GroupedNumbers(',', '.'));
  const std::locale german(std::locale::classic(),
                           new GroupedNumbers('.', ','));

  std::string a = fmt(english, 1234567.891);
  std::string b = fmt(german, 1234567.891);
  std::string c = fmt(english, 987654321LL);
  std::string d = fmt(english, true);
  std::cout << a << '\n' << b << '\n' << c << '\n' << d << '\n';

  // Parsing honours the facet as well.
  std::istringstream in("1,234,567");
  in.imbue(english);
  long parsed = 0;
  in >> parsed;
  std::cout << "parsed " << parsed << '\n';

  std::cout.imbue(english);
  std::cout << "cout with facet: " << 10000000 << std::endl;
  std::cout.imbue(std::locale::classic());

  return (a == "1,234,567.89" && b == "1.234.567,89" && c == "987,654,321" &&
          d == "yes" && parsed == 1234567)
             ? 0
             : 1;
}
