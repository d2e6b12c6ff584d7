// Generating session tokens from std::random_device directly, after checking
// entropy() as security-conscious code does.
#include <iomanip>
#include <iostream>
#include <random>
#include <set>
#include <sstream>
#include <string>

class TokenGenerator {
public:
  TokenGenerator() : rd_() {}
  double entropy() const { return rd_.entropy(); }

  std::string token(std::size_t bytes) {
    std::ostringstream os;
    os << std::hex << std::setfill('0');
    std::size_t produced = 0;
    while (produced < bytes) {
      unsigned v = rd_();
      for (int i = 0; i < 4 && produced < bytes; ++i, ++produced)
        os << std::setw(2) << ((v >> (8 * i)) & 0xffu);
    }
    return os.str();
  }

private:
  std::random_device rd_;
};

int main() {
  TokenGenerator gen;
  std::cout << "random_device entropy estimate: " << gen.entropy() << '\n';
  std::cout << "min/max: " << std::random_device::min() << " / "
            << std::random_device::max() << '\n';

  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i)
    seen.insert(gen.token(16));
  std::string t = gen.token(16);
  std::cout << "example token length: " << t.size() << '\n';

  // Named token source, as documented for libstdc++.
  bool namedOk = true;
  try {
    std::random_device urandom("/dev/urandom");
    (void)urandom();
  } catch (const std::exception &e) {
    namedOk = false;
    std::cout << "/dev/urandom source failed: " << e.what() << '\n';
  }
  std::cout << "unique tokens: " << seen.size() << std::endl;
  return (seen.size() == 50 && t.size() == 32 && gen.entropy() >= 0.0 &&
          namedOk)
             ? 0
             : 1;
}
