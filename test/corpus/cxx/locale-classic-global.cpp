// Pinning number formatting to std::locale::classic() for machine-readable
// output regardless of the global locale.
#include <iostream>
#include <locale>
#include <sstream>
#include <string>

class JsonNumberWriter {
public:
  JsonNumberWriter() { os_.imbue(std::locale::classic()); } // never "1.234,5"
  JsonNumberWriter &add(const std::string &key, double v) {
    os_ << (first_ ? "{" : ",") << '"' << key << "\":" << v;
    first_ = false;
    return *this;
  }
  std::string finish() { return os_.str() + "}"; }

private:
  std::ostringstream os_;
  bool first_ = true;
};

int main() {
  std::cout << "classic name: " << std::locale::classic().name() << '\n';
  std::cout << "initial global: " << std::locale().name() << '\n';

  // Programs that call setlocale-equivalent at startup: adopt the environment's
  // locale ("" = from env).
  std::locale envLoc;
  try {
    envLoc = std::locale("");
  } catch (const std::runtime_error &) {
    envLoc = std::locale::classic(); // bad LANG in environment
  }
  std::locale previous = std::locale::global(envLoc);
  std::cout << "previous global: " << previous.name()
            << ", env locale: " << envLoc.name() << '\n';

  std::string json =
      JsonNumberWriter().add("pi", 3.25).add("big", 1234567.5).finish();
  std::cout << json << '\n';

  std::locale::global(std::locale::classic());
  bool sameAsClassic = std::locale() == std::locale::classic();
  std::cout << "restored classic: " << sameAsClassic << std::endl;
  return (json == "{\"pi\":3.25,\"big\":1.23457e+06}" && sameAsClassic &&
          previous.name() == "C")
             ? 0
             : 1;
}
