// Case conversion and character classification through a locale:
// std::toupper(c, loc) and the std::ctype facet's bulk toupper.
#include <algorithm>
#include <iostream>
#include <locale>
#include <string>

std::string upper(std::string s, const std::locale &loc) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [&loc](char c) { return std::toupper(c, loc); });
  return s;
}

std::wstring upper_bulk(std::wstring s, const std::locale &loc) {
  const auto &ct = std::use_facet<std::ctype<wchar_t>>(loc);
  ct.toupper(s.data(), s.data() + s.size());
  return s;
}

int count_alnum(const std::string &s, const std::locale &loc) {
  return static_cast<int>(std::count_if(
      s.begin(), s.end(), [&loc](char c) { return std::isalnum(c, loc); }));
}

int main() {
  const std::locale classic = std::locale::classic();
  std::string a = upper("hello, World 42!", classic);
  int n = count_alnum("hello, World 42!", classic);
  std::cout << a << " (" << n << " alnum)\n";

  std::wstring w;
  try {
    std::locale utf8("C.UTF-8");
    w = upper_bulk(L"stra\u00dfe \u00e9t\u00e9 \u03b1\u03b2\u03b3", utf8);
    const auto &ct = std::use_facet<std::ctype<wchar_t>>(utf8);
    std::cout << "is alpha(\u00e9) in C.UTF-8: "
              << ct.is(std::ctype_base::alpha, L'\u00e9') << '\n';
  } catch (const std::runtime_error &) {
    std::cout << "C.UTF-8 unavailable\n";
    return 1;
  }
  std::cout << "wide upper length " << w.size() << '\n';

  // Classification with the classic "C" locale table.
  const auto &cct = std::use_facet<std::ctype<char>>(classic);
  std::string mixed = "ab1 2";
  std::string digits;
  for (char c : mixed)
    if (cct.is(std::ctype_base::digit, c))
      digits += c;
  std::cout << "digits: " << digits << std::endl;

  return (a == "HELLO, WORLD 42!" && n == 12 &&
          w == L"STRA\u00dfE \u00c9T\u00c9 \u0391\u0392\u0393" &&
          digits == "12")
             ? 0
             : 1;
}
