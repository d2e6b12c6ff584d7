// Querying a locale's std::numpunct facet with use_facet/has_facet to learn its
// decimal point and grouping, as a number formatter does.
#include <iostream>
#include <locale>
#include <string>

struct NumberStyle {
  char decimal;
  char thousands;
  std::string grouping;
  std::string truename;
};

NumberStyle style_of(const std::locale &loc) {
  const auto &np = std::use_facet<std::numpunct<char>>(loc);
  return {np.decimal_point(), np.thousands_sep(), np.grouping(), np.truename()};
}

std::string describe(const std::string &name, const NumberStyle &s) {
  std::string g;
  for (char c : s.grouping)
    g += std::to_string(static_cast<int>(c)) + ";";
  return name + ": decimal='" + s.decimal + "' sep='" + s.thousands +
         "' grouping=[" + g + "] true=" + s.truename;
}

int main() {
  const std::locale classic = std::locale::classic();
  NumberStyle c = style_of(classic);
  std::cout << describe("C", c) << '\n';

  bool hasUtf8 = true;
  NumberStyle u{};
  try {
    std::locale utf8("C.UTF-8");
    u = style_of(utf8);
    std::cout << describe(utf8.name(), u) << '\n';
  } catch (const std::runtime_error &) {
    hasUtf8 = false;
    std::cout << "C.UTF-8 not installed\n";
  }

  bool hasNp = std::has_facet<std::numpunct<char>>(classic);
  bool hasW = std::has_facet<std::numpunct<wchar_t>>(classic);
  const auto &wnp = std::use_facet<std::numpunct<wchar_t>>(classic);
  std::wcout << L"wide decimal point: " << wnp.decimal_point() << std::endl;

  return (c.decimal == '.' && c.grouping.empty() && c.truename == "true" &&
          hasNp && hasW && hasUtf8 && u.decimal == '.')
             ? 0
             : 1;
}
