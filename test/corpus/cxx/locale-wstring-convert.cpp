// Converting between UTF-8 std::string and std::wstring/std::u16string with the
// deprecated std::wstring_convert and codecvt_utf8 facets.
#include <codecvt>
#include <iostream>
#include <locale>
#include <string>

// Still common in older codebases; silence the C++17 deprecation like they do.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

class Utf8Converter {
public:
  std::wstring widen(const std::string &s) { return wide_.from_bytes(s); }
  std::string narrow(const std::wstring &w) { return wide_.to_bytes(w); }
  std::u16string to_utf16(const std::string &s) { return u16_.from_bytes(s); }
  std::size_t converted() const { return wide_.converted(); }

private:
  std::wstring_convert<std::codecvt_utf8<wchar_t>> wide_{"<bad>", L"<bad>"};
  std::wstring_convert<std::codecvt_utf8_utf16<char16_t>, char16_t> u16_;
};

#pragma GCC diagnostic pop

int main() {
  Utf8Converter conv;
  const std::string utf8 =
      "na\xc3\xafve \xe2\x9c\x93 \xf0\x9f\x98\x80"; // "naïve ✓ 😀"

  std::wstring w = conv.widen(utf8);
  std::size_t consumed = conv.converted();
  std::string back = conv.narrow(w);
  std::u16string u16 = conv.to_utf16(utf8);

  std::cout << "utf-8 bytes " << utf8.size() << ", wchar_t units " << w.size()
            << ", utf-16 units " << u16.size() << ", consumed " << consumed
            << '\n';
  std::cout << "round trip: " << back << '\n';

  // Invalid input: with error strings configured, conversion returns them
  // instead of throwing.
  std::wstring bad = conv.widen("abc\xff");
  std::cout << "invalid input -> "
            << (bad == L"<bad>" ? "error string" : "converted") << '\n';

  bool threw = false;
  try {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    std::wstring_convert<std::codecvt_utf8<wchar_t>> strict;
#pragma GCC diagnostic pop
    (void)strict.from_bytes("ab\xff");
  } catch (const std::range_error &) {
    threw = true;
    std::cout << "strict converter threw range_error" << std::endl;
  }
  return (w.size() == 9 && u16.size() == 10 && back == utf8 &&
          consumed == utf8.size() && bad == L"<bad>" && threw)
             ? 0
             : 1;
}
