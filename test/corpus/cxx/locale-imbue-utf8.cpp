// Writing wide-character text to a UTF-8 file by imbuing std::locale("C.UTF-8")
// on a std::wofstream, then checking the bytes.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <locale>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

int main() {
  std::locale utf8;
  try {
    utf8 = std::locale("C.UTF-8");
  } catch (const std::runtime_error &e) {
    std::cout << "C.UTF-8 locale unavailable: " << e.what() << '\n';
    return 1;
  }
  std::cout << "locale name: " << utf8.name() << '\n';

  const fs::path dir =
      fs::temp_directory_path() / ("wide-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "greeting.txt";

  const std::wstring text = L"caf\u00e9 \u00fcber \u65e5\u672c \u20ac5";
  {
    std::wofstream out;
    out.imbue(utf8); // must happen before any output
    out.open(file);
    out << text << L'\n';
  }

  std::ifstream raw(file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(raw)),
                    std::istreambuf_iterator<char>());
  raw.close();

  std::wifstream in;
  in.imbue(utf8);
  in.open(file);
  std::wstring back;
  std::getline(in, back);
  in.close();
  fs::remove_all(dir);

  std::cout << "wide chars: " << text.size()
            << ", utf-8 bytes on disk: " << bytes.size() << '\n';
  std::cout << "file content: " << bytes;
  const std::string expected = "caf\xc3\xa9 \xc3\xbc"
                               "ber \xe6\x97\xa5\xe6\x9c\xac \xe2\x82\xac"
                               "5\n";
  return (bytes == expected && back == text) ? 0 : 1;
}
