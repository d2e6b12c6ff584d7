// Using the locale's std::codecvt<wchar_t, char, mbstate_t> facet directly
// (in/out with mbstate_t) to convert buffers chunk by chunk.
#include <cwchar>
#include <iostream>
#include <locale>
#include <string>
#include <vector>

using Cvt = std::codecvt<wchar_t, char, std::mbstate_t>;

std::wstring decode(const Cvt &cvt, const std::string &bytes) {
  std::mbstate_t state{};
  std::vector<wchar_t> buf(bytes.size() + 1);
  const char *from_next = nullptr;
  wchar_t *to_next = nullptr;
  auto r = cvt.in(state, bytes.data(), bytes.data() + bytes.size(), from_next,
                  buf.data(), buf.data() + buf.size(), to_next);
  if (r == Cvt::error)
    throw std::range_error("invalid multibyte sequence");
  return std::wstring(buf.data(), to_next);
}

std::string encode(const Cvt &cvt, const std::wstring &ws) {
  std::mbstate_t state{};
  std::string out(ws.size() * static_cast<std::size_t>(cvt.max_length()), '\0');
  const wchar_t *from_next = nullptr;
  char *to_next = nullptr;
  auto r = cvt.out(state, ws.data(), ws.data() + ws.size(), from_next,
                   out.data(), out.data() + out.size(), to_next);
  if (r != Cvt::ok)
    throw std::range_error("cannot encode");
  out.resize(static_cast<std::size_t>(to_next - out.data()));
  return out;
}

int main() {
  std::locale loc;
  try {
    loc = std::locale("C.UTF-8");
  } catch (const std::runtime_error &) {
    std::cout << "C.UTF-8 unavailable\n";
    return 1;
  }
  const Cvt &cvt = std::use_facet<Cvt>(loc);
  std::cout << "max_length " << cvt.max_length() << ", encoding() "
            << cvt.encoding() << '\n';

  const std::string bytes = "\xce\xbb x \xe2\x86\x92 y"; // "λ x → y"
  std::wstring ws = decode(cvt, bytes);
  std::string re = encode(cvt, ws);
  std::cout << "decoded " << ws.size() << " wide chars, re-encoded "
            << re.size() << " bytes: " << re << '\n';
  std::mbstate_t lenState{};
  int len = cvt.length(lenState, bytes.data(), bytes.data() + bytes.size(), 3);
  std::cout << "bytes for first 3 chars: " << len << '\n';

  bool rejected = false;
  try {
    decode(cvt, "ok\xff\xfe");
  } catch (const std::range_error &e) {
    rejected = true;
    std::cout << "rejected: " << e.what() << std::endl;
  }
  return (ws.size() == 7 && ws[0] == L'\u03bb' && re == bytes && len == 4 &&
          rejected)
             ? 0
             : 1;
}
