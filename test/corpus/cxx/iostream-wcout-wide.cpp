// Wide-character console output with std::wcout and a wide string stream,
// as programs that keep text in wstring do.
#include <iostream>
#include <locale>
#include <sstream>
#include <string>

int main() {
  std::ios_base::sync_with_stdio(false);
  std::wcout.imbue(std::locale::classic());

  std::wstring name = L"sysprune";
  std::wostringstream line;
  line << L"name=" << name << L" length=" << name.size();
  std::wcout << line.str() << L'\n';

  for (int i = 0; i < 3; ++i)
    std::wcout << L"item " << i << std::endl;
  std::wcout << std::flush;
  return std::wcout ? 0 : 1;
}
